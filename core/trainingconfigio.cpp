// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "trainingconfigio.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <system_error>

namespace ReluLab::Core {

namespace {

std::string clip(std::string_view text)
{
    return std::string(text.substr(0, 64));
}

/// Joins the parts (GCC 12 warns falsely under -Wrestrict about `"'" + std::string`).
std::string concat(std::initializer_list<std::string_view> parts)
{
    std::string text;
    for (const std::string_view part : parts)
        text.append(part);
    return text;
}

/// Names in enumerator order: names[static_cast<size_t>(value)].
template<typename Enum, std::size_t N>
struct NameTable
{
    const char *kind;
    std::array<Enum, N> values;
    std::vector<std::string_view> names;

    std::string_view name(Enum value) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (values[i] == value)
                return names[i];
        }
        return {};
    }

    Expected<Enum> parse(std::string_view text) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (names[i] == text)
                return values[i];
        }
        std::string allowed;
        for (const std::string_view n : names) {
            if (!allowed.empty())
                allowed += '|';
            allowed += n;
        }
        return Error{"unknown_name",
                     concat({"unknown ", kind, " '", text.substr(0, 64), "' (expected ", allowed,
                             ")"}),
                     {{"kind", kind},
                      {"value", std::string(text.substr(0, 64))},
                      {"allowed", allowed}}};
    }
};

const NameTable<InitScheme, 8> &initTable()
{
    static const NameTable<InitScheme, 8> table{"init",
                                                {InitScheme::PytorchDefault,
                                                 InitScheme::XavierUniform,
                                                 InitScheme::XavierNormal, InitScheme::HeUniform,
                                                 InitScheme::HeNormal, InitScheme::LecunNormal,
                                                 InitScheme::Orthogonal, InitScheme::Rai},
                                                {"pytorch_default", "xavier_uniform",
                                                 "xavier_normal", "he_uniform", "he_normal",
                                                 "lecun_normal", "orthogonal", "rai"}};
    return table;
}

const NameTable<OptimizerKind, 3> &optimizerTable()
{
    static const NameTable<OptimizerKind, 3> table{"optimizer",
                                                   {OptimizerKind::Sgd, OptimizerKind::Adam,
                                                    OptimizerKind::RmsProp},
                                                   {"sgd", "adam", "rmsprop"}};
    return table;
}

const NameTable<ScheduleKind, 3> &scheduleTable()
{
    static const NameTable<ScheduleKind, 3> table{"schedule",
                                                  {ScheduleKind::Constant, ScheduleKind::Step,
                                                   ScheduleKind::Cosine},
                                                  {"constant", "step", "cosine"}};
    return table;
}

const NameTable<Dtype, 2> &dtypeTable()
{
    static const NameTable<Dtype, 2> table{"dtype", {Dtype::F32, Dtype::F64}, {"f32", "f64"}};
    return table;
}

const NameTable<PreluMode, 2> &preluTable()
{
    static const NameTable<PreluMode, 2> table{"prelu_mode",
                                               {PreluMode::PerLayer, PreluMode::PerUnit},
                                               {"per_layer", "per_unit"}};
    return table;
}

const NameTable<CsvTask, 3> &csvTaskTable()
{
    static const NameTable<CsvTask, 3> table{"task",
                                             {CsvTask::Auto, CsvTask::Classification,
                                              CsvTask::Regression},
                                             {"auto", "classification", "regression"}};
    return table;
}

/// For a decimal text that from_chars found out of range: true when its magnitude is too large
/// (overflow), false when too small (underflow). The decimal exponent of the leading digit is
/// (digits before the point, leading zeros dropped) - 1 + e, or -(zeros after the point) - 1 + e.
/// Both terms are saturated at ±2^40, far beyond a double's ±324 decades, so exponents of any
/// length ("1e9223372036854775807000") are compared without signed overflow.
bool overflows(std::string_view text)
{
    constexpr long long cap = 1LL << 40;
    if (!text.empty() && (text.front() == '-' || text.front() == '+'))
        text.remove_prefix(1);
    const std::size_t e = text.find_first_of("eE");
    const std::string_view mantissa = text.substr(0, e);
    long long exponent = 0;
    if (e != std::string_view::npos) {
        std::string_view power = text.substr(e + 1);
        const bool negative = !power.empty() && power.front() == '-';
        if (!power.empty() && (power.front() == '+' || power.front() == '-'))
            power.remove_prefix(1);
        for (const char c : power) {
            if (c < '0' || c > '9')
                break;
            exponent = std::min(cap, exponent * 10 + (c - '0'));
        }
        if (negative)
            exponent = -exponent;
    }
    const auto saturated = [](std::size_t count) {
        return static_cast<long long>(std::min<std::size_t>(count, std::size_t(cap)));
    };
    const std::size_t point = mantissa.find('.');
    const std::string_view whole = mantissa.substr(0, point);
    const std::size_t firstNonZero = whole.find_first_not_of('0');
    long long lead = 0;
    if (firstNonZero != std::string_view::npos) {
        lead = saturated(whole.size() - firstNonZero) - 1;
    } else {
        const std::string_view fraction = point == std::string_view::npos
                                              ? std::string_view()
                                              : mantissa.substr(point + 1);
        const std::size_t nonZero = fraction.find_first_not_of('0');
        lead = nonZero == std::string_view::npos ? -1 : -saturated(nonZero) - 1;
    }
    return lead + exponent > 0;
}

} // namespace

std::string_view toString(InitScheme scheme)
{
    return initTable().name(scheme);
}
Expected<InitScheme> parseInitScheme(std::string_view text)
{
    return initTable().parse(text);
}
const std::vector<std::string_view> &initSchemeNames()
{
    return initTable().names;
}

std::string_view toString(OptimizerKind kind)
{
    return optimizerTable().name(kind);
}
Expected<OptimizerKind> parseOptimizerKind(std::string_view text)
{
    return optimizerTable().parse(text);
}
const std::vector<std::string_view> &optimizerNames()
{
    return optimizerTable().names;
}

std::string_view toString(ScheduleKind kind)
{
    return scheduleTable().name(kind);
}
Expected<ScheduleKind> parseScheduleKind(std::string_view text)
{
    return scheduleTable().parse(text);
}
const std::vector<std::string_view> &scheduleNames()
{
    return scheduleTable().names;
}

std::string_view toString(Dtype dtype)
{
    return dtypeTable().name(dtype);
}
Expected<Dtype> parseDtype(std::string_view text)
{
    return dtypeTable().parse(text);
}
const std::vector<std::string_view> &dtypeNames()
{
    return dtypeTable().names;
}

std::string_view toString(PreluMode mode)
{
    return preluTable().name(mode);
}
Expected<PreluMode> parsePreluMode(std::string_view text)
{
    return preluTable().parse(text);
}
const std::vector<std::string_view> &preluModeNames()
{
    return preluTable().names;
}

std::string_view toString(CsvTask task)
{
    return csvTaskTable().name(task);
}
Expected<CsvTask> parseCsvTask(std::string_view text)
{
    return csvTaskTable().parse(text);
}
const std::vector<std::string_view> &csvTaskNames()
{
    return csvTaskTable().names;
}

Expected<double> parseFiniteNumber(std::string_view text)
{
    const Error notANumber{"not_a_number",
                           concat({"'", clip(text), "' is not a number"}),
                           {{"value", clip(text)}}};
    std::string_view digits = text;
    if (!digits.empty() && digits.front() == '+') {
        digits.remove_prefix(1);
        if (!digits.empty() && (digits.front() == '-' || digits.front() == '+'))
            return notANumber;
    }
    if (digits.empty())
        return notANumber;
    double value = 0.0;
    const char *last = digits.data() + digits.size();
    const std::from_chars_result result = std::from_chars(digits.data(), last, value);
    if (result.ptr != last || result.ec == std::errc::invalid_argument)
        return notANumber;
    if (result.ec == std::errc::result_out_of_range && !overflows(digits))
        return 0.0; // underflow below the smallest subnormal: rounds to zero
    if (result.ec != std::errc() || !std::isfinite(value)) {
        return Error{"non_finite",
                     concat({"'", clip(text), "' is not a finite number"}),
                     {{"value", clip(text)}}};
    }
    return value;
}

std::string toString(const BiasInit &bias)
{
    if (bias.pytorchDefault)
        return "pytorch_default";
    // std::to_chars without a precision gives the shortest text that reads back exactly.
    std::array<char, 64> buffer{};
    const std::to_chars_result result = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                                      bias.value);
    return std::string(buffer.data(), result.ptr);
}

Expected<BiasInit> parseBiasInit(std::string_view text)
{
    if (text == "pytorch_default")
        return BiasInit{true, 0.0};
    const Expected<double> value = parseFiniteNumber(text);
    if (!value) {
        return Error{"unknown_name",
                     concat(
                         {"bias init '", clip(text), "' is neither pytorch_default nor a number"}),
                     {{"kind", "bias_init"},
                      {"value", clip(text)},
                      {"allowed", "pytorch_default|NUMBER"}}};
    }
    return BiasInit{false, *value};
}

Expected<std::vector<int>> parseHiddenWidths(std::string_view text)
{
    using L = NetworkLimits;
    std::vector<int> widths;
    if (text.empty() || text == "none")
        return widths;
    std::size_t start = 0;
    int index = 1;
    while (true) {
        const std::size_t comma = text.find(',', start);
        const std::string_view field = text.substr(start, comma == std::string_view::npos
                                                              ? std::string_view::npos
                                                              : comma - start);
        if (widths.size() >= static_cast<std::size_t>(L::maxHiddenLayers)) {
            return Error{"too_many_layers",
                         "more than " + std::to_string(L::maxHiddenLayers) + " hidden layers",
                         {{"max", std::to_string(L::maxHiddenLayers)}}};
        }
        long long width = 0;
        const char *last = field.data() + field.size();
        const std::from_chars_result result = std::from_chars(field.data(), last, width);
        if (field.empty() || result.ptr != last || result.ec == std::errc::invalid_argument) {
            return Error{"width_not_integer",
                         concat({"hidden layer ", std::to_string(index), ": '", clip(field),
                                 "' is not a whole number"}),
                         {{"value", clip(field)}, {"index", std::to_string(index)}}};
        }
        if (result.ec == std::errc::result_out_of_range || width < L::minWidth
            || width > L::maxWidth) {
            return Error{"width_out_of_range",
                         concat({"hidden layer ", std::to_string(index), ": width ", clip(field),
                                 " outside [", std::to_string(L::minWidth), ", ",
                                 std::to_string(L::maxWidth), "]"}),
                         {{"value", clip(field)},
                          {"index", std::to_string(index)},
                          {"min", std::to_string(L::minWidth)},
                          {"max", std::to_string(L::maxWidth)}}};
        }
        widths.push_back(static_cast<int>(width));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
        ++index;
    }
    return widths;
}

std::string hiddenWidthsToString(const std::vector<int> &widths)
{
    if (widths.empty())
        return "none";
    std::string text;
    for (const int width : widths) {
        if (!text.empty())
            text += ',';
        text += std::to_string(width);
    }
    return text;
}

} // namespace ReluLab::Core
