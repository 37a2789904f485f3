// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "parameterparser.h"

#include "catalogueparts.h"

#include "../activation.h"
#include "../trainingconfigio.h"

#include <cmath>

namespace ReluLab::Core {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string kindName(ParameterKind kind)
{
    switch (kind) {
    case ParameterKind::Real:
        return "number";
    case ParameterKind::Choice:
        return "choice";
    case ParameterKind::Flag:
        return "flag";
    }
    return "number";
}

std::string joined(const std::vector<std::string> &names)
{
    std::string out;
    for (const std::string &name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

} // namespace

Expected<std::pair<std::string, std::string>> splitParameterAssignment(std::string_view text)
{
    const std::size_t equals = text.find('=');
    const std::string_view name = equals == std::string_view::npos
                                      ? std::string_view()
                                      : trimmed(text.substr(0, equals));
    if (name.empty()) {
        return Error{"malformed_parameter_assignment",
                     "expected NAME=VALUE, got '" + std::string(text) + "'",
                     {{"text", std::string(text)}}};
    }
    return std::pair<std::string, std::string>(std::string(name),
                                               std::string(trimmed(text.substr(equals + 1))));
}

Expected<double> parseParameterValue(const ActivationInfo &info, const ParameterSpec &spec,
                                     std::string_view text)
{
    const std::string_view value = trimmed(text);
    std::optional<double> result;
    switch (spec.kind) {
    case ParameterKind::Choice:
        for (std::size_t i = 0; i < spec.choices.size() && !result; ++i) {
            if (spec.choices[i] == value || std::to_string(i) == value)
                result = static_cast<double>(i);
        }
        break;
    case ParameterKind::Flag:
        if (value == "true" || value == "1")
            result = 1.0;
        else if (value == "false" || value == "0")
            result = 0.0;
        break;
    case ParameterKind::Real:
        if (const Expected<double> number = parseFiniteNumber(value))
            result = *number;
        break;
    }
    if (result)
        return *result;
    const std::string allowed = spec.kind == ParameterKind::Choice ? joined(spec.choices)
                                : spec.kind == ParameterKind::Flag ? "true, false"
                                                                   : "";
    return Error{"invalid_parameter_value",
                 "the value '" + std::string(value) + "' of parameter '" + spec.name + "' of '"
                     + info.id + "' is not " + (allowed.empty() ? "a number" : "one of " + allowed),
                 {{"id", info.id},
                  {"name", spec.name},
                  {"value", std::string(value)},
                  {"kind", kindName(spec.kind)},
                  {"allowed", allowed}}};
}

Expected<std::map<std::string, double>> parseActivationParameters(
    std::string_view id, const std::vector<std::pair<std::string, std::string>> &assignments)
{
    const ActivationInfo *info = findActivationInfo(id);
    if (!info) {
        return Error{"unknown_activation",
                     "unknown activation '" + std::string(id) + "'",
                     {{"id", std::string(id)}}};
    }
    std::map<std::string, double> values;
    for (const auto &assignment : assignments) {
        const ParameterSpec *spec = info->parameter(assignment.first);
        if (!spec) {
            return Error{"unknown_parameter",
                         "activation '" + info->id + "' has no parameter '" + assignment.first
                             + "'",
                         {{"id", info->id}, {"name", assignment.first}}};
        }
        const Expected<double> value = parseParameterValue(*info, *spec, assignment.second);
        if (!value)
            return value.error();
        values[spec->name] = *value;
    }
    const Expected<Activation> built = Activation::create(id, values);
    if (!built)
        return built.error();
    return values;
}

std::string parameterValueText(const ParameterSpec &spec, double value)
{
    const auto index = static_cast<std::size_t>(std::lround(value));
    if (spec.kind == ParameterKind::Choice && index < spec.choices.size())
        return spec.choices[index];
    if (spec.kind == ParameterKind::Flag)
        return value != 0.0 ? "true" : "false";
    return Activations::formatParameter(value);
}

} // namespace ReluLab::Core
