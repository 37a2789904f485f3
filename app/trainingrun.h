// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/trainerstate.h"
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
    /// A saved run's state (with initialWeights): training continues where it stopped, and the
    /// first row printed is its current epoch's.
    std::optional<Core::TrainerState> initialState;
    OutputFormat format = OutputFormat::Csv;
    QString savePath; ///< a session file written after training (null: none)
};

/// The exit status of a run that diverged (DESIGN.md §4): its report is on stderr (and in the
/// JSON's "divergence"), the rows printed are those before it, --save keeps the last finite
/// weights.
inline constexpr int divergedStatus = 3;

/// Runs it; returns the exit status: 0 done; 1 a failure while working (saving); 2 bad input
/// (data, configuration, weights, an unwritable --save path, checked before training);
/// 3 (divergedStatus) training diverged.
int runTraining(const TrainingRun &run);

} // namespace ReluLab::Cli
