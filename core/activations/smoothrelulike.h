// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// Smooth ReLU-like activations: exponential-linear units, the Gaussian/sigmoid-gated ones and
// softplus. Each is written in the form that keeps full relative precision over the whole line
// (tests/reference/activations/README.md §7.2); where PyTorch's formula cancels we do not copy it.

#include "stablemath.h"

#include "vecmath.h"

#include <cmath>

namespace ReluLab::Core::Activations {

/// ELU — torch.nn.ELU(alpha=1); CELU — torch.nn.CELU(alpha=1) is ELU of x/α scaled by α;
/// SELU — torch.nn.SELU is λ·ELU with α_s = 1.67326324…, λ = 1.05070098….
/// Written as x ≤ 0 ? a·expm1(x/c) : b·x with (a, c, b) = (α, 1, 1) for ELU, (α, α, 1) for CELU
/// and (λα_s, 1, λ) for SELU:
///   f′(x) = x ≤ 0 ? (a/c)·exp(x/c) : b     (PyTorch: f′(0) = α for ELU, 1 for CELU, λα_s for SELU)
///   f″(x) = x ≤ 0 ? (a/c²)·exp(x/c) : 0    (the x ≤ 0 branch, as f′ takes it)
/// Stable: expm1(x) instead of PyTorch's exp(x) − 1, which loses all digits as x → 0⁻ (rel 2e-5 at
/// −1e-12); hence f(−0) = −0 and f(x) < 0 for tiny negative x, where PyTorch returns +0.
/// x/c is one rounding (x·(1/c) would be two), and exact for c = 1.
template<typename T>
struct ExpLinear
{
    T a;      ///< scale of the negative branch: α, α, λα_s (formed in T, as PyTorch does)
    T c;      ///< divisor of x on the negative branch: 1, α, 1
    T b;      ///< slope of the positive branch: 1, 1, λ
    T gradA;  ///< a/c: α, 1, λα_s
    T grad2A; ///< a/c²: α, 1/α, λα_s

    T value(T x) const { return valueGrad(x).value; }
    T grad(T x) const { return valueGrad(x).grad; }
    ValueGrad<T> valueGrad(T x) const
    {
        // One exponential for both: e^(x/c) − 1 and e^(x/c) from one reduction (x ≤ 0 only;
        // the positive side is linear). NaN takes the linear arm, as PyTorch's 1-element path.
        const bool negative = x <= T(0);
        const Vec::ExpPair<T> p = Vec::expPair((negative ? x : T(0)) / c);
        return {negative ? a * p.em1 : b * x, negative ? gradA * p.e : b};
    }
    T grad2(T x) const { return x <= T(0) ? grad2A * Vec::exp(x / c) : T(0); }
};

/// GELU — torch.nn.GELU(approximate='none'): x·Φ(x) with the normal CDF Φ.
///   f(x)  = x/2 · erfc(−x/√2)
///   f′(x) = Φ(x) + x·φ(x),  φ(x) = exp(−x²/2)/√(2π)
///   f″(x) = φ(x)·(2 − x²)
/// Stable: erfc(−x/√2) instead of PyTorch's 1 + erf(x/√2), which cancels for x < −1.5 (rel 1.8e-2
/// at −8). f′ = Φ + xφ does not cancel except at its own zero (x ≈ −0.7518).
template<typename T>
struct Gelu
{
    static constexpr T c1 = T(0.70710678118654752440); // 1/√2
    static constexpr T c2 = T(0.39894228040143267794); // 1/√(2π)

    T value(T x) const
    {
        if (std::abs(x) > farAway<T>())
            return x > T(0) ? x : T(-0.0);
        return T(0.5) * x * std::erfc(-x * c1);
    }
    T grad(T x) const
    {
        if (std::abs(x) > farAway<T>())
            return x > T(0) ? T(1) : T(0);
        return T(0.5) * std::erfc(-x * c1) + x * (c2 * Vec::exp(T(-0.5) * x * x));
    }
    /// One erfc for both. float: Vec::gaussianParts (vectorised, < 1e-6 relative); double:
    /// libm's erfc (no vector form here keeps 1e-12 over the whole line), so that loop is scalar.
    ValueGrad<T> valueGrad(T x) const
    {
        if constexpr (sizeof(T) == sizeof(float)) {
            const Vec::GaussianParts g = Vec::gaussianParts(x);
            const T v = T(0.5) * x * g.twoPhi;
            const T d = T(0.5) * g.twoPhi + x * (c2 * g.gaussian);
            const bool far = std::abs(x) > farAway<T>(); // false for NaN, as the scalar path
            return {far ? (x > T(0) ? x : T(-0.0)) : v, far ? (x > T(0) ? T(1) : T(0)) : d};
        }
        if (std::abs(x) > farAway<T>())
            return {x > T(0) ? x : T(-0.0), x > T(0) ? T(1) : T(0)};
        const T phi2 = std::erfc(-x * c1); // 2Φ(x)
        return {T(0.5) * x * phi2, T(0.5) * phi2 + x * (c2 * Vec::exp(T(-0.5) * x * x))};
    }
    T grad2(T x) const
    {
        if (std::abs(x) > farAway<T>())
            return T(0);
        return c2 * Vec::exp(T(-0.5) * x * x) * (T(2) - x * x);
    }
};

/// GELU — torch.nn.GELU(approximate='tanh'): ½x(1 + tanh u), u = √(2/π)(x + 0.044715x³).
/// With 1 + tanh u = 2σ(2u) and 1 − tanh²u = 4σ(2u)σ(−2u), writing s = σ(2u), q = s·σ(−2u),
/// u′ = √(2/π)(1 + 3κx²), u″ = 6√(2/π)κx:
///   f(x)  = x·s
///   f′(x) = s + 2x·u′·q
///   f″(x) = q·(4u′ + 2x·u″ − 4x·u′²·tanh u)
/// Stable: σ(2u) from exp(−2|u|) instead of PyTorch's 1 + tanh u, which cancels for x < −2 (rel
/// 7e-3 at −7), and q instead of 1 − tanh² (cancels for x > 2).
template<typename T>
struct GeluTanh
{
    static constexpr T b = T(0.79788456080286535588); // √(2/π)
    static constexpr T kappa = T(0.044715);

    T u(T x) const { return b * (x + kappa * (x * x * x)); }
    T du(T x) const { return b * (T(1) + T(3) * kappa * (x * x)); }

    T value(T x) const { return valueGrad(x).value; }
    T grad(T x) const { return valueGrad(x).grad; }
    ValueGrad<T> valueGrad(T x) const
    {
        // Computed everywhere, then the far-away limits selected (a branch would keep the loop
        // scalar): beyond them x³ may overflow and x·σ give −inf·0.
        const SigmoidPair<T> p = sigmoidPair(T(2) * u(x));
        const T v = x * p.s;
        const T g = p.s + T(2) * x * du(x) * (p.s * p.sm);
        const bool far = std::abs(x) > farAway<T>(); // false for NaN, as the scalar path
        return {far ? (x > T(0) ? x : T(-0.0)) : v, far ? (x > T(0) ? T(1) : T(0)) : g};
    }
    T grad2(T x) const
    {
        if (std::abs(x) > farAway<T>())
            return T(0);
        const T ux = u(x);
        const SigmoidPair<T> p = sigmoidPair(T(2) * ux);
        const T q = p.s * p.sm;
        const T d1 = du(x);
        const T d2 = T(6) * b * kappa * x;
        return q * (T(4) * d1 + T(2) * x * d2 - T(4) * x * d1 * d1 * Vec::tanhPair(ux).t);
    }
};

/// SiLU (swish) — torch.nn.SiLU (no parameters): x·σ(x).
///   f(x)  = x·σ(x)
///   f′(x) = σ(x)·(1 + x·σ(−x))
///   f″(x) = σ(x)σ(−x)·(2 + x·(σ(−x) − σ(x)))
/// Stable: σ and 1 − σ both from exp(−|x|) (no overflow, no cancellation in 1 − σ).
template<typename T>
struct Silu
{
    T value(T x) const { return valueGrad(x).value; }
    T grad(T x) const { return valueGrad(x).grad; }
    ValueGrad<T> valueGrad(T x) const
    {
        const SigmoidPair<T> p = sigmoidPair(x);
        const T v = x * p.s;
        const T g = p.s * (T(1) + x * p.sm);
        const bool far
            = std::abs(x)
              > farAway<T>(); // false for NaN, as the scalar path // −inf·0 out of the result
        return {far ? (x > T(0) ? x : T(-0.0)) : v, far ? (x > T(0) ? T(1) : T(0)) : g};
    }
    T grad2(T x) const
    {
        if (std::abs(x) > farAway<T>())
            return T(0);
        const SigmoidPair<T> p = sigmoidPair(x);
        return p.s * p.sm * (T(2) + x * (p.sm - p.s));
    }
};

/// Mish — torch.nn.Mish (no parameters): x·tanh(softplus(x)).
/// With t = tanh(softplus x) = n/(n+2), n = eˣ(eˣ+2), and 1 − t = 2/(n+2):
///   f(x)  = x·t
///   f′(x) = t + x·(1 − t²)·σ(x)
///   f″(x) = (1 − t²)·σ(x)·(2 + x·(σ(−x) − 2tσ(x)))
/// Stable: t and 1 − t as ratios of exponentials (for x > 0 divided through by e²ˣ, so nothing
/// overflows), never log1p(exp x) fed to tanh and subtracted from 1.
template<typename T>
struct Mish
{
    struct Parts
    {
        T t;        ///< tanh(softplus x)
        T oneMinus; ///< 1 − t
    };
    static Parts parts(T x) { return parts(x, Vec::exp(x < T(0) ? x : -x)); }
    /// With e = e^−|x| (shared with σ(x) in valueGrad); selects, so the loop vectorises.
    static Parts parts(T x, T e)
    {
        const bool negative = x <= T(0);
        const T e2 = e * e;
        const T n = negative ? e * (e + T(2)) : T(1) + T(2) * e; // e = eˣ | e = e⁻ˣ
        const T d = negative ? n + T(2) : n + T(2) * e2;
        return {n / d, (negative ? T(2) : T(2) * e2) / d};
    }

    T value(T x) const { return valueGrad(x).value; }
    T grad(T x) const { return valueGrad(x).grad; }
    ValueGrad<T> valueGrad(T x) const
    {
        const T e = Vec::exp(x < T(0) ? x : -x);
        const Parts p = parts(x, e);
        const T inv = T(1) / (T(1) + e);
        const T sigma = x >= T(0) ? inv : e * inv;
        const T sech2 = p.oneMinus * (T(1) + p.t);
        const T v = x * p.t;
        const T g = p.t + x * sech2 * sigma;
        const bool far = std::abs(x) > farAway<T>(); // false for NaN, as the scalar path
        return {far ? (x > T(0) ? x : T(-0.0)) : v, far ? (x > T(0) ? T(1) : T(0)) : g};
    }
    T grad2(T x) const
    {
        if (std::abs(x) > farAway<T>())
            return T(0);
        const Parts p = parts(x);
        const SigmoidPair<T> s = sigmoidPair(x);
        const T sech2 = p.oneMinus * (T(1) + p.t);
        return sech2 * s.s * (T(2) + x * (s.sm - T(2) * p.t * s.s));
    }
};

/// Softplus — torch.nn.Softplus(beta=1, threshold=20).
///   f(x)  = βx > θ ? x : log(1 + exp(βx))/β
///   f′(x) = βx > θ ? 1 : σ(βx)
///   f″(x) = βx > θ ? 0 : β·σ(βx)σ(−βx)
/// The threshold is PyTorch's definition of the op (README §2.3), kept bit for bit: βx computed in
/// T, compared strictly. Stable below it: max(z, 0) + log1p(exp(−|z|)) never overflows and keeps
/// the tail exp(z) for z ≪ 0, where log(1 + exp z) rounds to 0.
template<typename T>
struct Softplus
{
    T beta;
    T threshold;

    T value(T x) const { return valueGrad(x).value; }
    T grad(T x) const { return valueGrad(x).grad; }
    ValueGrad<T> valueGrad(T x) const
    {
        const T z = x * beta;
        const T e = Vec::exp(z < T(0) ? z : -z); // e^−|z|, shared by log1p and σ
        const T inv = T(1) / (T(1) + e);
        const T v = ((z > T(0) ? z : T(0)) + Vec::log1pUnit(e)) / beta;
        const T g = z >= T(0) ? inv : e * inv;
        return {z > threshold ? x : v, z > threshold ? T(1) : g};
    }
    T grad2(T x) const
    {
        const T z = x * beta;
        return z > threshold ? T(0) : beta * sigmoidDerivative(z);
    }
};

} // namespace ReluLab::Core::Activations
