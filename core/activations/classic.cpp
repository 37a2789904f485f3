// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The classic descriptors: identity and the Heaviside step.

#include "classic.h"
#include "catalogueparts.h"
#include "kernelrun.h"

namespace ReluLab::Core::Activations {

namespace {

using namespace FormulaBuild;

struct IdentityDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "identity";
        d.displayName = "Identity";
        d.family = ActivationFamily::Classic;
        d.pytorchName = "torch.nn.Identity";
        d.valueSource = {{text("f(x) = x")}};
        d.derivativeSource = {{text("f′(x) = 1")}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Identity<T>{});
    }
    static void describe(const Activation &, ActivationProperties &p)
    {
        p.monotonic = true;
        p.identityNearZero = true;
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.Identity()",
                .torchFunctional = "x",
                .kerasLayer = "keras.layers.Identity()",
                .kerasFunction = "keras.activations.linear(x)",
                .numpyValue = "return x",
                .numpyGradient = "return np.ones_like(x)"};
    }
};

struct StepDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "step";
        d.displayName = "Step (Heaviside)";
        d.family = ActivationFamily::Classic;
        d.pytorchName = "torch.heaviside";
        d.parameters = {realParameter("values", 0.5, 0.0, 1.0, 0.5)};
        d.valueSource = {
            {text("f(x) = "), cases({{"1", "x > 0"}, {"values", "x = 0"}, {"0", "x < 0"}})}};
        d.derivativeSource = {{text("f′(x) = 0  (x ≠ 0; {nogradient})")}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        run(Step<T>{param<T>(a, "values")});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        p.rangeMin = 0.0;
        p.rangeMax = 1.0;
        p.rangeMinReached = p.rangeMaxReached = true;
        p.monotonic = true;
        p.saturatesLeft = p.saturatesRight = true;
        p.canProduceDeadUnits = true;
        p.outputsExactZeros = true; // f = 0 for x < 0
        p.breakPoints = {jumpAt(a, 0.0, 0.0, 1.0, 0.0, 0.0)};
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchFunctional = "torch.heaviside(x, torch.tensor({values}, dtype=x.dtype))",
                .kerasFunction
                = "keras.ops.where(x > 0, 1.0, keras.ops.where(x < 0, 0.0, {values}))",
                .numpyValue = "return np.heaviside(x, {values})",
                .numpyGradient = "return np.zeros_like(x)",
                .torchNote = "step_no_module",
                .kerasNote = "keras_no_builtin"};
    }
};

} // namespace

void appendClassic(std::vector<ActivationInfo> &catalogue)
{
    catalogue.push_back(describeActivation<IdentityDescriptor>());
    catalogue.push_back(describeActivation<StepDescriptor>());
}

} // namespace ReluLab::Core::Activations
