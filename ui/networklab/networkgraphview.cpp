// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "networkgraphview.h"

#include "graphinputimage.h"
#include "labstyle.h"
#include "unittileimage.h"

#include "ui/plotexport.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ReluLab {

namespace {

constexpr double baseTile = 34.0;    // a unit's tile at type scale 1, when there is room
constexpr double minimumTile = 14.0; // below this a tile shows little: fewer units are drawn
constexpr double spacing = 1.3;      // place per unit, in tiles

QColor deadGrey()
{
    return QColor(0x9A, 0x9A, 0x9A);
}

} // namespace

/// Where everything goes at one size: per column its x centre, per drawn unit its rectangle,
/// the dead block's rectangle.
struct NetworkGraphView::Geometry
{
    std::vector<double> x;
    std::vector<std::vector<QRectF>> units; ///< per column, per drawn unit
    std::vector<QRectF> deadBlock;          ///< per column (null: none)
    double top = 0.0;
    double bottom = 0.0;
    double header = 0.0;
    QRectF legend;
};

NetworkGraphView::NetworkGraphView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Network graph"));
}

double NetworkGraphView::scale() const
{
    return NetworkLabStyle::fontScale(m_theme);
}

QFont NetworkGraphView::graphFont() const
{
    // The application's type, scaled as the lab's other words are (larger in presentation
    // mode): the graph's words are labels beside small pictures, not chart titles.
    QFont graphFont = QApplication::font();
    graphFont.setPixelSize(int(std::lround(12.0 * scale())));
    return graphFont;
}

std::vector<NetworkGraphView::LegendEntry> NetworkGraphView::legendEntries() const
{
    return {{LegendMark::Positive, tr("positive weight")},
            {LegendMark::Negative, tr("negative weight")},
            {LegendMark::Died, tr("died")},
            {LegendMark::BornDead, tr("born dead")},
            {LegendMark::Revived, tr("came back")}};
}

int NetworkGraphView::legendRows(double width) const
{
    const QFontMetricsF metrics(graphFont());
    const double mark = metrics.height() * 0.8;
    const double gap = metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
    int rows = 1;
    double x = gap;
    for (const LegendEntry &entry : legendEntries()) {
        const double w = mark * 1.6 + gap * 2 + metrics.horizontalAdvance(entry.text);
        if (x + w > width && x > gap) {
            ++rows;
            x = gap;
        }
        x += w;
    }
    return rows;
}

QSize NetworkGraphView::sizeHint() const
{
    return QSize(480, 320);
}

QSize NetworkGraphView::minimumSizeHint() const
{
    return QSize(160, 6 * fontMetrics().height());
}

void NetworkGraphView::clear()
{
    m_widths.clear();
    m_tiles.clear();
    m_active.clear();
    m_dead.clear();
    m_weights.reset();
    m_imageSide = 0;
    m_fates.clear();
    m_showingRecord = false;
    m_hasGeneration = false;
    update();
}

void NetworkGraphView::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

void NetworkGraphView::showSnapshot(const TrainingSnapshot &snapshot)
{
    if (!m_hasGeneration || snapshot.generation != m_generation) {
        // A new network (or the same one reset): its fates start at its initialisation.
        m_fates.clear();
        m_generation = snapshot.generation;
        m_hasGeneration = true;
        if (!snapshot.initial.layers.empty())
            m_fates.record(snapshot.initial);
    }
    for (const EpochRecord &record : snapshot.newEpochs)
        m_fates.record(record.diagnostics);
    if (!snapshot.progressOnly) {
        m_showingRecord = false;
        showFigures(snapshot);
    }
}

void NetworkGraphView::showRecorded(const TrainingSnapshot &snapshot, const UnitFates &fates)
{
    m_recordedFates = fates;
    m_showingRecord = true;
    showFigures(snapshot);
}

void NetworkGraphView::showFigures(const TrainingSnapshot &snapshot)
{
    m_widths = snapshot.layerWidths;
    m_classification = !std::isnan(snapshot.diagnostics.trainAccuracy);
    m_tiles = snapshot.unitTiles;
    m_active = snapshot.activeFraction;
    m_dead.clear();
    for (const Core::LayerDiagnostics &layer : snapshot.diagnostics.layers)
        m_dead.push_back(layer.dead);
    if (snapshot.weights)
        m_weights = snapshot.weights;
    const int side = snapshot.classSummary ? snapshot.classSummary->imageSide : 0;
    m_imageSide = side > 0 && !m_widths.empty() && m_widths[0] == side * side ? side : 0;
    const bool picture = m_imageSide > 0;
    m_picture = picture ? snapshot.classSummary->inputImage : std::vector<float>{};
    m_pictureIsMean = picture && snapshot.classSummary->imageIsMean;
    update();
}

NetworkGraphView::Geometry NetworkGraphView::geometryFor(const QSizeF &size, Layout &layout) const
{
    Geometry g;
    layout = {};
    const int columns = int(m_widths.size());
    if (columns < 2)
        return g;
    const double s = scale();
    const QFontMetricsF metrics(graphFont());
    g.header = metrics.height() * 1.3;
    const double legendHeight = metrics.height() * (0.3 + 1.2 * legendRows(size.width()));
    g.top = g.header;
    g.bottom = size.height() - legendHeight - metrics.height(); // a line for "not drawn"
    g.legend = QRectF(0, size.height() - legendHeight, size.width(), legendHeight);
    const double height = std::max(1.0, g.bottom - g.top);
    const double columnWidth = size.width() / columns;
    const int capacity = std::max(1, int(height / (minimumTile * spacing)));

    for (int c = 0; c < columns; ++c) {
        const int units = m_widths[std::size_t(c)];
        const bool hidden = c > 0 && c < columns - 1;
        if (hidden && std::size_t(c - 1) < m_active.size()) {
            const std::vector<bool> &dead = std::size_t(c - 1) < m_dead.size()
                                                ? m_dead[std::size_t(c - 1)]
                                                : std::vector<bool>{};
            layout.columns.push_back(chooseUnits(m_active[std::size_t(c - 1)], dead, capacity));
        } else {
            // Inputs and outputs in order; those past the last place are counted (a picture's
            // pixels all fit).
            GraphColumn column;
            const int drawn = c == 0 && m_imageSide > 0 ? units : std::min(units, capacity);
            for (int i = 0; i < drawn; ++i)
                column.units.push_back(i);
            column.notDrawn = units - drawn;
            layout.columns.push_back(column);
        }
    }
    int tallest = 1;
    for (std::size_t c = m_imageSide > 0 ? 1 : 0; c < layout.columns.size(); ++c)
        tallest = std::max(tallest, int(layout.columns[c].units.size())
                                        + (layout.columns[c].deadBlock > 0 ? 1 : 0));
    const double tile = std::clamp(std::min({baseTile * s, height / (tallest * spacing),
                                             columnWidth * 0.45}),
                                   std::min(minimumTile, columnWidth * 0.45), baseTile * s);
    layout.tileSize = tile;

    g.x.resize(std::size_t(columns));
    g.units.resize(std::size_t(columns));
    g.deadBlock.resize(std::size_t(columns));
    for (int c = 0; c < columns; ++c) {
        const GraphColumn &column = layout.columns[std::size_t(c)];
        const double x = columnWidth * (c + 0.5);
        g.x[std::size_t(c)] = x;
        if (c == 0 && m_imageSide > 0) {
            const QRectF area(x - columnWidth * 0.45, g.top, columnWidth * 0.9, height);
            g.units[0] = inputImageCells(area, m_imageSide);
            continue;
        }
        const int places = int(column.units.size()) + (column.deadBlock > 0 ? 1 : 0);
        const double place = tile * spacing;
        double y = g.top + (height - places * place) / 2.0 + (place - tile) / 2.0;
        for (std::size_t i = 0; i < column.units.size(); ++i, y += place)
            g.units[std::size_t(c)].push_back(QRectF(x - tile / 2.0, y, tile, tile));
        if (column.deadBlock > 0) {
            const QString text = tr("%n dead", nullptr, column.deadBlock);
            const double width = std::min(columnWidth * 0.95,
                                          std::max(tile, metrics.horizontalAdvance(text) + 8 * s));
            g.deadBlock[std::size_t(c)] = QRectF(x - width / 2.0, y, width, tile);
        }
    }
    // The strongest links of each gap: a few per drawn target unit, so a wide layer stays a
    // readable picture and is drawn within a frame.
    if (m_weights) {
        for (int gap = 0; gap + 1 < columns && std::size_t(gap) < m_weights->size(); ++gap) {
            const GraphColumn &to = layout.columns[std::size_t(gap + 1)];
            const int maxLinks = std::clamp(6 * int(to.units.size()), 24, 300);
            layout.links.push_back(strongestLinks((*m_weights)[std::size_t(gap)].weight,
                                                  layout.columns[std::size_t(gap)].units, to.units,
                                                  maxLinks));
        }
    }
    return g;
}

NetworkGraphView::Layout NetworkGraphView::layoutFor(const QSizeF &size) const
{
    Layout layout;
    geometryFor(size, layout);
    return layout;
}

QString NetworkGraphView::unitDescription(int layer, int unit) const
{
    const auto k = std::size_t(layer);
    const double active = k < m_active.size() && std::size_t(unit) < m_active[k].size()
                              ? double(m_active[k][std::size_t(unit)])
                              : 0.0;
    QString text = tr("Layer %1, unit %2: active on %3 % of the training samples")
                       .arg(layer + 1)
                       .arg(unit + 1)
                       .arg(100.0 * active, 0, 'f', 1);
    if (m_weights && k < m_weights->size() && unit < (*m_weights)[k].bias.size())
        text += QLatin1Char('\n') + tr("bias %1").arg((*m_weights)[k].bias(unit), 0, 'g', 4);
    switch (fates().fate(layer, unit)) {
    case UnitFate::BornDead:
        text += QLatin1Char('\n') + tr("dead since initialisation");
        break;
    case UnitFate::Died:
        text += QLatin1Char('\n') + tr("died during training");
        break;
    case UnitFate::Revived:
        text += QLatin1Char('\n')
                + tr("came back to life at epoch %1").arg(fates().revivedAt(layer, unit));
        break;
    case UnitFate::Alive:
        break;
    }
    return text;
}

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

void NetworkGraphView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, size());
}

bool NetworkGraphView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint point = static_cast<QHelpEvent *>(event)->pos();
        for (const Hit &hit : m_hits) {
            if (hit.rect.contains(point)) {
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), hit.text, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void NetworkGraphView::mousePressEvent(QMouseEvent *event)
{
    for (const Hit &hit : m_hits) {
        if (hit.layer >= 0 && hit.rect.contains(event->position())) {
            emit unitClicked(hit.layer, hit.unit);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void NetworkGraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Network graph"));
        update();
    }
    QWidget::changeEvent(event);
}

bool NetworkGraphView::exportTo(const QString &fileName, const QSize &size, QString *error) const
{
    return exportDrawing([this](QPainter &painter,
                                const QSizeF &drawingSize) { render(painter, drawingSize); },
                         fileName, size, error);
}

void NetworkGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *exportAction = menu.addAction(tr("Export graph…"));
    exportAction->setEnabled(hasNetwork());
    if (menu.exec(event->globalPos()) != exportAction)
        return;
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export graph"), QStringLiteral("network-graph.png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTo(fileName, size(), &error))
        QMessageBox::warning(this, tr("Export graph"), error);
}

} // namespace ReluLab
