// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// Shrinkage and threshold activations: they pull small inputs to (or towards) zero.

#include "stablemath.h"

#include <cmath>

namespace ReluLab::Core::Activations {

/// Tanhshrink — torch.nn.Tanhshrink (no parameters).
///   f(x)  = x − tanh x
///   f′(x) = tanh²x
///   f″(x) = 2·tanh x·sech²x
/// Stable: for small |x|, x − tanh x cancels (PyTorch returns 0 for |x| ≤ 1.35e-8), so there we
/// sum its Taylor series x³/3 − 2x⁵/15 + 17x⁷/315 − …; f′ = tanh² instead of 1 − (1 − tanh²).
template<typename T>
struct Tanhshrink
{
    /// Below this |x| the series (to x¹⁵) is used: for double the truncation is < 2e-17 relative
    /// at 0.1 and the subtraction above loses at most 3ε/x² = 3e-14; for float the balance point
    /// is 0.35 (series 2e-8, subtraction 1.5e-6 worst case, both inside float's 1e-5 budget).
    static constexpr T seriesLimit = sizeof(T) == sizeof(float) ? T(0.35) : T(0.1);

    T value(T x) const
    {
        if (std::abs(x) < seriesLimit) {
            const T y = x * x;
            // Coefficients of x − tanh x = Σ (−1)^(k+1) 2^(2k)(2^(2k) − 1)|B_2k|/(2k)! x^(2k−1).
            const T p
                = T(1.0 / 3.0)
                  + y
                        * (T(-2.0 / 15.0)
                           + y
                                 * (T(17.0 / 315.0)
                                    + y
                                          * (T(-62.0 / 2835.0)
                                             + y
                                                   * (T(1382.0 / 155925.0)
                                                      + y
                                                            * (T(-21844.0 / 6081075.0)
                                                               + y * T(929569.0 / 638512875.0))))));
            return x * y * p;
        }
        return x - Vec::tanhPair(x).t;
    }
    T grad(T x) const
    {
        const T t = Vec::tanhPair(x).t;
        return t * t;
    }
    ValueGrad<T> valueGrad(T x) const
    {
        // Both arms computed, then selected (the loop vectorises); the series arm as in value().
        const T t = Vec::tanhPair(x).t;
        const T y = x * x;
        const T p
            = T(1.0 / 3.0)
              + y
                    * (T(-2.0 / 15.0)
                       + y
                             * (T(17.0 / 315.0)
                                + y
                                      * (T(-62.0 / 2835.0)
                                         + y
                                               * (T(1382.0 / 155925.0)
                                                  + y
                                                        * (T(-21844.0 / 6081075.0)
                                                           + y * T(929569.0 / 638512875.0))))));
        const bool series = (x < seriesLimit) & (x > -seriesLimit);
        return {series ? x * y * p : x - t, t * t};
    }
    T grad2(T x) const
    {
        const Vec::TanhPair<T> p = Vec::tanhPair(x);
        return T(2) * p.t * p.sech2;
    }
};

/// Hardshrink — torch.nn.Hardshrink(lambd=0.5).
///   f(x)  = |x| ≤ λ ? 0 : x        (PyTorch: −λ ≤ x ≤ λ gives 0; jumps at ±λ)
///   f′(x) = |x| ≤ λ ? 0 : 1
///   f″(x) = 0
template<typename T>
struct Hardshrink
{
    T lambd;
    T value(T x) const { return ((x >= -lambd) & (x <= lambd)) ? T(0) : x; }
    T grad(T x) const { return ((x >= -lambd) & (x <= lambd)) ? T(0) : T(1); }
    T grad2(T) const { return T(0); }
};

/// Softshrink — torch.nn.Softshrink(lambd=0.5).
///   f(x)  = x > λ ? x − λ : x < −λ ? x + λ : 0
///   f′(x) = |x| > λ ? 1 : 0        (PyTorch: 0 at ±λ)
///   f″(x) = 0
template<typename T>
struct Softshrink
{
    T lambd;
    T value(T x) const
    {
        const T down = x - lambd, up = x + lambd, zero = x * T(0); // x·0 keeps NaN
        return x > lambd ? down : (x < -lambd ? up : zero);
    }
    T grad(T x) const { return ((x >= -lambd) & (x <= lambd)) ? T(0) : T(1); }
    T grad2(T) const { return T(0); }
};

/// Threshold — torch.nn.Threshold(threshold, value); this app's defaults are 0 and 0.
///   f(x)  = x ≤ θ ? v : x          (PyTorch's kernel test, so NaN stays NaN;
///                                   a jump at θ unless v = θ)
///   f′(x) = x ≤ θ ? 0 : 1
///   f″(x) = 0
template<typename T>
struct Threshold
{
    T threshold;
    T replacement;
    T value(T x) const { return x <= threshold ? replacement : x; }
    T grad(T x) const { return x <= threshold ? T(0) : T(1); }
    T grad2(T) const { return T(0); }
};

} // namespace ReluLab::Core::Activations
