// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "traininglog.h"

#include <QStringList>

#include <cmath>

namespace ReluLab {

namespace {

QString number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', 17);
}

} // namespace

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
    const size_t layers = m_records.empty() ? 0 : m_records.front().diagnostics.layers.size();
    QStringList header{QStringLiteral("epoch"), QStringLiteral("train_loss"),
                       QStringLiteral("test_loss"), QStringLiteral("train_acc"),
                       QStringLiteral("test_acc")};
    for (size_t k = 1; k <= layers; ++k)
        header << QStringLiteral("sparsity_%1").arg(k);
    for (size_t k = 1; k <= layers; ++k)
        header << QStringLiteral("dead_%1").arg(k);
    for (size_t k = 1; k <= layers + 1; ++k)
        header << QStringLiteral("gradnorm_%1").arg(k);
    header << QStringLiteral("learning_rate");
    QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const EpochRecord &record : m_records) {
        const Core::Diagnostics &d = record.diagnostics;
        QStringList row{QString::number(d.epoch), number(d.trainLoss), number(d.testLoss),
                        number(d.trainAccuracy), number(d.testAccuracy)};
        for (size_t k = 0; k < layers; ++k)
            row << (k < d.layers.size() ? number(d.layers[k].sparsity) : QString());
        for (size_t k = 0; k < layers; ++k)
            row << (k < d.layers.size() ? QString::number(d.layers[k].deadUnits) : QString());
        for (size_t k = 0; k < layers + 1; ++k)
            row << (k < d.gradientNorms.size() ? number(d.gradientNorms[k]) : QString());
        row << number(record.learningRate);
        text += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace ReluLab
