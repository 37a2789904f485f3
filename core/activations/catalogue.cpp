// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The activation catalogue: ids, PyTorch parameter names and defaults, valid ranges, slider steps
// and the formulas shown to the user. The order is the display order and matches ActivationKind.

#include "kind.h"

#include "../activation.h"

#include <cassert>

namespace ReluLab::Core {

namespace {

ParameterSpec real(std::string name, double defaultValue, double minimum, double maximum,
                   double step)
{
    ParameterSpec spec;
    spec.name = std::move(name);
    spec.kind = ParameterKind::Real;
    spec.defaultValue = defaultValue;
    spec.minimum = minimum;
    spec.maximum = maximum;
    spec.step = step;
    return spec;
}

ParameterSpec flag(std::string name, bool defaultValue)
{
    ParameterSpec spec;
    spec.name = std::move(name);
    spec.kind = ParameterKind::Flag;
    spec.defaultValue = defaultValue ? 1.0 : 0.0;
    spec.minimum = 0.0;
    spec.maximum = 1.0;
    spec.step = 1.0;
    return spec;
}

ParameterSpec choice(std::string name, std::vector<std::string> choices)
{
    ParameterSpec spec;
    spec.name = std::move(name);
    spec.kind = ParameterKind::Choice;
    spec.defaultValue = 0.0;
    spec.minimum = 0.0;
    spec.maximum = static_cast<double>(choices.size() - 1);
    spec.step = 1.0;
    spec.choices = std::move(choices);
    return spec;
}

ActivationInfo entry(std::string id, std::string displayName, ActivationFamily family,
                     std::vector<ParameterSpec> parameters, std::string formula,
                     std::string derivativeFormula, std::string pytorchName)
{
    ActivationInfo info;
    info.id = std::move(id);
    info.displayName = std::move(displayName);
    info.family = family;
    info.parameters = std::move(parameters);
    info.formula = std::move(formula);
    info.derivativeFormula = std::move(derivativeFormula);
    info.pytorchName = std::move(pytorchName);
    return info;
}

// Ranges: PyTorch accepts almost any real; the app offers the interval where the parameter keeps
// its meaning and a slider stays usable. α and β must stay positive (CELU divides by α, softplus
// by β), so their ranges start one step above 0.
std::vector<ActivationInfo> buildCatalogue()
{
    using F = ActivationFamily;
    std::vector<ActivationInfo> c;
    c.push_back(entry("relu", "ReLU", F::ReluFamily, {},
                      "f(x) = max(0, x)", "f′(x) = 1 if x > 0, else 0", "torch.nn.ReLU"));
    c.push_back(entry("relu6", "ReLU6", F::ReluFamily, {},
                      "f(x) = min(max(0, x), 6)", "f′(x) = 1 if 0 < x < 6, else 0",
                      "torch.nn.ReLU6"));
    c.push_back(entry("leaky_relu", "Leaky ReLU", F::ReluFamily,
                      {real("negative_slope", 0.01, 0.0, 1.0, 0.01)},
                      "f(x) = x if x > 0, else negative_slope·x",
                      "f′(x) = 1 if x > 0, else negative_slope", "torch.nn.LeakyReLU"));
    c.push_back(entry("prelu", "PReLU", F::ReluFamily, {real("weight", 0.25, -1.0, 1.0, 0.01)},
                      "f(x) = x if x > 0, else a·x  (a = weight, learnable)",
                      "f′(x) = 1 if x > 0, else a", "torch.nn.PReLU"));
    c.push_back(entry("rrelu", "RReLU", F::ReluFamily,
                      {real("lower", 1.0 / 8.0, 0.0, 1.0, 0.01),
                       real("upper", 1.0 / 3.0, 0.0, 1.0, 0.01), flag("training", false)},
                      "f(x) = x if x > 0, else a·x  (a ~ U(lower, upper) in training, "
                      "(lower + upper)/2 in evaluation)",
                      "f′(x) = 1 if x > 0, else a", "torch.nn.RReLU"));
    c.push_back(entry("elu", "ELU", F::SmoothReluLike, {real("alpha", 1.0, 0.01, 5.0, 0.01)},
                      "f(x) = x if x > 0, else α·(eˣ − 1)", "f′(x) = 1 if x > 0, else α·eˣ",
                      "torch.nn.ELU"));
    c.push_back(entry("celu", "CELU", F::SmoothReluLike, {real("alpha", 1.0, 0.01, 5.0, 0.01)},
                      "f(x) = x if x > 0, else α·(e^(x/α) − 1)",
                      "f′(x) = 1 if x > 0, else e^(x/α)", "torch.nn.CELU"));
    c.push_back(entry("selu", "SELU", F::SmoothReluLike, {},
                      "f(x) = λ·x if x > 0, else λ·α·(eˣ − 1)  (λ ≈ 1.0507, α ≈ 1.6733)",
                      "f′(x) = λ if x > 0, else λ·α·eˣ", "torch.nn.SELU"));
    c.push_back(entry("gelu", "GELU", F::SmoothReluLike,
                      {choice("approximate", {"none", "tanh"})},
                      "f(x) = x·Φ(x) = ½·x·(1 + erf(x/√2));  tanh: ½·x·(1 + tanh(√(2/π)·(x + "
                      "0.044715·x³)))",
                      "f′(x) = Φ(x) + x·φ(x),  φ(x) = e^(−x²/2)/√(2π)", "torch.nn.GELU"));
    c.push_back(entry("silu", "SiLU (Swish)", F::SmoothReluLike, {},
                      "f(x) = x·σ(x) = x/(1 + e⁻ˣ)", "f′(x) = σ(x)·(1 + x·(1 − σ(x)))",
                      "torch.nn.SiLU"));
    c.push_back(entry("mish", "Mish", F::SmoothReluLike, {},
                      "f(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + eˣ))",
                      "f′(x) = tanh(sp(x)) + x·sech²(sp(x))·σ(x)", "torch.nn.Mish"));
    c.push_back(entry("softplus", "Softplus", F::SmoothReluLike,
                      {real("beta", 1.0, 0.1, 10.0, 0.1), real("threshold", 20.0, 1.0, 100.0, 1.0)},
                      "f(x) = ln(1 + e^(β·x))/β  (x if β·x > threshold)",
                      "f′(x) = σ(β·x) = 1/(1 + e^(−β·x))  (1 if β·x > threshold)",
                      "torch.nn.Softplus"));
    c.push_back(entry("sigmoid", "Sigmoid", F::SigmoidFamily, {},
                      "f(x) = σ(x) = 1/(1 + e⁻ˣ)", "f′(x) = σ(x)·(1 − σ(x))", "torch.nn.Sigmoid"));
    c.push_back(entry("tanh", "Tanh", F::SigmoidFamily, {},
                      "f(x) = tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)", "f′(x) = 1 − tanh²(x)",
                      "torch.nn.Tanh"));
    c.push_back(entry("softsign", "Softsign", F::SigmoidFamily, {},
                      "f(x) = x/(1 + |x|)", "f′(x) = 1/(1 + |x|)²", "torch.nn.Softsign"));
    c.push_back(entry("logsigmoid", "LogSigmoid", F::SigmoidFamily, {},
                      "f(x) = ln σ(x) = −ln(1 + e⁻ˣ)", "f′(x) = 1 − σ(x) = σ(−x)",
                      "torch.nn.LogSigmoid"));
    c.push_back(entry("hardtanh", "Hardtanh", F::HardPiecewise,
                      {real("min_val", -1.0, -10.0, 10.0, 0.1),
                       real("max_val", 1.0, -10.0, 10.0, 0.1)},
                      "f(x) = min(max(x, min_val), max_val)",
                      "f′(x) = 1 if min_val < x < max_val, else 0", "torch.nn.Hardtanh"));
    c.push_back(entry("hardsigmoid", "Hardsigmoid", F::HardPiecewise, {},
                      "f(x) = min(max(x + 3, 0), 6)/6", "f′(x) = 1/6 if −3 < x < 3, else 0",
                      "torch.nn.Hardsigmoid"));
    c.push_back(entry("hardswish", "Hardswish", F::HardPiecewise, {},
                      "f(x) = x·min(max(x + 3, 0), 6)/6",
                      "f′(x) = 0 if x < −3; (2x + 3)/6 if −3 ≤ x ≤ 3; 1 if x > 3",
                      "torch.nn.Hardswish"));
    c.push_back(entry("tanhshrink", "Tanhshrink", F::ShrinkThreshold, {},
                      "f(x) = x − tanh(x)", "f′(x) = tanh²(x)", "torch.nn.Tanhshrink"));
    c.push_back(entry("hardshrink", "Hardshrink", F::ShrinkThreshold,
                      {real("lambd", 0.5, 0.0, 5.0, 0.05)},
                      "f(x) = x if |x| > λ, else 0", "f′(x) = 1 if |x| > λ, else 0",
                      "torch.nn.Hardshrink"));
    c.push_back(entry("softshrink", "Softshrink", F::ShrinkThreshold,
                      {real("lambd", 0.5, 0.0, 5.0, 0.05)},
                      "f(x) = x − λ if x > λ; x + λ if x < −λ; else 0",
                      "f′(x) = 1 if |x| > λ, else 0", "torch.nn.Softshrink"));
    c.push_back(entry("threshold", "Threshold", F::ShrinkThreshold,
                      {real("threshold", 0.0, -5.0, 5.0, 0.1), real("value", 0.0, -5.0, 5.0, 0.1)},
                      "f(x) = x if x > threshold, else value",
                      "f′(x) = 1 if x > threshold, else 0", "torch.nn.Threshold"));
    c.push_back(entry("identity", "Identity", F::Classic, {}, "f(x) = x", "f′(x) = 1",
                      "torch.nn.Identity"));
    c.push_back(entry("step", "Step (Heaviside)", F::Classic,
                      {real("values", 0.5, 0.0, 1.0, 0.5)},
                      "f(x) = 1 if x > 0; values if x = 0; 0 if x < 0",
                      "f′(x) = 0 (x ≠ 0; no gradient flows)", "torch.heaviside"));
    assert(c.size() == static_cast<std::size_t>(Activations::ActivationKind::Count));
    return c;
}

} // namespace

const std::vector<ActivationInfo> &activationCatalogue()
{
    static const std::vector<ActivationInfo> catalogue = buildCatalogue();
    return catalogue;
}

const ActivationInfo *findActivationInfo(std::string_view id)
{
    for (const ActivationInfo &info : activationCatalogue()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

namespace Activations {

ActivationKind kindOf(const ActivationInfo &info)
{
    const std::vector<ActivationInfo> &c = activationCatalogue();
    assert(&info >= c.data() && &info < c.data() + c.size());
    return static_cast<ActivationKind>(&info - c.data());
}

} // namespace Activations

} // namespace ReluLab::Core
