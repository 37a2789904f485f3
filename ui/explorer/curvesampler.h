// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QList>
#include <QPair>
#include <QVector>

namespace ReluLab {
namespace Core {
class Activation;
class Rng;
} // namespace Core

/// f, f′ and f″ of one activation sampled on an even grid: the seam between core and the plot.
struct SampledCurve
{
    QVector<double> x;
    QVector<double> f;
    QVector<double> df;
    QVector<double> d2f;
};

/// Samples `count` (≥ 2) evenly spaced points of [xMin, xMax], both ends included. `wantDf` and
/// `wantD2f` leave those vectors empty when false. `rng` is passed to the core (rrelu training).
SampledCurve sampleActivation(const Core::Activation &activation, double xMin, double xMax,
                              int count, bool wantDf = true, bool wantD2f = true,
                              Core::Rng *rng = nullptr);

/// The intervals [a, b] of the grid where f′ is exactly 0 (a unit there gets no gradient and
/// stops learning). Runs of a single sample (an isolated kink convention) are skipped.
QList<QPair<double, double>> zeroGradientIntervals(const SampledCurve &curve);

} // namespace ReluLab
