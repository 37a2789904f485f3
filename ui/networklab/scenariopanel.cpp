// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scenariopanel.h"

#include "wrappingbutton.h"

#include "io/languagemanager.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

constexpr int monteCarloDraws = 100;

QString currentLanguage()
{
    return LanguageManager::instance()->language();
}

} // namespace

ScenarioPanel::ScenarioPanel(QWidget *parent, const QString &userDirectory)
    : QGroupBox(parent)
    , m_userDirectory(userDirectory.isEmpty() ? ScenarioFile::userDirectory() : userDirectory)
    , m_buttonLayout(new QVBoxLayout)
    , m_userHeading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_contrastLayout(new QVBoxLayout)
    , m_bornDead(new WrappingButton(QString(), this))
    , m_bornDeadResult(new QLabel(this))
    , m_saveScenario(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    m_buttonLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_buttonLayout);
    m_explanation->setObjectName(QStringLiteral("scenarioExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setMargin(6);
    m_explanation->setVisible(false);
    layout->addWidget(m_explanation);
    layout->addLayout(m_contrastLayout);
    layout->addWidget(m_bornDead);
    m_bornDeadResult->setWordWrap(true);
    QFont big = m_bornDeadResult->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_bornDeadResult->setFont(big);
    layout->addWidget(m_bornDeadResult);
    m_bornDead->setVisible(false);
    m_bornDeadResult->setVisible(false);
    m_saveScenario->setObjectName(QStringLiteral("saveScenario"));
    layout->addWidget(m_saveScenario);
    connect(m_bornDead, &QPushButton::clicked, this,
            [this] { emit bornDeadCountRequested(monteCarloDraws); });
    connect(m_saveScenario, &QPushButton::clicked, this, &ScenarioPanel::saveScenarioRequested);
    QFont heading = m_userHeading->font();
    heading.setBold(true);
    m_userHeading->setFont(heading);

    m_scenarios = ScenarioFile::bundled();
    reloadUserScenarios();
    retranslateUi();
}

void ScenarioPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

const Scenario *ScenarioPanel::find(const QString &id) const
{
    const auto it = std::find_if(m_scenarios.begin(), m_scenarios.end(),
                                 [&id](const Scenario &scenario) { return scenario.id == id; });
    return it == m_scenarios.end() ? nullptr : &*it;
}

QString ScenarioPanel::titleOf(const QString &id) const
{
    const Scenario *scenario = find(id);
    return scenario ? scenario->title.text(currentLanguage()) : id;
}

QStringList ScenarioPanel::reloadUserScenarios()
{
    QStringList problems;
    std::vector<Scenario> all = ScenarioFile::bundled();
    for (Scenario &scenario : ScenarioFile::userScenarios(m_userDirectory, &problems)) {
        // A teacher's file may not hide a bundled lesson of the same id.
        if (!find(scenario.id) || !find(scenario.id)->bundled)
            all.push_back(std::move(scenario));
    }
    m_scenarios = std::move(all);
    rebuildButtons();
    emit scenariosChanged();
    return problems;
}

QPushButton *ScenarioPanel::makeButton(const Scenario &scenario)
{
    auto *button = new QPushButton(this);
    button->setCheckable(true);
    button->setAutoExclusive(true);
    button->setObjectName(QStringLiteral("scenario_") + scenario.id);
    button->setProperty("relulab_id", scenario.id);
    connect(button, &QPushButton::clicked, this, [this, id = scenario.id] { choose(id); });
    if (!scenario.bundled) {
        // The teacher's own scenarios can be removed again (right click).
        button->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *remove = new QAction(button);
        remove->setObjectName(QStringLiteral("removeScenario"));
        // Queued: removing rebuilds the buttons, this action's owner among them.
        connect(remove, &QAction::triggered, this, [this, id = scenario.id] {
            QMetaObject::invokeMethod(
                this,
                [this, id] {
                QString error;
                removeUserScenario(id, &error);
                },
                Qt::QueuedConnection);
        });
        button->addAction(remove);
    }
    return button;
}

void ScenarioPanel::rebuildButtons()
{
    for (QPushButton *button : m_buttons)
        delete button;
    m_buttons.clear();
    m_buttonLayout->removeWidget(m_userHeading);
    bool headingPlaced = false;
    for (const Scenario &scenario : m_scenarios) {
        if (!scenario.bundled && !headingPlaced) {
            m_buttonLayout->addWidget(m_userHeading);
            headingPlaced = true;
        }
        QPushButton *button = makeButton(scenario);
        m_buttonLayout->addWidget(button);
        m_buttons.push_back(button);
    }
    m_userHeading->setVisible(headingPlaced);
    if (!find(m_current)) {
        m_current.clear();
        m_explanation->setVisible(false);
        m_bornDead->setVisible(false);
        m_bornDeadResult->setVisible(false);
    }
    retranslateUi();
}

void ScenarioPanel::retranslateUi()
{
    setTitle(tr("Classroom scenarios"));
    m_userHeading->setText(tr("My scenarios"));
    const QString language = currentLanguage();
    for (QPushButton *button : m_buttons) {
        const QString id = button->property("relulab_id").toString();
        button->setText(titleOf(id));
        button->setChecked(id == m_current);
        for (QAction *action : button->actions())
            action->setText(tr("Remove this scenario"));
        const Scenario *scenario = find(id);
        button->setToolTip(scenario && !scenario->bundled
                               ? tr("Your scenario, saved in %1. Right click to remove it.")
                                     .arg(QDir::toNativeSeparators(scenario->path))
                               : QString());
    }
    const Scenario *current = find(m_current);
    m_explanation->setText(current ? current->explanation.text(language) : QString());
    m_bornDead->setWrappedText(
        tr("Draw %1 initialisations and count born-dead").arg(monteCarloDraws));
    m_saveScenario->setText(tr("Save as my scenario…"));
    m_saveScenario->setToolTip(tr("Keep the current data, network and training settings as a "
                                  "one-click scenario with your own explanation"));
    if (m_lastFraction >= 0.0)
        showBornDeadResult(m_lastFraction, m_lastDraws);
    rebuildContrasts();
}

bool ScenarioPanel::choose(const QString &id)
{
    const Scenario *scenario = find(id);
    if (!scenario)
        return false;
    m_current = id;
    for (QPushButton *button : m_buttons)
        button->setChecked(button->property("relulab_id").toString() == id);
    m_explanation->setText(scenario->explanation.text(currentLanguage()));
    m_explanation->setVisible(!m_explanation->text().isEmpty());
    m_bornDead->setVisible(scenario->bornDeadCount);
    m_lastFraction = -1.0;
    m_bornDeadResult->clear();
    m_bornDeadResult->setVisible(false);
    rebuildContrasts();
    emit scenarioChosen(scenario->config);
    return true;
}

void ScenarioPanel::rebuildContrasts()
{
    for (QPushButton *button : m_contrastButtons)
        delete button;
    m_contrastButtons.clear();
    const Scenario *scenario = find(m_current);
    if (!scenario)
        return;
    const QString language = currentLanguage();
    for (const ScenarioContrast &contrast : scenario->contrasts) {
        auto *button = new WrappingButton(contrast.title.text(language), this);
        connect(button, &QPushButton::clicked, this,
                [this, config = contrast.config] { emit contrastChosen(config); });
        m_contrastLayout->addWidget(button);
        m_contrastButtons.push_back(button);
    }
}

QString ScenarioPanel::saveUserScenario(const Core::TrainingConfig &config, const QString &title,
                                        const QString &explanation, QString *errorMessage)
{
    const QString path = ScenarioFile::saveUserScenario(m_userDirectory, config, title, explanation,
                                                        errorMessage);
    if (path.isEmpty())
        return QString();
    reloadUserScenarios();
    const ReadResult<Scenario> saved = ScenarioFile::read(path);
    if (saved) {
        // Select the new button without reloading the lab: its settings are the current ones.
        m_current = saved->id;
        retranslateUi();
        m_explanation->setVisible(!m_explanation->text().isEmpty());
    }
    return path;
}

bool ScenarioPanel::removeUserScenario(const QString &id, QString *errorMessage)
{
    const Scenario *scenario = find(id);
    if (!scenario || scenario->bundled) {
        if (errorMessage)
            *errorMessage = tr("Only your own scenarios can be removed.");
        return false;
    }
    if (!QFile::remove(scenario->path)) {
        if (errorMessage)
            *errorMessage
                = tr("%1 cannot be removed.").arg(QDir::toNativeSeparators(scenario->path));
        return false;
    }
    reloadUserScenarios();
    return true;
}

void ScenarioPanel::setBornDeadBusy(bool busy)
{
    m_bornDead->setEnabled(!busy);
    if (busy) {
        m_bornDeadResult->setText(tr("Drawing initialisations…"));
        m_bornDeadResult->setVisible(true);
    }
}

void ScenarioPanel::showBornDeadResult(double fraction, int draws)
{
    m_lastFraction = fraction;
    m_lastDraws = draws;
    const int dead = int(std::lround(fraction * draws));
    m_bornDeadResult->setText(tr("%1 of %2 networks born dead (%3 %)")
                                  .arg(dead)
                                  .arg(draws)
                                  .arg(QLocale().toString(100.0 * fraction, 'f', 0)));
    m_bornDeadResult->setVisible(true);
}

void ScenarioPanel::showBornDeadError(const QString &message)
{
    m_lastFraction = -1.0;
    m_bornDeadResult->setText(message);
    m_bornDeadResult->setVisible(true);
}

} // namespace ReluLab
