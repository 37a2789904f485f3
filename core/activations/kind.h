// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// Internal to core: the closed set of activations, in catalogue (display) order. The catalogue
// entry at index k describes ActivationKind(k); activation.cpp dispatches on it once per call.

#include <cstddef>

namespace ReluLab::Core::Activations {

enum class ActivationKind : std::size_t {
    Relu,
    Relu6,
    LeakyRelu,
    Prelu,
    Rrelu,
    Elu,
    Celu,
    Selu,
    Gelu,
    Silu,
    Mish,
    Softplus,
    Sigmoid,
    Tanh,
    Softsign,
    Logsigmoid,
    Hardtanh,
    Hardsigmoid,
    Hardswish,
    Tanhshrink,
    Hardshrink,
    Softshrink,
    Threshold,
    Identity,
    Step,
    Count
};

} // namespace ReluLab::Core::Activations

namespace ReluLab::Core {
struct ActivationInfo;
}

namespace ReluLab::Core::Activations {

/// The kind of a catalogue entry (its index in activationCatalogue()).
ActivationKind kindOf(const ActivationInfo &info);

} // namespace ReluLab::Core::Activations
