// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <qcustomplot.h>

namespace ReluLab {

/// Where the plotted function jumps: the one-sided limits at x. The stroke ends at (x, left) and
/// starts again at (x, right), with no segment between: a jump is not a set of values taken.
struct GraphBreak
{
    double x = 0.0;
    double left = 0.0;
    double right = 0.0;
};

/// A graph that strokes a simplified polyline on screen (Douglas–Peucker at 0.2 px), so the
/// rasteriser and the dasher of f′ and f″ get a few dozen points instead of 1600. Vector output
/// (PDF, SVG) gets every sample, so exported figures are exact. The data stay the even grid (the
/// CSV and the readout use it); the breaks are applied to the stroked line only.
class CurveGraph final : public QCPGraph
{
public:
    using QCPGraph::QCPGraph;

    /// Jumps of this curve, increasing x; the stroke is cut at each.
    void setBreaks(const QVector<GraphBreak> &breaks) { m_breaks = breaks; }
    const QVector<GraphBreak> &breaks() const { return m_breaks; }
    /// The polyline as stroked, in plot coordinates (key, value): the samples in view with each
    /// break replaced by its two one-sided end points and a NaN point (a gap) between them.
    QVector<QPointF> strokedPolyline() const;

protected:
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override;

private:
    /// `lines` (pixels, increasing key) with every break in range cut as strokedPolyline says.
    QVector<QPointF> cutAtBreaks(const QVector<QPointF> &lines) const;

    QVector<GraphBreak> m_breaks;
};

/// Douglas–Peucker on one run of finite screen points: appends to `out` the points that deviate
/// more than `tolerance` pixels from the chord of their neighbours kept so far (both ends always).
void simplifyPolyline(const QPointF *points, int count, double tolerance, QVector<QPointF> &out);

} // namespace ReluLab
