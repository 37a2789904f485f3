// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "traininglog.h"

#include "io/traininglogwriter.h"

namespace ReluLab {

void TrainingLog::append(const std::vector<EpochRecord> &records)
{
    for (const EpochRecord &record : records) {
        // A record of an epoch already logged replaces it (a reset of the weights restarts at 0).
        while (!m_records.empty() && m_records.back().diagnostics.epoch >= record.diagnostics.epoch)
            m_records.pop_back();
        m_records.push_back(record);
    }
}

QString TrainingLog::toCsv() const
{
    std::vector<TrainingLogRow> rows;
    rows.reserve(m_records.size());
    for (const EpochRecord &record : m_records)
        rows.push_back(TrainingLogRow{record.diagnostics, record.learningRate});
    return TrainingLogWriter::csv(rows);
}

} // namespace ReluLab
