// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "result.h"

#include <cstddef>
#include <limits>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ReluLab::Core {

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
    double step = 0.01;   ///< a sensible slider step
    std::vector<std::string> choices; ///< for Choice: the stable names, index = value
};

/// Smoothness class of f on the real line.
enum class Smoothness {
    Discontinuous, ///< step, threshold, hardshrink (jump)
    C0,            ///< continuous with a kink (relu, leaky_relu, hardtanh, ...)
    C1,            ///< continuous first derivative, kink in f′ (celu, elu with alpha = 1)
    CInfinity      ///< analytic (sigmoid, tanh, gelu, silu, ...)
};

/// Properties of f for the current parameters. Each is checked numerically in the tests.
struct ActivationProperties
{
    double rangeMin = -std::numeric_limits<double>::infinity(); ///< inf over the real line
    double rangeMax = std::numeric_limits<double>::infinity();  ///< sup over the real line
    bool monotonic = false;         ///< non-decreasing everywhere
    Smoothness smoothness = Smoothness::C0;
    bool zeroCentred = false;       ///< f(0) = 0 and f takes both signs
    bool saturatesLeft = false;     ///< f′(x) → 0 as x → −∞
    bool saturatesRight = false;    ///< f′(x) → 0 as x → +∞
    bool identityNearZero = false;  ///< f(0) = 0 and f′(0) = 1
    bool canProduceDeadUnits = false; ///< f′ = 0 on a whole range of inputs (a half-line or more), so a unit can stop learning
    double gradientAtZero = 0.0;    ///< f′(0) as PyTorch returns it (the kink convention)
};

/// Static description of an activation: stable id, parameters, display formulas, family.
struct ActivationInfo
{
    std::string id;          ///< stable id: "leaky_relu" (never translated; the ui maps it to words)
    std::string displayName; ///< name as papers write it: "Leaky ReLU" (a proper noun, untranslated)
    ActivationFamily family = ActivationFamily::Classic;
    std::vector<ParameterSpec> parameters;
    std::string formula;           ///< f in plain Unicode: "f(x) = max(0, x)"
    std::string derivativeFormula; ///< f′ in plain Unicode
    std::string pytorchName;       ///< "torch.nn.LeakyReLU"
};

/// Every activation the app offers, in display order.
const std::vector<ActivationInfo> &activationCatalogue();
/// The catalogue entry for a stable id, or nullptr.
const ActivationInfo *findActivationInfo(std::string_view id);

/// An activation with concrete parameter values: f, f′ and f″, vectorised, in float and double.
///
/// Accuracy policy (tests/reference/activations/README.md §2): the exact function where the
/// derivative exists, PyTorch's gradient at kinks, PyTorch's softplus threshold. At a break point
/// f″ takes the same branch as PyTorch's f′ (elu: the x ≤ 0 side, α at 0; hardswish: 1/3 at ±3;
/// every piecewise linear function: 0; the delta of a jump in f′ is not representable); softsign,
/// whose f″ jumps from 2 to −2, gives 0 at 0. Kernels: core/activations/*.h.
class Activation
{
public:
    /// The default-constructed activation is relu with no parameters.
    Activation();

    /// Builds an activation from its id and any parameters (by PyTorch name); missing parameters
    /// take their defaults. Errors: "unknown_activation" {id}, "unknown_parameter" {id, name},
    /// "parameter_out_of_range" {id, name, value, min, max}, "invalid_parameters" {id, detail}
    /// (e.g. hardtanh min_val >= max_val, rrelu lower > upper).
    static Expected<Activation> create(std::string_view id,
                                       const std::map<std::string, double> &parameters = {});

    const ActivationInfo &info() const;
    const std::string &id() const;
    /// The parameter values in catalogue order.
    const std::vector<double> &parameterValues() const { return m_values; }
    double parameter(std::string_view name) const;
    /// Properties for these parameter values (leaky_relu with slope 0 can produce dead units).
    ActivationProperties properties() const;

    /// True for rrelu with training = 1: negative inputs get a slope drawn U(lower, upper) per
    /// element from the Rng passed to evaluate().
    bool isRandomInTraining() const;

    /// f, f′, f″ at every x. `value` must have x.size() elements; `grad` and `grad2` may be empty
    /// (not wanted) or have x.size() elements. `rng` is used only by rrelu in training mode
    /// (nullptr then means eval behaviour). Never throws, never crashes on inf or NaN.
    void evaluate(std::span<const double> x, std::span<double> value,
                  std::span<double> grad = {}, std::span<double> grad2 = {},
                  Rng *rng = nullptr) const;
    /// float32: computed in float throughout, constants rounded to float as PyTorch does.
    void evaluate(std::span<const float> x, std::span<float> value,
                  std::span<float> grad = {}, std::span<float> grad2 = {},
                  Rng *rng = nullptr) const;

    /// Scalar conveniences (float64).
    double value(double x) const;
    double gradient(double x) const;
    double secondDerivative(double x) const;

private:
    const ActivationInfo *m_info = nullptr;
    std::vector<double> m_values;
};

} // namespace ReluLab::Core
