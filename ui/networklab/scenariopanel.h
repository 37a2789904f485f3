// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/scenarios.h"

#include <QGroupBox>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ReluLab {

/// The classroom scenarios (core::scenarioPresets()), one button each. Choosing one loads its
/// settings and shows what to watch and why; buttons below rerun it with the contrasting
/// activations (the cure). The born-dead scenario adds a Monte Carlo button: draw 100
/// initialisations and count how many networks are born dead.
class ScenarioPanel final : public QGroupBox
{
    Q_OBJECT

public:
    explicit ScenarioPanel(QWidget *parent = nullptr);

    /// Selects a scenario by id as a click would (false for an unknown id).
    bool choose(const QString &id);
    QString currentId() const { return m_current; }
    /// Translated title and explanation of a scenario id.
    static QString title(const std::string &id);
    static QString explanation(const std::string &id);

    /// Shows the result of the Monte Carlo count (fraction in [0, 1], or an error sentence).
    void showBornDeadResult(double fraction, int draws);
    void showBornDeadError(const QString &message);
    void setBornDeadBusy(bool busy);

signals:
    void scenarioChosen(const ReluLab::Core::ScenarioPreset &preset);
    /// Run the current scenario with this activation in every hidden layer.
    /// The scenario's settings with its contrast-th contrasting activation (and the
    /// initialisation that makes the comparison fair), from Core::scenarioConfig.
    void contrastChosen(const ReluLab::Core::TrainingConfig &config);
    void bornDeadCountRequested(int draws);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildContrasts();

    std::vector<QPushButton *> m_buttons;
    QLabel *m_explanation = nullptr;
    QVBoxLayout *m_contrastLayout = nullptr;
    std::vector<QPushButton *> m_contrastButtons;
    QPushButton *m_bornDead = nullptr;
    QLabel *m_bornDeadResult = nullptr;
    QString m_current;
    double m_lastFraction = -1.0;
    int m_lastDraws = 0;
};

} // namespace ReluLab
