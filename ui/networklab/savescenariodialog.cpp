// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "savescenariodialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ReluLab {

SaveScenarioDialog::SaveScenarioDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_explanation(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save as my scenario"));
    m_title->setObjectName(QStringLiteral("scenarioTitle"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("e.g. Dead units after a learning-rate jump"));
    m_title->setAccessibleName(tr("Scenario title"));
    m_explanation->setObjectName(QStringLiteral("scenarioExplanation"));
    m_explanation->setPlaceholderText(tr("What should the class watch, and why?"));
    m_explanation->setAccessibleName(tr("What to watch and why"));
    m_explanation->setTabChangesFocus(true);
    auto *layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(tr("&What to watch:"), m_explanation);
    layout->addRow(m_buttons);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, save,
            [save](const QString &text) { save->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, 320);
}

QString SaveScenarioDialog::title() const
{
    return m_title->text().trimmed();
}

QString SaveScenarioDialog::explanation() const
{
    return m_explanation->toPlainText().trimmed();
}

} // namespace ReluLab
