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
