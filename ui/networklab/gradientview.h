// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "ui/theme.h"

#include <qcustomplot.h>

namespace ReluLab {

struct TrainingSnapshot;

/// ‖∂L/∂W_k‖ (Frobenius) for every weight matrix on a log scale, now (solid, discs) and at
/// initialisation (dashed, hollow squares): vanishing gradients show as a slope down to layer 1.
/// A zero norm (no gradient at all) has no place on a log axis: it is drawn as a cross on the
/// axis floor, which has a tick labelled "0", and the count of such layers is written above.
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
    /// The value at which zero norms are drawn: just above the bottom of the visible log axis.
    double zeroFloor() const { return m_zeroFloor; }
    /// The crosses of the zero norms (now and at initialisation).
    QCPGraph *zeroMarks() const { return m_zeros; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Theme m_theme = Theme::light();
    QCPGraph *m_now = nullptr;
    QCPGraph *m_initial = nullptr;
    QCPGraph *m_zeros = nullptr;
    QCPItemText *m_note = nullptr;
    QSharedPointer<QCPAxisTickerLog> m_ticker; ///< with a "0" tick at the floor
    int m_zeroCount = 0;
    double m_zeroFloor = 1e-6;
};

} // namespace ReluLab
