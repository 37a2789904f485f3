// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "curveset.h"

#include "curvegraph.h"
#include "curvesampler.h"

#include "core/random.h"

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
{
    for (QCPGraph *graph : {m_f, m_df, m_d2f}) {
        graph->setLayer(layer);
        graph->setSelectable(QCP::stNone);
        graph->setAdaptiveSampling(true);
    }
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
    return true;
}

void CurveSet::setValueAxis(QCPAxis *axis)
{
    for (QCPGraph *graph : {m_f, m_df, m_d2f})
        graph->setValueAxis(axis);
}

void CurveSet::setStyle(const QColor &colour, double width, bool dots, double dotSize)
{
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
