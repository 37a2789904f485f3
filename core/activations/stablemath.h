// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// Numerically stable building blocks shared by the activation kernels. Every helper is a template
// on the working type T (float or double) and computes in T throughout, so float32 results are
// what a float computation gives (tests/reference/activations/README.md §3).

#include "vecmath.h"

namespace ReluLab::Core::Activations {

/// |x| beyond which the smooth kernels return their limits (f → x or 0, f′ → 1 or 0, f″ → 0).
/// Every smooth activation has reached its asymptote to the last bit long before 1e4, and the
/// cut keeps inf·0 = NaN (x·σ(x) at x = −inf, x³ overflowing in GELU-tanh) out of the results.
template<typename T>
constexpr T farAway()
{
    return T(1e4);
}

/// f and f′ at one x, as the kernels' valueGrad() returns them: the network needs both, and the
/// two share their exponentials.
template<typename T>
struct ValueGrad
{
    T value;
    T grad;
};

/// σ(z) and σ(−z) = 1 − σ(z), both to full relative precision.
/// With e = exp(−|z|) ≤ 1 nothing overflows: σ(|z|) = 1/(1+e) and σ(−|z|) = e/(1+e). Computing
/// 1 − σ(z) by subtraction would cancel for z > 0 (README §7.2, sigmoid′ = s(1−s)).
template<typename T>
struct SigmoidPair
{
    T s;  ///< σ(z)
    T sm; ///< σ(−z)
};

template<typename T>
inline SigmoidPair<T> sigmoidPair(T z)
{
    const T e = Vec::exp(z < T(0) ? z : -z);
    const T inv = T(1) / (T(1) + e);
    const T small = e * inv;
    // Selects, not branches, so the loops vectorise; NaN takes the second arm: both NaN.
    return {z >= T(0) ? inv : small, z >= T(0) ? small : inv};
}

/// σ′(z) = σ(z)σ(−z) = e/(1+e)² with e = exp(−|z|): no cancellation, no overflow.
template<typename T>
inline T sigmoidDerivative(T z)
{
    const T e = Vec::exp(z < T(0) ? z : -z);
    const T d = T(1) + e;
    return e / (d * d);
}

/// sech²(x) = 1 − tanh²(x) = 4e/(1+e)² with e = exp(−2|x|): accurate where 1 − tanh² cancels
/// (|x| large), and 0 rather than NaN at ±inf.
template<typename T>
inline T sech2(T x)
{
    return Vec::tanhPair(x).sech2;
}

} // namespace ReluLab::Core::Activations
