// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "activationplot.h"

#include "curvesampler.h"

#include <core/random.h>

#include <qcustomplot.h>

#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace ReluLab {

namespace {

constexpr int BandRectCount = 12;
constexpr int MaxPins = 4;
constexpr double DefaultXMin = -5.0;
constexpr double DefaultXMax = 5.0;
// rrelu in training draws a slope per sample; a fixed seed keeps the dots still while a slider
// moves, so the eye sees the band and not flicker.
constexpr std::uint64_t TrainingNoiseSeed = 2026;

// Douglas–Peucker on one finite run of screen points: keeps the points that deviate more than
// `tolerance` pixels from the chord of their neighbours kept so far. A smooth activation sampled
// at 1600 points over ~1000 px becomes a few dozen points, indistinguishable on screen (the error
// is below a quarter pixel) while the rasteriser, and above all the dasher of f′ and f″, has
// ~20× less to stroke.
void simplifyRun(const QPointF *points, int count, double tolerance, QVector<QPointF> &out)
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

bool finitePoint(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

// A graph that strokes a simplified polyline on screen. Vector output (PDF, SVG) gets every
// sample, so exported figures are exact.
class CurveGraph final : public QCPGraph
{
public:
    using QCPGraph::QCPGraph;

protected:
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override
    {
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
                simplifyRun(lines.constData() + start, i - start, TolerancePx, simple);
            }
            start = i + 1;
        }
        drawPolyline(painter, simple);
    }
};

QVector<double> difference(const QVector<double> &a, const QVector<double> &b)
{
    QVector<double> d(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        d[i] = a[i] - b[i];
    return d;
}

} // namespace

ActivationPlot::ActivationPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(320, 240);

    // Panning the view drops antialiasing like a slider drag does (see noteDataChange).
    m_plot->setNoAntialiasingOnDrag(true);
    // No phFastPolylines: it strokes segment by segment, which restarts the dash pattern of f′
    // and f″ at every sample (they would look solid). CurveGraph simplifies the polyline instead.
    m_plot->setPlottingHints(QCP::phCacheLabels);
    m_plot->addLayer(QStringLiteral("band"), m_plot->layer(QStringLiteral("grid")),
                     QCustomPlot::limAbove);
    m_bandLayer = m_plot->layer(QStringLiteral("band"));
    m_plot->addLayer(QStringLiteral("cursor"), m_plot->layer(QStringLiteral("main")),
                     QCustomPlot::limAbove);
    m_cursorLayer = m_plot->layer(QStringLiteral("cursor"));
    m_cursorLayer->setMode(QCPLayer::lmBuffered); // hover repaints only this layer
    // The curves and the legend get buffers of their own: a parameter step redraws the curves
    // (and the legend, whose labels carry the parameter) while grid, band, axes and tick labels
    // are composited from their cached buffers.
    m_curveLayer = m_plot->layer(QStringLiteral("main"));
    m_curveLayer->setMode(QCPLayer::lmBuffered);
    m_legendLayer = m_plot->layer(QStringLiteral("legend"));
    m_legendLayer->setMode(QCPLayer::lmBuffered);
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleMs);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        m_fastFrames = false;
        requestReplot(DirtyAll); // also redraws anything a fast full frame left rough
    });

    for (int i = 0; i < BandRectCount; ++i) {
        auto *rect = new QCPItemRect(m_plot);
        rect->setLayer(m_bandLayer);
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->setPen(Qt::NoPen);
        rect->setSelectable(false);
        rect->setVisible(false);
        m_bandRects.append(rect);
    }
    // The textbook look: axes drawn through the origin; the frame axes only carry tick labels.
    m_xAxisLine = new QCPItemStraightLine(m_plot);
    m_yAxisLine = new QCPItemStraightLine(m_plot);
    for (QCPItemStraightLine *line : {m_xAxisLine, m_yAxisLine}) {
        line->setLayer(m_bandLayer);
        line->setSelectable(false);
    }
    m_xAxisLine->point1->setCoords(0, 0);
    m_xAxisLine->point2->setCoords(1, 0);
    m_yAxisLine->point1->setCoords(0, 0);
    m_yAxisLine->point2->setCoords(0, 1);

    m_mainGraphs = createGraphSet(false);
    for (int i = 0; i < MaxOverlays; ++i)
        m_overlayGraphs.append(createGraphSet(false));
    // Overlays with `subtract` draw on the right axis; their graphs are moved there on demand.

    m_cursorLine = new QCPItemStraightLine(m_plot);
    m_tangentLine = new QCPItemStraightLine(m_plot);
    m_readout = new QCPItemText(m_plot);
    for (QCPAbstractItem *item : std::initializer_list<QCPAbstractItem *>{m_cursorLine,
                                                                         m_tangentLine, m_readout}) {
        item->setLayer(m_cursorLayer);
        item->setSelectable(false);
        item->setVisible(false);
    }
    m_readout->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_readout->position->setCoords(0.99, 0.98);
    m_readout->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_readout->setTextAlignment(Qt::AlignLeft);
    m_readout->setPadding(QMargins(6, 4, 6, 4));

    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignLeft | Qt::AlignTop);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->xAxis2->setVisible(false);
    m_plot->yAxis2->setVisible(false);
    m_plot->xAxis->grid()->setSubGridVisible(true);
    m_plot->yAxis->grid()->setSubGridVisible(true);
    m_plot->xAxis->grid()->setZeroLinePen(Qt::NoPen);
    m_plot->yAxis->grid()->setZeroLinePen(Qt::NoPen);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange &) {
                m_dirty |= DirtyAll; // ticks and labels move with the range
                resample();
            });
    connect(m_plot, &QCustomPlot::mouseMove, this, &ActivationPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this,
            [this](QMouseEvent *event) { m_pressPos = event->position(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ActivationPlot::onMouseRelease);
    connect(m_plot, &QCustomPlot::legendClick, this,
            [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
                auto *plItem = qobject_cast<QCPPlottableLegendItem *>(item);
                if (!plItem)
                    return;
                const QCPAbstractPlottable *p = plItem->plottable();
                if (p == m_mainGraphs.df) {
                    setShowDerivative(!m_showDf);
                    return;
                }
                if (p == m_mainGraphs.d2f) {
                    setShowSecondDerivative(!m_showD2f);
                    return;
                }
                for (int i = 0; i < m_overlays.size(); ++i) {
                    if (p == m_overlayGraphs[i].f) {
                        setOverlayVisible(i, !m_overlays[i].visible);
                        return;
                    }
                }
            });

    restyle();
    m_plot->xAxis->setRange(DefaultXMin, DefaultXMax); // samples through rangeChanged
    fitYRange();
}

ActivationPlot::~ActivationPlot() = default;

void ActivationPlot::noteDataChange()
{
    // Two changes closer together than IdleMs are a slider drag or an animation: draw those
    // frames without antialiasing (about 3× cheaper for 21 thick curves) and redraw once,
    // smoothly, when the hand stops. A lone change is drawn smoothly at once.
    if (m_lastChange.isValid() && m_lastChange.elapsed() < IdleMs) {
        m_fastFrames = true;
        m_idleTimer->start();
    }
    m_lastChange.start();
}

void ActivationPlot::requestReplot(unsigned what)
{
    m_dirty |= what;
    if (m_replotQueued)
        return;
    m_replotQueued = true;
    QMetaObject::invokeMethod(this, &ActivationPlot::replotNow, Qt::QueuedConnection);
}

void ActivationPlot::replotNow()
{
    m_replotQueued = false;
    const unsigned dirty = m_dirty;
    m_dirty = DirtyNone;
    if (dirty == DirtyNone)
        return;
    // Only for this on-screen frame: exports (toPixmap, toPainter, PDF) draw with the flags
    // restored, so they are always antialiased.
    const QCP::AntialiasedElements saved = m_plot->notAntialiasedElements();
    if (m_fastFrames)
        m_plot->setNotAntialiasedElements(saved | QCP::aePlottables);
    if ((dirty & ~unsigned(DirtyCurves | DirtyLegend)) != 0) {
        m_plot->replot(QCustomPlot::rpQueuedRefresh);
    } else {
        // QCPLayer::replot falls back to a full replot when a buffer is stale (after a resize).
        m_curveLayer->replot();
        if (m_cursorX || !m_pins.isEmpty())
            m_cursorLayer->replot(); // pins and the tangent follow the data
        if ((dirty & DirtyLegend) != 0)
            m_legendLayer->replot();
    }
    m_plot->setNotAntialiasedElements(saved);
}

ActivationPlot::GraphSet ActivationPlot::createGraphSet(bool secondaryAxis)
{
    QCPAxis *valueAxis = secondaryAxis ? m_plot->yAxis2 : m_plot->yAxis;
    GraphSet set;
    // QCustomPlot takes ownership of a graph at construction.
    set.f = new CurveGraph(m_plot->xAxis, valueAxis);
    set.df = new CurveGraph(m_plot->xAxis, valueAxis);
    set.d2f = new CurveGraph(m_plot->xAxis, valueAxis);
    for (QCPGraph *graph : {set.f, set.df, set.d2f}) {
        graph->setSelectable(QCP::stNone);
        graph->setAdaptiveSampling(true);
    }
    return set;
}

void ActivationPlot::setActivation(const Core::Activation &activation, const QString &label)
{
    m_main.activation = activation;
    m_main.label = label;
    resample();
    updateLegend();
}

void ActivationPlot::setOverlays(const QList<PlotCurveSpec> &overlays)
{
    m_overlays = overlays.mid(0, MaxOverlays);
    resample();
    updateLegend();
    restyle();
}

void ActivationPlot::setOverlayVisible(int index, bool visible)
{
    if (index < 0 || index >= m_overlays.size() || m_overlays[index].visible == visible)
        return;
    m_overlays[index].visible = visible;
    resample();
    updateLegend();
    emit overlayVisibilityChanged(index, visible);
}

void ActivationPlot::setShowDerivative(bool show)
{
    if (m_showDf == show)
        return;
    m_showDf = show;
    resample();
    updateLegend();
    emit derivativeVisibilityChanged(m_showDf, m_showD2f);
}

void ActivationPlot::setShowSecondDerivative(bool show)
{
    if (m_showD2f == show)
        return;
    m_showD2f = show;
    resample();
    updateLegend();
    emit derivativeVisibilityChanged(m_showDf, m_showD2f);
}

void ActivationPlot::setShowDeadBand(bool show)
{
    m_showDeadBand = show;
    updateDeadBand();
    requestReplot(DirtyAll);
}

void ActivationPlot::setSampleCount(int count)
{
    m_sampleCount = std::max(2, count);
    resample();
}

void ActivationPlot::setXRange(double xMin, double xMax)
{
    if (!(xMin < xMax) || !std::isfinite(xMin) || !std::isfinite(xMax))
        return;
    m_plot->xAxis->setRange(xMin, xMax);
    requestReplot(DirtyAll);
}

QPair<double, double> ActivationPlot::xRange() const
{
    return {m_plot->xAxis->range().lower, m_plot->xAxis->range().upper};
}

void ActivationPlot::resetView()
{
    m_plot->xAxis->setRange(DefaultXMin, DefaultXMax);
    fitYRange();
}

void ActivationPlot::fitYRange()
{
    double lo = 0.0;
    double hi = 0.0;
    double lo2 = 0.0;
    double hi2 = 0.0;
    auto include = [](const QCPGraph *graph, double &a, double &b) {
        if (!graph->visible())
            return;
        for (const QCPGraphData &point : *graph->data()) {
            if (std::isfinite(point.value)) {
                a = std::min(a, point.value);
                b = std::max(b, point.value);
            }
        }
    };
    include(m_mainGraphs.f, lo, hi);
    include(m_mainGraphs.df, lo, hi);
    for (int i = 0; i < m_overlays.size(); ++i) {
        const bool secondary = m_overlays[i].subtract.has_value();
        include(m_overlayGraphs[i].f, secondary ? lo2 : lo, secondary ? hi2 : hi);
    }
    // A margin of 10 % and at least one unit of height, so a flat curve is not drawn on the frame.
    const double span = std::max(1.0, hi - lo);
    m_plot->yAxis->setRange(lo - 0.1 * span, hi + 0.1 * span);
    const double span2 = std::max(1e-9, hi2 - lo2);
    m_plot->yAxis2->setRange(lo2 - 0.1 * span2, hi2 + 0.1 * span2);
    requestReplot(DirtyAll);
}

QCPGraph *ActivationPlot::mainGraph(Curve curve) const
{
    switch (curve) {
    case Curve::F: return m_mainGraphs.f;
    case Curve::Df: return m_mainGraphs.df;
    case Curve::D2f: return m_mainGraphs.d2f;
    }
    return nullptr;
}

QCPGraph *ActivationPlot::overlayGraph(int index, Curve curve) const
{
    if (index < 0 || index >= MaxOverlays)
        return nullptr;
    const GraphSet &set = m_overlayGraphs[index];
    switch (curve) {
    case Curve::F: return set.f;
    case Curve::Df: return set.df;
    case Curve::D2f: return set.d2f;
    }
    return nullptr;
}

void ActivationPlot::resampleSet(const PlotCurveSpec &spec, const GraphSet &set, bool visible)
{
    set.f->setVisible(visible);
    set.df->setVisible(visible && m_showDf);
    set.d2f->setVisible(visible && m_showD2f);
    if (!visible) {
        set.f->data()->clear();
        set.df->data()->clear();
        set.d2f->data()->clear();
        return;
    }
    const QCPRange range = m_plot->xAxis->range();
    Core::Rng rng(TrainingNoiseSeed);
    SampledCurve curve = sampleActivation(spec.activation, range.lower, range.upper,
                                          m_sampleCount, m_showDf, m_showD2f, &rng);
    if (spec.subtract) {
        const SampledCurve other = sampleActivation(*spec.subtract, range.lower, range.upper,
                                                    m_sampleCount, m_showDf, m_showD2f, &rng);
        curve.f = difference(curve.f, other.f);
        curve.df = difference(curve.df, other.df);
        curve.d2f = difference(curve.d2f, other.d2f);
    }
    set.f->setData(curve.x, curve.f, true);
    if (m_showDf)
        set.df->setData(curve.x, curve.df, true);
    else
        set.df->data()->clear();
    if (m_showD2f)
        set.d2f->setData(curve.x, curve.d2f, true);
    else
        set.d2f->data()->clear();
}

void ActivationPlot::resample()
{
    if (m_resampling)
        return;
    m_resampling = true;
    resampleSet(m_main, m_mainGraphs, true);
    for (int i = 0; i < MaxOverlays; ++i) {
        const bool used = i < m_overlays.size();
        const PlotCurveSpec &spec = used ? m_overlays[i] : m_main;
        resampleSet(spec, m_overlayGraphs[i], used && m_overlays[i].visible);
        QCPAxis *axis = used && spec.subtract ? m_plot->yAxis2 : m_plot->yAxis;
        for (QCPGraph *graph : {m_overlayGraphs[i].f, m_overlayGraphs[i].df, m_overlayGraphs[i].d2f})
            graph->setValueAxis(axis);
    }
    const bool secondary = std::any_of(m_overlays.cbegin(), m_overlays.cend(),
                                       [](const PlotCurveSpec &s) { return s.subtract && s.visible; });
    const bool axesChanged = m_plot->yAxis2->visible() != secondary;
    m_plot->yAxis2->setVisible(secondary);
    const QList<QPair<double, double>> oldBand = m_deadIntervals;
    updateDeadBand();
    updatePins();
    updateCursor();
    noteDataChange();
    requestReplot(axesChanged || oldBand != m_deadIntervals ? DirtyAll : DirtyCurves);
    m_resampling = false;
}

void ActivationPlot::updateDeadBand()
{
    m_deadIntervals.clear();
    if (m_showDeadBand) {
        // f′ of the main curve is needed even when it is not drawn.
        SampledCurve curve;
        curve.x.reserve(m_sampleCount);
        if (m_showDf) {
            for (const QCPGraphData &point : *m_mainGraphs.df->data()) {
                curve.x.append(point.key);
                curve.df.append(point.value);
            }
        } else {
            const QCPRange range = m_plot->xAxis->range();
            curve = sampleActivation(m_main.activation, range.lower, range.upper, m_sampleCount,
                                     true, false);
        }
        m_deadIntervals = zeroGradientIntervals(curve);
    }
    for (int i = 0; i < m_bandRects.size(); ++i) {
        QCPItemRect *rect = m_bandRects[i];
        const bool used = i < m_deadIntervals.size();
        rect->setVisible(used);
        if (used) {
            rect->topLeft->setCoords(m_deadIntervals[i].first, 0.0);
            rect->bottomRight->setCoords(m_deadIntervals[i].second, 1.0);
        }
    }
}

void ActivationPlot::updateLegend()
{
    const QString name = m_main.label;
    m_mainGraphs.f->setName(tr("%1: f(x)").arg(name));
    m_mainGraphs.df->setName(tr("%1: f′(x)").arg(name));
    m_mainGraphs.d2f->setName(tr("%1: f″(x)").arg(name));
    // Items are rebuilt only when the overlays come or go: a new legend item invalidates the
    // legend's layer buffer, which would turn every parameter step into a full replot.
    const int itemCount = 3 + int(m_overlays.size());
    if (m_plot->legend->itemCount() != itemCount) {
        m_plot->legend->clearItems();
        m_mainGraphs.f->addToLegend();
        m_mainGraphs.df->addToLegend();
        m_mainGraphs.d2f->addToLegend();
        for (int i = 0; i < m_overlays.size(); ++i)
            m_overlayGraphs[i].f->addToLegend();
    }
    for (int i = 0; i < m_overlays.size(); ++i) {
        m_overlayGraphs[i].f->setName(m_overlays[i].subtract
                                          ? tr("%1 (right axis)").arg(m_overlays[i].label)
                                          : m_overlays[i].label);
        m_overlayGraphs[i].df->setName(tr("%1 f′").arg(m_overlays[i].label));
        m_overlayGraphs[i].d2f->setName(tr("%1 f″").arg(m_overlays[i].label));
    }
    // A hidden curve stays in the legend, greyed, so a click can bring it back.
    const QColor off = QColor::fromRgbF((m_theme.text.redF() + m_theme.base.redF()) / 2,
                                        (m_theme.text.greenF() + m_theme.base.greenF()) / 2,
                                        (m_theme.text.blueF() + m_theme.base.blueF()) / 2);
    auto tint = [this, off](QCPGraph *graph, bool shown) {
        if (auto *item = m_plot->legend->itemWithPlottable(graph))
            item->setTextColor(shown ? m_theme.text : off);
    };
    tint(m_mainGraphs.df, m_showDf);
    tint(m_mainGraphs.d2f, m_showD2f);
    for (int i = 0; i < m_overlays.size(); ++i)
        tint(m_overlayGraphs[i].f, m_overlays[i].visible);
    requestReplot(DirtyLegend);
}

void ActivationPlot::setTheme(const Theme &theme)
{
    m_theme = theme;
    restyle();
    updateLegend();
}

void ActivationPlot::restyle()
{
    const Theme &t = m_theme;
    const double s = t.lineScale;
    m_plot->setBackground(t.base);
    m_plot->axisRect()->setBackground(t.base);
    QFont font = m_plot->font();
    font.setPointSize(t.fontPointSize);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) {
        axis->setBasePen(QPen(t.grid, 1));
        axis->setTickPen(QPen(t.text, 1));
        axis->setSubTickPen(QPen(t.text, 1));
        axis->setTickLabelColor(t.text);
        axis->setLabelColor(t.text);
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
        axis->grid()->setPen(QPen(t.grid, 1, Qt::SolidLine));
        axis->grid()->setSubGridPen(QPen(t.subGrid, 1, Qt::SolidLine));
    }
    m_plot->yAxis2->grid()->setVisible(false);
    m_plot->legend->setFont(font);
    m_plot->legend->setTextColor(t.text);
    QColor legendBackground = t.base;
    legendBackground.setAlpha(220);
    m_plot->legend->setBrush(legendBackground);
    m_plot->legend->setBorderPen(QPen(t.grid));
    m_readout->setFont(font);
    m_readout->setColor(t.text);
    m_readout->setBrush(legendBackground);
    m_readout->setPen(QPen(t.grid));

    m_xAxisLine->setPen(QPen(t.axis, 1.5 * s));
    m_yAxisLine->setPen(QPen(t.axis, 1.5 * s));
    for (QCPItemRect *rect : m_bandRects)
        rect->setBrush(t.deadBand);
    m_cursorLine->setPen(QPen(t.highlight, 1 * s, Qt::DashLine));
    m_tangentLine->setPen(QPen(t.highlight, 1.5 * s));

    auto style = [s](const GraphSet &set, const QColor &colour, double width, bool dots) {
        set.f->setPen(QPen(colour, width * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        set.df->setPen(QPen(colour, 0.6 * width * s, Qt::DashLine));
        set.d2f->setPen(QPen(colour, 0.6 * width * s, Qt::DotLine));
        // Random curves (rrelu in training) are drawn as dots: a line through noise reads as a
        // smear, dots read as a band.
        set.f->setLineStyle(dots ? QCPGraph::lsNone : QCPGraph::lsLine);
        set.f->setScatterStyle(dots ? QCPScatterStyle(QCPScatterStyle::ssDisc, colour, 2.5 * s)
                                    : QCPScatterStyle());
    };
    style(m_mainGraphs, t.mainCurve, 3.0, m_main.activation.isRandomInTraining());
    const QList<QColor> palette = okabeItoPalette();
    for (int i = 0; i < MaxOverlays; ++i) {
        const bool dots = i < m_overlays.size() && m_overlays[i].activation.isRandomInTraining()
                          && !m_overlays[i].subtract;
        style(m_overlayGraphs[i], palette[i % palette.size()], 2.0, dots);
    }
    for (Pin &pin : m_pins) {
        pin.tracer->setPen(QPen(t.highlight, 2 * s));
        pin.tracer->setBrush(t.base);
        pin.text->setColor(t.text);
        pin.text->setBrush(legendBackground);
        pin.text->setPen(QPen(t.highlight));
        pin.text->setFont(font);
    }
    requestReplot(DirtyAll);
}

QString ActivationPlot::formatNumber(double value) const
{
    if (std::isnan(value))
        return tr("undefined");
    return QLocale().toString(value, 'g', 4);
}

QString ActivationPlot::curveReadout(const PlotCurveSpec &spec, double x, bool html) const
{
    double f = spec.activation.value(x);
    double df = spec.activation.gradient(x);
    double d2f = spec.activation.secondDerivative(x);
    if (spec.subtract) {
        f -= spec.subtract->value(x);
        df -= spec.subtract->gradient(x);
        d2f -= spec.subtract->secondDerivative(x);
    }
    QString text = (html ? QStringLiteral("<b>%1</b>  f = %2") : QStringLiteral("%1: f = %2"))
                       .arg(html ? spec.label.toHtmlEscaped() : spec.label, formatNumber(f));
    if (m_showDf)
        text += QStringLiteral(", f′ = ") + formatNumber(df);
    if (m_showD2f)
        text += QStringLiteral(", f″ = ") + formatNumber(d2f);
    return text;
}

QString ActivationPlot::readoutAt(double x) const
{
    QStringList lines{tr("x = %1").arg(formatNumber(x)), curveReadout(m_main, x, false)};
    for (const PlotCurveSpec &spec : m_overlays) {
        if (spec.visible)
            lines << curveReadout(spec, x, false);
    }
    return lines.join(QLatin1Char('\n'));
}

void ActivationPlot::traceAt(double x)
{
    m_cursorX = x;
    updateCursor();
    m_cursorLayer->replot();
    emit readoutChanged(readoutAt(x).replace(QLatin1Char('\n'), QStringLiteral("   ")));
}

void ActivationPlot::updateCursor()
{
    const bool on = m_cursorX.has_value();
    m_cursorLine->setVisible(on);
    m_readout->setVisible(on);
    if (!on) {
        m_tangentLine->setVisible(false);
        return;
    }
    const double x = *m_cursorX;
    m_cursorLine->point1->setCoords(x, 0);
    m_cursorLine->point2->setCoords(x, 1);
    // Tangent of the main curve at x: y = f(x) + f′(x)(t − x).
    const double f = m_main.activation.value(x);
    const double df = m_main.activation.gradient(x);
    const bool tangent = std::isfinite(f) && std::isfinite(df);
    m_tangentLine->setVisible(tangent);
    if (tangent) {
        m_tangentLine->point1->setCoords(x, f);
        m_tangentLine->point2->setCoords(x + 1.0, f + df);
    }
    m_readout->setText(readoutAt(x));
}

void ActivationPlot::pinAt(double x)
{
    if (m_pins.size() >= MaxPins) {
        Pin oldest = m_pins.takeFirst();
        m_plot->removeItem(oldest.text);
        m_plot->removeItem(oldest.tracer);
    }
    Pin pin;
    pin.x = x;
    pin.tracer = new QCPItemTracer(m_plot);
    pin.tracer->setGraph(m_mainGraphs.f);
    pin.tracer->setInterpolating(true);
    pin.tracer->setStyle(QCPItemTracer::tsCircle);
    pin.tracer->setSize(9 * m_theme.lineScale);
    pin.text = new QCPItemText(m_plot);
    pin.text->position->setParentAnchor(pin.tracer->position);
    pin.text->position->setCoords(10, -10);
    pin.text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    pin.text->setTextAlignment(Qt::AlignLeft);
    pin.text->setPadding(QMargins(4, 2, 4, 2));
    for (QCPAbstractItem *item : std::initializer_list<QCPAbstractItem *>{pin.tracer, pin.text}) {
        item->setLayer(m_cursorLayer);
        item->setSelectable(false);
    }
    m_pins.append(pin);
    restyle();
    updatePins();
    requestReplot(DirtyAll);
}

void ActivationPlot::clearPins()
{
    for (const Pin &pin : std::as_const(m_pins)) {
        m_plot->removeItem(pin.text);
        m_plot->removeItem(pin.tracer);
    }
    m_pins.clear();
    requestReplot(DirtyAll);
}

void ActivationPlot::updatePins()
{
    for (const Pin &pin : std::as_const(m_pins)) {
        pin.tracer->setGraphKey(pin.x);
        pin.text->setText(tr("x = %1\n%2").arg(formatNumber(pin.x),
                                                curveReadout(m_main, pin.x, false)));
    }
}

void ActivationPlot::onMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return; // dragging pans; the cursor waits
    if (!m_plot->axisRect()->rect().contains(event->position().toPoint())) {
        m_cursorX.reset();
        updateCursor();
        m_cursorLayer->replot();
        emit readoutChanged(QString());
        return;
    }
    traceAt(m_plot->xAxis->pixelToCoord(event->position().x()));
}

void ActivationPlot::onMouseRelease(QMouseEvent *event)
{
    // A click (press and release in nearly the same spot) pins; a drag has panned the view.
    if (event->button() != Qt::LeftButton
        || (event->position() - m_pressPos).manhattanLength() > 4
        || !m_plot->axisRect()->rect().contains(event->position().toPoint())
        || m_plot->legend->selectTest(event->position(), false) >= 0)
        return;
    pinAt(m_plot->xAxis->pixelToCoord(event->position().x()));
}

bool ActivationPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave && m_cursorX) {
        m_cursorX.reset();
        updateCursor();
        m_cursorLayer->replot();
        emit readoutChanged(QString());
    }
    return QWidget::eventFilter(watched, event);
}

QString ActivationPlot::curvesCsv() const
{
    QList<const QCPGraph *> graphs;
    QStringList header{QStringLiteral("x")};
    auto add = [&](const QCPGraph *graph) {
        if (graph->visible() && !graph->data()->isEmpty()) {
            graphs << graph;
            QString name = graph->name();
            header << QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                          + QLatin1Char('"');
        }
    };
    add(m_mainGraphs.f);
    add(m_mainGraphs.df);
    add(m_mainGraphs.d2f);
    for (int i = 0; i < m_overlays.size(); ++i) {
        const GraphSet &set = m_overlayGraphs[i];
        add(set.f);
        add(set.df);
        add(set.d2f);
    }
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    if (graphs.isEmpty())
        return out;
    const int rows = graphs.first()->data()->size();
    for (int r = 0; r < rows; ++r) {
        QStringList cells{QString::number(graphs.first()->data()->at(r)->key, 'g', 17)};
        for (const QCPGraph *graph : graphs)
            cells << (r < graph->data()->size()
                          ? QString::number(graph->data()->at(r)->value, 'g', 17)
                          : QString());
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace ReluLab
