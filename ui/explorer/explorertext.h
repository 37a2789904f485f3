// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QString>

#include <map>
#include <string>

namespace ReluLab {
namespace Core {
class Activation;
enum class ActivationFamily;
enum class Smoothness;
struct ActivationInfo;
} // namespace Core

/// The translated words for the core's ids (the core never shows text to users).
QString familyDisplayName(Core::ActivationFamily family);
/// Rich text: the class is written C<sup>0</sup>, C<sup>1</sup>, C<sup>∞</sup> (one notation for
/// all three, as in the topic pages).
QString smoothnessDisplayName(Core::Smoothness smoothness);
/// The activation's name in the current language: proper names (ReLU, GELU) as they are, the
/// plain English words (Identity, Step, Threshold) translated.
QString activationDisplayName(const Core::ActivationInfo &info);
/// "ELU (alpha = 0.5)": the paper's name and the parameters that differ from PyTorch's default.
QString activationLabel(const Core::Activation &activation);
/// Parameter values as the core wants them, from an activation.
std::map<std::string, double> parameterMap(const Core::Activation &activation);

} // namespace ReluLab
