// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace ReluLab {

/// Asks a teacher for the title and the explanation ("what to watch and why") of a scenario
/// made from the lab's current settings.
class SaveScenarioDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SaveScenarioDialog(QWidget *parent = nullptr);

    QString title() const;
    QString explanation() const;

private:
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ReluLab
