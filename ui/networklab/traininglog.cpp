// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "traininglog.h"

#include "io/traininglogwriter.h"

#include <algorithm>

namespace ReluLab {

TrainingLog::TrainingLog(std::size_t budgetBytes)
    : m_budgetBytes(budgetBytes)
{}

void TrainingLog::clear()
{
    m_records.clear();
    m_bytes = 0;
    m_stride = 1;
}

std::size_t TrainingLog::bytesOf(const EpochRecord &record)
{
    const Core::Diagnostics &d = record.diagnostics;
    std::size_t bytes = sizeof(EpochRecord)
                        + sizeof(double) * (d.gradientNorms.size() + record.meanPreluSlopes.size());
    for (const Core::LayerDiagnostics &layer : d.layers) {
        bytes += sizeof(Core::LayerDiagnostics) + sizeof(double) * layer.activeFraction.size()
                 + (layer.dead.size() + layer.inactive.size()) / 8;
    }
    return bytes;
}

void TrainingLog::append(const std::vector<EpochRecord> &records)
{
    for (const EpochRecord &record : records) {
        // A record of an epoch already logged replaces it (a reset of the weights restarts at 0).
        while (!m_records.empty()
               && m_records.back().diagnostics.epoch >= record.diagnostics.epoch) {
            m_bytes -= bytesOf(m_records.back());
            m_records.pop_back();
        }
        // The previous record was only kept as the latest epoch: now it is not.
        if (!m_records.empty() && m_records.back().diagnostics.epoch % m_stride != 0) {
            m_bytes -= bytesOf(m_records.back());
            m_records.pop_back();
        }
        m_records.push_back(record);
        m_bytes += bytesOf(record);
        if (m_bytes > m_budgetBytes)
            thin();
    }
}

void TrainingLog::thin()
{
    // Two records at least: the first kept epoch and the latest.
    while (m_bytes > m_budgetBytes && m_records.size() > 2) {
        m_stride *= 2;
        const int latest = m_records.back().diagnostics.epoch;
        std::erase_if(m_records, [this, latest](const EpochRecord &record) {
            return record.diagnostics.epoch % m_stride != 0 && record.diagnostics.epoch != latest;
        });
        m_bytes = 0;
        for (const EpochRecord &record : m_records)
            m_bytes += bytesOf(record);
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
