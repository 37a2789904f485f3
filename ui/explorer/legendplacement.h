// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

class QCPGraph;

namespace ReluLab {

/// The corner (or side) of a plot where the legend hides the fewest drawn points. The legend is drawn
/// over the curves; a fixed corner hides whatever passes there (hardtanh's f′ = 1 between its
/// corners, under a top-left legend), so the corner follows the curves. `current` wins ties
/// and any corner that is not clearly better, so the legend does not hop while a slider moves.
/// `marks` are the dots of break points (an open circle is the point of a figure): the fewest
/// hidden marks come first, then the fewest samples of `curves`. `area` is the rectangle the legend is aligned
/// in, in pixels, `legend` the legend's size; graphs without data or not visible are ignored.
/// Returns Left or Right with Top, Bottom or VCenter (the middle of a side).
Qt::Alignment leastCoveredCorner(const QList<const QCPGraph *> &curves,
                                 const QList<const QCPGraph *> &marks, const QRectF &area,
                                 const QSizeF &legend, Qt::Alignment current);

/// The rectangle a legend of `legend` size occupies in `corner` of `area`.
QRectF cornerRect(const QRectF &area, const QSizeF &legend, Qt::Alignment corner);

} // namespace ReluLab
