// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// The sigmoid family: bounded (or one-sided bounded) S-shaped functions.

#include "stablemath.h"

#include <cmath>
#include <limits>

namespace ReluLab::Core::Activations {

/// Sigmoid — torch.nn.Sigmoid (no parameters).
///   f(x)  = σ(x) = 1/(1 + e⁻ˣ)
///   f′(x) = σ(x)σ(−x) = e/(1 + e)²,  e = exp(−|x|)
///   f″(x) = σ′(x)·(1 − 2σ(x)) = σ′(x)·(−sign x)·(1 − e)/(1 + e)
/// Stable: e = exp(−|x|) ≤ 1 never overflows, and e/(1+e)² avoids PyTorch's (1 − y)·y, which
/// cancels for x > 0 (0 for x ≥ 36.7); 1 − e = −expm1(−|x|) is exact next to 0.
template<typename T>
struct Sigmoid
{
    T value(T x) const { return sigmoidPair(x).s; }
    T grad(T x) const { return sigmoidDerivative(x); }
    ValueGrad<T> valueGrad(T x) const
    {
        const SigmoidPair<T> p = sigmoidPair(x);
        return {p.s, p.s * p.sm};
    }
    T grad2(T x) const
    {
        const T m = x < T(0) ? x : -x; // −|x|
        const Vec::ExpPair<T> e = Vec::expPair(m);
        const T tanhHalf = -e.em1 / (T(1) + e.e); // tanh(|x|/2) = 1 − 2σ(−|x|)
        const T d = sigmoidDerivative(x);
        return x > T(0) ? -d * tanhHalf : d * tanhHalf;
    }
};

/// Tanh — torch.nn.Tanh (no parameters).
///   f(x)  = tanh x
///   f′(x) = sech²x = 4e/(1 + e)²,  e = exp(−2|x|)
///   f″(x) = −2·tanh x·sech²x
/// Stable: sech² from e avoids 1 − tanh², which cancels for |x| > 5 (0 for |x| ≥ 18.7).
template<typename T>
struct Tanh
{
    T value(T x) const { return Vec::tanhPair(x).t; }
    T grad(T x) const { return sech2(x); }
    ValueGrad<T> valueGrad(T x) const
    {
        const Vec::TanhPair<T> p = Vec::tanhPair(x);
        return {p.t, p.sech2};
    }
    T grad2(T x) const
    {
        const Vec::TanhPair<T> p = Vec::tanhPair(x);
        return T(-2) * p.t * p.sech2;
    }
};

/// Softsign — torch.nn.Softsign (no parameters).
///   f(x)  = x/(1 + |x|)
///   f′(x) = 1/(1 + |x|)²
///   f″(x) = −2·sign(x)/(1 + |x|)³  (f is C¹ only: f″ jumps from 2 to −2 at 0; f″(0) = 0, the mean)
/// Stable: 1/d² instead of PyTorch's 1/d − (x/d)/d, which cancels for large |x| (f32 rel 9e-5 at
/// 1000); ±1 at ±inf instead of inf/inf = NaN.
template<typename T>
struct Softsign
{
    T value(T x) const
    {
        const T y = x / (T(1) + std::abs(x));
        const T limit = x > T(0) ? T(1) : T(-1);
        return std::abs(x) == std::numeric_limits<T>::infinity() ? limit : y;
    }
    T grad(T x) const
    {
        const T d = T(1) + std::abs(x);
        return T(1) / (d * d);
    }
    T grad2(T x) const
    {
        const T d = T(1) + std::abs(x);
        const T m = T(2) / (d * d * d);
        return x > T(0) ? -m : (x < T(0) ? m : x * T(0));
    }
};

/// LogSigmoid — torch.nn.LogSigmoid (no parameters).
///   f(x)  = log σ(x) = min(x, 0) − log1p(exp(−|x|))
///   f′(x) = σ(−x)
///   f″(x) = −σ(x)σ(−x)
/// Stable: PyTorch's own form; log(1/(1+e⁻ˣ)) would overflow for x ≪ 0 and round to 0 for x > 37.
template<typename T>
struct Logsigmoid
{
    T value(T x) const { return valueGrad(x).value; }
    T grad(T x) const { return sigmoidPair(x).sm; }
    ValueGrad<T> valueGrad(T x) const
    {
        const T e = Vec::exp(x < T(0) ? x : -x);
        const T inv = T(1) / (T(1) + e);
        const T small = e * inv;
        return {(x < T(0) ? x : T(0)) - Vec::log1pUnit(e), x >= T(0) ? small : inv};
    }
    T grad2(T x) const { return -sigmoidDerivative(x); }
};

} // namespace ReluLab::Core::Activations
