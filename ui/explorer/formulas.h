// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QString>

namespace ReluLab {

/// The typeset formula of f (derivative = false) or f′ as Qt rich text: real superscripts,
/// stacked fractions and case braces, from the activation's one formula source in core
/// (Core::ActivationInfo::valueSource / derivativeSource), with its few words translated.
/// Parameters are written with PyTorch's names. Empty for an unknown id.
QString formulaHtml(const QString &id, bool derivative);

} // namespace ReluLab
