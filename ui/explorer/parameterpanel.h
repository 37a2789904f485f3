// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QList>
#include <QWidget>

#include <map>
#include <string>

class QAbstractButton;
class QFormLayout;
class QLabel;
class QPushButton;

namespace ReluLab {
namespace Core {
struct ActivationInfo;
struct ParameterSpec;
} // namespace Core

/// One row per parameter of the selected activation, named as PyTorch names it: a slider and a
/// spin box for a real number (kept in step), a combo box for a choice, a check box for a flag.
/// Bounded by the core's valid range, starting at PyTorch's default.
class ParameterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterPanel(QWidget *parent = nullptr);
    ~ParameterPanel() override;

    /// Rebuilds the rows for `info` at the default values (nullptr: no rows).
    void setActivationInfo(const Core::ActivationInfo *info);
    const Core::ActivationInfo *activationInfo() const { return m_info; }
    std::map<std::string, double> values() const;
    /// Sets the parameters present in `values`, emits parametersChanged once.
    void setValues(const std::map<std::string, double> &values);
    /// Sets one parameter (clamped to its range); emits parametersChanged.
    void setValue(const QString &name, double value);
    double value(const QString &name) const;
    QStringList parameterNames() const;
    /// The real parameters (the ones a slider moves).
    QStringList realParameterNames() const;
    /// Moves parameter `index` (catalogue order) by `steps` slider steps.
    void nudge(int index, int steps);
    void resetToDefaults();

signals:
    void parametersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row;
    void retranslateUi();
    void clearRows();
    void writeRow(Row &row, double value);
    double sliderStep(const Row &row) const;

    QFormLayout *m_form = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_resetButton = nullptr;
    const Core::ActivationInfo *m_info = nullptr;
    QList<Row *> m_rows;
    bool m_updating = false;
};

} // namespace ReluLab
