// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// The descriptor of an activation: everything the app knows about one activation, written once
// next to its kernel (core/activations/<family>.cpp): id, names, parameters, formulas, kernel
// entry points, the properties rule and the points where f or f′ breaks.

#include "formula.h"

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace ReluLab::Core {

class Activation;
class Rng;

/// Families, as the explorer groups them.
enum class ActivationFamily {
    ReluFamily,      ///< relu, relu6, leaky_relu, prelu, rrelu
    SmoothReluLike,  ///< elu, celu, selu, gelu, silu, mish, softplus
    SigmoidFamily,   ///< sigmoid, tanh, softsign, logsigmoid
    HardPiecewise,   ///< hardtanh, hardsigmoid, hardswish
    ShrinkThreshold, ///< tanhshrink, hardshrink, softshrink, threshold
    Classic          ///< identity, step
};

enum class ParameterKind {
    Real,   ///< a real number in [minimum, maximum]
    Choice, ///< an index into `choices` (gelu's approximate: 0 = "none", 1 = "tanh")
    Flag    ///< 0 or 1 (rrelu's training)
};

/// One parameter of an activation, named and defaulted as PyTorch names and defaults it.
struct ParameterSpec
{
    std::string name; ///< PyTorch's name: "negative_slope", "alpha", "beta", "min_val", ...
    ParameterKind kind = ParameterKind::Real;
    double defaultValue = 0.0;
    double minimum = 0.0; ///< valid range, inclusive
    double maximum = 0.0;
    double step = 0.01;               ///< a sensible slider step
    std::vector<std::string> choices; ///< for Choice: the stable names, index = value
};

/// Smoothness class of f on the real line.
enum class Smoothness {
    Discontinuous, ///< step, threshold, hardshrink (jump)
    C0,            ///< continuous with a kink (relu, leaky_relu, hardtanh, ...)
    C1,            ///< continuous first derivative, kink in f′ (celu, elu with alpha = 1)
    CInfinity      ///< analytic (sigmoid, tanh, gelu, silu, ...)
};

/// A point where f jumps (Jump) or f is continuous and f′ jumps (Kink), with the one-sided
/// limits of f and f′ and the values the kernel (PyTorch's convention) takes there.
struct BreakPoint
{
    enum class Kind { Jump, Kink };
    Kind kind = Kind::Kink;
    double x = 0.0;
    double valueLeft = 0.0;  ///< lim f(t), t → x from below
    double valueRight = 0.0; ///< lim f(t), t → x from above
    double valueAt = 0.0;    ///< f(x) as computed (filled dot where it equals a limit)
    double gradLeft = 0.0;   ///< lim f′(t), t → x from below
    double gradRight = 0.0;  ///< lim f′(t), t → x from above
    double gradAt = 0.0;     ///< f′(x) as PyTorch returns it
};

/// Properties of f for the current parameters. Each is checked numerically in the tests.
struct ActivationProperties
{
    double rangeMin = -std::numeric_limits<double>::infinity(); ///< inf over the real line
    double rangeMax = std::numeric_limits<double>::infinity();  ///< sup over the real line
    bool rangeMinReached = false; ///< the inf is a value of f: "[" (else "(": a limit only)
    bool rangeMaxReached = false; ///< the sup is a value of f: "]"
    bool monotonic = false;       ///< non-decreasing everywhere
    Smoothness smoothness = Smoothness::C0; ///< from breakPoints and curvatureBreaks
    /// teaching.md T5: |E[f(z)]| ≤ 0.1·SD[f(z)] for z ~ N(0, 1), by quadrature of the kernel.
    bool zeroCentred = false;
    double outputMean = 0.0;       ///< E[f(z)], z ~ N(0, 1)
    double outputSd = 0.0;         ///< SD[f(z)], z ~ N(0, 1)
    bool saturatesLeft = false;    ///< f′(x) → 0 as x → −∞
    bool saturatesRight = false;   ///< f′(x) → 0 as x → +∞
    bool identityNearZero = false; ///< f(0) = 0 and f′(0) = 1
    /// f′ = 0 on a whole range of inputs (a half-line or more), so a unit can stop learning.
    bool canProduceDeadUnits = false;
    /// f(x) = 0 exactly on a whole interval of inputs, so a layer's outputs can be exactly zero
    /// for many samples: sparsity in the sense of Glorot et al. (relu, relu6, the hard variants,
    /// the shrinks). Leaky ReLU, ELU, GELU, sigmoid... come near 0 but are 0 at one point only.
    bool outputsExactZeros = false;
    double gradientAtZero = 0.0;         ///< f′(0) as PyTorch returns it (the kink convention)
    std::vector<BreakPoint> breakPoints; ///< jumps of f and kinks (jumps of f′), increasing x
    std::vector<double> curvatureBreaks; ///< where only f″ jumps (f is C¹ there, not C²)
};

/// The kernel entry points of one activation: f, f′, f″ over n elements. `grad` and `grad2` may
/// be null (not wanted); `rng` is used only by rrelu in training mode.
template<typename T>
using KernelFunction = void (*)(const Activation &activation, const T *x, T *value, T *grad,
                                T *grad2, std::size_t n, Rng *rng);

/// The activation as the code a student writes next, in PyTorch, Keras 3 and NumPy: templates
/// whose {parameter} placeholders activationCode() (core/activationcode.h) fills with the current
/// values (a Real as its shortest round-trip text, a Choice as its name, a Flag as True/False).
/// The *Note fields are stable ids of a sentence the io/ui layers translate ("" = none).
struct CodeTemplates
{
    std::string torchModule{};     ///< "torch.nn.LeakyReLU(negative_slope={negative_slope})"
    std::string torchFunctional{}; ///< "torch.nn.functional.leaky_relu(x, negative_slope=…)"
    std::string kerasLayer{};      ///< a Keras 3 layer, or "" where Keras has none
    std::string kerasFunction{};   ///< keras.activations.…(x, …) or a definition with keras.ops
    std::string numpyValue{};    ///< body of f(x) for a NumPy float64 array x: lines, "return …"
    std::string numpyGradient{}; ///< body of f′(x), the same way
    std::string numpyImport{};   ///< an import the bodies need besides numpy ("" = none)
    std::string torchNote{};     ///< e.g. "rrelu_modes"
    std::string kerasNote{};     ///< e.g. "keras_defaults"
    std::string numpyNote{};     ///< e.g. "numpy_stable"
};

/// Static description of an activation: its one home. Built by its descriptor in
/// core/activations/<family>.cpp; activationCatalogue() lists them in display order.
struct ActivationInfo
{
    std::string id; ///< stable id: "leaky_relu" (never translated; the ui maps it to words)
    std::string
        displayName; ///< name as papers write it: "Leaky ReLU" (a proper noun, untranslated)
    ActivationFamily family = ActivationFamily::Classic;
    std::vector<ParameterSpec> parameters;
    std::string pytorchName;       ///< "torch.nn.LeakyReLU"
    Formula valueSource;           ///< f, the one source of both forms below and of the HTML
    Formula derivativeSource;      ///< f′
    std::string formula;           ///< f in plain Unicode: "f(x) = max(0, x)" (from valueSource)
    std::string derivativeFormula; ///< f′ in plain Unicode (from derivativeSource)

    KernelFunction<float> evaluateFloat = nullptr;
    KernelFunction<double> evaluateDouble = nullptr;
    /// The properties rule: fills range, monotonicity, saturation, identity near 0, dead units,
    /// break points and curvature breaks for the activation's parameters. Smoothness, the T5
    /// zero-centred test and f′(0) are derived from these and from the kernel (properties()).
    void (*describe)(const Activation &activation, ActivationProperties &properties) = nullptr;
    /// Cross-parameter constraints (hardtanh min_val < max_val): an English detail, or nothing.
    std::optional<std::string> (*validate)(const Activation &activation) = nullptr;
    /// True when evaluate() draws random numbers (rrelu with training = 1).
    bool (*randomInTraining)(const Activation &activation) = nullptr;
    /// The code templates for these parameter values (gelu's two forms differ in more than a
    /// number). Every activation has them.
    CodeTemplates (*code)(const Activation &activation) = nullptr;

    /// The spec of the parameter `name`, or nullptr.
    const ParameterSpec *parameter(std::string_view name) const;
};

/// The HTML of a formula with its words still as {placeholders}: the ui translates them.
inline std::string formulaHtml(const ActivationInfo &info, bool derivative)
{
    return formulaToHtml(derivative ? info.derivativeSource : info.valueSource);
}

} // namespace ReluLab::Core
