// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/trainingconfig.h"

#include <QString>

#include <optional>
#include <vector>

// Shared by `relulab train` and `relulab scenario`: builds the data and the trainer, trains for
// config.epochs and prints one row per epoch (epoch 0 = before training).

namespace ReluLab::Cli {

enum class OutputFormat { Csv, Json };

struct TrainingRun
{
    Core::TrainingConfig config;
    std::optional<std::vector<Core::LayerWeights>> initialWeights;
    OutputFormat format = OutputFormat::Csv;
    QString savePath; ///< a session file written after training (empty: none)
};

/// Runs it; returns the exit status (0 done, also when training diverged (said on stderr);
/// 1 a failure while working (saving); 2 bad input: data, configuration or weights).
int runTraining(const TrainingRun &run);

} // namespace ReluLab::Cli
