// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// Hard piecewise activations: clamps and their products. Every operand of a select is computed
// first (and | rather than ||), so the loops vectorise without -ffast-math.

namespace ReluLab::Core::Activations {

/// Hardtanh — torch.nn.Hardtanh(min_val=-1, max_val=1); ReLU6 — torch.nn.ReLU6 = hardtanh(0, 6).
///   f(x)  = clamp(x, lo, hi)       (NaN stays NaN, f(−0) = −0 when lo < 0 or lo = 0)
///   f′(x) = lo < x < hi ? 1 : 0    (PyTorch: 0 at both kinks)
///   f″(x) = 0
/// Exact: a clamp never rounds.
template<typename T>
struct Hardtanh
{
    T lo;
    T hi;
    T value(T x) const
    {
        const T above = x < lo ? lo : x;
        return above > hi ? hi : above;
    }
    T grad(T x) const { return ((x <= lo) | (x >= hi)) ? T(0) : T(1); }
    T grad2(T) const { return T(0); }
};

/// Hardsigmoid — torch.nn.Hardsigmoid (no parameters).
///   f(x)  = clamp(x + 3, 0, 6) / 6
///   f′(x) = −3 < x < 3 ? 1/6 : 0   (PyTorch: 0 at ±3)
///   f″(x) = 0
/// (x+3)/6 rather than x/6 + 1/2, which cancels next to −3. f′ is the exact 1/6 rounded to T,
/// not PyTorch's float64 float(1/6) (README §2.4).
template<typename T>
struct Hardsigmoid
{
    T value(T x) const
    {
        T t = x + T(3);
        t = t < T(0) ? T(0) : t;
        t = t > T(6) ? T(6) : t;
        return t / T(6);
    }
    T grad(T x) const { return ((x > T(-3)) & (x < T(3))) ? T(1) / T(6) : T(0); }
    T grad2(T) const { return T(0); }
};

/// Hardswish — torch.nn.Hardswish (no parameters).
///   f(x)  = x · clamp(x + 3, 0, 6) / 6
///   f′(x) = x < −3 ? 0 : x ≤ 3 ? (2x + 3)/6 : 1   (PyTorch 1-element path: f′(−3) = −1/2,
///           f′(3) = 3/2)
///   f″(x) = −3 ≤ x ≤ 3 ? 1/3 : 0  (same branches as f′)
/// (2x+3)/6 rather than PyTorch's x/3 + 1/2: 2x + 3 is exact next to the zero of f′ at −3/2.
/// f(x < −3) = −0 as in PyTorch (x·0), and the limit 0 at −inf instead of −inf·0 = NaN.
template<typename T>
struct Hardswish
{
    T value(T x) const
    {
        T t = x + T(3);
        t = t < T(0) ? T(0) : t;
        t = t > T(6) ? T(6) : t;
        const T y = x * t / T(6);
        return x < T(-3) ? T(-0.0) : y;
    }
    T grad(T x) const
    {
        const T linear = (T(2) * x + T(3)) / T(6);
        const T upper = x <= T(3) ? linear : T(1);
        return x < T(-3) ? T(0) : upper;
    }
    T grad2(T x) const { return ((x >= T(-3)) & (x <= T(3))) ? T(1) / T(3) : T(0); }
};

} // namespace ReluLab::Core::Activations
