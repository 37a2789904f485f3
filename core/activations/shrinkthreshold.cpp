// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The shrink / threshold descriptors: tanhshrink, hardshrink, softshrink, threshold.

#include "shrinkthreshold.h"
#include "catalogueparts.h"
#include "kernelrun.h"

namespace ReluLab::Core::Activations {

namespace {

using namespace FormulaBuild;
constexpr double inf = std::numeric_limits<double>::infinity();

Formula shrinkDerivative()
{
    return {{text("f′(x) = "), cases({{"1", "|x| > lambd"}, {"0", "{otherwise}"}})}};
}

struct TanhshrinkDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "tanhshrink";
        d.displayName = "Tanhshrink";
        d.family = ActivationFamily::ShrinkThreshold;
        d.pytorchName = "torch.nn.Tanhshrink";
        d.valueSource = {{text("f(x) = x − tanh x")}};
        d.derivativeSource = {{text("f′(x) = tanh^{2} x")}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Tanhshrink<T>{});
    }
    static void describe(const Activation &, ActivationProperties &p) { p.monotonic = true; }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.Tanhshrink()",
                .torchFunctional = "torch.nn.functional.tanhshrink(x)",
                .kerasFunction = "x - keras.ops.tanh(x)",
                .numpyValue = "return x - np.tanh(x)",
                .numpyGradient = "return np.tanh(x)**2",
                .kerasNote = "keras_no_builtin"};
    }
};

struct HardshrinkDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "hardshrink";
        d.displayName = "Hardshrink";
        d.family = ActivationFamily::ShrinkThreshold;
        d.pytorchName = "torch.nn.Hardshrink";
        d.parameters = {realParameter("lambd", 0.5, 0.0, 5.0, 0.05)};
        d.valueSource = {{text("f(x) = "), cases({{"x", "|x| > lambd"}, {"0", "{otherwise}"}})}};
        d.derivativeSource = shrinkDerivative();
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        run(Hardshrink<T>{param<T>(a, "lambd")});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        const double lambd = a.parameter("lambd");
        p.monotonic = true;
        // λ = 0 is the identity (PyTorch still returns f′(0) = 0 at the single point 0).
        p.identityNearZero = lambd == 0.0;
        p.outputsExactZeros = lambd > 0.0; // f = 0 on [−λ, λ]
        if (lambd > 0.0)                   // jumps up by λ at ±λ; f(±λ) = 0
            p.breakPoints = {jumpAt(a, -lambd, -lambd, 0.0, 1.0, 0.0),
                             jumpAt(a, lambd, 0.0, lambd, 0.0, 1.0)};
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.Hardshrink(lambd={lambd})",
                .torchFunctional = "torch.nn.functional.hardshrink(x, lambd={lambd})",
                .kerasFunction = "keras.ops.where(keras.ops.abs(x) > {lambd}, x, 0.0)",
                .numpyValue = "return np.where(np.abs(x) > {lambd}, x, 0.0)",
                .numpyGradient = "return np.where(np.abs(x) > {lambd}, 1.0, 0.0)",
                .kerasNote = "keras_no_builtin"};
    }
};

struct SoftshrinkDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "softshrink";
        d.displayName = "Softshrink";
        d.family = ActivationFamily::ShrinkThreshold;
        d.pytorchName = "torch.nn.Softshrink";
        d.parameters = {realParameter("lambd", 0.5, 0.0, 5.0, 0.05)};
        d.valueSource = {{text("f(x) = "), cases({{"x − lambd", "x > lambd"},
                                                  {"x + lambd", "x < −lambd"},
                                                  {"0", "{otherwise}"}})}};
        d.derivativeSource = shrinkDerivative();
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        run(Softshrink<T>{param<T>(a, "lambd")});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        const double lambd = a.parameter("lambd");
        p.monotonic = true;
        p.identityNearZero = lambd == 0.0;
        p.outputsExactZeros = lambd > 0.0; // f = 0 on [−λ, λ]
        if (lambd > 0.0)
            p.breakPoints = {kinkAt(a, -lambd, 0.0, 1.0, 0.0), kinkAt(a, lambd, 0.0, 0.0, 1.0)};
    }
    static CodeTemplates code(const Activation &)
    {
        return {
            .torchModule = "torch.nn.Softshrink(lambd={lambd})",
            .torchFunctional = "torch.nn.functional.softshrink(x, lambd={lambd})",
            .kerasFunction
            = "keras.ops.sign(x) * keras.ops.maximum(keras.ops.abs(x) - {lambd}, 0.0)",
            .numpyValue
            = "return np.where(x > {lambd}, x - {lambd}, np.where(x < -{lambd}, x + {lambd}, 0.0))",
            .numpyGradient = "return np.where(np.abs(x) > {lambd}, 1.0, 0.0)",
            .kerasNote = "keras_no_builtin"};
    }
};

struct ThresholdDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "threshold";
        d.displayName = "Threshold";
        d.family = ActivationFamily::ShrinkThreshold;
        d.pytorchName = "torch.nn.Threshold";
        d.parameters = {realParameter("threshold", 0.0, -5.0, 5.0, 0.1),
                        realParameter("value", 0.0, -5.0, 5.0, 0.1)};
        d.valueSource = {
            {text("f(x) = "), cases({{"x", "x > threshold"}, {"value", "{otherwise}"}})}};
        d.derivativeSource = {
            {text("f′(x) = "), cases({{"1", "x > threshold"}, {"0", "{otherwise}"}})}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        run(Threshold<T>{param<T>(a, "threshold"), param<T>(a, "value")});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        const double theta = a.parameter("threshold");
        const double replacement = a.parameter("value");
        // Values: `value` for x ≤ θ, and (θ, +∞): the inf θ is reached only through `value`.
        p.rangeMin = std::min(theta, replacement);
        p.rangeMinReached = replacement <= theta;
        p.rangeMax = inf;
        p.monotonic = replacement <= theta;
        p.saturatesLeft = true;
        p.identityNearZero = theta < 0.0;
        p.canProduceDeadUnits = true;
        p.outputsExactZeros = replacement == 0.0; // f = value for every x ≤ θ
        p.breakPoints = {jumpAt(a, theta, replacement, theta, 0.0, 1.0)};
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.Threshold(threshold={threshold}, value={value})",
                .torchFunctional
                = "torch.nn.functional.threshold(x, threshold={threshold}, value={value})",
                .kerasFunction = "keras.ops.where(x > {threshold}, x, {value})",
                .numpyValue = "return np.where(x > {threshold}, x, {value})",
                .numpyGradient = "return np.where(x > {threshold}, 1.0, 0.0)",
                .kerasNote = "keras_no_builtin"};
    }
};

} // namespace

void appendShrinkThreshold(std::vector<ActivationInfo> &catalogue)
{
    catalogue.push_back(describeActivation<TanhshrinkDescriptor>());
    catalogue.push_back(describeActivation<HardshrinkDescriptor>());
    catalogue.push_back(describeActivation<SoftshrinkDescriptor>());
    catalogue.push_back(describeActivation<ThresholdDescriptor>());
}

} // namespace ReluLab::Core::Activations
