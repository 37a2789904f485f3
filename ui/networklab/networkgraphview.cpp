// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "networkgraphview.h"
#include "networkgraphgeometry.h"

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

} // namespace

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
    update();
}

void NetworkGraphView::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

void NetworkGraphView::showSnapshot(const TrainingSnapshot &snapshot)
{
    m_fates.follow(snapshot);
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
