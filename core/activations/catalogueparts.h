// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// Internal to core: the builders the descriptor files share, and the one function per family
// file that appends its descriptors to the catalogue (catalogue.cpp calls them in display order).

#include "descriptor.h"

#include <string>
#include <vector>

namespace ReluLab::Core::Activations {

ParameterSpec realParameter(std::string name, double defaultValue, double minimum, double maximum,
                            double step);
ParameterSpec flagParameter(std::string name, bool defaultValue);
ParameterSpec choiceParameter(std::string name, std::vector<std::string> choices);
/// Shortest round-trip text of a number, for English error details.
std::string formatParameter(double value);

void appendReluFamily(std::vector<ActivationInfo> &catalogue);
void appendSmoothReluLike(std::vector<ActivationInfo> &catalogue);
void appendSigmoidFamily(std::vector<ActivationInfo> &catalogue);
void appendHardPiecewise(std::vector<ActivationInfo> &catalogue);
void appendShrinkThreshold(std::vector<ActivationInfo> &catalogue);
void appendClassic(std::vector<ActivationInfo> &catalogue);

} // namespace ReluLab::Core::Activations
