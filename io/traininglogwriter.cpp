// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "traininglogwriter.h"

#include "core/numbertext.h"

#include <algorithm>
#include <cmath>

namespace ReluLab {

QString TrainingLogWriter::number(double value, bool json)
{
    if (json && !std::isfinite(value))
        return QStringLiteral("null");
    return QString::fromStdString(Core::seventeenDigitText(value));
}

QStringList TrainingLogWriter::columns(int hiddenLayers)
{
    QStringList columns{QStringLiteral("epoch"), QStringLiteral("train_loss"),
                        QStringLiteral("test_loss"), QStringLiteral("train_acc"),
                        QStringLiteral("test_acc")};
    for (int k = 1; k <= hiddenLayers; ++k)
        columns << QStringLiteral("sparsity_%1").arg(k);
    for (int k = 1; k <= hiddenLayers; ++k)
        columns << QStringLiteral("dead_%1").arg(k);
    for (int k = 1; k <= hiddenLayers + 1; ++k)
        columns << QStringLiteral("gradnorm_%1").arg(k);
    columns << QStringLiteral("learning_rate");
    for (int k = 1; k <= hiddenLayers; ++k)
        columns << QStringLiteral("inactive_%1").arg(k);
    for (int k = 1; k <= hiddenLayers; ++k)
        columns << QStringLiteral("revived_%1").arg(k);
    return columns;
}

QString TrainingLogWriter::csvHeader(int hiddenLayers)
{
    return columns(hiddenLayers).join(QLatin1Char(','));
}

QString TrainingLogWriter::csvRow(const TrainingLogRow &row, int hiddenLayers)
{
    const Core::Diagnostics &d = row.diagnostics;
    const auto layers = std::size_t(std::max(hiddenLayers, 0));
    QStringList cells{QString::number(d.epoch), number(d.trainLoss, false),
                      number(d.testLoss, false), number(d.trainAccuracy, false),
                      number(d.testAccuracy, false)};
    for (std::size_t k = 0; k < layers; ++k)
        cells << (k < d.layers.size() ? number(d.layers[k].sparsity, false) : QString());
    for (std::size_t k = 0; k < layers; ++k)
        cells << (k < d.layers.size() ? QString::number(d.layers[k].deadUnits) : QString());
    for (std::size_t k = 0; k < layers + 1; ++k)
        cells << (k < d.gradientNorms.size() ? number(d.gradientNorms[k], false) : QString());
    cells << number(row.learningRate, false);
    for (std::size_t k = 0; k < layers; ++k)
        cells << (k < d.layers.size() ? QString::number(d.layers[k].inactiveUnits) : QString());
    for (std::size_t k = 0; k < layers; ++k)
        cells << (k < d.layers.size() ? QString::number(d.layers[k].revivedUnits) : QString());
    return cells.join(QLatin1Char(','));
}

QString TrainingLogWriter::jsonRow(const TrainingLogRow &row)
{
    const Core::Diagnostics &d = row.diagnostics;
    QStringList sparsity, dead, inactive, revived, norms;
    for (const Core::LayerDiagnostics &layer : d.layers) {
        sparsity << number(layer.sparsity, true);
        dead << QString::number(layer.deadUnits);
        inactive << QString::number(layer.inactiveUnits);
        revived << QString::number(layer.revivedUnits);
    }
    for (double norm : d.gradientNorms)
        norms << number(norm, true);
    const QString comma = QStringLiteral(", ");
    return QStringLiteral("{\"epoch\": %1, \"train_loss\": %2, \"test_loss\": %3, "
                          "\"train_acc\": %4, \"test_acc\": %5, \"sparsity\": [%6], "
                          "\"dead\": [%7], \"gradnorm\": [%8], \"learning_rate\": %9, ")
               .arg(QString::number(d.epoch), number(d.trainLoss, true), number(d.testLoss, true),
                    number(d.trainAccuracy, true), number(d.testAccuracy, true),
                    sparsity.join(comma), dead.join(comma), norms.join(comma),
                    number(row.learningRate, true))
           + QStringLiteral("\"inactive\": [%1], \"revived\": [%2]}")
                 .arg(inactive.join(comma), revived.join(comma));
}

QString TrainingLogWriter::csv(const std::vector<TrainingLogRow> &rows)
{
    const int layers = rows.empty() ? 0 : int(rows.front().diagnostics.layers.size());
    QString text = csvHeader(layers) + QLatin1Char('\n');
    for (const TrainingLogRow &row : rows)
        text += csvRow(row, layers) + QLatin1Char('\n');
    return text;
}

} // namespace ReluLab
