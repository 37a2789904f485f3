// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "legendplacement.h"

#include <qcustomplot.h>

#include <algorithm>
#include <array>
#include <utility>

namespace ReluLab {

namespace {

// A few pixels of air around the legend: a curve grazing its border reads as covered.
constexpr double Air = 4.0;
// A mark is a disc: its centre this far outside the legend still puts half of it under it.
constexpr double MarkRadius = 6.0;

// Samples in the covered rectangle, and the segments between them that cross it: a steep
// branch (a jump drawn with few samples) crosses the box without a sample inside.
int coveredPoints(const QCPGraph *graph, const QRectF &box)
{
    const QCPAxis *keyAxis = graph->keyAxis();
    const QCPAxis *valueAxis = graph->valueAxis();
    int count = 0;
    bool havePrevious = false;
    QPointF previous;
    for (const QCPGraphData &point : *graph->data()) {
        if (!std::isfinite(point.value)) {
            havePrevious = false;
            continue;
        }
        const QPointF p(keyAxis->coordToPixel(point.key), valueAxis->coordToPixel(point.value));
        if (box.contains(p)) {
            ++count;
        } else if (havePrevious && graph->lineStyle() != QCPGraph::lsNone) {
            // The segment's midpoint stands in for the part between two samples outside the box.
            if (box.contains((previous + p) / 2))
                ++count;
        }
        previous = p;
        havePrevious = true;
    }
    return count;
}

} // namespace

QRectF cornerRect(const QRectF &area, const QSizeF &legend, Qt::Alignment corner)
{
    const double x = corner.testFlag(Qt::AlignRight) ? area.right() - legend.width() : area.left();
    const double y = corner.testFlag(Qt::AlignBottom)    ? area.bottom() - legend.height()
                     : corner.testFlag(Qt::AlignVCenter) ? area.center().y() - legend.height() / 2
                                                         : area.top();
    return QRectF(QPointF(x, y), legend).adjusted(-Air, -Air, Air, Air);
}

Qt::Alignment leastCoveredCorner(const QList<const QCPGraph *> &curves,
                                 const QList<const QCPGraph *> &marks, const QRectF &area,
                                 const QSizeF &legend, Qt::Alignment current)
{
    const auto shown = [](const QCPGraph *graph) {
        return graph && graph->visible() && !graph->data()->isEmpty();
    };
    // Reading order: top-left is the usual place and wins among equally clear places. The
    // middle of either side comes last: a legend wider than half the plot hides the middle of
    // the top and bottom edges wherever it goes, where a step's jump has its marks.
    const std::array<Qt::Alignment, 6> places{Qt::AlignLeft | Qt::AlignTop,
                                              Qt::AlignRight | Qt::AlignTop,
                                              Qt::AlignLeft | Qt::AlignBottom,
                                              Qt::AlignRight | Qt::AlignBottom,
                                              Qt::AlignLeft | Qt::AlignVCenter,
                                              Qt::AlignRight | Qt::AlignVCenter};
    // What each place hides: marks first (a hidden open circle misstates the function), then
    // samples of curve.
    std::array<std::pair<int, int>, places.size()> hidden{};
    std::size_t now = places.size();
    for (std::size_t i = 0; i < places.size(); ++i) {
        const QRectF box = cornerRect(area, legend, places[i]);
        const QRectF markBox = box.adjusted(-MarkRadius, -MarkRadius, MarkRadius, MarkRadius);
        for (const QCPGraph *graph : marks) {
            if (shown(graph))
                hidden[i].first += coveredPoints(graph, markBox);
        }
        for (const QCPGraph *graph : curves) {
            if (shown(graph))
                hidden[i].second += coveredPoints(graph, box);
        }
        if (places[i] == current)
            now = i;
    }
    const std::size_t best = std::size_t(std::min_element(hidden.cbegin(), hidden.cend())
                                         - hidden.cbegin());
    // Stay while no fewer marks are hidden elsewhere and the best place hides at least half as
    // much curve (nothing, where the current place hides anything at all): a branch sliding
    // past a corner does not throw the legend around.
    if (now < places.size() && hidden[now].first == hidden[best].first
        && 2 * hidden[best].second >= hidden[now].second)
        return current;
    return places[best];
}

} // namespace ReluLab
