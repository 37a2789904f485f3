// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// The ReLU family: piecewise linear, one kink at 0. Every operand of a select is computed before
// the select (and | rather than ||), so GCC if-converts and vectorises the loops without
// -ffast-math; f″ = 0 everywhere (the kink's delta is not representable).

namespace ReluLab::Core::Activations {

/// ReLU — torch.nn.ReLU (no parameters).
///   f(x)  = max(0, x)              (x < 0 ? +0 : x, so f(−0) = −0 and NaN stays NaN)
///   f′(x) = x > 0 ? 1 : 0          (PyTorch: relu′(0) = 0)
///   f″(x) = 0
/// Exact in floating point: nothing to stabilise.
template<typename T>
struct Relu
{
    T value(T x) const { return x < T(0) ? T(0) : x; }
    T grad(T x) const { return x <= T(0) ? T(0) : T(1); }
    T grad2(T) const { return T(0); }
};

/// Leaky ReLU — torch.nn.LeakyReLU(negative_slope=0.01); also PReLU — torch.nn.PReLU(init=0.25)
/// with its single weight, and RReLU in eval mode — torch.nn.RReLU(lower=1/8, upper=1/3) with the
/// slope (lower+upper)/2 computed in double, then rounded to T.
///   f(x)  = x > 0 ? x : s·x
///   f′(x) = x > 0 ? 1 : s          (PyTorch: f′(0) = s)
///   f″(x) = 0
/// Exact up to the one rounding of s·x.
template<typename T>
struct LeakyRelu
{
    T slope;
    T value(T x) const
    {
        // max(x, 0) + s·min(x, 0): the selects pick x or 0 and the product is needed on both
        // paths, so GCC cannot sink it into a branch and the loop vectorises. Exact, and the
        // selects keep −0 (−0 + s·−0 = −0) and NaN.
        const T positive = x < T(0) ? T(0) : x;
        const T negative = x > T(0) ? T(0) : x;
        return positive + slope * negative;
    }
    T grad(T x) const { return x > T(0) ? T(1) : slope; }
    T grad2(T) const { return T(0); }
};

} // namespace ReluLab::Core::Activations
