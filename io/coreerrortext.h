// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QString>

namespace ReluLab {
namespace Core {
struct Error;
}

/// The translated sentence for an error reported by core. Core speaks stable codes with
/// arguments ("parameter_out_of_range" {name, value, min, max}); this is the one place that turns
/// them into words. Unknown codes fall back to core's English message.
QString describeCoreError(const Core::Error &error);

} // namespace ReluLab
