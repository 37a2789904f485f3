// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <qcustomplot.h>

namespace ReluLab {

/// A graph that strokes a simplified polyline on screen (Douglas–Peucker at 0.2 px), so the
/// rasteriser and the dasher of f′ and f″ get a few dozen points instead of 1600. Vector output
/// (PDF, SVG) gets every sample, so exported figures are exact.
class CurveGraph final : public QCPGraph
{
public:
    using QCPGraph::QCPGraph;

protected:
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override;
};

/// Douglas–Peucker on one run of finite screen points: appends to `out` the points that deviate
/// more than `tolerance` pixels from the chord of their neighbours kept so far (both ends always).
void simplifyPolyline(const QPointF *points, int count, double tolerance, QVector<QPointF> &out);

} // namespace ReluLab
