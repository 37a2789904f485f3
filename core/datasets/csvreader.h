// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/dataset.h"
#include "core/result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace ReluLab::Core {

/// Limits of a user CSV, and how its label column is read (CsvTask, in core/dataset.h). A file
/// beyond the limits is refused with an Error, never read partially.
struct CsvOptions
{
    CsvTask task = CsvTask::Auto;
    std::size_t maxRows = 1'000'000;       ///< data rows (the header does not count)
    std::size_t maxColumns = 4096;         ///< features + label
    std::size_t maxValues = 20'000'000;    ///< rows x columns (160 MB of doubles)
    int maxClasses = 1000;                 ///< classification labels lie in [0, maxClasses)
    std::size_t maxFileBytes = 256u << 20; ///< readCsvFile refuses larger files
};

/// Parses a user data set `x1,x2,...,xd,label`, one sample per line, used exactly as given
/// (same order, same values; no rescaling).
///
/// Format rules:
///  - UTF-8 (a leading byte-order mark is skipped); lines end in LF or CRLF; lines that are empty
///    or hold only spaces/tabs are skipped; fields are separated by commas and trimmed of spaces
///    and tabs; a field wrapped in double quotes is unwrapped.
///  - The first non-blank line is a header when every one of its fields is not a number (or
///    empty); a header must have as many fields as the data rows. Every later line is data, and
///    a first line with numbers and text ("0.5,0,l") is data with a bad cell.
///  - Numbers are decimal (C locale: `.` as the decimal point, optional sign and exponent), must
///    be finite (nan, inf and values overflowing a double are refused).
///  - At least two columns (one feature and the label); at least one data row.
///  - Task (CsvTask::Auto): classification when every label is an integer value (3, 3.0, 3e0),
///    then the labels must lie in [0, maxClasses) and classCount = max label + 1 must be >= 2;
///    otherwise regression with the label column as the one target.
///
/// Every Error names where: args "row" is the 1-based line number in the file (blank and
/// header lines counted), "column" the 1-based field number, "value" the offending text (at most
/// 40 bytes). Codes: empty_file, no_data_rows, invalid_utf8, too_few_columns, too_many_columns,
/// too_many_rows, too_many_values, field_count_mismatch {expected, found}, empty_field,
/// not_a_number, non_finite, label_not_integer, label_out_of_range {max}, too_few_classes.
Expected<Dataset> parseCsv(std::string_view text, const CsvOptions &options = {});

/// Reads a file of at most options.maxFileBytes and parses it with parseCsv. Extra codes:
/// file_not_found {path}, file_unreadable {path}, file_too_large {path, size, max}.
Expected<Dataset> readCsvFile(const std::string &path, const CsvOptions &options = {});

/// The byte offset of the first invalid UTF-8 sequence in `text` (overlong forms, surrogates and
/// code points above U+10FFFF are invalid), or std::string_view::npos when the text is valid.
std::size_t firstInvalidUtf8(std::string_view text);

} // namespace ReluLab::Core
