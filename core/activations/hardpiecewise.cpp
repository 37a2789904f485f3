// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The hard / piecewise descriptors: hardtanh, hardsigmoid, hardswish. Each is continuous with
// kinks where its pieces meet.

#include "hardpiecewise.h"
#include "catalogueparts.h"
#include "kernelrun.h"

namespace ReluLab::Core::Activations {

namespace {

using namespace FormulaBuild;
constexpr double inf = std::numeric_limits<double>::infinity();

struct HardtanhDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "hardtanh";
        d.displayName = "Hardtanh";
        d.family = ActivationFamily::HardPiecewise;
        d.pytorchName = "torch.nn.Hardtanh";
        d.parameters = {realParameter("min_val", -1.0, -10.0, 10.0, 0.1),
                        realParameter("max_val", 1.0, -10.0, 10.0, 0.1)};
        d.valueSource = {{text("f(x) = "), cases({{"max_val", "x > max_val"},
                                                  {"x", "min_val ≤ x ≤ max_val"},
                                                  {"min_val", "x < min_val"}})}};
        d.derivativeSource = {
            {text("f′(x) = "), cases({{"1", "min_val < x < max_val"}, {"0", "{otherwise}"}})}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        run(Hardtanh<T>{param<T>(a, "min_val"), param<T>(a, "max_val")});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        const double lo = a.parameter("min_val");
        const double hi = a.parameter("max_val");
        p.rangeMin = lo;
        p.rangeMax = hi;
        p.rangeMinReached = p.rangeMaxReached = true;
        p.monotonic = true;
        p.saturatesLeft = p.saturatesRight = true;
        p.identityNearZero = lo < 0.0 && hi > 0.0;
        p.canProduceDeadUnits = true;
        p.outputsExactZeros = lo == 0.0 || hi == 0.0; // a clamp at 0 (else 0 is one point)
        p.breakPoints = {kinkAt(a, lo, lo, 0.0, 1.0), kinkAt(a, hi, hi, 1.0, 0.0)};
    }
    static std::optional<std::string> validate(const Activation &a)
    {
        if (a.parameter("min_val") < a.parameter("max_val"))
            return std::nullopt;
        return "min_val (" + formatParameter(a.parameter("min_val"))
               + ") must be less than max_val (" + formatParameter(a.parameter("max_val")) + ")";
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.Hardtanh(min_val={min_val}, max_val={max_val})",
                .torchFunctional
                = "torch.nn.functional.hardtanh(x, min_val={min_val}, max_val={max_val})",
                .kerasFunction = "keras.ops.clip(x, {min_val}, {max_val})",
                .numpyValue = "return np.clip(x, {min_val}, {max_val})",
                .numpyGradient = "return np.where((x > {min_val}) & (x < {max_val}), 1.0, 0.0)",
                .kerasNote = "keras_no_builtin"};
    }
};

struct HardsigmoidDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "hardsigmoid";
        d.displayName = "Hardsigmoid";
        d.family = ActivationFamily::HardPiecewise;
        d.pytorchName = "torch.nn.Hardsigmoid";
        d.valueSource = {{text("f(x) = "),
                          cases({{"0", "x ≤ −3"}, {"x/6 + 1/2", "−3 < x < 3"}, {"1", "x ≥ 3"}})}};
        d.derivativeSource = {
            {text("f′(x) = "), cases({{"1/6", "−3 < x < 3"}, {"0", "{otherwise}"}})}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Hardsigmoid<T>{});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        p.rangeMin = 0.0;
        p.rangeMax = 1.0;
        p.rangeMinReached = p.rangeMaxReached = true;
        p.monotonic = true;
        p.saturatesLeft = p.saturatesRight = true;
        p.canProduceDeadUnits = true;
        p.outputsExactZeros = true; // f = 0 for x ≤ −3
        p.breakPoints = {kinkAt(a, -3.0, 0.0, 0.0, 1.0 / 6.0), kinkAt(a, 3.0, 1.0, 1.0 / 6.0, 0.0)};
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.Hardsigmoid()",
                .torchFunctional = "torch.nn.functional.hardsigmoid(x)",
                .kerasLayer = "keras.layers.Activation(\"hard_sigmoid\")",
                .kerasFunction = "keras.activations.hard_sigmoid(x)",
                .numpyValue = "return np.clip(x + 3, 0, 6) / 6",
                .numpyGradient = "return np.where((x > -3) & (x < 3), 1 / 6, 0.0)",
                .kerasNote = "keras_hard_sigmoid"};
    }
};

struct HardswishDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "hardswish";
        d.displayName = "Hardswish";
        d.family = ActivationFamily::HardPiecewise;
        d.pytorchName = "torch.nn.Hardswish";
        d.valueSource = {
            {text("f(x) = "),
             cases({{"0", "x ≤ −3"}, {"x (x + 3) / 6", "−3 < x < 3"}, {"x", "x ≥ 3"}})}};
        d.derivativeSource = {
            {text("f′(x) = "),
             cases({{"0", "x < −3"}, {"(2x + 3) / 6", "−3 ≤ x ≤ 3"}, {"1", "x > 3"}})}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Hardswish<T>{});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        // f′(x) = (2x + 3)/6 vanishes at −3/2: the minimum f(−3/2) = −3/8 is reached.
        p.rangeMin = -3.0 / 8.0;
        p.rangeMinReached = true;
        p.rangeMax = inf;
        p.saturatesLeft = true;
        p.canProduceDeadUnits = true;
        p.outputsExactZeros = true; // f = 0 for x ≤ −3
        // f′ jumps at −3 from 0 to (2·(−3) + 3)/6 = −1/2, and at 3 from 3/2 to 1.
        p.breakPoints = {kinkAt(a, -3.0, 0.0, 0.0, -0.5), kinkAt(a, 3.0, 3.0, 1.5, 1.0)};
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.Hardswish()",
                .torchFunctional = "torch.nn.functional.hardswish(x)",
                .kerasLayer = "keras.layers.Activation(\"hard_silu\")",
                .kerasFunction = "keras.activations.hard_silu(x)",
                .numpyValue = "return x * np.clip(x + 3, 0, 6) / 6",
                .numpyGradient
                = "return np.where(x < -3, 0.0, np.where(x <= 3, x / 3 + 0.5, 1.0))"};
    }
};

} // namespace

void appendHardPiecewise(std::vector<ActivationInfo> &catalogue)
{
    catalogue.push_back(describeActivation<HardtanhDescriptor>());
    catalogue.push_back(describeActivation<HardsigmoidDescriptor>());
    catalogue.push_back(describeActivation<HardswishDescriptor>());
}

} // namespace ReluLab::Core::Activations
