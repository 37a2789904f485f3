// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "io/sessionfile.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Any bytes must give a Session or a message: never a crash. A session that reads must also
// write and read back (the writer accepts everything the reader accepts).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    const ReluLab::ReadResult<ReluLab::Session> session = ReluLab::SessionFile::fromJson(bytes);
    if (session.ok()) {
        const std::optional<QByteArray> json = ReluLab::SessionFile::toJson(session.value(),
                                                                            nullptr);
        if (!json || !ReluLab::SessionFile::fromJson(*json).ok())
            __builtin_trap();
    } else if (session.errorString().isEmpty()) {
        __builtin_trap();
    }
    (void) ReluLab::SessionFile::weightsFromJson(bytes);
    return 0;
}
