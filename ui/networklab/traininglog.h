// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainingsnapshot.h"

#include <QString>

#include <vector>

namespace ReluLab {

/// The epochs of one run, as `relulab train` prints them: one CSV row per epoch,
/// epoch,train_loss,test_loss,train_acc,test_acc,sparsity_1..L,dead_1..L,gradnorm_1..L+1
/// (fractions in [0, 1], dead as a count), then learning_rate. Stable column names (not
/// translated), numbers in the C locale with 17 significant digits.
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
