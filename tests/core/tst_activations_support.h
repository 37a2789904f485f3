// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// Shared helpers of the activation tests: tolerance comparison and building activations.

#include "closeness.h"
#include "core/activation.h"

#include <QString>

#include <cmath>
#include <map>
#include <string>

namespace ReluLab::Testing {

inline QString describe(double actual, double expected)
{
    return QStringLiteral("got %1, expected %2 (diff %3)")
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(actual - expected, 0, 'g', 3);
}

/// An activation that must exist (programmer error in the test otherwise).
inline Core::Activation makeActivation(const std::string &id,
                                       const std::map<std::string, double> &parameters = {})
{
    Core::Expected<Core::Activation> a = Core::Activation::create(id, parameters);
    if (!a)
        qFatal("cannot create activation %s: %s", id.c_str(), a.error().message.c_str());
    return *a;
}

/// Every activation with several parameter settings (defaults first): the grid the gradient and
/// property tests walk.
struct Setting
{
    std::string id;
    std::map<std::string, double> parameters;
    std::string name; ///< row name, e.g. "elu(alpha=0.5)"
};

inline std::vector<Setting> allSettings()
{
    std::vector<Setting> s;
    for (const Core::ActivationInfo &info : Core::activationCatalogue())
        s.push_back({info.id, {}, info.id});
    const auto add = [&s](std::string id, std::map<std::string, double> p) {
        std::string name = id + "(";
        bool first = true;
        for (const auto &[k, v] : p) {
            name += (first ? "" : ",") + k + "=" + QString::number(v).toStdString();
            first = false;
        }
        s.push_back({std::move(id), std::move(p), name + ")"});
    };
    add("leaky_relu", {{"negative_slope", 0.2}});
    add("leaky_relu", {{"negative_slope", 0.0}});
    add("prelu", {{"weight", -0.5}});
    add("rrelu", {{"lower", 0.25}, {"upper", 0.5}});
    add("elu", {{"alpha", 0.5}});
    add("elu", {{"alpha", 2.5}});
    add("celu", {{"alpha", 2.0}});
    add("celu", {{"alpha", 0.25}});
    add("gelu", {{"approximate", 1.0}});
    add("softplus", {{"beta", 2.0}});
    add("softplus", {{"beta", 0.5}, {"threshold", 5.0}});
    add("softplus", {{"beta", 1.0}, {"threshold", 1.0}});
    add("hardtanh", {{"min_val", -2.0}, {"max_val", 2.0}});
    add("hardtanh", {{"min_val", 0.5}, {"max_val", 4.0}});
    add("hardshrink", {{"lambd", 1.5}});
    add("hardshrink", {{"lambd", 0.0}});
    add("softshrink", {{"lambd", 1.0}});
    add("threshold", {{"threshold", 1.0}, {"value", -2.0}});
    add("threshold", {{"threshold", -0.5}, {"value", -0.5}});
    add("step", {{"values", 1.0}});
    return s;
}

} // namespace ReluLab::Testing
