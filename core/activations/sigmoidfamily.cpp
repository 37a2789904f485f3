// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The sigmoid family's descriptors: sigmoid, tanh, softsign, logsigmoid. All increasing, with
// limits that are never reached (open ends).

#include "sigmoidfamily.h"
#include "catalogueparts.h"
#include "kernelrun.h"

namespace ReluLab::Core::Activations {

namespace {

using namespace FormulaBuild;
constexpr double inf = std::numeric_limits<double>::infinity();

/// Increasing with the open range (lo, hi); saturates where a limit is finite.
void describeSquashing(double lo, double hi, ActivationProperties &p)
{
    p.rangeMin = lo;
    p.rangeMax = hi;
    p.monotonic = true;
    p.saturatesLeft = !std::isinf(lo);
    p.saturatesRight = !std::isinf(hi);
}

struct SigmoidDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "sigmoid";
        d.displayName = "Sigmoid";
        d.family = ActivationFamily::SigmoidFamily;
        d.pytorchName = "torch.nn.Sigmoid";
        d.valueSource = {{text("f(x) = σ(x) = "), fraction("1", "1 + e^{−x}")}};
        d.derivativeSource = {{text("f′(x) = σ(x) (1 − σ(x))")}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Sigmoid<T>{});
    }
    static void describe(const Activation &, ActivationProperties &p)
    {
        describeSquashing(0.0, 1.0, p);
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.Sigmoid()",
                .torchFunctional = "torch.sigmoid(x)",
                .kerasLayer = "keras.layers.Activation(\"sigmoid\")",
                .kerasFunction = "keras.activations.sigmoid(x)",
                .numpyValue = "e = np.exp(-np.abs(x))"
                              "\nreturn np.where(x >= 0, 1 / (1 + e), e / (1 + e))",
                .numpyGradient = "e = np.exp(-np.abs(x))"
                                 "\nreturn e / (1 + e)**2",
                .numpyNote = "numpy_sigmoid"};
    }
};

struct TanhDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "tanh";
        d.displayName = "Tanh";
        d.family = ActivationFamily::SigmoidFamily;
        d.pytorchName = "torch.nn.Tanh";
        d.valueSource = {{text("f(x) = tanh x = "), fraction("e^{x} − e^{−x}", "e^{x} + e^{−x}")}};
        d.derivativeSource = {{text("f′(x) = 1 − tanh^{2} x")}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Tanh<T>{});
    }
    static void describe(const Activation &, ActivationProperties &p)
    {
        describeSquashing(-1.0, 1.0, p);
        p.identityNearZero = true;
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.Tanh()",
                .torchFunctional = "torch.tanh(x)",
                .kerasLayer = "keras.layers.Activation(\"tanh\")",
                .kerasFunction = "keras.activations.tanh(x)",
                .numpyValue = "return np.tanh(x)",
                .numpyGradient = "e = np.exp(-2 * np.abs(x))"
                                 "\nreturn 4 * e / (1 + e)**2",
                .numpyNote = "numpy_tanh"};
    }
};

struct SoftsignDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "softsign";
        d.displayName = "Softsign";
        d.family = ActivationFamily::SigmoidFamily;
        d.pytorchName = "torch.nn.Softsign";
        d.valueSource = {{text("f(x) = "), fraction("x", "1 + |x|")}};
        d.derivativeSource = {{text("f′(x) = "), fraction("1", "(1 + |x|)^{2}")}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Softsign<T>{});
    }
    static void describe(const Activation &, ActivationProperties &p)
    {
        describeSquashing(-1.0, 1.0, p);
        p.identityNearZero = true;
        p.curvatureBreaks = {0.0}; // f″ = −2·sign(x)/(1 + |x|)³ jumps from 2 to −2: C¹
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.Softsign()",
                .torchFunctional = "torch.nn.functional.softsign(x)",
                .kerasLayer = "keras.layers.Activation(\"softsign\")",
                .kerasFunction = "keras.activations.softsign(x)",
                .numpyValue = "return x / (1 + np.abs(x))",
                .numpyGradient = "return 1 / (1 + np.abs(x))**2"};
    }
};

struct LogsigmoidDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "logsigmoid";
        d.displayName = "LogSigmoid";
        d.family = ActivationFamily::SigmoidFamily;
        d.pytorchName = "torch.nn.LogSigmoid";
        d.valueSource = {{text("f(x) = ln σ(x) = −ln(1 + e^{−x})")}};
        d.derivativeSource = {{text("f′(x) = 1 − σ(x) = "), fraction("1", "1 + e^{x}")}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Logsigmoid<T>{});
    }
    static void describe(const Activation &, ActivationProperties &p)
    {
        describeSquashing(-inf, 0.0, p);
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.LogSigmoid()",
                .torchFunctional = "torch.nn.functional.logsigmoid(x)",
                .kerasFunction = "keras.ops.log_sigmoid(x)",
                .numpyValue = "return -np.logaddexp(0, -x)",
                .numpyGradient = "e = np.exp(-np.abs(x))"
                                 "\nreturn np.where(x >= 0, e / (1 + e), 1 / (1 + e))",
                .kerasNote = "keras_ops",
                .numpyNote = "numpy_logsigmoid"};
    }
};

} // namespace

void appendSigmoidFamily(std::vector<ActivationInfo> &catalogue)
{
    catalogue.push_back(describeActivation<SigmoidDescriptor>());
    catalogue.push_back(describeActivation<TanhDescriptor>());
    catalogue.push_back(describeActivation<SoftsignDescriptor>());
    catalogue.push_back(describeActivation<LogsigmoidDescriptor>());
}

} // namespace ReluLab::Core::Activations
