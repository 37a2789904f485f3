// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "decisionview.h"

#include "replotview.h"

#include "labstyle.h"
#include "trainingsnapshot.h"

#include <QEvent>

#include <array>

namespace ReluLab {

namespace {

QCPScatterStyle::ScatterShape classShape(int cls)
{
    const std::array<QCPScatterStyle::ScatterShape, 5> shapes{QCPScatterStyle::ssCircle,
                                                              QCPScatterStyle::ssTriangle,
                                                              QCPScatterStyle::ssSquare,
                                                              QCPScatterStyle::ssDiamond,
                                                              QCPScatterStyle::ssStar};
    return shapes[static_cast<size_t>(cls) % shapes.size()];
}

QColor classColor(int cls)
{
    // Class 0 blue and class 1 orange, the ends of the two-class map's gradient.
    return NetworkLabStyle::seriesColor(cls);
}

} // namespace

DecisionView::DecisionView(QWidget *parent)
    : QCustomPlot(parent)
{
    NetworkLabStyle::applyPlotStyle(this);
    // The points and the map explain themselves; the legend's row gives its height to the map.
    NetworkLabStyle::setLegendShown(this, false);
    // A thousand antialiased markers cost more than the whole map: draw them crisp.
    setNotAntialiasedElements(QCP::aeScatters);
    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->setInterpolate(true);
    m_map->setTightBoundary(false);
    m_map->setVisible(false);
    m_map->setLayer(QStringLiteral("background"));
    // The map changes at every snapshot, the points, grid and axes above it do not: with a
    // buffer of its own, the background layer (axis-rect fill and map) is redrawn alone and the
    // hundreds of markers are composited from their cached buffer.
    layer(QStringLiteral("background"))->setMode(QCPLayer::lmBuffered);
    m_curve = addGraph();
    m_curve->setVisible(false);
    m_message = new QCPItemText(this);
    m_message->setPositionAlignment(Qt::AlignCenter);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setVisible(false);
    m_message->setPadding(QMargins(8, 8, 8, 8));
    m_message->setBrush(QColor(255, 255, 255, 230));
    retranslateUi();
    setTheme(m_theme);
}

void DecisionView::setTheme(const Theme &theme)
{
    m_theme = theme;
    NetworkLabStyle::applyTheme(this, theme);
    m_curve->setPen(QPen(NetworkLabStyle::vermillion(), 3 * theme.lineScale));
    for (size_t i = 0; i < m_points.size(); ++i) {
        if (m_points[i])
            stylePoints(int(i / 2), i % 2 == 1, m_points[i]);
    }
    replotWhenVisible(this);
}

void DecisionView::stylePoints(int cls, bool test, QCPGraph *graph) const
{
    const double s = m_theme.lineScale;
    const QColor colour = classColor(cls);
    // Train: filled, dark outline. Test: hollow (the plot's background inside), thick coloured
    // outline. On the light map both read on either theme; on a dark background without a map
    // the test outline is lightened so that it does not sink into it.
    const QColor testOutline = NetworkLabStyle::isDark(m_theme) ? colour.lighter(115)
                                                                : colour.darker(130);
    const QPen pen = test ? QPen(testOutline, 2.2 * s) : QPen(QColor(30, 30, 30), 0.8 * s);
    const QBrush brush = test ? QBrush(m_theme.base) : QBrush(colour);
    graph->setScatterStyle(QCPScatterStyle(classShape(cls), pen, brush, (test ? 8 : 7) * s));
}

QCPRange DecisionView::mapDataRange() const
{
    return m_map->dataRange();
}

void DecisionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QCustomPlot::changeEvent(event);
}

void DecisionView::retranslateUi()
{
    setAccessibleName(tr("Decision map"));
    setAccessibleDescription(
        tr("The network's output over the input plane, with the training and test points"));
    xAxis->setLabel(tr("x₁"));
    yAxis->setLabel(m_featureCount == 1 ? tr("output") : tr("x₂"));
    // Shown for three or more features (the plural is always right), or without data.
    m_message->setText(m_featureCount == 0 ? tr("No data to show.")
                                           : tr("The decision map needs two input features;\n"
                                                "this data set has %1 features.")
                                                 .arg(m_featureCount));
    m_curve->setName(tr("network output"));
    for (size_t i = 0; i < m_points.size(); ++i) {
        if (!m_points[i])
            continue;
        const int cls = int(i / 2);
        m_points[i]->setName(i % 2 ? tr("class %1 (test)").arg(cls)
                                   : tr("class %1 (train)").arg(cls));
    }
    replotWhenVisible(this);
}

QCPGraph *DecisionView::pointGraph(int cls, bool test)
{
    const size_t index = static_cast<size_t>(cls) * 2 + (test ? 1 : 0);
    if (m_points.size() <= index)
        m_points.resize(index + 1, nullptr);
    if (!m_points[index]) {
        QCPGraph *graph = addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        stylePoints(cls, test, graph);
        m_points[index] = graph;
    }
    return m_points[index];
}

void DecisionView::clearPoints()
{
    for (QCPGraph *graph : m_points) {
        if (graph)
            graph->data()->clear();
    }
}

void DecisionView::setData(const Core::DataSplit &split)
{
    clearPoints();
    m_featureCount = int(split.train.featureCount());
    m_task = split.train.task;
    m_classCount = split.train.classCount;
    m_map->setVisible(false);
    m_curve->data()->clear();
    m_curve->setVisible(false);
    // Without a plane to draw (digits: 64 features) the message stands alone: empty axes
    // behind it would only compete with its text.
    const bool noMap = m_featureCount != 1 && m_featureCount != 2;
    m_message->setVisible(noMap);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setVisible(!noMap);
        axis->grid()->setVisible(!noMap);
    }
    const auto add = [this](const Core::Dataset &set, bool test) {
        for (Eigen::Index n = 0; n < set.sampleCount(); ++n) {
            if (m_featureCount == 2) {
                const int cls = set.task == Core::Task::Classification
                                    ? set.labels[static_cast<size_t>(n)]
                                    : 0;
                pointGraph(cls, test)->addData(set.inputs(0, n), set.inputs(1, n));
            } else if (m_featureCount == 1) {
                const double y = set.task == Core::Task::Regression
                                     ? set.targets(0, n)
                                     : double(set.labels[static_cast<size_t>(n)]);
                pointGraph(0, test)->addData(set.inputs(0, n), y);
            }
        }
    };
    add(split.train, false);
    add(split.test, true);
    for (QCPGraph *graph : m_points) {
        if (graph)
            graph->setVisible(!graph->data()->isEmpty());
    }
    retranslateUi();
    rescaleAxes();
    if (m_featureCount == 2) {
        xAxis->scaleRange(1.2, xAxis->range().center());
        yAxis->scaleRange(1.2, yAxis->range().center());
    } else if (m_featureCount != 1) {
        xAxis->setRange(0, 1);
        yAxis->setRange(0, 1);
    }
    replotWhenVisible(this);
}

void DecisionView::showSnapshot(const TrainingSnapshot &snapshot)
{
    if (snapshot.hasPlane && snapshot.decision.rows > 0) {
        const GridField &field = snapshot.decision;
        QCPColorMapData *cells = m_map->data();
        cells->setSize(field.columns, field.rows);
        cells->setRange(QCPRange(snapshot.grid.xMin, snapshot.grid.xMax),
                        QCPRange(snapshot.grid.yMin, snapshot.grid.yMax));
        for (int i = 0; i < field.rows; ++i) {
            for (int j = 0; j < field.columns; ++j)
                cells->setCell(j, i, field.values[static_cast<size_t>(i * field.columns + j)]);
        }
        QCPColorGradient gradient;
        gradient.clearColorStops();
        if (m_task == Core::Task::Classification && m_classCount > 2) {
            gradient.setLevelCount(m_classCount);
            for (int c = 0; c < m_classCount; ++c)
                gradient.setColorStopAt(double(c) / (m_classCount - 1), classColor(c).lighter(150));
            m_map->setDataRange(QCPRange(0, m_classCount - 1));
        } else if (m_task == Core::Task::Classification) {
            gradient.setColorStopAt(0.0, classColor(0).lighter(140));
            gradient.setColorStopAt(0.5, Qt::white);
            gradient.setColorStopAt(1.0, classColor(1).lighter(125));
            m_map->setDataRange(QCPRange(0.0, 1.0));
        } else {
            gradient = QCPColorGradient(QCPColorGradient::gpPolar);
            m_map->rescaleDataRange(true);
        }
        m_map->setGradient(gradient);
        const QCPRange xRange(snapshot.grid.xMin, snapshot.grid.xMax);
        const QCPRange yRange(snapshot.grid.yMin, snapshot.grid.yMax);
        const bool sameView = m_map->visible() && xAxis->range() == xRange
                              && yAxis->range() == yRange;
        m_map->setVisible(true);
        xAxis->setRange(xRange);
        yAxis->setRange(yRange);
        if (sameView && isVisible()) {
            m_map->layer()->replot(); // a full replot if a buffer is stale (resize)
            return;
        }
    } else if (!snapshot.curveX.empty()) {
        QVector<double> keys(snapshot.curveX.begin(), snapshot.curveX.end());
        QVector<double> values(snapshot.curveY.begin(), snapshot.curveY.end());
        m_curve->setData(keys, values, true);
        m_curve->setVisible(true);
    }
    replotWhenVisible(this);
}

} // namespace ReluLab
