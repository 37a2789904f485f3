// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "activationcode.h"

#include "numbertext.h"

#include <cassert>
#include <cmath>

namespace ReluLab::Core {

namespace {

/// The text a placeholder stands for, or nothing when `name` is no parameter.
std::optional<std::string> parameterText(const Activation &activation, std::string_view name)
{
    const std::vector<ParameterSpec> &specs = activation.info().parameters;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (specs[i].name != name)
            continue;
        const double value = activation.parameterValues()[i];
        switch (specs[i].kind) {
        case ParameterKind::Real:
            return shortestText(value);
        case ParameterKind::Choice:
            return specs[i].choices.at(static_cast<std::size_t>(std::lround(value)));
        case ParameterKind::Flag:
            return value != 0.0 ? "True" : "False";
        }
    }
    return std::nullopt;
}

std::string filled(const Activation &activation, const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('{', at);
        const std::size_t close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) {
            out.append(text, at);
            break;
        }
        out.append(text, at, open - at);
        const std::string_view name(text.data() + open + 1, close - open - 1);
        if (const std::optional<std::string> value = parameterText(activation, name))
            out += *value;
        else
            out.append(text, open, close - open + 1);
        at = close + 1;
    }
    return out;
}

} // namespace

CodeTemplates activationCode(const Activation &activation)
{
    const ActivationInfo &info = activation.info();
    assert(info.code);
    CodeTemplates code = info.code(activation);
    for (std::string *text : {&code.torchModule, &code.torchFunctional, &code.kerasLayer,
                              &code.kerasFunction, &code.numpyValue, &code.numpyGradient})
        *text = filled(activation, *text);
    return code;
}

std::string coreCreateCall(const Activation &activation)
{
    const ActivationInfo &info = activation.info();
    std::string arguments;
    for (std::size_t i = 0; i < info.parameters.size(); ++i) {
        if (!arguments.empty())
            arguments += ", ";
        arguments += "{\"" + info.parameters[i].name + "\", "
                     + shortestText(activation.parameterValues()[i]) + "}";
    }
    std::string call = "const auto act = ReluLab::Core::Activation::create(\"" + info.id + "\"";
    if (!arguments.empty())
        call += ", {" + arguments + "}";
    return call + ");";
}

} // namespace ReluLab::Core
