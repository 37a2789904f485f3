// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Activation::properties(): the descriptor's rule, and what follows from it and from the kernel
// for every activation alike: the smoothness class, the zero-centred test of teaching.md T5 and
// f′(0). tests/core/tst_activations_properties.cpp checks each against samples of f.

#include "kernelrun.h"

#include "../activation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace ReluLab::Core {

namespace {

/// 8-point Gauss–Legendre on [−1, 1]: exact for polynomials of degree 15.
constexpr std::array<double, 4> glNodes = {0.18343464249564980494, 0.52553240991632898582,
                                           0.79666647741362673959, 0.96028985649753623168};
constexpr std::array<double, 4> glWeights = {0.36268378337836198297, 0.31370664587788728734,
                                             0.22238103445337447054, 0.10122853629037625915};

struct Moments
{
    double mean = 0.0;
    double sd = 0.0;
};

/// E[f(z)] and SD[f(z)] for z ~ N(0, 1): composite 8-point Gauss–Legendre of f·φ on [−10, 10]
/// (the Gaussian mass beyond is 1.5e-23, and |f| grows at most linearly) in panels of at most
/// 1/4, with every break point a panel edge, so each panel integrates a smooth piece: the rule
/// is accurate far below the 10 % threshold of T5 (about 1e-12 on these functions). The
/// variance is taken around the computed mean (no E[f²] − E[f]² cancellation).
Moments gaussianMoments(const Activation &a, const std::vector<double> &breaks)
{
    constexpr double limit = 10.0;
    std::vector<double> edges;
    for (int i = -40; i <= 40; ++i)
        edges.push_back(i * 0.25);
    for (double b : breaks) {
        if (b > -limit && b < limit)
            edges.push_back(b);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

    std::vector<double> x, w;
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        const double mid = (edges[i] + edges[i + 1]) / 2.0;
        const double half = (edges[i + 1] - edges[i]) / 2.0;
        if (half <= 0.0)
            continue;
        for (std::size_t k = 0; k < glNodes.size(); ++k) {
            for (double sign : {-1.0, 1.0}) {
                const double z = mid + sign * half * glNodes[k];
                x.push_back(z);
                w.push_back(half * glWeights[k] * std::exp(-0.5 * z * z)
                            * (std::numbers::inv_sqrtpi / std::numbers::sqrt2));
            }
        }
    }
    std::vector<double> f(x.size());
    a.evaluate(std::span<const double>(x), std::span<double>(f)); // no Rng: rrelu evaluates
    Moments m;
    for (std::size_t i = 0; i < x.size(); ++i)
        m.mean += w[i] * f[i];
    double variance = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        variance += w[i] * (f[i] - m.mean) * (f[i] - m.mean);
    m.sd = std::sqrt(std::max(variance, 0.0));
    return m;
}

Smoothness smoothnessOf(const ActivationProperties &p)
{
    const auto isJump = [](const BreakPoint &b) { return b.kind == BreakPoint::Kind::Jump; };
    if (std::any_of(p.breakPoints.begin(), p.breakPoints.end(), isJump))
        return Smoothness::Discontinuous;
    if (!p.breakPoints.empty())
        return Smoothness::C0;
    if (!p.curvatureBreaks.empty())
        return Smoothness::C1;
    return Smoothness::CInfinity;
}

} // namespace

namespace Activations {

BreakPoint kinkAt(const Activation &a, double x, double f, double gradLeft, double gradRight)
{
    return jumpAt(a, x, f, f, gradLeft, gradRight);
}

BreakPoint jumpAt(const Activation &a, double x, double valueLeft, double valueRight,
                  double gradLeft, double gradRight)
{
    BreakPoint b;
    b.kind = valueLeft == valueRight ? BreakPoint::Kind::Kink : BreakPoint::Kind::Jump;
    b.x = x;
    b.valueLeft = valueLeft;
    b.valueRight = valueRight;
    b.valueAt = a.value(x);
    b.gradLeft = gradLeft;
    b.gradRight = gradRight;
    b.gradAt = a.gradient(x);
    return b;
}

} // namespace Activations

ActivationProperties Activation::properties() const
{
    ActivationProperties p;
    m_info->describe(*this, p);
    std::sort(p.breakPoints.begin(), p.breakPoints.end(),
              [](const BreakPoint &l, const BreakPoint &r) { return l.x < r.x; });
    p.smoothness = smoothnessOf(p);
    p.gradientAtZero = gradient(0.0);

    std::vector<double> breaks = p.curvatureBreaks;
    for (const BreakPoint &b : p.breakPoints)
        breaks.push_back(b.x);
    const Moments m = gaussianMoments(*this, breaks);
    p.outputMean = m.mean;
    p.outputSd = m.sd;
    p.zeroCentred = std::abs(m.mean) <= 0.1 * m.sd;
    return p;
}

std::vector<BreakPoint> Activation::breakPoints() const
{
    ActivationProperties p;
    m_info->describe(*this, p);
    std::sort(p.breakPoints.begin(), p.breakPoints.end(),
              [](const BreakPoint &l, const BreakPoint &r) { return l.x < r.x; });
    return p.breakPoints;
}

} // namespace ReluLab::Core
