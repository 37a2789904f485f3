// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainingsnapshot.h"

#include <QString>

#include <vector>

namespace ReluLab {

/// The epochs of one run; toCsv() writes them as `relulab train` prints them, through the one
/// training-log writer (io/traininglogwriter.h has the column list).
class TrainingLog
{
public:
    void clear() { m_records.clear(); }
    void append(const std::vector<EpochRecord> &records);
    int size() const { return int(m_records.size()); }
    const std::vector<EpochRecord> &records() const { return m_records; }
    QString toCsv() const;

private:
    std::vector<EpochRecord> m_records;
};

} // namespace ReluLab
