// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <string>
#include <string_view>

// Numbers as text for machines and for messages, always in the C locale ('.' decimal point, no
// digit grouping), whatever setlocale() says: std::to_chars never consults the locale.

namespace ReluLab::Core {

/// The shortest text that reads back as exactly `value` (0.9, not 0.90000000000000002;
/// 1000000000, not 1000000000.000000): plain decimals for magnitudes in [1e-5, 1e17), an
/// exponent otherwise (1e-06, 1e+300); "nan", "inf", "-inf" for the non-finite.
/// The one formatter for numbers quoted in messages, names and settings.
std::string shortestText(double value);

/// `value` with 17 significant digits, as printf's "%.17g" in the C locale: the fixed-width
/// columns of `relulab eval` and `relulab train` (every double reads back exactly).
std::string seventeenDigitText(double value);

/// Control bytes (below 0x20 and 0x7f) of text quoted from the user's input replaced by
/// visible escapes (\n, \t, \r, \e, \0, \xHH), so that a message cannot move the cursor or
/// change the terminal's colours; a backslash becomes "\\". At most `limit` bytes of `text` are
/// quoted, followed by "..." when it is longer.
std::string escapedForMessage(std::string_view text, std::size_t limit = 80);

} // namespace ReluLab::Core
