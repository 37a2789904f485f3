// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/trainer.h"
#include "core/network/trainerstate.h"
#include "core/network/unitstats.h"
#include "core/trainingconfig.h"

#include <QString>

#include <span>

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
    /// Hidden units whose own columns follow each row (--unit L:I; app/unitcolumns.h).
    std::vector<Core::UnitIndex> units;
};

/// The exit status of a run that diverged (DESIGN.md §4): its report is on stderr (and in the
/// JSON's "divergence"), the rows printed are those before it, --save keeps the last finite
/// weights.
inline constexpr int divergedStatus = 3;

/// Runs it; returns the exit status: 0 done; 1 a failure while working (saving); 2 bad input
/// (data, configuration, weights, an unwritable --save path, checked before training);
/// 3 (divergedStatus) training diverged.
int runTraining(const TrainingRun &run);

struct OptionSpec;
class CommandLine;

/// The options of `relulab train`, in the order its help lists them.
std::span<const OptionSpec> trainOptionSpecs();

/// Fills `run` from the parsed options of `relulab train` (a --session first, then every option
/// given over it). Returns -1 when they are good, else the exit status after the message.
int readTrainingRun(const CommandLine &parser, TrainingRun &run);

/// Builds the data split and the trainer of a run as `relulab train` would start it: its
/// initial weights and saved state applied. nullopt (and the message printed) on bad input.
std::optional<Core::Trainer> startTrainer(const TrainingRun &run);

/// The network of a saved session with its weights, for predictions (predict.cpp): its data is
/// a one-sample stand-in of the right widths. nullopt (and the message printed) on bad input.
std::optional<Core::Trainer> sessionNetwork(const char *command, const QString &path);

} // namespace ReluLab::Cli
