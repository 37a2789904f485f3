// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "activation.h"

#include <string>

// The activation as code, with its current parameter values: the descriptor's templates
// (ActivationInfo::code) filled in, and the call of this app's own core. The words around the
// code (comments, notes) are the io layer's (io/codesnippettext.h): the core speaks note ids.

namespace ReluLab::Core {

/// The descriptor's templates for `activation` with every {parameter} placeholder replaced by
/// its value: a Real as shortestText() (C locale, shortest round-trip: 0.1, 1e-06), a Choice as
/// its name ("tanh"), a Flag as Python's True or False. Other braces are left as they are.
CodeTemplates activationCode(const Activation &activation);

/// The C++ lines that build `activation` with the core and evaluate f and f′, e.g.
///   const auto act = ReluLab::Core::Activation::create("leaky_relu", {{"negative_slope", 0.1}});
std::string coreCreateCall(const Activation &activation);

} // namespace ReluLab::Core
