// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The activation catalogue: the descriptors of core/activations/<family>.cpp in display order,
// and the parameter builders they share.

#include "catalogueparts.h"

#include "core/activation.h"
#include "core/numbertext.h"

namespace ReluLab::Core {

namespace Activations {

ParameterSpec realParameter(std::string name, double defaultValue, double minimum, double maximum,
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

ParameterSpec flagParameter(std::string name, bool defaultValue)
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

ParameterSpec choiceParameter(std::string name, std::vector<std::string> choices)
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

std::string formatParameter(double value)
{
    return shortestText(value);
}

} // namespace Activations

namespace {

std::vector<ActivationInfo> buildCatalogue()
{
    std::vector<ActivationInfo> c;
    Activations::appendReluFamily(c);
    Activations::appendSmoothReluLike(c);
    Activations::appendSigmoidFamily(c);
    Activations::appendHardPiecewise(c);
    Activations::appendShrinkThreshold(c);
    Activations::appendClassic(c);
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

} // namespace ReluLab::Core
