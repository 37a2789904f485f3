// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// The one reader of activation parameters written as text, used by every way in: the CLI's
// `eval`, `render` and `train` (--param NAME=VALUE), session and scenario files and the GUI.
// The same spellings are accepted everywhere, and one bad value gives the same error everywhere.

#include "descriptor.h"

#include "../result.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ReluLab::Core {

/// "NAME=VALUE" split at the first '=' (spaces around either part are dropped).
/// Error "malformed_parameter_assignment" {text} when there is no '=' or no name.
Expected<std::pair<std::string, std::string>> splitParameterAssignment(std::string_view text);

/// The value of parameter `spec` of `info` from text. Accepted spellings:
///  - Real: a finite decimal number in the C locale, optional leading '+' (parseFiniteNumber);
///  - Choice: one of its names ("tanh") or its index ("1");
///  - Flag: true, false, 1 or 0.
/// Error "invalid_parameter_value" {id, name, value, kind = number|choice|flag, allowed} where
/// allowed lists the names of a choice. The range is checked by Activation::create.
Expected<double> parseParameterValue(const ActivationInfo &info, const ParameterSpec &spec,
                                     std::string_view text);

/// The parameters of activation `id` from (name, text) pairs: the id and every name must exist
/// (errors "unknown_activation" {id}, "unknown_parameter" {id, name}), every text must parse
/// (above), and the result must build an activation (Activation::create's range and consistency
/// errors). A name given twice takes its last value.
Expected<std::map<std::string, double>> parseActivationParameters(
    std::string_view id, const std::vector<std::pair<std::string, std::string>> &assignments);

/// The text of a parameter's value as parseParameterValue reads it back: a choice's name,
/// "true"/"false" for a flag, the shortest round-trip number otherwise.
std::string parameterValueText(const ParameterSpec &spec, double value);

} // namespace ReluLab::Core
