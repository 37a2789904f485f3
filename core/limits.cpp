// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "limits.h"

#include "core/numbertext.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace ReluLab::Core {

namespace {

constexpr double million = 1e6;

} // namespace

bool OptionRange::contains(double value) const
{
    if (!std::isfinite(value))
        return false;
    if (minimumOpen ? value <= minimum : value < minimum)
        return false;
    if (maximumOpen ? value >= maximum : value > maximum)
        return false;
    return !integer || std::floor(value) == value;
}

std::string OptionRange::intervalText() const
{
    return std::string(minimumOpen ? "(" : "[") + shortestText(minimum) + ", "
           + shortestText(maximum) + (maximumOpen ? ")" : "]");
}

const std::vector<OptionRange> &optionRanges()
{
    using L = NetworkLimits;
    // Option, name, minimum, maximum, minimum open, maximum open, integer.
    static const std::vector<OptionRange> table{
        {Option::LearningRate, "lr", 0.0, million, true, false, false},
        {Option::Momentum, "momentum", 0.0, 1.0, false, false, false},
        {Option::Beta1, "beta1", 0.0, 1.0, false, true, false},
        {Option::Beta2, "beta2", 0.0, 1.0, false, true, false},
        {Option::Epsilon, "epsilon", 0.0, 1.0, false, false, false},
        {Option::RmsAlpha, "rms_alpha", 0.0, 1.0, false, false, false},
        {Option::WeightDecay, "weight_decay", 0.0, million, false, false, false},
        {Option::StepSize, "step_size", 1.0, million, false, false, true},
        {Option::Gamma, "gamma", 0.0, million, true, false, false},
        {Option::CosineEpochs, "cosine_epochs", 1.0, million, false, false, true},
        {Option::BatchSize, "batch_size", 0.0, million, false, false, true},
        {Option::Epochs, "epochs", 0.0, million, false, false, true},
        {Option::ActivityL1, "activity_l1", 0.0, million, false, false, false},
        {Option::BiasInit, "bias_init", -million, million, false, false, false},
        {Option::HiddenLayers, "hidden_layers", 0.0, double(L::maxHiddenLayers), false, false,
         true},
        {Option::HiddenWidth, "hidden_width", double(L::minWidth), double(L::maxWidth), false,
         false, true},
    };
    return table;
}

const OptionRange &optionRange(Option option)
{
    const OptionRange &range = optionRanges()[static_cast<std::size_t>(option)];
    assert(range.option == option);
    return range;
}

Status checkOption(Option option, double value)
{
    const OptionRange &range = optionRange(option);
    if (range.contains(value))
        return {};
    return makeError("option_out_of_range",
                     std::string(range.name) + ": " + shortestText(value) + " is outside "
                         + range.intervalText(),
                     {{"option", range.name},
                      {"value", shortestText(value)},
                      {"min", shortestText(range.minimum)},
                      {"max", shortestText(range.maximum)},
                      {"min_open", range.minimumOpen ? "1" : "0"},
                      {"max_open", range.maximumOpen ? "1" : "0"},
                      {"interval", range.intervalText()}});
}

Status checkLimits(const TrainingConfig &config)
{
    const OptimizerConfig &o = config.optimizer;
    const NetworkConfig &n = config.network;
    const std::pair<Option, double> values[] = {
        {Option::LearningRate, o.learningRate},
        {Option::Momentum, o.momentum},
        {Option::Beta1, o.beta1},
        {Option::Beta2, o.beta2},
        {Option::Epsilon, o.epsilon},
        {Option::RmsAlpha, o.rmsAlpha},
        {Option::WeightDecay, o.weightDecay},
        {Option::StepSize, double(o.stepSize)},
        {Option::Gamma, o.gamma},
        {Option::CosineEpochs, double(o.cosineEpochs)},
        {Option::BatchSize, double(config.batchSize)},
        {Option::Epochs, double(config.epochs)},
        {Option::ActivityL1, config.activityL1},
        {Option::BiasInit, n.bias.pytorchDefault ? 0.0 : n.bias.value},
        {Option::HiddenLayers, double(n.hidden.size())},
    };
    for (const auto &[option, value] : values) {
        if (Status status = checkOption(option, value); !status)
            return status;
    }
    return checkRunSize(config);
}

Status checkRunSize(std::int64_t samples, const std::vector<int> &hidden)
{
    std::int64_t units = 0;
    for (int width : hidden)
        units += std::max(width, 0);
    // Both factors are far below 2^31 (samples, and 64 layers of 512 units): no overflow.
    const std::int64_t size = std::max<std::int64_t>(samples, 0) * units;
    if (size <= RunLimits::maxSampleUnits)
        return {};
    return makeError("run_too_large",
                     std::to_string(samples) + " samples x " + std::to_string(units)
                         + " hidden units is more than "
                         + std::to_string(RunLimits::maxSampleUnits),
                     {{"samples", std::to_string(samples)},
                      {"units", std::to_string(units)},
                      {"size", std::to_string(size)},
                      {"max", std::to_string(RunLimits::maxSampleUnits)}});
}

Status checkRunSize(const TrainingConfig &config)
{
    // A CSV file's rows are known once read, the digits are a fixed set: Trainer::create counts
    // those. A generated set has exactly recipe.samples samples (train and test together).
    if (config.data.name == "csv" || config.data.name == "digits")
        return {};
    return checkRunSize(config.data.samples, config.network.hidden);
}

} // namespace ReluLab::Core
