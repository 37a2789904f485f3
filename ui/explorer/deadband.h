// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QList>
#include <QPair>

class QColor;
class QCPItemRect;
class QCPLayer;
class QCustomPlot;

namespace ReluLab {

struct SampledCurve;

/// The shading where f′ = 0 (a unit there gets no gradient and stops learning): full-height
/// rectangles over the intervals of the grid where the sampled f′ is exactly zero.
class DeadBand
{
public:
    /// Creates the rectangles (owned by `plot`) on `layer`, hidden.
    DeadBand(QCustomPlot *plot, QCPLayer *layer);

    /// Shades the zero-gradient intervals of `curve` (x and df). Returns true when they changed.
    bool update(const SampledCurve &curve);
    /// Hides the shading.
    bool clear();
    const QList<QPair<double, double>> &intervals() const { return m_intervals; }
    void setColour(const QColor &colour);

private:
    bool show(const QList<QPair<double, double>> &intervals);

    QList<QCPItemRect *> m_rects;
    QList<QPair<double, double>> m_intervals;
};

} // namespace ReluLab
