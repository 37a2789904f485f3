// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "projectionview.h"

#include "labstyle.h"
#include "replotview.h"
#include "trainingsnapshot.h"

#include <QEvent>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

// A marker that is the class's number, centred on the point, drawn for QCPScatterStyle's
// custom shape (which scales a path by size / 6).
QPainterPath numberPath(int cls)
{
    QFont font;
    font.setPixelSize(9);
    font.setBold(true);
    QPainterPath path;
    path.addText(0, 0, font, QString::number(cls));
    const QRectF box = path.boundingRect();
    path.translate(-box.center());
    return path;
}

} // namespace

ProjectionView::ProjectionView(QWidget *parent)
    : QCustomPlot(parent)
{
    NetworkLabStyle::applyPlotStyle(this);
    // The markers are the class numbers: no legend needed, its row goes to the plot.
    NetworkLabStyle::setLegendShown(this, false);
    setNotAntialiasedElements(QCP::aeNone);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString());
    plotLayout()->addElement(0, 0, m_title);
    retranslateUi();
    setTheme(m_theme);
}

void ProjectionView::setTheme(const Theme &theme)
{
    m_theme = theme;
    NetworkLabStyle::applyTheme(this, theme);
    for (size_t i = 0; i < m_graphs.size(); ++i) {
        if (m_graphs[i])
            styleGraph(int(i), m_graphs[i]);
    }
    replotWhenVisible(this);
}

void ProjectionView::styleGraph(int cls, QCPGraph *graph) const
{
    const double s = m_theme.lineScale;
    QColor colour = NetworkLabStyle::seriesColor(cls);
    // The yellow of the palette vanishes on white: its numbers are outlined darker.
    const QPen pen(NetworkLabStyle::isDark(m_theme) ? colour : colour.darker(135), 0.6 * s);
    graph->setScatterStyle(QCPScatterStyle(numberPath(cls), pen, QBrush(colour), 9.0 * s));
}

QCPGraph *ProjectionView::classGraph(int cls)
{
    const auto index = static_cast<size_t>(std::max(0, cls));
    if (m_graphs.size() <= index)
        m_graphs.resize(index + 1, nullptr);
    if (!m_graphs[index]) {
        QCPGraph *graph = addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setName(tr("class %1").arg(cls));
        styleGraph(cls, graph);
        m_graphs[index] = graph;
    }
    return m_graphs[index];
}

int ProjectionView::pointCount() const
{
    int count = 0;
    for (QCPGraph *graph : m_graphs) {
        if (graph)
            count += graph->dataCount();
    }
    return count;
}

void ProjectionView::clear()
{
    for (QCPGraph *graph : m_graphs) {
        if (graph)
            graph->data()->clear();
    }
    m_hasData = false;
    m_explained[0] = m_explained[1] = 0.0;
    retranslateUi();
}

void ProjectionView::showSnapshot(const TrainingSnapshot &snapshot)
{
    if (!snapshot.classSummary) {
        clear();
        return;
    }
    const ClassSummary &summary = *snapshot.classSummary;
    std::vector<QVector<QCPGraphData>> points(m_graphs.size());
    double extentX = 0.0;
    double extentY = 0.0;
    for (size_t n = 0; n < summary.projectionX.size(); ++n) {
        const int cls = std::max(0, summary.projectionClass[n]);
        if (points.size() <= size_t(cls))
            points.resize(size_t(cls) + 1);
        // QCPGraph keeps its data sorted by key: each point is its own (x, y) pair.
        points[size_t(cls)].append(QCPGraphData(summary.projectionX[n], summary.projectionY[n]));
        extentX = std::max(extentX, std::abs(double(summary.projectionX[n])));
        extentY = std::max(extentY, std::abs(double(summary.projectionY[n])));
    }
    for (size_t cls = 0; cls < points.size(); ++cls) {
        if (points[cls].isEmpty() && (cls >= m_graphs.size() || !m_graphs[cls]))
            continue;
        classGraph(int(cls))->data()->set(points[cls], false);
    }
    m_explained[0] = summary.explained[0];
    m_explained[1] = summary.explained[1];
    m_layer = summary.projectedLayer;
    m_onTest = summary.onTest;
    m_hasData = true;
    // The origin (the mean) in the middle, the same scale on both axes: the picture is the
    // plane as it is, PC1's larger spread wider than PC2's, not stretched to fill the box.
    const QRect box = axisRect()->rect();
    const double w = std::max(1, box.width()), h = std::max(1, box.height());
    const double unitsPerPixel = std::max({1.1 * extentX / (w / 2), 1.1 * extentY / (h / 2), 1e-9});
    xAxis->setRange(-unitsPerPixel * w / 2, unitsPerPixel * w / 2);
    yAxis->setRange(-unitsPerPixel * h / 2, unitsPerPixel * h / 2);
    retranslateUi();
}

void ProjectionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QCustomPlot::changeEvent(event);
}

void ProjectionView::retranslateUi()
{
    setAccessibleName(tr("Projection of the last hidden layer"));
    setAccessibleDescription(tr("The last hidden layer's outputs for each sample, seen in their "
                                "two principal directions; each point is its class number"));
    const QLocale locale;
    xAxis->setLabel(
        tr("PC1 (%1 % of the variance)").arg(locale.toString(100.0 * m_explained[0], 'f', 0)));
    // The vertical axis is the shorter one: its label keeps the number only.
    yAxis->setLabel(tr("PC2 (%1 %)").arg(locale.toString(100.0 * m_explained[1], 'f', 0)));
    const QString set = m_onTest ? tr("test set") : tr("training set");
    m_title->setText(
        m_hasData ? tr("Hidden layer %1 (the last), %2: principal plane").arg(m_layer + 1).arg(set)
                  : tr("The projection appears when the network is built."));
    for (size_t i = 0; i < m_graphs.size(); ++i) {
        if (m_graphs[i])
            m_graphs[i]->setName(tr("class %1").arg(i));
    }
    replotWhenVisible(this);
}

} // namespace ReluLab
