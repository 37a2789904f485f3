// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/limits.h" // NetworkLimits
#include "core/result.h"
#include "core/trainingconfig.h"

#include <string>
#include <string_view>
#include <vector>

namespace ReluLab::Core {

/// The spellings of TrainingConfig's enumerations shared by the CLI options and the session
/// files (stable ids, never translated). Each parse function returns Error "unknown_name" with
/// args {kind, value, allowed} (allowed = the names joined by '|') for any other text; matching
/// is exact (case-sensitive, no surrounding spaces).

/// pytorch_default|xavier_uniform|xavier_normal|he_uniform|he_normal|lecun_normal|orthogonal|rai
std::string_view toString(InitScheme scheme);
Expected<InitScheme> parseInitScheme(std::string_view text);
const std::vector<std::string_view> &initSchemeNames();

/// sgd|adam|rmsprop
std::string_view toString(OptimizerKind kind);
Expected<OptimizerKind> parseOptimizerKind(std::string_view text);
const std::vector<std::string_view> &optimizerNames();

/// constant|step|cosine
std::string_view toString(ScheduleKind kind);
Expected<ScheduleKind> parseScheduleKind(std::string_view text);
const std::vector<std::string_view> &scheduleNames();

/// f32|f64
std::string_view toString(Dtype dtype);
Expected<Dtype> parseDtype(std::string_view text);
const std::vector<std::string_view> &dtypeNames();

/// per_layer|per_unit
std::string_view toString(PreluMode mode);
Expected<PreluMode> parsePreluMode(std::string_view text);
const std::vector<std::string_view> &preluModeNames();

/// auto|classification|regression (a CSV's task)
std::string_view toString(CsvTask task);
Expected<CsvTask> parseCsvTask(std::string_view text);
const std::vector<std::string_view> &csvTaskNames();

/// "pytorch_default" or a finite decimal number ("-3", "0.5"); written back with the shortest
/// spelling that reads back to the same double. Errors: unknown_name (kind "bias_init").
std::string toString(const BiasInit &bias);
Expected<BiasInit> parseBiasInit(std::string_view text);

/// "64,64" -> {64, 64}; "" or "none" -> {} (no hidden layer). Errors: width_not_integer
/// {value, index}, width_out_of_range {value, index, min, max}, too_many_layers {count, max}.
Expected<std::vector<int>> parseHiddenWidths(std::string_view text);
/// {64, 64} -> "64,64"; {} -> "none".
std::string hiddenWidthsToString(const std::vector<int> &widths);

/// A finite decimal number in the C locale (from_chars), with an optional leading '+'.
/// Error "not_a_number" {value} or "non_finite" {value}.
Expected<double> parseFiniteNumber(std::string_view text);

} // namespace ReluLab::Core
