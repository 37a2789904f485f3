// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/result.h"
#include "core/trainingconfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ReluLab::Core {

/// Limits of a network's shape (CLI, session files, trainer and the lab's panel use these).
struct NetworkLimits
{
    static constexpr int minWidth = 1;
    static constexpr int maxWidth = 512;
    static constexpr int maxHiddenLayers = 64;
};

/// The size of a run. The trainer passes over the training set in chunks of columns (its
/// workspaces hold chunk × width numbers whatever the sample count), so what still grows with
/// samples × width is the data and what the lab shows of it: a hidden layer's outputs over the
/// training set (units × samples doubles, for the unit tiles' activity) and the per-sample
/// passes. The run size samples × (sum of the hidden widths) is capped so that the largest run
/// accepted stays under 1 GB peak resident memory in the lab and in `relulab train`
/// (bench/bench_memory measures it): 100 000 samples × 512 units, or 10⁶ samples × 60 units.
/// Epochs are capped by Option::Epochs.
struct RunLimits
{
    static constexpr std::int64_t maxSampleUnits = 60'000'000;
};

/// Error "run_too_large" {samples, units (the sum of the hidden widths), size (their product),
/// max (RunLimits::maxSampleUnits)} when samples × units exceeds the limit.
Status checkRunSize(std::int64_t samples, const std::vector<int> &hidden);
/// The same for a configuration, before any data is made: the recipe's sample count for a
/// generated set (a CSV file's rows and the digits' 1797 are counted by Trainer::create).
Status checkRunSize(const TrainingConfig &config);

/// The numeric training options that have a valid range. Every place that accepts one (the CLI
/// options, session and scenario files, the trainer, the lab's controls) checks it against the
/// one table below, so a value accepted in one place is never refused in another.
enum class Option {
    LearningRate, ///< (0, 1e6]
    Momentum,     ///< [0, 1]
    Beta1,        ///< [0, 1): Adam's β1; β = 1 would never forget the first gradient
    Beta2,        ///< [0, 1)
    Epsilon,      ///< [0, 1]
    RmsAlpha,     ///< [0, 1]
    WeightDecay,  ///< [0, 1e6]
    StepSize,     ///< 1 .. 1e6 epochs
    Gamma,        ///< (0, 1e6]
    CosineEpochs, ///< 1 .. 1e6
    BatchSize,    ///< 0 (full batch) .. 1e6
    Epochs,       ///< 0 .. 1e6
    ActivityL1,   ///< [0, 1e6]
    BiasInit,     ///< the constant of a constant bias initialisation: [-1e6, 1e6]
    HiddenLayers, ///< 0 .. NetworkLimits::maxHiddenLayers
    HiddenWidth   ///< NetworkLimits::minWidth .. maxWidth
};

/// One option's valid values: the interval from minimum to maximum, either end open.
struct OptionRange
{
    Option option;
    const char *name; ///< stable id, the session key: "lr", "momentum", "batch_size", ...
    double minimum;
    double maximum;
    bool minimumOpen; ///< the minimum itself is not allowed (a learning rate is > 0)
    bool maximumOpen; ///< the maximum itself is not allowed (β < 1)
    bool integer;     ///< whole numbers only

    /// True for a finite value inside the interval (and whole when `integer`).
    bool contains(double value) const;
    /// "(0, 1000000]", "[0, 1]", "[1, 1000000]": the interval in C-locale numbers.
    std::string intervalText() const;
};

/// The table, one row per Option in enumerator order.
const std::vector<OptionRange> &optionRanges();
const OptionRange &optionRange(Option option);

/// Error "option_out_of_range" {option (the stable name), value, min, max, min_open, max_open
/// ("1" or "0"), interval} when `value` is outside the option's range.
Status checkOption(Option option, double value);

/// Every option of `config` checked against the table, in enumerator order; the first value
/// outside its range is the error (as checkOption). The data set recipe is checked by
/// validateRecipe (core/datasets/datasets.h), activations by Activation::create. Then the run
/// size (checkRunSize).
Status checkLimits(const TrainingConfig &config);

} // namespace ReluLab::Core
