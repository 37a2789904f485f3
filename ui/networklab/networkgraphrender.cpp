// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Drawing the network graph: links by weight (solid positive, dashed negative), units as tiles
// with their fates, the dead blocks, the labels and the legend.
#include "networkgraphgeometry.h"
#include "networkgraphview.h"

#include "graphinputimage.h"
#include "labstyle.h"
#include "unittileimage.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

QColor deadGrey()
{
    return QColor(0x9A, 0x9A, 0x9A);
}

} // namespace

void NetworkGraphView::render(QPainter &painter, const QSizeF &size) const
{
    painter.fillRect(QRectF(QPointF(0, 0), size), m_theme.base);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    const QFont font = graphFont();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    m_hits.clear();
    if (m_widths.size() < 2) {
        painter.setPen(m_theme.text);
        painter.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The graph appears when the network is built."));
        return;
    }
    Layout layout;
    const Geometry g = geometryFor(size, layout);
    const int columns = int(m_widths.size());
    const double lineScale = m_theme.lineScale;
    const auto unitRect = [&](int column, int unit) -> std::optional<QRectF> {
        const std::vector<int> &units = layout.columns[std::size_t(column)].units;
        const auto it = std::find(units.begin(), units.end(), unit);
        if (it == units.end())
            return std::nullopt;
        return g.units[std::size_t(column)][std::size_t(it - units.begin())];
    };
    const auto isDead = [&](int column, int unit) {
        // Only hidden units die; column c is hidden layer c - 1.
        if (column <= 0 || column >= columns - 1)
            return false;
        const auto k = std::size_t(column - 1);
        return k < m_dead.size() && std::size_t(unit) < m_dead[k].size()
               && m_dead[k][std::size_t(unit)];
    };

    // Links first, under the units.
    for (std::size_t gap = 0; gap < layout.links.size(); ++gap) {
        const std::vector<GraphLink> &links = layout.links[gap];
        double largest = 0.0;
        for (const GraphLink &link : links)
            largest = std::max(largest, std::abs(link.weight));
        for (const GraphLink &link : links) {
            const std::optional<QRectF> from = unitRect(int(gap), link.from);
            const std::optional<QRectF> to = unitRect(int(gap) + 1, link.to);
            if (!from || !to)
                continue;
            const QPointF a(from->right(), from->center().y());
            const QPointF b(to->left(), to->center().y());
            QPen pen;
            if (isDead(int(gap), link.from)) {
                // A dead unit's output is 0 for every sample: its links carry nothing.
                pen = QPen(deadGrey(), 0.8 * lineScale, Qt::DotLine);
            } else {
                const double t = largest > 0.0 ? std::abs(link.weight) / largest : 0.0;
                QColor colour = link.weight >= 0.0 ? NetworkLabStyle::orange().darker(115)
                                                   : NetworkLabStyle::blue();
                colour.setAlphaF(0.25 + 0.7 * t);
                const double width = (0.5 + 2.5 * t) * lineScale;
                pen = QPen(colour, width, Qt::SolidLine, Qt::FlatCap);
                if (link.weight < 0.0)
                    pen.setDashPattern({5.0 / width, 3.0 / width});
            }
            painter.setPen(pen);
            painter.drawLine(a, b);
        }
    }

    // Column headers, units, dead blocks, counts left out.
    double largestBias = 0.0;
    if (m_weights) {
        for (const Core::LayerWeights &layer : *m_weights)
            largestBias = std::max(largestBias,
                                   layer.bias.size() ? layer.bias.cwiseAbs().maxCoeff() : 0.0);
    }
    for (int c = 0; c < columns; ++c) {
        const double x = g.x[std::size_t(c)];
        const double columnWidth = size.width() / columns;
        QString title = c == 0             ? tr("Input")
                        : c == columns - 1 ? tr("Output")
                                           : tr("Layer %1").arg(c);
        // Narrow columns (many layers) keep the layer's number rather than an elided word.
        if (c > 0 && c < columns - 1 && metrics.horizontalAdvance(title) > columnWidth - 2)
            title = QString::number(c);
        painter.setPen(m_theme.text);
        painter.drawText(QRectF(x - columnWidth / 2, 0, columnWidth, g.header), Qt::AlignCenter,
                         metrics.elidedText(title, Qt::ElideRight, columnWidth - 2));
        const GraphColumn &column = layout.columns[std::size_t(c)];
        for (std::size_t i = 0; i < column.units.size(); ++i) {
            const int unit = column.units[i];
            const QRectF r = g.units[std::size_t(c)][i];
            if (c == 0 && m_imageSide > 0) {
                drawInputPixel(painter, r, m_picture, unit);
                m_hits.push_back({r, inputPixelText(unit, m_imageSide)});
                continue;
            }
            if (c == 0 || c == columns - 1) {
                // Inputs and outputs: a labelled circle.
                painter.setPen(QPen(m_theme.axis, lineScale));
                painter.setBrush(m_theme.window);
                painter.drawEllipse(r);
                const QString label = c == 0             ? QStringLiteral("x%1").arg(unit + 1)
                                      : m_classification ? QString::number(unit)
                                                         : QStringLiteral("ŷ");
                QFont small = font;
                small.setPointSizeF(std::max(5.0, std::min(font.pointSizeF(), r.height() * 0.35)));
                painter.setFont(small);
                painter.setPen(m_theme.text);
                painter.drawText(r, Qt::AlignCenter, label);
                painter.setFont(font);
                painter.setBrush(Qt::NoBrush);
                continue;
            }
            const int layer = c - 1;
            const auto k = std::size_t(layer);
            const bool dead = isDead(c, unit);
            const UnitFate fate = fates().fate(layer, unit);
            if (dead) {
                painter.fillRect(r, deadGrey());
                if (fate == UnitFate::BornDead)
                    painter.fillRect(r, QBrush(m_theme.text, Qt::BDiagPattern));
            } else if (k < m_tiles.size() && std::size_t(unit) < m_tiles[k].size()
                       && !m_tiles[k][std::size_t(unit)].values.empty()) {
                painter.drawImage(r, unitTileImage(m_tiles[k][std::size_t(unit)]));
            } else {
                // No input plane: a bar of the unit's active fraction.
                painter.fillRect(r, m_theme.window);
                const double active = k < m_active.size() && std::size_t(unit) < m_active[k].size()
                                          ? double(m_active[k][std::size_t(unit)])
                                          : 0.0;
                const double h = r.height() * std::clamp(active, 0.0, 1.0);
                painter.fillRect(QRectF(r.left(), r.bottom() - h, r.width(), h),
                                 NetworkLabStyle::orange());
            }
            painter.setPen(QPen(m_theme.axis, lineScale));
            painter.drawRect(r);
            if (dead) {
                painter.setPen(QPen(m_theme.text, 1.5 * lineScale));
                painter.drawLine(r.topLeft(), r.bottomRight());
                painter.drawLine(r.topRight(), r.bottomLeft());
            }
            if (fate == UnitFate::Revived) {
                const double d = std::max(8.0, r.width() * 0.45);
                const QRectF badge(r.right() - d * 0.6, r.top() - d * 0.4, d, d);
                painter.setPen(QPen(m_theme.base, lineScale));
                painter.setBrush(NetworkLabStyle::green());
                painter.drawEllipse(badge);
                painter.setBrush(Qt::NoBrush);
                QFont small = font;
                small.setPointSizeF(std::max(5.0, d * 0.55));
                painter.setFont(small);
                painter.setPen(Qt::white);
                painter.drawText(badge, Qt::AlignCenter, QStringLiteral("↺"));
                painter.setFont(font);
            }
            // The bias: a bar from the unit's centre line, right when positive, left when
            // negative (its position says the sign, not only its colour).
            if (m_weights && k < m_weights->size() && unit < (*m_weights)[k].bias.size()
                && largestBias > 0.0) {
                const double b = (*m_weights)[k].bias(unit);
                const double length = r.width() / 2.0 * std::abs(b) / largestBias;
                const double y = r.bottom() + std::max(1.5, 0.08 * r.height());
                const double thickness = std::max(1.5, 0.1 * r.height());
                const QRectF bar = b >= 0.0 ? QRectF(r.center().x(), y, length, thickness)
                                            : QRectF(r.center().x() - length, y, length, thickness);
                painter.fillRect(bar, b >= 0.0 ? NetworkLabStyle::orange().darker(115)
                                               : NetworkLabStyle::blue());
                painter.fillRect(QRectF(r.center().x() - 0.5, y - 1, 1, thickness + 2),
                                 m_theme.text);
            }
            m_hits.push_back({r, unitDescription(layer, unit), layer, unit});
        }
        const QRectF block = g.deadBlock[std::size_t(c)];
        if (!block.isNull()) {
            painter.setPen(QPen(m_theme.axis, lineScale));
            painter.setBrush(deadGrey());
            painter.drawRoundedRect(block, 3, 3);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(Qt::black);
            const QString text = tr("%n dead", nullptr, column.deadBlock);
            painter.drawText(block, Qt::AlignCenter,
                             metrics.elidedText(text, Qt::ElideRight, block.width() - 2));
            // Their links carry nothing: one grey dotted line to the next column.
            if (c + 1 < columns) {
                painter.setPen(QPen(deadGrey(), 0.8 * lineScale, Qt::DotLine));
                painter.drawLine(QPointF(block.right(), block.center().y()),
                                 QPointF(g.x[std::size_t(c + 1)] - layout.tileSize / 2.0,
                                         block.center().y()));
            }
            m_hits.push_back({block, tr("%n dead units: their output is 0 for every training "
                                        "sample, so their links carry nothing",
                                        nullptr, column.deadBlock)});
        }
        if (column.notDrawn > 0 || (c == 0 && m_imageSide > 0)) {
            painter.setPen(m_theme.text);
            const QString more = column.notDrawn > 0 ? tr("+%n more", nullptr, column.notDrawn)
                                                     : inputImageCaption(m_pictureIsMean);
            painter.drawText(QRectF(x - columnWidth / 2, g.bottom, columnWidth, metrics.height()),
                             Qt::AlignCenter,
                             metrics.elidedText(more, Qt::ElideRight, columnWidth - 2));
        }
    }
    drawLegend(painter, g.legend);
}

void NetworkGraphView::drawLegend(QPainter &painter, const QRectF &area) const
{
    // A sample of each mark and its meaning, in as many rows as the width needs (legendRows).
    const QFontMetricsF metrics(painter.font());
    const double mark = metrics.height() * 0.8;
    const double gap = metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
    const double rowHeight = metrics.height() * 1.2;
    double x = area.left() + gap;
    double y = area.top() + metrics.height() * 0.15 + rowHeight / 2;
    for (const LegendEntry &entry : legendEntries()) {
        const bool line = entry.mark == LegendMark::Positive || entry.mark == LegendMark::Negative;
        const double markWidth = line ? mark * 1.6 : mark;
        const double width = mark * 1.6 + gap * 2 + metrics.horizontalAdvance(entry.text);
        if (x + width > area.right() && x > area.left() + gap) {
            x = area.left() + gap;
            y += rowHeight;
        }
        const QRectF box(x, y - mark / 2, mark, mark);
        switch (entry.mark) {
        case LegendMark::Positive:
        case LegendMark::Negative: {
            QPen pen(entry.mark == LegendMark::Positive ? NetworkLabStyle::orange().darker(115)
                                                        : NetworkLabStyle::blue(),
                     2.0 * m_theme.lineScale, Qt::SolidLine, Qt::FlatCap);
            if (entry.mark == LegendMark::Negative)
                pen.setDashPattern({5.0 / pen.widthF(), 3.0 / pen.widthF()});
            painter.setPen(pen);
            painter.drawLine(QPointF(x, y), QPointF(x + markWidth, y));
            break;
        }
        case LegendMark::Died:
        case LegendMark::BornDead:
            painter.fillRect(box, deadGrey());
            if (entry.mark == LegendMark::BornDead)
                painter.fillRect(box, QBrush(m_theme.text, Qt::BDiagPattern));
            painter.setPen(QPen(m_theme.text, 1.2 * m_theme.lineScale));
            painter.drawLine(box.topLeft(), box.bottomRight());
            painter.drawLine(box.topRight(), box.bottomLeft());
            break;
        case LegendMark::Revived:
            painter.setPen(Qt::NoPen);
            painter.setBrush(NetworkLabStyle::green());
            painter.drawEllipse(box);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(Qt::white);
            painter.drawText(box, Qt::AlignCenter, QStringLiteral("↺"));
            break;
        }
        painter.setPen(m_theme.text);
        const double textX = x + markWidth + gap / 2;
        painter.drawText(QRectF(textX, y - rowHeight / 2, area.right() - textX, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        x += width;
    }
}

} // namespace ReluLab
