// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/trainer.h"

#include <QString>
#include <QStringList>

namespace ReluLab {

/// One row of a training log: an epoch's diagnostics and the learning rate after it (the rate
/// the next step uses: base rate × the schedule's factor; for epoch 0 the first step's rate).
struct TrainingLogRow
{
    Core::Diagnostics diagnostics;
    double learningRate = 0.0;
};

/// The one writer of training logs: the rows `relulab train` and `relulab scenario` print and
/// the lab's File ▸ Export training log. One column list, in this order, for a network with L
/// hidden layers (README "Training log", relulab(1) "TRAINING LOG"; new columns go at the end):
///   epoch, train_loss, test_loss, train_acc, test_acc,   (fractions in [0, 1]; NaN: none)
///   sparsity_1..L, dead_1..L, gradnorm_1..L+1, learning_rate, inactive_1..L, revived_1..L
/// (revived_k: units of layer k dead at an earlier evaluated epoch and alive at a later one)
/// CSV spells every column out; JSON groups the per-layer ones into arrays ("sparsity": [...]).
/// Names are stable ids (never translated); numbers are in the C locale with 17 significant
/// digits, so every double reads back exactly; non-finite values are nan/inf in CSV and null in
/// JSON.
class TrainingLogWriter
{
public:
    /// The column names for L hidden layers (the CSV header).
    static QStringList columns(int hiddenLayers);
    static QString csvHeader(int hiddenLayers);
    /// One CSV row; per-layer cells a diagnostics record lacks are left empty.
    static QString csvRow(const TrainingLogRow &row, int hiddenLayers);
    /// One JSON object on one line, without indentation or trailing comma.
    static QString jsonRow(const TrainingLogRow &row);
    /// A whole CSV document: the header and a row per record.
    static QString csv(const std::vector<TrainingLogRow> &rows);
    /// A number as a log writes it: 17 significant digits, C locale.
    static QString number(double value, bool json);
};

} // namespace ReluLab
