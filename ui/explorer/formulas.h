// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QString>

namespace ReluLab {

/// The typeset formula of f (derivative = false) or f′ as Qt rich text: real superscripts,
/// stacked fractions and case braces (tables, since Qt's rich text has no inline fractions).
/// Parameters are written with PyTorch's names. Empty for an unknown id.
QString formulaHtml(const QString &id, bool derivative);

} // namespace ReluLab
