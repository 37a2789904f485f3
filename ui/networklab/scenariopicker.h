// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace ReluLab {

class ScenarioPanel;

/// The scenarios as one drop-down ("Scenario: [Dead ReLUs from a negative bias ▾]"): how
/// presentation mode offers them once the settings column and the menu bar are hidden. It
/// follows the panel (its list, its current choice) and chooses through it.
class ScenarioPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioPicker(ScenarioPanel *panel, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showCurrent();

    ScenarioPanel *m_panel = nullptr;
    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
};

} // namespace ReluLab
