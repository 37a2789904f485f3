// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "activationplot.h"

#include "curvecsv.h"
#include "curvesampler.h"
#include "deadband.h"
#include "plottracer.h"
#include "viewfit.h"

#include <qcustomplot.h>

#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

constexpr double DefaultXMin = -5.0;
constexpr double DefaultXMax = 5.0;

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
    // Layers, bottom to top: background, grid, band, overlays, axes | main | cursor | legend.
    // Those before the first bar share one paint buffer; each buffered layer has its own, and
    // every repaint composites all buffers, so there are as few as the redraws allow. A
    // parameter step of the main curve redraws only the main and legend buffers, while grid,
    // band, the six overlays, axes and tick labels come from the first buffer. The axes go below
    // the curves (which are clipped to the axis rect, so they never cover a tick label), and
    // QCustomPlot's empty "overlay" layer goes (its selection rectangle moves to the legend).
    m_plot->addLayer(QStringLiteral("band"), m_plot->layer(QStringLiteral("grid")),
                     QCustomPlot::limAbove);
    m_bandLayer = m_plot->layer(QStringLiteral("band"));
    m_plot->addLayer(QStringLiteral("overlays"), m_bandLayer, QCustomPlot::limAbove);
    m_overlayLayer = m_plot->layer(QStringLiteral("overlays"));
    m_plot->moveLayer(m_plot->layer(QStringLiteral("axes")), m_overlayLayer, QCustomPlot::limAbove);
    m_curveLayer = m_plot->layer(QStringLiteral("main"));
    m_curveLayer->setMode(QCPLayer::lmBuffered);
    m_plot->addLayer(QStringLiteral("cursor"), m_curveLayer, QCustomPlot::limAbove);
    m_cursorLayer = m_plot->layer(QStringLiteral("cursor"));
    m_cursorLayer->setMode(QCPLayer::lmBuffered); // hover repaints only this layer
    m_legendLayer = m_plot->layer(QStringLiteral("legend"));
    m_legendLayer->setMode(QCPLayer::lmBuffered);
    m_plot->removeLayer(m_plot->layer(QStringLiteral("overlay")));
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleMs);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        m_fastFrames = false;
        requestReplot(DirtyAll); // also redraws anything a fast full frame left rough
    });

    m_deadBand = std::make_unique<DeadBand>(m_plot, m_bandLayer);
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

    for (int i = 0; i < MaxOverlays; ++i)
        m_overlayGraphs.append(CurveSet(m_plot, m_overlayLayer));
    m_mainGraphs = CurveSet(m_plot, m_curveLayer);
    m_tracer = std::make_unique<PlotTracer>(m_plot, m_cursorLayer);

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
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { setUserView(true); });
    connect(m_plot, &QCustomPlot::mouseMove, this, &ActivationPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this,
            [this](QMouseEvent *event) { m_pressPos = event->position(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ActivationPlot::onMouseRelease);
    connect(m_plot, &QCustomPlot::legendClick, this,
            [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
        if (auto *plItem = qobject_cast<QCPPlottableLegendItem *>(item))
            onLegendClick(qobject_cast<const QCPGraph *>(plItem->plottable()));
    });

    // The legend's corner is chosen once the layout of a full replot is known (axis labels may
    // have moved the axis rect), before anything is drawn: no second replot.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        if (placeLegend())
            m_plot->axisRect()->insetLayout()->updateLayout();
    });

    m_fitButton = new FitViewButton(m_plot);
    connect(m_fitButton, &QToolButton::clicked, this, &ActivationPlot::fitYRange);

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
    unsigned dirty = m_dirty;
    m_dirty = DirtyNone;
    if (dirty == DirtyNone)
        return;
    if (placeLegend())
        dirty |= DirtyAll; // the legend moved: the plot is laid out again
    // Only for this on-screen frame: exports (toPixmap, toPainter, PDF) draw with the flags
    // restored, so they are always antialiased.
    const QCP::AntialiasedElements saved = m_plot->notAntialiasedElements();
    if (m_fastFrames)
        m_plot->setNotAntialiasedElements(saved | QCP::aePlottables);
    if ((dirty & ~unsigned(DirtyCurves | DirtyLegend)) != 0) {
        m_plot->replot(QCustomPlot::rpQueuedRefresh);
    } else {
        // QCPLayer::replot falls back to a full replot when a buffer is stale (after a resize).
        if ((dirty & DirtyCurves) != 0)
            m_curveLayer->replot();
        if ((dirty & DirtyCurves) != 0 && m_tracer->isActive())
            m_cursorLayer->replot(); // pins and the tangent follow the data
        if ((dirty & DirtyLegend) != 0)
            m_legendLayer->replot();
    }
    m_plot->setNotAntialiasedElements(saved);
}

void ActivationPlot::setActivation(const Core::Activation &activation, const QString &label)
{
    m_main.activation = activation;
    m_main.label = label;
    resample();
    followYRange();
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
    QCPRange secondary;
    m_plot->yAxis->setRange(fittedRange(&secondary));
    m_plot->yAxis2->setRange(secondary);
    setUserView(false);
    requestReplot(DirtyAll);
}

void ActivationPlot::followYRange()
{
    if (m_userView)
        return;
    QCPRange secondary;
    const QCPRange fit = fittedRange(&secondary);
    const QCPRange now = m_plot->yAxis->range();
    if (viewShouldFollow(fit, now)) {
        m_plot->yAxis->setRange(fit);
        requestReplot(DirtyAll);
    }
    const QCPRange now2 = m_plot->yAxis2->range();
    if (viewShouldFollow(secondary, now2)) {
        m_plot->yAxis2->setRange(secondary);
        requestReplot(DirtyAll);
    }
}

void ActivationPlot::setUserView(bool userView)
{
    m_userView = userView;
    m_fitButton->setVisible(userView);
    if (userView)
        m_fitButton->place();
}

void ActivationPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateLegend();
    QWidget::changeEvent(event);
}

QCPRange ActivationPlot::fittedRange(QCPRange *rightAxis) const
{
    // Difference overlays (GELU tanh − exact) are tiny: they get the right-hand axis.
    QList<const QCPGraph *> primary{m_mainGraphs.f(), m_mainGraphs.df()};
    QList<const QCPGraph *> secondary;
    for (int i = 0; i < m_overlays.size(); ++i)
        (m_overlays[i].subtract.has_value() ? secondary : primary) << m_overlayGraphs[i].f();
    *rightAxis = fittedYRange(secondary, 1e-9);
    return fittedYRange(primary, 1.0);
}

QCPGraph *ActivationPlot::mainGraph(Curve curve) const
{
    return m_mainGraphs.derivative(static_cast<int>(curve));
}

QCPGraph *ActivationPlot::mainDots(bool filled) const
{
    return filled ? m_mainGraphs.filledDots() : m_mainGraphs.openDots();
}

QCPGraph *ActivationPlot::overlayGraph(int index, Curve curve) const
{
    if (index < 0 || index >= MaxOverlays)
        return nullptr;
    return m_overlayGraphs[index].derivative(static_cast<int>(curve));
}

CurveSampling ActivationPlot::sampling() const
{
    const QCPRange range = m_plot->xAxis->range();
    return {range.lower, range.upper, m_sampleCount, m_showDf, m_showD2f};
}

void ActivationPlot::resample()
{
    if (m_resampling)
        return;
    m_resampling = true;
    const CurveSampling grid = sampling();
    if (m_mainGraphs.update(&m_main, grid))
        ++m_samplingCount;
    // Each set keeps its data when its curve and the grid are unchanged: during a drag of the
    // main curve's parameter the overlays are neither resampled nor redrawn.
    bool overlaysChanged = false;
    for (int i = 0; i < MaxOverlays; ++i) {
        const PlotCurveSpec *spec = i < m_overlays.size() ? &m_overlays[i] : nullptr;
        if (m_overlayGraphs[i].update(spec, grid)) {
            overlaysChanged = true;
            if (spec && spec->visible)
                ++m_samplingCount;
        }
        m_overlayGraphs[i].setValueAxis(spec && spec->subtract ? m_plot->yAxis2 : m_plot->yAxis);
    }
    const bool secondary = std::any_of(m_overlays.cbegin(), m_overlays.cend(),
                                       [](const PlotCurveSpec &s) {
        return s.subtract && s.visible;
    });
    const bool axesChanged = m_plot->yAxis2->visible() != secondary;
    m_plot->yAxis2->setVisible(secondary);
    const bool bandChanged = updateDeadBand();
    updateTracer();
    noteDataChange();
    const bool full = overlaysChanged || axesChanged || bandChanged;
    requestReplot(full ? DirtyAll : DirtyCurves);
    m_resampling = false;
}

bool ActivationPlot::updateDeadBand()
{
    if (!m_showDeadBand)
        return m_deadBand->clear();
    // f′ of the main curve is needed even when it is not drawn.
    SampledCurve curve;
    if (m_showDf) {
        curve.x.reserve(m_sampleCount);
        curve.df.reserve(m_sampleCount);
        for (const QCPGraphData &point : *m_mainGraphs.df()->data()) {
            curve.x.append(point.key);
            curve.df.append(point.value);
        }
    } else {
        const QCPRange range = m_plot->xAxis->range();
        curve = sampleActivation(m_main.activation, range.lower, range.upper, m_sampleCount, true,
                                 false);
    }
    return m_deadBand->update(curve);
}

QList<QPair<double, double>> ActivationPlot::deadBandIntervals() const
{
    return m_deadBand->intervals();
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

    m_xAxisLine->setPen(QPen(t.axis, 1.5 * s));
    m_yAxisLine->setPen(QPen(t.axis, 1.5 * s));
    m_deadBand->setColour(t.deadBand);
    m_tracer->setTheme(t);

    m_mainGraphs.setStyle(t.mainCurve, 3.0 * s, m_main.activation.isRandomInTraining(), 2.5 * s,
                          t.base);
    const QList<QColor> palette = okabeItoPalette();
    for (int i = 0; i < MaxOverlays; ++i) {
        const bool dots = i < m_overlays.size() && m_overlays[i].activation.isRandomInTraining()
                          && !m_overlays[i].subtract;
        m_overlayGraphs[i].setStyle(palette[i % palette.size()], 2.0 * s, dots, 2.5 * s, t.base);
    }
    requestReplot(DirtyAll);
}

QString ActivationPlot::readoutAt(double x) const
{
    return CurveReadout(m_main, m_overlays, m_showDf, m_showD2f).at(x);
}

void ActivationPlot::updateTracer()
{
    m_tracer->update(CurveReadout(m_main, m_overlays, m_showDf, m_showD2f));
}

void ActivationPlot::traceAt(double x)
{
    m_tracer->setCursor(x);
    updateTracer();
    m_cursorLayer->replot();
    emit readoutChanged(readoutAt(x).replace(QLatin1Char('\n'), QStringLiteral("   ")));
}

void ActivationPlot::hideCursor()
{
    m_tracer->setCursor(std::nullopt);
    updateTracer();
    m_cursorLayer->replot();
    emit readoutChanged(QString());
}

void ActivationPlot::pinAt(double x)
{
    m_tracer->pinAt(x, m_mainGraphs.f());
    updateTracer();
    requestReplot(DirtyAll);
}

void ActivationPlot::clearPins()
{
    m_tracer->clearPins();
    requestReplot(DirtyAll);
}

int ActivationPlot::pinCount() const
{
    return m_tracer->pinCount();
}

void ActivationPlot::onMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return; // dragging pans; the cursor waits
    if (!m_plot->axisRect()->rect().contains(event->position().toPoint())) {
        hideCursor();
        return;
    }
    traceAt(m_plot->xAxis->pixelToCoord(event->position().x()));
}

void ActivationPlot::onMouseRelease(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->position() - m_pressPos).manhattanLength() > 4
        && m_plot->axisRect()->rect().contains(m_pressPos.toPoint())
        && m_plot->legend->selectTest(m_pressPos, false) < 0)
        setUserView(true); // a drag in the plot has panned it
    // A click (press and release in nearly the same spot) pins; a drag has panned the view.
    if (event->button() != Qt::LeftButton || (event->position() - m_pressPos).manhattanLength() > 4
        || !m_plot->axisRect()->rect().contains(event->position().toPoint())
        || m_plot->legend->selectTest(event->position(), false) >= 0)
        return;
    pinAt(m_plot->xAxis->pixelToCoord(event->position().x()));
}

bool ActivationPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave && m_tracer->cursorX())
        hideCursor();
    if (watched == m_plot && event->type() == QEvent::Resize && m_userView)
        m_fitButton->place();
    return QWidget::eventFilter(watched, event);
}

QString ActivationPlot::curvesCsv() const
{
    QList<const CurveSet *> sets{&m_mainGraphs};
    for (int i = 0; i < m_overlays.size(); ++i)
        sets << &m_overlayGraphs[i];
    return graphsToCsv(visibleCurves(sets));
}

} // namespace ReluLab
