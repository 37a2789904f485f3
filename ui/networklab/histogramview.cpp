// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "histogramview.h"

#include "replotview.h"

#include "chartmenu.h"
#include "labstyle.h"
#include "trainingsnapshot.h"

#include "core/activation.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

constexpr int curveSamples = 241;

/// The activation as the layer applies it now: PReLU with its current (mean) learned slope.
Core::Expected<Core::Activation> layerFunction(const Core::LayerActivation &spec,
                                               const std::vector<double> &preluSlopes)
{
    std::map<std::string, double> parameters = spec.parameters;
    if (spec.id == "prelu" && !preluSlopes.empty()) {
        double sum = 0.0;
        for (double s : preluSlopes)
            sum += s;
        parameters["init"] = sum / double(preluSlopes.size());
    }
    if (spec.id == "rrelu")
        parameters.erase("training");
    Core::Expected<Core::Activation> made = Core::Activation::create(spec.id, parameters);
    if (!made)
        return Core::Activation::create(spec.id);
    return made;
}

} // namespace

HistogramView::HistogramView(QWidget *parent)
    : QWidget(parent)
    , m_layerLabel(new QLabel(this))
    , m_layer(new QComboBox(this))
    , m_share(new QLabel(this))
    , m_plot(new QCustomPlot(this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_layerLabel);
    top->addWidget(m_layer);
    top->addWidget(m_share, 1);
    m_layerLabel->setBuddy(m_layer);
    m_share->setWordWrap(true);
    // A wrapped label's own minimum is a wide guess at large type; it wraps to any width here,
    // and must not hold the right column (and the window) wider than the screen.
    m_share->setMinimumWidth(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    NetworkLabStyle::applyPlotStyle(m_plot);
    installExportMenu(m_plot);
    m_plot->yAxis2->setVisible(true);
    m_zeroRegion = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_zeroRegion->setLineStyle(QCPGraph::lsStepCenter);
    m_zeroRegion->setPen(Qt::NoPen);
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setBrush(NetworkLabStyle::skyBlue());
    m_function = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_derivativeAxis = m_plot->axisRect()->addAxis(QCPAxis::atRight);
    m_derivativeAxis->grid()->setVisible(false);
    m_derivative = m_plot->addGraph(m_plot->xAxis, m_derivativeAxis);
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            emit layerChosen(index);
    });
    retranslateUi();
    setTheme(m_theme);
}

void HistogramView::setTheme(const Theme &theme)
{
    m_theme = theme;
    const double s = theme.lineScale;
    NetworkLabStyle::applyTheme(m_plot, theme);
    const double scale = NetworkLabStyle::fontScale(theme);
    m_share->setFont(NetworkLabStyle::bigFont(this, 1.1 * scale));
    m_layerLabel->setFont(NetworkLabStyle::scaledFont(this, scale));
    m_layer->setFont(NetworkLabStyle::scaledFont(this, scale));
    // The f′ = 0 hatch: halfway between background and text, so it reads as a tint on both.
    const QColor mid((theme.base.red() + theme.text.red()) / 2,
                     (theme.base.green() + theme.text.green()) / 2,
                     (theme.base.blue() + theme.text.blue()) / 2, 150);
    m_zeroRegion->setBrush(QBrush(mid, Qt::BDiagPattern));
    m_bars->setPen(QPen(NetworkLabStyle::blue().darker(120), s));
    m_function->setPen(QPen(NetworkLabStyle::ink(theme), 3 * s));
    m_derivative->setPen(QPen(NetworkLabStyle::vermillion(), 2.5 * s, Qt::DashLine));
    replotWhenVisible(m_plot);
}

void HistogramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // The layer chooser and the share are multiples of the view's font: they follow
    // presentation mode's larger application font in and out (it reaches this view after the
    // theme does, so the theme alone would leave them at the other mode's size).
    if (event->type() == QEvent::FontChange)
        setTheme(m_theme);
    QWidget::changeEvent(event);
}

void HistogramView::retranslateUi()
{
    setAccessibleName(tr("Pre-activation histogram"));
    setAccessibleDescription(tr("How the chosen layer's pre-activations are distributed, under "
                                "f(z) and f′(z); the shaded region has zero gradient"));
    m_layerLabel->setText(tr("Layer:"));
    for (int k = 0; k < m_layer->count(); ++k)
        m_layer->setItemText(k, tr("hidden layer %1").arg(k + 1));
    m_share->setText(
        m_empty ? QString()
                : tr("%1 % of pre-activations get no gradient").arg(m_zeroShare, 0, 'f', 1));
    m_plot->xAxis->setLabel(tr("pre-activation z"));
    m_plot->yAxis->setLabel(tr("share of values (%)"));
    m_plot->yAxis2->setLabel(tr("f(z)"));
    m_derivativeAxis->setLabel(tr("f′(z)"));
    m_bars->setName(tr("histogram of z"));
    m_function->setName(tr("f(z)"));
    m_derivative->setName(tr("f′(z)"));
    m_zeroRegion->setName(tr("f′(z) = 0: no gradient"));
    replotWhenVisible(m_plot);
}

void HistogramView::setLayerChooserVisible(bool visible)
{
    m_layerLabel->setVisible(visible);
    m_layer->setVisible(visible);
}

int HistogramView::layer() const
{
    return m_layer->currentIndex();
}

void HistogramView::clear()
{
    m_empty = true;
    m_zeroShare = 0.0;
    m_bars->data()->clear();
    m_zeroRegion->data()->clear();
    m_function->data()->clear();
    m_derivative->data()->clear();
    retranslateUi();
}

void HistogramView::showSnapshot(const TrainingSnapshot &snapshot)
{
    const int layers = int(snapshot.activations.size());
    if (layers != m_layerCount) {
        const QSignalBlocker blocker(m_layer);
        m_layer->clear();
        for (int k = 0; k < layers; ++k)
            m_layer->addItem(QString());
        m_layerCount = layers;
    }
    if (layers == 0)
        return;
    m_empty = false;
    {
        const QSignalBlocker blocker(m_layer);
        m_layer->setCurrentIndex(snapshot.histogramLayer);
    }
    const Core::Histogram &h = snapshot.histogram;
    const int bins = int(h.counts.size());
    std::int64_t total = h.below + h.above;
    for (std::int64_t c : h.counts)
        total += c;
    double lo = h.minimum;
    double hi = h.maximum;
    if (!(hi > lo)) {
        lo -= 1.0;
        hi += 1.0;
    }
    const double width = bins > 0 ? (hi - lo) / bins : 1.0;
    QVector<double> keys;
    QVector<double> values;
    for (int i = 0; i < bins; ++i) {
        keys << lo + (i + 0.5) * width;
        values << (total > 0 ? 100.0 * double(h.counts[size_t(i)]) / double(total) : 0.0);
    }
    m_bars->setWidth(width);
    m_bars->setData(keys, values, true);

    const Core::Expected<Core::Activation> f
        = layerFunction(snapshot.activations[size_t(snapshot.histogramLayer)],
                        snapshot.preluSlopes);
    const double margin = 0.1 * (hi - lo);
    std::vector<double> z(curveSamples), fz(curveSamples), dz(curveSamples);
    for (int i = 0; i < curveSamples; ++i)
        z[size_t(i)] = lo - margin + (hi - lo + 2 * margin) * i / (curveSamples - 1);
    if (f)
        f->evaluate(std::span<const double>(z), std::span<double>(fz), std::span<double>(dz));
    QVector<double> zk(z.begin(), z.end());
    QVector<double> fv(fz.begin(), fz.end());
    QVector<double> dv(dz.begin(), dz.end());
    m_function->setData(zk, fv, true);
    m_derivative->setData(zk, dv, true);
    double top = 1.0;
    double bottom = 0.0;
    double slopeTop = 1.0;
    double slopeBottom = 0.0;
    for (int i = 0; i < curveSamples; ++i) {
        if (std::isfinite(fv[i])) {
            top = std::max(top, fv[i]);
            bottom = std::min(bottom, fv[i]);
        }
        if (std::isfinite(dv[i])) {
            slopeTop = std::max(slopeTop, dv[i]);
            slopeBottom = std::min(slopeBottom, dv[i]);
        }
    }
    QVector<double> shade(curveSamples);
    for (int i = 0; i < curveSamples; ++i)
        shade[i] = dv[i] == 0.0 ? top * 1.05 : std::numeric_limits<double>::quiet_NaN();
    m_zeroRegion->setData(zk, shade, true);
    m_zeroRegion->setChannelFillGraph(nullptr);

    // The share of pre-activations whose bin centre lies where f′ = 0.
    std::int64_t zeroCount = 0;
    if (f) {
        for (int i = 0; i < bins; ++i) {
            if (f->gradient(keys[i]) == 0.0)
                zeroCount += h.counts[size_t(i)];
        }
        if (f->gradient(lo - 1.0) == 0.0)
            zeroCount += h.below;
        if (f->gradient(hi + 1.0) == 0.0)
            zeroCount += h.above;
    }
    m_zeroShare = total > 0 ? 100.0 * double(zeroCount) / double(total) : 0.0;

    m_plot->xAxis->setRange(lo - margin, hi + margin);
    double highest = 1.0;
    for (double v : values)
        highest = std::max(highest, v);
    m_plot->yAxis->setRange(0, highest * 1.1);
    m_plot->yAxis2->setRange(bottom - 0.05 * (top - bottom), top * 1.05 + 0.05);
    m_derivativeAxis->setRange(slopeBottom - 0.05 * (slopeTop - slopeBottom),
                               slopeTop + 0.1 * (slopeTop - slopeBottom));
    retranslateUi();
}

} // namespace ReluLab
