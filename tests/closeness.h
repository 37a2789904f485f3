// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// The one tolerance comparison of the test suite (DESIGN.md §3.11: never == on doubles).

#include <cmath>

namespace ReluLab::Testing {

/// |actual − expected| ≤ atol + rtol·|expected|; infinities must match exactly, NaN only NaN.
inline bool isClose(double actual, double expected, double atol, double rtol)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    if (std::isinf(expected) || std::isinf(actual))
        return actual == expected;
    return std::abs(actual - expected) <= atol + rtol * std::abs(expected);
}

} // namespace ReluLab::Testing
