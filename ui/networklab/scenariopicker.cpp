// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scenariopicker.h"

#include "scenariopanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace ReluLab {

ScenarioPicker::ScenarioPicker(ScenarioPanel *panel, QWidget *parent)
    : QWidget(parent)
    , m_panel(panel)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("scenarioPicker"));
    m_combo->setObjectName(QStringLiteral("scenarioPickerBox"));
    // Across the whole window: the longest title shows whole (a 1024 px screen included).
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { m_panel->choose(m_combo->itemData(index).toString()); });
    connect(m_panel, &ScenarioPanel::scenariosChanged, this, &ScenarioPicker::fill);
    connect(m_panel, &ScenarioPanel::scenarioChosen, this, &ScenarioPicker::showCurrent);
    fill();
}

void ScenarioPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

void ScenarioPicker::fill()
{
    m_label->setText(tr("&Scenario:"));
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    // An entry for "none yet" so that the first choice is a change the combo reports.
    m_combo->addItem(tr("Choose a scenario…"), QString());
    for (const Scenario &scenario : m_panel->scenarios())
        m_combo->addItem(m_panel->titleOf(scenario.id), scenario.id);
    showCurrent();
}

void ScenarioPicker::showCurrent()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_panel->currentId())));
}

} // namespace ReluLab
