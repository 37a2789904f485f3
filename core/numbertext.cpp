// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "numbertext.h"

#include <array>
#include <charconv>
#include <cmath>

namespace ReluLab::Core {

namespace {

const char *nonFiniteText(double value)
{
    if (std::isnan(value))
        return "nan";
    return value > 0 ? "inf" : "-inf";
}

} // namespace

std::string shortestText(double value)
{
    if (!std::isfinite(value))
        return nonFiniteText(value);
    // Plain decimals between 1e-5 and 1e17 (1000000000, 0.00001), exponents outside; in both
    // cases the fewest digits that read back exactly (to_chars without a precision).
    const double magnitude = std::abs(value);
    const bool plain = magnitude == 0.0 || (magnitude >= 1e-5 && magnitude < 1e17);
    std::array<char, 64> buffer{};
    const std::to_chars_result result = plain ? std::to_chars(buffer.data(),
                                                              buffer.data() + buffer.size(), value,
                                                              std::chars_format::fixed)
                                              : std::to_chars(buffer.data(),
                                                              buffer.data() + buffer.size(), value,
                                                              std::chars_format::scientific);
    return std::string(buffer.data(), result.ptr);
}

std::string seventeenDigitText(double value)
{
    if (!std::isfinite(value))
        return nonFiniteText(value);
    std::array<char, 64> buffer{};
    const std::to_chars_result result = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                                      value, std::chars_format::general, 17);
    return std::string(buffer.data(), result.ptr);
}

std::string escapedForMessage(std::string_view text, std::size_t limit)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string result;
    const std::string_view quoted = text.substr(0, limit);
    for (std::size_t i = 0; i < quoted.size(); ++i) {
        const char c = quoted[i];
        const auto byte = static_cast<unsigned char>(c);
        // U+0080..U+009F (C1 controls, CSI among them) are 0xc2 0x80..0x9f in UTF-8.
        if (byte == 0xc2 && i + 1 < quoted.size()) {
            const auto next = static_cast<unsigned char>(quoted[i + 1]);
            if (next >= 0x80 && next <= 0x9f) {
                result += "\\u00";
                result += hex[(next >> 4) & 0xf];
                result += hex[next & 0xf];
                ++i;
                continue;
            }
        }
        switch (c) {
        case '\\':
            result += "\\\\";
            continue;
        case '\n':
            result += "\\n";
            continue;
        case '\t':
            result += "\\t";
            continue;
        case '\r':
            result += "\\r";
            continue;
        case '\x1b':
            result += "\\e";
            continue;
        case '\0':
            result += "\\0";
            continue;
        default:
            break;
        }
        if (byte < 0x20 || byte == 0x7f) {
            result += "\\x";
            result += hex[byte >> 4];
            result += hex[byte & 0xf];
        } else {
            result += c;
        }
    }
    if (text.size() > limit)
        result += "...";
    return result;
}

} // namespace ReluLab::Core
