// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "io/scenariofile.h"

#include <QGroupBox>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ReluLab {

class WrappingButton;

/// The classroom scenarios, one button each: the bundled ones (resources/scenarios, in teaching
/// order), then the teacher's own (ScenarioFile::userDirectory()). Choosing one loads its
/// settings and shows what to watch and why, in the current language; buttons below rerun it
/// with the contrasting settings (the cure). A scenario may add a Monte Carlo button: draw 100
/// initialisations and count how many networks are born dead. "Save as my scenario…" turns the
/// current settings into a scenario file of the teacher's.
class ScenarioPanel final : public QGroupBox
{
    Q_OBJECT

public:
    /// `userDirectory` empty: ScenarioFile::userDirectory().
    explicit ScenarioPanel(QWidget *parent = nullptr, const QString &userDirectory = QString());

    /// Selects a scenario by id as a click would (false for an unknown id).
    bool choose(const QString &id);
    QString currentId() const { return m_current; }
    /// Every scenario shown: bundled first, then the teacher's.
    const std::vector<Scenario> &scenarios() const { return m_scenarios; }
    const Scenario *find(const QString &id) const;
    /// A scenario's title in the current language (the id when unknown).
    QString titleOf(const QString &id) const;

    /// Saves `config` as a scenario of the teacher's with this title and explanation, adds its
    /// button and selects it. Returns the file's path, or empty with *errorMessage.
    QString saveUserScenario(const Core::TrainingConfig &config, const QString &title,
                             const QString &explanation, QString *errorMessage);
    /// Deletes a teacher's scenario file (bundled ones cannot be removed).
    bool removeUserScenario(const QString &id, QString *errorMessage);
    /// Reads the teacher's folder again (problems with unreadable files are returned).
    QStringList reloadUserScenarios();

    /// Shows the result of the Monte Carlo count (fraction in [0, 1], or an error sentence).
    void showBornDeadResult(double fraction, int draws);
    void showBornDeadError(const QString &message);
    void setBornDeadBusy(bool busy);

signals:
    /// The chosen scenario's settings.
    void scenarioChosen(const ReluLab::Core::TrainingConfig &config);
    /// The current scenario's settings with one of its contrasts applied.
    void contrastChosen(const ReluLab::Core::TrainingConfig &config);
    void bornDeadCountRequested(int draws);
    /// The user asked to save the current settings as a scenario (the workspace has them).
    void saveScenarioRequested();
    /// The list of scenarios changed (a teacher's scenario was added or removed).
    void scenariosChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildButtons();
    void rebuildContrasts();
    QPushButton *makeButton(const Scenario &scenario);

    QString m_userDirectory;
    std::vector<Scenario> m_scenarios;
    QVBoxLayout *m_buttonLayout = nullptr;
    std::vector<QPushButton *> m_buttons;
    QLabel *m_userHeading = nullptr;
    QLabel *m_explanation = nullptr;
    QVBoxLayout *m_contrastLayout = nullptr;
    std::vector<QPushButton *> m_contrastButtons;
    WrappingButton *m_bornDead = nullptr;
    QLabel *m_bornDeadResult = nullptr;
    QPushButton *m_saveScenario = nullptr;
    QString m_current;
    double m_lastFraction = -1.0;
    int m_lastDraws = 0;
};

} // namespace ReluLab
