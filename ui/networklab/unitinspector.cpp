// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "unitinspector.h"

#include "epochcurves.h"
#include "histogramview.h"
#include "labstyle.h"
#include "networkgraphview.h"
#include "networklabworkspace.h"
#include "neurontilesview.h"
#include "replotview.h"
#include "sparsityview.h"
#include "trainingcontroller.h"
#include "weightsimage.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ReluLab {

namespace {

/// Points per curve over epochs: a long run draws every 2nd, 4th ... epoch (EpochCurves).
constexpr int curvePoints = 512;

/// The stride at which a log's epochs are drawn in curvePoints points. From the epochs the log
/// spans, not its record count: a thinned log holds one record in several epochs.
int drawnStride(const std::vector<EpochRecord> &epochs)
{
    if (epochs.empty())
        return 1;
    return EpochCurves::strideFor(epochs.back().diagnostics.epoch - epochs.front().diagnostics.epoch
                                      + 1,
                                  curvePoints);
}

QCustomPlot *makePlot(QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    NetworkLabStyle::applyPlotStyle(plot);
    NetworkLabStyle::setLegendShown(plot, false);
    plot->setMinimumHeight(8 * plot->fontMetrics().height());
    return plot;
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setMinimumWidth(1);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString percent(double fraction)
{
    return QLocale().toString(100.0 * fraction, 'f', 1);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

UnitInspector::UnitInspector(QWidget *parent)
    : QDialog(parent)
    , m_layer(new QSpinBox(this))
    , m_unit(new QSpinBox(this))
    , m_layerLabel(new QLabel(this))
    , m_unitLabel(new QLabel(this))
    , m_epochLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("unitInspector"));
    setModal(false);
    m_layer->setObjectName(QStringLiteral("inspectorLayer"));
    m_unit->setObjectName(QStringLiteral("inspectorUnit"));
    m_layer->setRange(1, 1);
    m_unit->setRange(1, 1);
    m_layerLabel->setBuddy(m_layer);
    m_unitLabel->setBuddy(m_unit);
    auto *top = new QHBoxLayout;
    top->addWidget(m_layerLabel);
    top->addWidget(m_layer);
    top->addWidget(m_unitLabel);
    top->addWidget(m_unit);
    top->addWidget(m_epochLabel, 1, Qt::AlignRight);

    // The unit's tab: its numbers in words over four charts.
    auto *unitPage = new QWidget;
    m_active = wrappingLabel(unitPage);
    m_active->setFont(NetworkLabStyle::bigFont(this, 1.1));
    m_preActivation = wrappingLabel(unitPage);
    m_history = wrappingLabel(unitPage);
    m_weightsCaption = wrappingLabel(unitPage);
    m_unitHistogram = new HistogramView(unitPage);
    m_unitHistogram->setLayerChooserVisible(false);
    m_weights = new WeightsImage(unitPage);
    m_historyPlot = makePlot(unitPage);
    m_historyGraph = m_historyPlot->addGraph();
    m_historyGraph->setPen(QPen(NetworkLabStyle::blue(), 2));
    m_historyGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    m_historyPlot->yAxis->setRange(0, 105);
    m_contribution = makePlot(unitPage);
    NetworkLabStyle::setLegendShown(m_contribution, true);
    m_outputGraph = m_contribution->addGraph();
    m_outputGraph->setPen(QPen(Qt::gray, 2, Qt::DashLine));
    m_contributionGraph = m_contribution->addGraph();
    m_contributionGraph->setPen(QPen(NetworkLabStyle::vermillion(), 2.5));
    auto *weightsBox = new QVBoxLayout;
    weightsBox->addWidget(m_weightsCaption);
    weightsBox->addWidget(m_weights, 1);
    // Histogram and weights above; the history below, beside the contribution when there is
    // one (1-D data), across the whole width otherwise.
    auto *upper = new QHBoxLayout;
    upper->addWidget(m_unitHistogram, 3);
    upper->addLayout(weightsBox, 2);
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_historyPlot, 1);
    lower->addWidget(m_contribution, 1);
    auto *unitLayout = new QVBoxLayout(unitPage);
    unitLayout->addWidget(m_active);
    unitLayout->addWidget(m_preActivation);
    unitLayout->addWidget(m_history);
    unitLayout->addLayout(upper, 3);
    unitLayout->addLayout(lower, 2);

    // The layer's tab.
    auto *layerPage = new QWidget;
    m_layerSummary = wrappingLabel(layerPage);
    m_layerSummary->setFont(NetworkLabStyle::bigFont(this, 1.1));
    m_layerHistogram = new HistogramView(layerPage);
    m_layerHistogram->setLayerChooserVisible(false);
    m_sorted = makePlot(layerPage);
    m_sortedBars = new QCPBars(m_sorted->xAxis, m_sorted->yAxis);
    m_sortedBars->setBrush(NetworkLabStyle::skyBlue());
    m_sortedBars->setPen(QPen(NetworkLabStyle::blue().darker(120)));
    m_sortedBars->setWidth(0.8);
    m_sorted->yAxis->setRange(0, 105);
    m_counts = makePlot(layerPage);
    NetworkLabStyle::setLegendShown(m_counts, true);
    m_deadGraph = m_counts->addGraph();
    m_deadGraph->setPen(QPen(NetworkLabStyle::black(), 2.5));
    m_deadSinceStartGraph = m_counts->addGraph();
    m_deadSinceStartGraph->setPen(QPen(NetworkLabStyle::vermillion(), 2, Qt::DashLine));
    m_revivedGraph = m_counts->addGraph();
    m_revivedGraph->setPen(QPen(NetworkLabStyle::green(), 2, Qt::DotLine));
    // A point per evaluated epoch: the first epochs of a run are points before they are lines.
    for (QCPGraph *graph : {m_deadGraph, m_deadSinceStartGraph, m_revivedGraph})
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    auto *layerLower = new QHBoxLayout;
    layerLower->addWidget(m_sorted, 1);
    layerLower->addWidget(m_counts, 1);
    auto *layerLayout = new QVBoxLayout(layerPage);
    layerLayout->addWidget(m_layerSummary);
    layerLayout->addWidget(m_layerHistogram, 1);
    layerLayout->addLayout(layerLower, 1);

    m_tabs->addTab(unitPage, QString());
    m_tabs->addTab(layerPage, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    const auto changed = [this] {
        if (m_updating)
            return;
        m_stats.reset();
        requestCurrent();
        updateTexts();
    };
    connect(m_layer, &QSpinBox::valueChanged, this, changed);
    connect(m_unit, &QSpinBox::valueChanged, this, changed);
    connect(m_tabs, &QTabWidget::currentChanged, this, changed);
    retranslateUi();
    // Room for four readable charts, within the screen (a 1024 × 768 projector included).
    const int line = fontMetrics().height();
    QSize size(56 * line, 46 * line);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size);
}

void UnitInspector::attach(NetworkLabWorkspace *lab)
{
    m_lab = lab;
    connect(lab->tilesView(), &NeuronTilesView::unitClicked, this, &UnitInspector::inspectUnit);
    connect(lab->graphView(), &NetworkGraphView::unitClicked, this, &UnitInspector::inspectUnit);
    connect(lab->sparsityView(), &SparsityView::layerClicked, this, &UnitInspector::inspectLayer);
    TrainingController *controller = lab->controller();
    connect(this, &UnitInspector::unitRequested, controller, &TrainingController::setInspectedUnit);
    connect(this, &UnitInspector::layerRequested, controller,
            &TrainingController::setHistogramLayer);
    // The lab appends the snapshot's epochs to its log in its own slot: this window reads the
    // log after that, from the event loop.
    connect(controller, &TrainingController::snapshotReady, this,
            [this](const TrainingSnapshot &snapshot) {
        if (isVisible() && !snapshot.progressOnly)
            QMetaObject::invokeMethod(this, &UnitInspector::refreshFromLab, Qt::QueuedConnection);
    });
}

void UnitInspector::refreshFromLab()
{
    if (m_lab && m_lab->controller()->hasSnapshot())
        showSnapshot(m_lab->controller()->lastSnapshot(), m_lab->log().records());
}

void UnitInspector::inspectUnit(int layer, int unit)
{
    {
        m_updating = true;
        m_tabs->setCurrentIndex(0);
        m_layer->setMaximum(std::max(m_layer->maximum(), layer + 1));
        m_unit->setMaximum(std::max(m_unit->maximum(), unit + 1));
        m_layer->setValue(layer + 1);
        m_unit->setValue(unit + 1);
        m_updating = false;
    }
    m_stats.reset();
    show();
    raise();
    activateWindow();
    requestCurrent();
    refreshFromLab();
}

void UnitInspector::inspectLayer(int layer)
{
    m_updating = true;
    m_tabs->setCurrentIndex(1);
    m_layer->setMaximum(std::max(m_layer->maximum(), layer + 1));
    m_layer->setValue(layer + 1);
    m_updating = false;
    show();
    raise();
    activateWindow();
    requestCurrent();
    refreshFromLab();
}

void UnitInspector::open()
{
    inspectUnit(layer(), unit());
    m_unit->setFocus();
}

bool UnitInspector::isLayerTab() const
{
    return m_tabs->currentIndex() == 1;
}

int UnitInspector::layer() const
{
    return m_layer->value() - 1;
}

int UnitInspector::unit() const
{
    return m_unit->value() - 1;
}

void UnitInspector::requestCurrent()
{
    if (!isVisible())
        return;
    if (isLayerTab()) {
        emit unitRequested(std::nullopt);
        emit layerRequested(layer());
    } else {
        emit unitRequested(Core::UnitIndex{layer(), unit()});
    }
}

void UnitInspector::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    requestCurrent();
}

void UnitInspector::hideEvent(QHideEvent *event)
{
    // Closed: the worker stops its extra pass over the training set.
    emit unitRequested(std::nullopt);
    QDialog::hideEvent(event);
}

void UnitInspector::showSnapshot(const TrainingSnapshot &snapshot,
                                 const std::vector<EpochRecord> &epochs)
{
    m_snapshot = &snapshot;
    m_epochs = &epochs;
    m_epoch = snapshot.epoch;
    const int layers = int(snapshot.activations.size());
    const Core::UnitIndex before{layer(), unit()};
    m_updating = true;
    m_layer->setRange(1, std::max(1, layers));
    const auto k = std::size_t(std::max(0, layer()));
    const int units = k + 1 < snapshot.layerWidths.size() ? snapshot.layerWidths[k + 1] : 1;
    m_unit->setRange(1, std::max(1, units));
    m_updating = false;
    const Core::UnitIndex wanted{layer(), unit()};
    if (!(wanted == before))
        requestCurrent(); // a smaller network: the boxes moved into it
    if (snapshot.inspectedUnit && snapshot.inspectedUnit->index == wanted)
        m_stats = snapshot.inspectedUnit;
    else
        m_stats.reset();
    updateTexts();
}

void UnitInspector::updateTexts()
{
    if (!m_snapshot)
        return;
    const TrainingSnapshot &s = *m_snapshot;
    if (s.epoch == 0 && s.step == 0)
        m_epochLabel->setText(tr("Before training (epoch 0)"));
    else if (s.stepInEpoch == 0)
        m_epochLabel->setText(tr("After epoch %1").arg(s.epoch));
    else
        m_epochLabel->setText(
            tr("Epoch %1, step %2 of %3").arg(s.epoch + 1).arg(s.stepInEpoch).arg(s.stepsPerEpoch));
    if (isLayerTab())
        updateLayer();
    else
        updateUnit();
}

void UnitInspector::updateUnit()
{
    const TrainingSnapshot &s = *m_snapshot;
    const auto k = std::size_t(layer());
    const auto u = std::size_t(unit());
    if (k >= s.activations.size())
        return;
    if (m_stats) {
        const Core::UnitStats &stats = *m_stats;
        m_active->setText(tr("Active on %1 % of the training samples (%2 of %3): its output is "
                             "not 0 there")
                              .arg(percent(stats.activeFraction))
                              .arg(stats.activeSamples)
                              .arg(stats.samples));
        m_preActivation->setText(tr("Pre-activation z = w·x + b over the training set: "
                                    "min %1, mean %2, max %3")
                                     .arg(number(stats.preActivationMin),
                                          number(stats.preActivationMean),
                                          number(stats.preActivationMax)));
        TrainingSnapshot view;
        view.activations = s.activations;
        view.histogramLayer = int(k);
        view.histogram = stats.histogram;
        view.preluSlopes = s.histogramLayer == int(k) ? s.preluSlopes : std::vector<double>();
        if (s.weights && k < s.weights->size() && !(*s.weights)[k].preluSlopes.empty())
            view.preluSlopes = (*s.weights)[k].preluSlopes;
        m_unitHistogram->showSnapshot(view);
    } else {
        m_active->setText(tr("Measuring layer %1, unit %2…").arg(k + 1).arg(u + 1));
        m_preActivation->clear();
        m_unitHistogram->clear();
    }

    // Incoming weights and bias, from the snapshot's parameters.
    std::vector<double> incoming;
    double bias = 0.0;
    if (s.weights && k < s.weights->size()) {
        const Core::LayerWeights &w = (*s.weights)[k];
        if (Eigen::Index(u) < w.weight.rows()) {
            for (Eigen::Index j = 0; j < w.weight.cols(); ++j)
                incoming.push_back(w.weight(Eigen::Index(u), j));
            bias = w.bias(Eigen::Index(u));
        }
    }
    m_weights->setWeights(incoming);
    if (m_weights->isImage()) {
        const int side = int(std::lround(std::sqrt(double(incoming.size()))));
        m_weightsCaption->setText(tr("Its %1 incoming weights as a %2 × %3 image (its receptive "
                                     "field; orange positive, blue negative); bias %4")
                                      .arg(incoming.size())
                                      .arg(side)
                                      .arg(side)
                                      .arg(number(bias)));
    } else {
        m_weightsCaption->setText(tr("Its incoming weights, one bar per input (%1; up positive, "
                                     "down negative); bias %2")
                                      .arg(incoming.size())
                                      .arg(number(bias)));
    }

    // History: the unit's active fraction at every evaluated epoch (the diagnostics'), and
    // the epochs it died and came back.
    QVector<double> epochs, active;
    int died = -1;
    int cameBack = -1;
    bool wasDead = false;
    bool first = true;
    const bool bornDead = k < s.initial.layers.size() && u < s.initial.layers[k].dead.size()
                          && s.initial.layers[k].dead[u];
    if (m_epochs) {
        // Every epoch tells the story; a long run's curve draws every stride-th (EpochCurves).
        const int stride = drawnStride(*m_epochs);
        for (const EpochRecord &record : *m_epochs) {
            const std::vector<Core::LayerDiagnostics> &layers = record.diagnostics.layers;
            if (k >= layers.size() || u >= layers[k].dead.size())
                continue;
            const bool dead = layers[k].dead[u];
            const bool drawn = record.diagnostics.epoch % stride == 0
                               || &record == &m_epochs->back();
            if (drawn && u < layers[k].activeFraction.size()) {
                epochs << record.diagnostics.epoch;
                active << 100.0 * layers[k].activeFraction[u];
            }
            if (dead && !wasDead && !(first && bornDead))
                died = record.diagnostics.epoch;
            if (!dead && wasDead)
                cameBack = record.diagnostics.epoch;
            wasDead = dead;
            first = false;
        }
    }
    const bool deadNow = k < s.diagnostics.layers.size() && u < s.diagnostics.layers[k].dead.size()
                         && s.diagnostics.layers[k].dead[u];
    QStringList story;
    if (bornDead)
        story << tr("Born dead: its output was 0 for every sample before the first step.");
    if (died >= 0)
        story << tr("Died at epoch %1.").arg(died);
    if (cameBack >= 0)
        story << tr("Came back (revived) at epoch %1.").arg(cameBack);
    story << (deadNow ? tr("Dead now: its weights get no gradient.") : tr("Alive now."));
    // A long run's log keeps one epoch in `gap` (TrainingLog): its epochs are that coarse.
    int gap = 1;
    if (m_epochs) {
        for (size_t i = 1; i + 1 < m_epochs->size(); ++i)
            gap = std::max(gap,
                           (*m_epochs)[i].diagnostics.epoch - (*m_epochs)[i - 1].diagnostics.epoch);
    }
    if ((died >= 0 || cameBack >= 0) && gap > 1)
        story << tr("(This run is long: the lab keeps one epoch in %1, so these epochs are "
                    "accurate to within %1.)")
                     .arg(gap);
    m_history->setText(story.join(QLatin1Char(' ')));
    m_historyGraph->setData(epochs, active, true);
    // Half an epoch of room at each end: the first and the latest point are not cut in half.
    m_historyPlot->xAxis->setRange(epochs.isEmpty() ? -0.5 : epochs.front() - 0.5,
                                   std::max(1.0, epochs.isEmpty() ? 1.0 : epochs.back()) + 0.5);
    replotWhenVisible(m_historyPlot);

    // The unit's share of the output curve, w_out·a(x): for 1-D inputs and the last hidden
    // layer, whose outputs the output layer weighs directly.
    const bool lastHidden = k + 1 == s.activations.size();
    const bool contributes = lastHidden && !s.inspectedCurve.empty()
                             && s.inspectedCurve.size() == s.curveX.size() && s.weights
                             && k + 1 < s.weights->size() && m_stats;
    m_contribution->setVisible(contributes);
    if (contributes) {
        const Core::LayerWeights &out = (*s.weights)[k + 1];
        const double w = out.weight.rows() > 0 ? out.weight(0, Eigen::Index(u)) : 0.0;
        QVector<double> x(s.curveX.begin(), s.curveX.end());
        QVector<double> share, output(s.curveY.begin(), s.curveY.end());
        for (double a : s.inspectedCurve)
            share << w * a;
        m_contributionGraph->setData(x, share, true);
        m_outputGraph->setData(x, output, true);
        double low = 0.0;
        double high = 0.0;
        for (const QVector<double> *values : {&share, &output}) {
            for (double v : *values) {
                if (std::isfinite(v)) {
                    low = std::min(low, v);
                    high = std::max(high, v);
                }
            }
        }
        const double margin = 0.08 * std::max(1e-9, high - low);
        m_contribution->xAxis->setRange(x.front(), x.back());
        m_contribution->yAxis->setRange(low - margin, high + margin);
        replotWhenVisible(m_contribution);
    }
}

void UnitInspector::updateLayer()
{
    const TrainingSnapshot &s = *m_snapshot;
    const auto k = std::size_t(layer());
    if (k >= s.diagnostics.layers.size())
        return;
    const Core::LayerDiagnostics &d = s.diagnostics.layers[k];
    const int bornDead = k < s.initial.layers.size() ? s.initial.layers[k].deadUnits : 0;
    m_layerSummary->setText(tr("Layer %1: %2 of %3 units dead, %4 born dead, %5 revived; "
                               "sparsity %6 %")
                                .arg(k + 1)
                                .arg(d.deadUnits)
                                .arg(d.units)
                                .arg(bornDead)
                                .arg(d.revivedUnits)
                                .arg(percent(d.sparsity)));
    if (s.histogramLayer == int(k))
        m_layerHistogram->showSnapshot(s);
    else
        m_layerHistogram->clear();

    // Units sorted by activity, most active first.
    std::vector<double> fractions = d.activeFraction;
    std::sort(fractions.begin(), fractions.end(), std::greater<>());
    QVector<double> rank, values;
    for (std::size_t i = 0; i < fractions.size(); ++i) {
        rank << double(i + 1);
        values << 100.0 * fractions[i];
    }
    m_sortedBars->setData(rank, values, true);
    m_sorted->xAxis->setRange(0.4, std::max(1.0, double(fractions.size())) + 0.6);
    replotWhenVisible(m_sorted);

    QVector<double> epochs, dead, deadSinceStart, revived;
    if (m_epochs) {
        const int stride = drawnStride(*m_epochs);
        for (const EpochRecord &record : *m_epochs) {
            if (k >= record.diagnostics.layers.size()
                || (record.diagnostics.epoch % stride != 0 && &record != &m_epochs->back()))
                continue;
            const Core::LayerDiagnostics &l = record.diagnostics.layers[k];
            epochs << record.diagnostics.epoch;
            dead << l.deadUnits;
            deadSinceStart << l.deadSinceStartUnits;
            revived << l.revivedUnits;
        }
    }
    m_deadGraph->setData(epochs, dead, true);
    m_deadSinceStartGraph->setData(epochs, deadSinceStart, true);
    m_revivedGraph->setData(epochs, revived, true);
    m_counts->xAxis->setRange(epochs.isEmpty() ? -0.5 : epochs.front() - 0.5,
                              std::max(1.0, epochs.isEmpty() ? 1.0 : epochs.back()) + 0.5);
    m_counts->yAxis->setRange(0, std::max(1, d.units) * 1.05);
    replotWhenVisible(m_counts);
}

QString UnitInspector::activeText() const
{
    return m_active->text();
}

QString UnitInspector::preActivationText() const
{
    return m_preActivation->text();
}

QString UnitInspector::historyText() const
{
    return m_history->text();
}

QString UnitInspector::weightsText() const
{
    return m_weightsCaption->text();
}

QString UnitInspector::layerText() const
{
    return m_layerSummary->text();
}

void UnitInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UnitInspector::retranslateUi()
{
    setWindowTitle(tr("Unit inspector"));
    m_layerLabel->setText(tr("&Layer:"));
    m_unitLabel->setText(tr("&Unit:"));
    m_tabs->setTabText(0, tr("Unit"));
    m_tabs->setTabText(1, tr("Layer"));
    m_historyPlot->xAxis->setLabel(tr("epoch"));
    m_historyPlot->yAxis->setLabel(tr("active (%)"));
    m_historyGraph->setName(tr("active samples of this unit"));
    m_contribution->xAxis->setLabel(tr("input x"));
    m_contribution->yAxis->setLabel(tr("output"));
    m_contributionGraph->setName(tr("this unit: output weight × a(x)"));
    m_outputGraph->setName(tr("network output"));
    m_sorted->xAxis->setLabel(tr("units, most active first"));
    m_sorted->yAxis->setLabel(tr("active (%)"));
    m_counts->xAxis->setLabel(tr("epoch"));
    m_counts->yAxis->setLabel(tr("units"));
    m_deadGraph->setName(tr("dead"));
    m_deadSinceStartGraph->setName(tr("dead since the start"));
    m_revivedGraph->setName(tr("revived"));
    for (QCustomPlot *plot : {m_historyPlot, m_contribution, m_sorted, m_counts})
        replotWhenVisible(plot);
    updateTexts();
}

} // namespace ReluLab
