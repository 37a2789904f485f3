// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "curvesampler.h"

#include "core/activation.h"

#include <span>

namespace ReluLab {

SampledCurve sampleActivation(const Core::Activation &activation, double xMin, double xMax,
                              int count, bool wantDf, bool wantD2f, Core::Rng *rng)
{
    Q_ASSERT(count >= 2);
    SampledCurve curve;
    curve.x.resize(count);
    // x_i = xMin + i·h with the last point set to xMax exactly (no drift from rounding).
    const double h = (xMax - xMin) / (count - 1);
    for (int i = 0; i < count; ++i)
        curve.x[i] = xMin + i * h;
    curve.x[count - 1] = xMax;
    curve.f.resize(count);
    if (wantDf)
        curve.df.resize(count);
    if (wantD2f)
        curve.d2f.resize(count);
    const auto n = static_cast<std::size_t>(count);
    activation.evaluate(std::span<const double>(curve.x.constData(), n),
                        std::span<double>(curve.f.data(), n),
                        std::span<double>(curve.df.data(), wantDf ? n : 0),
                        std::span<double>(curve.d2f.data(), wantD2f ? n : 0), rng);
    return curve;
}

QList<QPair<double, double>> zeroGradientIntervals(const SampledCurve &curve)
{
    QList<QPair<double, double>> intervals;
    const qsizetype n = curve.df.size();
    qsizetype i = 0;
    while (i < n) {
        if (curve.df[i] != 0.0) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j + 1 < n && curve.df[j + 1] == 0.0)
            ++j;
        if (j > i)
            intervals.append({curve.x[i], curve.x[j]});
        i = j + 1;
    }
    return intervals;
}

} // namespace ReluLab
