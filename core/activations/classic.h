// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// The classic activations: the identity (a linear network) and the Heaviside step (the perceptron).

namespace ReluLab::Core::Activations {

/// Identity — torch.nn.Identity (no parameters).
///   f(x) = x,  f′(x) = 1,  f″(x) = 0
template<typename T>
struct Identity
{
    T value(T x) const { return x; }
    T grad(T) const { return T(1); }
    T grad2(T) const { return T(0); }
};

/// Step (Heaviside) — torch.heaviside(x, values), parameter `values` = H(0), default 0.5.
///   f(x)  = x < 0 ? 0 : x > 0 ? 1 : values   (NaN stays NaN)
///   f′(x) = 0 (PyTorch's heaviside has no gradient; almost everywhere it is 0: nothing to learn)
///   f″(x) = 0
/// H(0) = ½, the mean of the one-sided limits, makes H(x) + H(−x) = 1; 0 gives Rosenblatt's
/// perceptron (fires when w·x + b > 0) and 1 the "x ≥ 0" convention. PyTorch has no default.
template<typename T>
struct Step
{
    T atZero;
    T value(T x) const { return x > T(0) ? T(1) : (x < T(0) ? T(0) : (x == T(0) ? atZero : x)); }
    T grad(T) const { return T(0); }
    T grad2(T) const { return T(0); }
};

} // namespace ReluLab::Core::Activations
