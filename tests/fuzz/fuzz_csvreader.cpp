// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/datasets/csvreader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

// Any bytes must give a Dataset or an Error: never a crash, a hang, a leak or undefined
// behaviour. Small limits keep each input cheap so the fuzzer explores shapes, not sizes.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    ReluLab::Core::CsvOptions options;
    options.maxRows = 1000;
    options.maxColumns = 64;
    options.maxValues = 20000;
    const ReluLab::Core::Expected<ReluLab::Core::Dataset> result = ReluLab::Core::parseCsv(text,
                                                                                           options);
    if (result) {
        const ReluLab::Core::Dataset &d = *result;
        // Invariants of a successful parse.
        if (d.sampleCount() < 1 || d.featureCount() < 1 || !d.inputs.allFinite())
            __builtin_trap();
        if (d.task == ReluLab::Core::Task::Classification) {
            for (const int label : d.labels) {
                if (label < 0 || label >= d.classCount)
                    __builtin_trap();
            }
        }
    } else if (result.error().code.empty()) {
        __builtin_trap();
    }
    return 0;
}
