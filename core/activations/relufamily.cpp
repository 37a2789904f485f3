// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The ReLU family's descriptors: relu, relu6, leaky_relu, prelu, rrelu. Each is the one home of
// its activation: names, parameters, formulas, kernel dispatch, properties rule, break points.

#include "relufamily.h"
#include "catalogueparts.h"
#include "hardpiecewise.h"
#include "kernelrun.h"

namespace ReluLab::Core::Activations {

namespace {

using namespace FormulaBuild;
constexpr double inf = std::numeric_limits<double>::infinity();

/// Piecewise linear x > 0 ? x : s·x (relu with s = 0, leaky_relu, prelu, rrelu in evaluation).
void describeLeaky(const Activation &a, double s, ActivationProperties &p)
{
    p.rangeMin = s > 0.0 ? -inf : 0.0;
    p.rangeMinReached = s <= 0.0; // f(0) = 0 is the minimum
    p.rangeMax = inf;
    p.monotonic = s >= 0.0;
    p.saturatesLeft = s == 0.0;
    p.identityNearZero = s == 1.0;
    p.canProduceDeadUnits = s == 0.0;
    p.outputsExactZeros = s == 0.0;
    if (s != 1.0)
        p.breakPoints.push_back(kinkAt(a, 0.0, 0.0, s, 1.0));
}

/// x > 0 ? x : s·x with s = 0 run as ReLU: the same values and f′(0) = 0, and f(−inf) = 0, not
/// −inf·0.
template<typename T>
void runLeaky(double slope, const Batch<T> &run)
{
    if (slope == 0.0)
        run(Relu<T>{});
    else
        run(LeakyRelu<T>{static_cast<T>(slope)});
}

Formula leakyDerivative(const std::string &slope)
{
    return {{text("f′(x) = "), cases({{"1", "x > 0"}, {slope, "x ≤ 0"}})}};
}

struct ReluDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "relu";
        d.displayName = "ReLU";
        d.family = ActivationFamily::ReluFamily;
        d.pytorchName = "torch.nn.ReLU";
        d.valueSource = {{text("f(x) = max(0, x)")}};
        d.derivativeSource = leakyDerivative("0");
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Relu<T>{});
    }
    static void describe(const Activation &a, ActivationProperties &p) { describeLeaky(a, 0.0, p); }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.ReLU()",
                .torchFunctional = "torch.nn.functional.relu(x)",
                .kerasLayer = "keras.layers.ReLU()",
                .kerasFunction = "keras.activations.relu(x)",
                .numpyValue = "return np.maximum(x, 0.0)",
                .numpyGradient = "return np.where(x > 0, 1.0, 0.0)"};
    }
};

struct Relu6Descriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "relu6";
        d.displayName = "ReLU6";
        d.family = ActivationFamily::ReluFamily;
        d.pytorchName = "torch.nn.ReLU6";
        d.valueSource = {{text("f(x) = min(max(0, x), 6)")}};
        d.derivativeSource = {
            {text("f′(x) = "), cases({{"1", "0 < x < 6"}, {"0", "{otherwise}"}})}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Hardtanh<T>{T(0), T(6)});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        p.rangeMin = 0.0;
        p.rangeMax = 6.0;
        p.rangeMinReached = p.rangeMaxReached = true;
        p.monotonic = true;
        p.saturatesLeft = p.saturatesRight = true;
        p.canProduceDeadUnits = true;
        p.outputsExactZeros = true; // f = 0 for x ≤ 0
        p.breakPoints = {kinkAt(a, 0.0, 0.0, 0.0, 1.0), kinkAt(a, 6.0, 6.0, 1.0, 0.0)};
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.ReLU6()",
                .torchFunctional = "torch.nn.functional.relu6(x)",
                .kerasLayer = "keras.layers.ReLU(max_value=6.0)",
                .kerasFunction = "keras.activations.relu6(x)",
                .numpyValue = "return np.clip(x, 0.0, 6.0)",
                .numpyGradient = "return np.where((x > 0) & (x < 6), 1.0, 0.0)"};
    }
};

struct LeakyReluDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "leaky_relu";
        d.displayName = "Leaky ReLU";
        d.family = ActivationFamily::ReluFamily;
        d.pytorchName = "torch.nn.LeakyReLU";
        d.parameters = {realParameter("negative_slope", 0.01, 0.0, 1.0, 0.01)};
        d.valueSource = {
            {text("f(x) = "), cases({{"x", "x > 0"}, {"negative_slope · x", "x ≤ 0"}})}};
        d.derivativeSource = leakyDerivative("negative_slope");
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        runLeaky(a.parameter("negative_slope"), run);
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        describeLeaky(a, a.parameter("negative_slope"), p);
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.LeakyReLU(negative_slope={negative_slope})",
                .torchFunctional
                = "torch.nn.functional.leaky_relu(x, negative_slope={negative_slope})",
                .kerasLayer = "keras.layers.LeakyReLU(negative_slope={negative_slope})",
                .kerasFunction = "keras.activations.leaky_relu(x, negative_slope={negative_slope})",
                .numpyValue = "return np.where(x > 0, x, {negative_slope} * x)",
                .numpyGradient = "return np.where(x > 0, 1.0, {negative_slope})",
                .kerasNote = "keras_leaky_defaults"};
    }
};

struct PreluDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "prelu";
        d.displayName = "PReLU";
        d.family = ActivationFamily::ReluFamily;
        d.pytorchName = "torch.nn.PReLU";
        d.parameters = {realParameter("weight", 0.25, -1.0, 1.0, 0.01)};
        d.valueSource = {
            {text("f(x) = "), cases({{"x", "x > 0"}, {"weight · x", "x ≤ 0 ({learned})"}})}};
        d.derivativeSource = leakyDerivative("weight");
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        runLeaky(a.parameter("weight"), run);
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        describeLeaky(a, a.parameter("weight"), p);
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.PReLU(init={weight})",
                .torchFunctional
                = "torch.nn.functional.prelu(x, torch.tensor([{weight}], dtype=x.dtype))",
                .kerasLayer
                = "keras.layers.PReLU(alpha_initializer=keras.initializers.Constant({weight}))",
                .kerasFunction = "keras.activations.leaky_relu(x, negative_slope={weight})",
                .numpyValue = "return np.where(x > 0, x, {weight} * x)",
                .numpyGradient = "return np.where(x > 0, 1.0, {weight})",
                .torchNote = "prelu_learned",
                .kerasNote = "keras_prelu"};
    }
};

/// RReLU — torch.nn.RReLU(lower, upper): in training every x ≤ 0 draws its own slope
/// a ~ U(lower, upper) (PyTorch's rrelu_with_noise); in evaluation a = (lower + upper)/2, formed
/// in double and then rounded (PyTorch).
struct RreluDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "rrelu";
        d.displayName = "RReLU";
        d.family = ActivationFamily::ReluFamily;
        d.pytorchName = "torch.nn.RReLU";
        d.parameters = {realParameter("lower", 1.0 / 8.0, 0.0, 1.0, 0.01),
                        realParameter("upper", 1.0 / 3.0, 0.0, 1.0, 0.01),
                        flagParameter("training", false)};
        d.valueSource = {{text("f(x) = "), cases({{"x", "x ≥ 0"}, {"a · x", "x < 0"}}), lineBreak(),
                          text("a ~ U(lower, upper) {training}"), lineBreak(), text("a = "),
                          fraction("lower + upper", "2"), text(" {eval}")}};
        d.derivativeSource = {{text("f′(x) = "), cases({{"1", "x ≥ 0"}, {"a", "x < 0"}})}};
        return d;
    }
    static double evalSlope(const Activation &a)
    {
        return (a.parameter("lower") + a.parameter("upper")) / 2.0;
    }
    static bool randomInTraining(const Activation &a) { return a.parameter("training") != 0.0; }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        if (randomInTraining(a) && run.rng) {
            const double lower = a.parameter("lower");
            const double upper = a.parameter("upper");
            for (std::size_t i = 0; i < run.n; ++i) {
                const bool negative = run.x[i] <= T(0);
                const T slope = negative ? static_cast<T>(run.rng->uniform(lower, upper)) : T(1);
                run.v[i] = negative ? run.x[i] * slope : run.x[i];
                if (run.g)
                    run.g[i] = slope;
                if (run.h)
                    run.h[i] = T(0);
            }
            return;
        }
        runLeaky(evalSlope(a), run);
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        describeLeaky(a, evalSlope(a), p);
    }
    static CodeTemplates code(const Activation &a)
    {
        // The NumPy lines and the Keras line compute evaluation mode: the slope (lower + upper)/2
        // formed in double, as PyTorch's eval mode does.
        return {.torchModule = randomInTraining(a)
                                   ? "torch.nn.RReLU(lower={lower}, upper={upper}).train()"
                                   : "torch.nn.RReLU(lower={lower}, upper={upper}).eval()",
                .torchFunctional = "torch.nn.functional.rrelu(x, lower={lower}, upper={upper}, "
                                   "training={training})",
                .kerasFunction
                = "keras.activations.leaky_relu(x, negative_slope=({lower} + {upper}) / 2)",
                .numpyValue = "a = ({lower} + {upper}) / 2\n"
                              "return np.where(x > 0, x, a * x)",
                .numpyGradient = "return np.where(x > 0, 1.0, ({lower} + {upper}) / 2)",
                .torchNote = "rrelu_modes",
                .kerasNote = "keras_rrelu",
                .numpyNote = "rrelu_eval"};
    }
    static std::optional<std::string> validate(const Activation &a)
    {
        if (a.parameter("lower") <= a.parameter("upper"))
            return std::nullopt;
        return "lower (" + formatParameter(a.parameter("lower")) + ") must not exceed upper ("
               + formatParameter(a.parameter("upper")) + ")";
    }
};

} // namespace

void appendReluFamily(std::vector<ActivationInfo> &catalogue)
{
    catalogue.push_back(describeActivation<ReluDescriptor>());
    catalogue.push_back(describeActivation<Relu6Descriptor>());
    catalogue.push_back(describeActivation<LeakyReluDescriptor>());
    catalogue.push_back(describeActivation<PreluDescriptor>());
    catalogue.push_back(describeActivation<RreluDescriptor>());
}

} // namespace ReluLab::Core::Activations
