// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "csvreader.h"

#include "core/numbertext.h"
#include "core/trainingconfigio.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

namespace ReluLab::Core {

namespace {

constexpr std::size_t maxQuotedValue = 40;

std::string clip(std::string_view text)
{
    return std::string(text.substr(0, maxQuotedValue));
}

Error cellError(const std::string &code, const std::string &what, std::size_t row,
                std::size_t column, std::string_view value)
{
    return makeError(code,
                     "row " + std::to_string(row) + ", column " + std::to_string(column) + ": "
                         + what + " ('" + clip(value) + "')",
                     {{"row", std::to_string(row)},
                      {"column", std::to_string(column)},
                      {"value", clip(value)}});
}

std::string_view trim(std::string_view field)
{
    while (!field.empty() && (field.front() == ' ' || field.front() == '\t'))
        field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '\t'))
        field.remove_suffix(1);
    if (field.size() >= 2 && field.front() == '"' && field.back() == '"')
        field = field.substr(1, field.size() - 2);
    return field;
}

bool isBlank(std::string_view line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

/// Splits at commas into `fields`, stopping once more than `limit` fields were seen (the caller
/// reports too_many_columns). Returns the number of fields (capped at limit + 1).
std::size_t splitFields(std::string_view line, std::size_t limit,
                        std::vector<std::string_view> &fields)
{
    fields.clear();
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        fields.push_back(
            trim(line.substr(start, comma == std::string_view::npos ? std::string_view::npos
                                                                    : comma - start)));
        if (fields.size() > limit || comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return fields.size();
}

enum class NumberStatus { Ok, Empty, NotANumber, NonFinite };

/// A decimal number in the C locale (parseFiniteNumber: from_chars, never the locale).
NumberStatus parseNumber(std::string_view field, double &value)
{
    if (field.empty())
        return NumberStatus::Empty;
    const Expected<double> parsed = parseFiniteNumber(field);
    if (parsed) {
        value = *parsed;
        return NumberStatus::Ok;
    }
    return parsed.error().code == "non_finite" ? NumberStatus::NonFinite : NumberStatus::NotANumber;
}

bool isIntegerValue(double x)
{
    return std::isfinite(x) && std::floor(x) == x;
}

} // namespace

std::size_t firstInvalidUtf8(std::string_view text)
{
    // RFC 3629, table 3-7 of the Unicode standard: the second byte's range depends on the first
    // byte so that overlong forms, UTF-16 surrogates and code points above U+10FFFF are refused.
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b = bytes[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                lo = 0xA0;
            else if (b == 0xED)
                hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (bytes[i + 1] < lo || bytes[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

Expected<Dataset> parseCsv(std::string_view text, const CsvOptions &options)
{
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);

    std::vector<double> values; // row-major: values[r * columns + c]
    std::vector<std::string_view> fields;
    std::size_t columns = 0;
    std::size_t rows = 0;
    std::size_t lineNumber = 0;
    bool sawNonBlank = false;
    std::vector<std::size_t> rowLines; // file line number of each data row, for error messages

    std::size_t position = 0;
    while (position < text.size()) {
        std::size_t end = text.find('\n', position);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(position, end - position);
        position = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);

        const std::size_t bad = firstInvalidUtf8(line);
        if (bad != std::string_view::npos) {
            std::size_t column = 1;
            for (std::size_t k = 0; k < bad; ++k)
                column += line[k] == ',' ? 1 : 0;
            return makeError("invalid_utf8",
                             "row " + std::to_string(lineNumber) + ", column "
                                 + std::to_string(column) + ": invalid UTF-8",
                             {{"row", std::to_string(lineNumber)},
                              {"column", std::to_string(column)}});
        }
        if (isBlank(line))
            continue;

        const std::size_t found = splitFields(line, options.maxColumns, fields);
        if (found > options.maxColumns) {
            return makeError("too_many_columns",
                             "row " + std::to_string(lineNumber) + ": more than "
                                 + std::to_string(options.maxColumns) + " columns",
                             {{"row", std::to_string(lineNumber)},
                              {"max", std::to_string(options.maxColumns)}});
        }

        if (!sawNonBlank) {
            sawNonBlank = true;
            if (found < 2) {
                return makeError("too_few_columns",
                                 "row " + std::to_string(lineNumber)
                                     + ": need at least one feature and a label",
                                 {{"row", std::to_string(lineNumber)},
                                  {"found", std::to_string(found)}});
            }
            columns = found;
            // A header is a row whose every cell is non-numeric: "0.5,0,l" is a data row with a
            // typo, reported at its cell, never silently dropped as a header.
            bool header = true;
            for (const std::string_view field : fields) {
                double ignored = 0.0;
                const NumberStatus status = parseNumber(field, ignored);
                if (status == NumberStatus::Ok || status == NumberStatus::NonFinite)
                    header = false;
            }
            if (header)
                continue;
        }

        if (found != columns) {
            return makeError("field_count_mismatch",
                             "row " + std::to_string(lineNumber) + ": expected "
                                 + std::to_string(columns) + " fields, found "
                                 + std::to_string(found),
                             {{"row", std::to_string(lineNumber)},
                              {"column", std::to_string(std::min(found, columns) + 1)},
                              {"expected", std::to_string(columns)},
                              {"found", std::to_string(found)}});
        }
        if (rows + 1 > options.maxRows) {
            return makeError("too_many_rows",
                             "row " + std::to_string(lineNumber) + ": more than "
                                 + std::to_string(options.maxRows) + " data rows",
                             {{"row", std::to_string(lineNumber)},
                              {"max", std::to_string(options.maxRows)}});
        }
        if (values.size() + columns > options.maxValues) {
            return makeError("too_many_values",
                             "row " + std::to_string(lineNumber) + ": more than "
                                 + std::to_string(options.maxValues) + " values",
                             {{"row", std::to_string(lineNumber)},
                              {"max", std::to_string(options.maxValues)}});
        }
        for (std::size_t c = 0; c < columns; ++c) {
            double value = 0.0;
            switch (parseNumber(fields[c], value)) {
            case NumberStatus::Ok:
                break;
            case NumberStatus::Empty:
                return cellError("empty_field", "empty field", lineNumber, c + 1, fields[c]);
            case NumberStatus::NotANumber:
                return cellError("not_a_number", "not a number", lineNumber, c + 1, fields[c]);
            case NumberStatus::NonFinite:
                return cellError("non_finite", "not a finite number", lineNumber, c + 1, fields[c]);
            }
            values.push_back(value);
        }
        ++rows;
        rowLines.push_back(lineNumber);
    }

    if (!sawNonBlank)
        return makeError("empty_file", "the file holds no data", {});
    if (rows == 0)
        return makeError("no_data_rows", "the file has a header but no data rows",
                         {{"row", std::to_string(lineNumber)}});

    const std::size_t featureCount = columns - 1;
    bool allInteger = true;
    for (std::size_t r = 0; r < rows && allInteger; ++r)
        allInteger = isIntegerValue(values[r * columns + featureCount]);

    Dataset data;
    const bool classification = options.task == CsvTask::Classification
                                || (options.task == CsvTask::Auto && allInteger);
    if (classification && !allInteger) {
        for (std::size_t r = 0; r < rows; ++r) {
            const double label = values[r * columns + featureCount];
            if (!isIntegerValue(label)) {
                return cellError("label_not_integer", "label is not an integer", rowLines[r],
                                 columns, shortestText(label));
            }
        }
    }

    const auto n = static_cast<Eigen::Index>(rows);
    const auto d = static_cast<Eigen::Index>(featureCount);
    data.inputs.resize(d, n);
    for (Eigen::Index j = 0; j < n; ++j) {
        for (Eigen::Index f = 0; f < d; ++f)
            data.inputs(f, j)
                = values[static_cast<std::size_t>(j) * columns + static_cast<std::size_t>(f)];
    }

    if (classification) {
        data.task = Task::Classification;
        data.labels.resize(rows);
        int maxLabel = -1;
        for (std::size_t r = 0; r < rows; ++r) {
            const double label = values[r * columns + featureCount];
            if (label < 0.0 || label >= static_cast<double>(options.maxClasses)) {
                Error error = cellError("label_out_of_range",
                                        "label outside [0, " + std::to_string(options.maxClasses)
                                            + ")",
                                        rowLines[r], columns, shortestText(label));
                error.args["max"] = std::to_string(options.maxClasses - 1);
                return error;
            }
            data.labels[r] = static_cast<int>(label);
            maxLabel = std::max(maxLabel, data.labels[r]);
        }
        data.classCount = maxLabel + 1;
        if (data.classCount < 2) {
            return makeError("too_few_classes",
                             "classification needs labels 0 and 1 at least (largest label "
                                 + std::to_string(maxLabel) + ")",
                             {{"row", std::to_string(rowLines.back())},
                              {"column", std::to_string(columns)},
                              {"found", std::to_string(data.classCount)}});
        }
    } else {
        data.task = Task::Regression;
        data.classCount = 0;
        data.targets.resize(1, n);
        for (Eigen::Index j = 0; j < n; ++j)
            data.targets(0, j) = values[static_cast<std::size_t>(j) * columns + featureCount];
    }
    return data;
}

Expected<Dataset> readCsvFile(const std::string &path, const CsvOptions &options)
{
    std::error_code ec;
    const std::filesystem::path fsPath(path);
    if (!std::filesystem::is_regular_file(fsPath, ec)) {
        return makeError(std::filesystem::exists(fsPath, ec) ? "file_unreadable" : "file_not_found",
                         "cannot open " + path, {{"path", path}});
    }
    const std::uintmax_t size = std::filesystem::file_size(fsPath, ec);
    if (ec)
        return makeError("file_unreadable", "cannot read " + path, {{"path", path}});
    if (size > options.maxFileBytes) {
        return makeError("file_too_large",
                         path + " is larger than " + std::to_string(options.maxFileBytes)
                             + " bytes",
                         {{"path", path},
                          {"size", std::to_string(size)},
                          {"max", std::to_string(options.maxFileBytes)}});
    }
    std::ifstream stream(fsPath, std::ios::binary);
    if (!stream)
        return makeError("file_unreadable", "cannot open " + path, {{"path", path}});
    std::string text(static_cast<std::size_t>(size), '\0');
    stream.read(text.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(stream.gcount()) != size)
        return makeError("file_unreadable", "cannot read " + path, {{"path", path}});
    return parseCsv(text, options);
}

} // namespace ReluLab::Core
