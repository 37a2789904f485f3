// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "ui/theme.h"

#include <qcustomplot.h>

namespace ReluLab {

struct TrainingSnapshot;

/// ‖∂L/∂W_k‖ (Frobenius) for every weight matrix on a log scale, now (solid, discs) and at
/// initialisation (dashed, hollow squares): vanishing gradients show as a slope down to layer 1.
/// A zero norm (no gradient at all) is drawn at the bottom edge and named in words.
class GradientView final : public QCustomPlot
{
    Q_OBJECT

public:
    explicit GradientView(QWidget *parent = nullptr);

    void clear();
    void showSnapshot(const TrainingSnapshot &snapshot);
    /// Restyles the chart for a theme and replots.
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Theme m_theme = Theme::light();
    QCPGraph *m_now = nullptr;
    QCPGraph *m_initial = nullptr;
    QCPItemText *m_note = nullptr;
    int m_zeroCount = 0;
};

} // namespace ReluLab
