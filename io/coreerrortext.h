// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QString>

namespace ReluLab {
namespace Core {
struct Error;
enum class Option;
} // namespace Core

/// The translated sentence for an error reported by core. Core speaks stable codes with
/// arguments ("parameter_out_of_range" {name, value, min, max}); this is the one place that turns
/// them into words. Unknown codes fall back to core's English message.
QString describeCoreError(const Core::Error &error);

/// The option's name in words ("learning rate") for messages and notes.
QString optionName(Core::Option option);
/// The option's valid range (core/limits.h) for a person, numbers in the current locale:
/// "Allowed: 0 < value ≤ 1,000,000".
QString allowedRangeText(Core::Option option);

} // namespace ReluLab
