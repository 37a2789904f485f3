// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "curveset.h"

#include "curvegraph.h"
#include "curvesampler.h"

#include "core/random.h"

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

// rrelu in training draws a slope per sample; a fixed seed keeps the dots still while a slider
// moves, so the eye sees the band and not flicker (and makes a kept curve equal a resampled one).
constexpr std::uint64_t TrainingNoiseSeed = 2026;

bool sameActivation(const std::optional<Core::Activation> &a,
                    const std::optional<Core::Activation> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    // Exact comparison on purpose: this is a cache key, any change of a parameter resamples.
    return !a || (a->id() == b->id() && a->parameterValues() == b->parameterValues());
}

// Descriptor limits and kernel values may differ in the last bit (2·3/6 + ½ against 3/3 + ½).
bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * (1.0 + std::abs(a));
}

QVector<double> difference(const QVector<double> &a, const QVector<double> &b)
{
    QVector<double> d(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        d[i] = a[i] - b[i];
    return d;
}

} // namespace

CurveSet::CurveSet(QCustomPlot *plot, QCPLayer *layer)
    // QCustomPlot takes ownership of a graph at construction.
    : m_f(new CurveGraph(plot->xAxis, plot->yAxis))
    , m_df(new CurveGraph(plot->xAxis, plot->yAxis))
    , m_d2f(new CurveGraph(plot->xAxis, plot->yAxis))
    , m_filled(new QCPGraph(plot->xAxis, plot->yAxis))
    , m_open(new QCPGraph(plot->xAxis, plot->yAxis))
{
    for (QCPGraph *graph : {static_cast<QCPGraph *>(m_f), static_cast<QCPGraph *>(m_df),
                            static_cast<QCPGraph *>(m_d2f), m_filled, m_open}) {
        graph->setLayer(layer);
        graph->setSelectable(QCP::stNone);
        // No adaptive sampling: it merges the samples of one pixel column into their min and
        // max, which puts a vertical stroke back at a jump. CurveGraph simplifies on screen.
        graph->setAdaptiveSampling(false);
        graph->removeFromLegend();
    }
    for (QCPGraph *dots : {m_filled, m_open})
        dots->setLineStyle(QCPGraph::lsNone);
}

bool CurveSet::sameKey(const Key &a, const Key &b)
{
    return a.sampling == b.sampling && sameActivation(a.activation, b.activation)
           && sameActivation(a.subtract, b.subtract);
}

bool CurveSet::update(const PlotCurveSpec *spec, const CurveSampling &sampling)
{
    const bool visible = spec && spec->visible;
    m_f->setVisible(visible);
    m_df->setVisible(visible && sampling.df);
    m_d2f->setVisible(visible && sampling.d2f);
    Key key;
    key.sampling = sampling;
    if (visible) {
        key.activation = spec->activation;
        key.subtract = spec->subtract;
    }
    if (m_key && sameKey(*m_key, key))
        return false;
    m_key = key;
    if (!visible) {
        m_f->data()->clear();
        m_df->data()->clear();
        m_d2f->data()->clear();
        clearBreaks();
        return true;
    }
    Core::Rng rng(TrainingNoiseSeed);
    SampledCurve curve = sampleActivation(spec->activation, sampling.xMin, sampling.xMax,
                                          sampling.count, sampling.df, sampling.d2f, &rng);
    if (spec->subtract) {
        const SampledCurve other = sampleActivation(*spec->subtract, sampling.xMin, sampling.xMax,
                                                    sampling.count, sampling.df, sampling.d2f,
                                                    &rng);
        curve.f = difference(curve.f, other.f);
        curve.df = difference(curve.df, other.df);
        curve.d2f = difference(curve.d2f, other.d2f);
    }
    m_f->setData(curve.x, curve.f, true);
    if (sampling.df)
        m_df->setData(curve.x, curve.df, true);
    else
        m_df->data()->clear();
    if (sampling.d2f)
        m_d2f->setData(curve.x, curve.d2f, true);
    else
        m_d2f->data()->clear();
    updateBreaks(*spec, sampling);
    return true;
}

void CurveSet::clearBreaks()
{
    for (CurveGraph *graph : {m_f, m_df, m_d2f})
        graph->setBreaks({});
    m_filled->data()->clear();
    m_open->data()->clear();
    m_filled->setVisible(false);
    m_open->setVisible(false);
}

// Each break point of the descriptor cuts f where it jumps (valueLeft ≠ valueRight) and f′ where
// it jumps (gradLeft ≠ gradRight: every kink). f″ is cut where its one-sided values differ
// (read just beside the point; at a kink f″ is not a function there, so it gets no dots). At a
// cut, the value taken gets a filled dot and each one-sided limit other than it an open circle.
// A difference curve (GELU tanh − exact) and random dots (rrelu training) get none.
void CurveSet::updateBreaks(const PlotCurveSpec &spec, const CurveSampling &sampling)
{
    clearBreaks();
    if (spec.subtract || spec.activation.isRandomInTraining())
        return;
    QVector<GraphBreak> fBreaks;
    QVector<GraphBreak> dfBreaks;
    QVector<GraphBreak> d2fBreaks;
    QVector<double> filledX, filledY, openX, openY;
    auto mark = [&](double x, double left, double right, double at) {
        filledX << x;
        filledY << at;
        for (double limit : {left, right}) {
            const bool repeated = !openX.isEmpty() && openX.last() == x
                                  && same(openY.last(), limit);
            if (!same(limit, at) && !repeated) {
                openX << x;
                openY << limit;
            }
        }
    };
    for (const Core::BreakPoint &b : spec.activation.breakPoints()) {
        if (b.x < sampling.xMin || b.x > sampling.xMax)
            continue;
        if (!same(b.valueLeft, b.valueRight) || !same(b.valueAt, b.valueLeft)) {
            fBreaks.append({b.x, b.valueLeft, b.valueRight});
            mark(b.x, b.valueLeft, b.valueRight, b.valueAt);
        }
        if (sampling.df && (!same(b.gradLeft, b.gradRight) || !same(b.gradAt, b.gradLeft))) {
            dfBreaks.append({b.x, b.gradLeft, b.gradRight});
            mark(b.x, b.gradLeft, b.gradRight, b.gradAt);
        }
        if (sampling.d2f) {
            const double eps = 1e-7 * std::max(1.0, std::abs(b.x));
            const double left = spec.activation.secondDerivative(b.x - eps);
            const double right = spec.activation.secondDerivative(b.x + eps);
            if (!same(left, right))
                d2fBreaks.append({b.x, left, right});
        }
    }
    m_f->setBreaks(fBreaks);
    m_df->setBreaks(dfBreaks);
    m_d2f->setBreaks(d2fBreaks);
    m_filled->setData(filledX, filledY);
    m_open->setData(openX, openY);
    m_filled->setVisible(!filledX.isEmpty());
    m_open->setVisible(!openX.isEmpty());
}

void CurveSet::setValueAxis(QCPAxis *axis)
{
    for (QCPGraph *graph : {static_cast<QCPGraph *>(m_f), static_cast<QCPGraph *>(m_df),
                            static_cast<QCPGraph *>(m_d2f), m_filled, m_open})
        graph->setValueAxis(axis);
}

void CurveSet::setStyle(const QColor &colour, double width, bool dots, double dotSize,
                        const QColor &background)
{
    const QPen ring(colour, std::max(1.5, 0.5 * width));
    m_filled->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, ring, QBrush(colour), 3.0 * width));
    m_open->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, ring, QBrush(background), 3.0 * width));
    m_f->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_df->setPen(QPen(colour, 0.6 * width, Qt::DashLine));
    m_d2f->setPen(QPen(colour, 0.6 * width, Qt::DotLine));
    // Random curves (rrelu in training) are drawn as dots: a line through noise reads as a
    // smear, dots read as a band.
    m_f->setLineStyle(dots ? QCPGraph::lsNone : QCPGraph::lsLine);
    m_f->setScatterStyle(dots ? QCPScatterStyle(QCPScatterStyle::ssDisc, colour, dotSize)
                              : QCPScatterStyle());
}

} // namespace ReluLab
