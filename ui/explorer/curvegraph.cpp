// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "curvegraph.h"

#include <cmath>
#include <utility>
#include <vector>

namespace ReluLab {

namespace {

bool finitePoint(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

} // namespace

// A smooth activation sampled at 1600 points over ~1000 px becomes a few dozen points,
// indistinguishable on screen (the error is below a quarter pixel) while the rasteriser, and
// above all the dasher of f′ and f″, has ~20× less to stroke.
void simplifyPolyline(const QPointF *points, int count, double tolerance, QVector<QPointF> &out)
{
    if (count <= 2) {
        for (int i = 0; i < count; ++i)
            out.append(points[i]);
        return;
    }
    std::vector<bool> keep(std::size_t(count), false);
    keep.front() = true;
    keep.back() = true;
    std::vector<std::pair<int, int>> stack{{0, count - 1}};
    const double tol2 = tolerance * tolerance;
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        const QPointF d = points[b] - points[a];
        const double len2 = d.x() * d.x() + d.y() * d.y();
        double worst = -1.0;
        int worstIndex = -1;
        for (int i = a + 1; i < b; ++i) {
            const QPointF p = points[i] - points[a];
            // squared distance of p to the chord: |d × p|² / |d|² (or |p|² for a point chord)
            const double cross = d.x() * p.y() - d.y() * p.x();
            const double dist2 = len2 > 0.0 ? cross * cross / len2 : p.x() * p.x() + p.y() * p.y();
            if (dist2 > worst) {
                worst = dist2;
                worstIndex = i;
            }
        }
        if (worst > tol2) {
            keep[std::size_t(worstIndex)] = true;
            stack.push_back({a, worstIndex});
            stack.push_back({worstIndex, b});
        }
    }
    for (int i = 0; i < count; ++i) {
        if (keep[std::size_t(i)])
            out.append(points[i]);
    }
}

QVector<QPointF> CurveGraph::cutAtBreaks(const QVector<QPointF> &lines) const
{
    if (m_breaks.isEmpty() || lines.isEmpty())
        return lines;
    const QCPAxis *keys = keyAxis();
    const QCPAxis *values = valueAxis();
    auto pixel = [keys, values](double key, double value) {
        return QPointF(keys->coordToPixel(key), values->coordToPixel(value));
    };
    QVector<QPointF> out;
    out.reserve(lines.size() + 3 * m_breaks.size());
    qsizetype next = 0; // the first break not yet passed
    for (const QPointF &p : lines) {
        // Every break at or before this sample ends the stroke on its left limit and restarts it
        // on its right limit. A sample at the break (within a thousandth of a pixel: the grid
        // may hold x = 0 up to rounding) is the value taken there, which the dots show, so the
        // line skips it.
        bool atBreak = false;
        while (next < m_breaks.size()) {
            const GraphBreak &b = m_breaks[next];
            const double bx = keys->coordToPixel(b.x);
            if (bx > p.x() + 1e-3)
                break;
            if (b.x >= keys->range().lower && b.x <= keys->range().upper) {
                out.append(pixel(b.x, b.left));
                out.append(QPointF(qQNaN(), qQNaN()));
                out.append(pixel(b.x, b.right));
            }
            atBreak = atBreak || std::abs(bx - p.x()) <= 1e-3;
            ++next;
        }
        if (!atBreak)
            out.append(p);
    }
    return out;
}

QVector<QPointF> CurveGraph::strokedPolyline() const
{
    QVector<QPointF> lines;
    getLines(&lines, QCPDataRange(0, dataCount()));
    const QVector<QPointF> cut = cutAtBreaks(lines);
    QVector<QPointF> coords;
    coords.reserve(cut.size());
    for (const QPointF &p : cut) {
        coords.append(finitePoint(p) ? QPointF(keyAxis()->pixelToCoord(p.x()),
                                               valueAxis()->pixelToCoord(p.y()))
                                     : p);
    }
    return coords;
}

void CurveGraph::drawLinePlot(QCPPainter *painter, const QVector<QPointF> &input) const
{
    const QVector<QPointF> lines = cutAtBreaks(input);
    if (painter->pen().style() == Qt::NoPen || painter->pen().color().alpha() == 0)
        return;
    applyDefaultAntialiasingHint(painter);
    if (painter->modes().testFlag(QCPPainter::pmVectorized)) {
        drawPolyline(painter, lines);
        return;
    }
    constexpr double TolerancePx = 0.2;
    QVector<QPointF> simple;
    simple.reserve(lines.size() / 4 + 8);
    const QPointF gap(qQNaN(), qQNaN());
    int start = 0;
    const int n = int(lines.size());
    for (int i = 0; i <= n; ++i) {
        if (i < n && finitePoint(lines[i]))
            continue;
        if (i > start) {
            if (!simple.isEmpty())
                simple.append(gap); // drawPolyline leaves a gap at NaN
            simplifyPolyline(lines.constData() + start, i - start, TolerancePx, simple);
        }
        start = i + 1;
    }
    drawPolyline(painter, simple);
}

} // namespace ReluLab
