// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QString>

namespace ReluLab::Cli {

/// The help section every subcommand that takes --param shows: each activation with its
/// parameters (PyTorch's names), their valid values and defaults, from the descriptors, and the
/// spellings the one parameter parser accepts.
QString activationParameterHelp();

} // namespace ReluLab::Cli
