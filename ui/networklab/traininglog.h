// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainingsnapshot.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace ReluLab {

/// The epochs of one run; toCsv() writes them as `relulab train` prints them, through the one
/// training-log writer (io/traininglogwriter.h has the column list).
///
/// A small network trains thousands of epochs a second and a lab may run for a whole lecture,
/// so the log holds at most `budgetBytes` of records (each carries its layers' per-unit
/// vectors). Past that it keeps only every 2nd epoch, then every 4th, 8th ... (stride()), and
/// always the latest one: memory stays bounded, and the kept rows are exact epochs.
class TrainingLog
{
public:
    static constexpr std::size_t defaultBudgetBytes = std::size_t(64) << 20;

    explicit TrainingLog(std::size_t budgetBytes = defaultBudgetBytes);

    void clear();
    void append(const std::vector<EpochRecord> &records);
    int size() const { return int(m_records.size()); }
    const std::vector<EpochRecord> &records() const { return m_records; }
    /// 1 while every epoch is kept; otherwise the distance between kept epochs.
    int stride() const { return m_stride; }
    /// An estimate of the memory the records hold.
    std::size_t bytes() const { return m_bytes; }
    QString toCsv() const;

    /// What one record holds in memory (its vectors included), as the budget counts it.
    static std::size_t bytesOf(const EpochRecord &record);

private:
    void thin();

    std::vector<EpochRecord> m_records;
    std::size_t m_budgetBytes;
    std::size_t m_bytes = 0;
    int m_stride = 1;
};

} // namespace ReluLab
