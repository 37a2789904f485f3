// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Activation::properties(): the qualitative facts the explorer shows, for the current parameters.
// tests/core/tst_activations_properties.cpp checks each of them against samples of f.

#include "kind.h"

#include "../activation.h"

#include <cmath>

namespace ReluLab::Core {

using namespace Activations;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

/// The value at the one interior minimum of f, by Newton's method on f′ = 0 from `start`
/// (gelu, silu, mish: f″ > 0 there and the start lies in the basin).
double interiorMinimum(const Activation &a, double start)
{
    double x = start;
    for (int i = 0; i < 50; ++i) {
        const double step = a.gradient(x) / a.secondDerivative(x);
        x -= step;
        if (std::abs(step) < 1e-15 * (1.0 + std::abs(x)))
            break;
    }
    return a.value(x);
}

/// Piecewise linear x > 0 ? x : s·x (leaky_relu, prelu, rrelu).
ActivationProperties leakyProperties(double s)
{
    ActivationProperties p;
    p.rangeMin = s > 0.0 ? -inf : 0.0;
    p.rangeMax = inf;
    p.monotonic = s >= 0.0;
    p.smoothness = s == 1.0 ? Smoothness::CInfinity : Smoothness::C0;
    p.zeroCentred = s > 0.0;
    p.saturatesLeft = s == 0.0;
    p.identityNearZero = s == 1.0;
    p.canProduceDeadUnits = s == 0.0;
    p.gradientAtZero = s;
    return p;
}

} // namespace

ActivationProperties Activation::properties() const
{
    ActivationProperties p;
    const std::vector<double> &v = m_values;
    switch (kindOf(*m_info)) {
    case ActivationKind::Relu:
        p = leakyProperties(0.0);
        break;
    case ActivationKind::LeakyRelu:
    case ActivationKind::Prelu:
        p = leakyProperties(v[0]);
        break;
    case ActivationKind::Rrelu:
        p = leakyProperties(static_cast<double>((v[0] + v[1]) / 2.0));
        break;
    case ActivationKind::Relu6:
    case ActivationKind::Hardtanh: {
        const double lo = kindOf(*m_info) == ActivationKind::Relu6 ? 0.0 : v[0];
        const double hi = kindOf(*m_info) == ActivationKind::Relu6 ? 6.0 : v[1];
        p.rangeMin = lo;
        p.rangeMax = hi;
        p.monotonic = true;
        p.smoothness = Smoothness::C0;
        p.zeroCentred = lo < 0.0 && hi > 0.0;
        p.saturatesLeft = true;
        p.saturatesRight = true;
        p.identityNearZero = lo < 0.0 && hi > 0.0;
        p.canProduceDeadUnits = true;
        p.gradientAtZero = (lo < 0.0 && hi > 0.0) ? 1.0 : 0.0;
        break;
    }
    case ActivationKind::Elu:
    case ActivationKind::Celu:
    case ActivationKind::Selu: {
        const ActivationKind k = kindOf(*m_info);
        const double alpha = k == ActivationKind::Selu ? 0.0 : v[0];
        p.rangeMin = -std::abs(value(-inf));
        p.rangeMax = inf;
        p.monotonic = true;
        // CELU is C¹ for every α (f″ jumps from 1/α to 0); ELU only for α = 1; SELU never.
        p.smoothness = (k == ActivationKind::Celu || (k == ActivationKind::Elu && alpha == 1.0))
            ? Smoothness::C1
            : Smoothness::C0;
        p.zeroCentred = true;
        p.saturatesLeft = true;
        p.identityNearZero = k != ActivationKind::Selu && (k == ActivationKind::Celu || alpha == 1.0);
        p.gradientAtZero = gradient(0.0);
        break;
    }
    case ActivationKind::Gelu:
    case ActivationKind::Silu:
    case ActivationKind::Mish: {
        const ActivationKind k = kindOf(*m_info);
        const double start = k == ActivationKind::Gelu ? -0.75 : (k == ActivationKind::Silu ? -1.28 : -1.19);
        p.rangeMin = interiorMinimum(*this, start);
        p.smoothness = Smoothness::CInfinity;
        p.zeroCentred = true;
        p.saturatesLeft = true;
        p.gradientAtZero = gradient(0.0);
        break;
    }
    case ActivationKind::Softplus: {
        // PyTorch's threshold makes softplus jump at θ/β by log1p(e^−θ)/β; below 1e-7 of the
        // value there (θ ≥ ~14) no plot or float32 number can show it, so it counts as smooth.
        const double jump = std::log1p(std::exp(-v[1])) / v[0];
        // The jump is downwards (log1p(e^−θ)/β above the identity branch), so a visible jump also
        // breaks monotonicity.
        const bool invisible = jump < 1e-7 * (v[1] / v[0]);
        p.rangeMin = 0.0;
        p.monotonic = invisible;
        p.smoothness = invisible ? Smoothness::CInfinity : Smoothness::Discontinuous;
        p.saturatesLeft = true;
        p.gradientAtZero = 0.5;
        break;
    }
    case ActivationKind::Sigmoid:
        p.rangeMin = 0.0;
        p.rangeMax = 1.0;
        p.monotonic = true;
        p.smoothness = Smoothness::CInfinity;
        p.saturatesLeft = true;
        p.saturatesRight = true;
        p.gradientAtZero = 0.25;
        break;
    case ActivationKind::Tanh:
    case ActivationKind::Softsign:
        p.rangeMin = -1.0;
        p.rangeMax = 1.0;
        p.monotonic = true;
        p.smoothness = kindOf(*m_info) == ActivationKind::Tanh ? Smoothness::CInfinity : Smoothness::C1;
        p.zeroCentred = true;
        p.saturatesLeft = true;
        p.saturatesRight = true;
        p.identityNearZero = true;
        p.gradientAtZero = 1.0;
        break;
    case ActivationKind::Logsigmoid:
        p.rangeMax = 0.0;
        p.monotonic = true;
        p.smoothness = Smoothness::CInfinity;
        p.saturatesRight = true;
        p.gradientAtZero = 0.5;
        break;
    case ActivationKind::Hardsigmoid:
        p.rangeMin = 0.0;
        p.rangeMax = 1.0;
        p.monotonic = true;
        p.smoothness = Smoothness::C0;
        p.saturatesLeft = true;
        p.saturatesRight = true;
        p.canProduceDeadUnits = true;
        p.gradientAtZero = 1.0 / 6.0;
        break;
    case ActivationKind::Hardswish:
        p.rangeMin = value(-1.5); // f′(x) = (2x + 3)/6 vanishes at −3/2: f = −3/8
        p.smoothness = Smoothness::C0;
        p.zeroCentred = true;
        p.saturatesLeft = true;
        p.canProduceDeadUnits = true;
        p.gradientAtZero = 0.5;
        break;
    case ActivationKind::Tanhshrink:
        p.monotonic = true;
        p.smoothness = Smoothness::CInfinity;
        p.zeroCentred = true;
        p.gradientAtZero = 0.0;
        break;
    case ActivationKind::Hardshrink:
    case ActivationKind::Softshrink: {
        const bool hard = kindOf(*m_info) == ActivationKind::Hardshrink;
        const double lambd = v[0];
        p.monotonic = true;
        p.smoothness = lambd == 0.0 ? Smoothness::CInfinity
                                    : (hard ? Smoothness::Discontinuous : Smoothness::C0);
        p.zeroCentred = true;
        // λ = 0 makes both the identity (PyTorch still returns f′(0) = 0 at the single point 0).
        p.identityNearZero = lambd == 0.0;
        p.gradientAtZero = 0.0;
        break;
    }
    case ActivationKind::Threshold: {
        const double theta = v[0];
        const double replacement = v[1];
        p.rangeMin = std::min(theta, replacement);
        p.monotonic = replacement <= theta;
        p.smoothness = replacement == theta ? Smoothness::C0 : Smoothness::Discontinuous;
        p.zeroCentred = value(0.0) == 0.0 && p.rangeMin < 0.0;
        p.saturatesLeft = true;
        p.identityNearZero = theta < 0.0;
        p.canProduceDeadUnits = true;
        p.gradientAtZero = theta < 0.0 ? 1.0 : 0.0;
        break;
    }
    case ActivationKind::Identity:
        p.monotonic = true;
        p.smoothness = Smoothness::CInfinity;
        p.zeroCentred = true;
        p.identityNearZero = true;
        p.gradientAtZero = 1.0;
        break;
    case ActivationKind::Step:
        p.rangeMin = 0.0;
        p.rangeMax = 1.0;
        p.monotonic = true;
        p.smoothness = Smoothness::Discontinuous;
        p.saturatesLeft = true;
        p.saturatesRight = true;
        p.canProduceDeadUnits = true;
        p.gradientAtZero = 0.0;
        break;
    case ActivationKind::Count:
        break;
    }
    return p;
}

} // namespace ReluLab::Core
