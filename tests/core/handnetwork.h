// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Networks small enough to compute by hand, for the tests of the diagnostics, revival and unit
// statistics: one input feature x, one hidden layer of units z_i = w_i·x + b_i, two outputs
// that each take half of every hidden output, in float64.
#pragma once

#include "core/network/trainer.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace ReluLab::Core::Testing {

/// Training samples x with their class labels (two classes, no test set).
inline DataSplit lineData(std::initializer_list<double> xs, std::vector<int> labels)
{
    DataSplit data;
    data.train.classCount = 2;
    data.train.inputs.resize(1, Eigen::Index(xs.size()));
    Eigen::Index i = 0;
    for (const double x : xs)
        data.train.inputs(0, i++) = x;
    data.train.labels = std::move(labels);
    return data;
}

/// The hidden layer z_i = slopes[i]·x + biases[i], then the two half-weight outputs.
inline std::vector<LayerWeights> oneInputNetwork(std::initializer_list<double> slopes,
                                                 std::initializer_list<double> biases)
{
    LayerWeights hidden;
    hidden.weight = Eigen::Map<const Eigen::VectorXd>(slopes.begin(), Eigen::Index(slopes.size()));
    hidden.bias = Eigen::Map<const Eigen::VectorXd>(biases.begin(), Eigen::Index(biases.size()));
    LayerWeights output;
    output.weight = Eigen::MatrixXd::Constant(2, hidden.weight.rows(), 0.5);
    output.bias = Eigen::VectorXd::Zero(2);
    return {hidden, output};
}

/// A float64 trainer on `data` with `activation` in its one hidden layer and these weights
/// (none when the weights do not fit: the caller's QVERIFY(trainer) then fails).
inline Expected<Trainer> handTrainer(const std::string &activation, const DataSplit &data,
                                     const std::vector<LayerWeights> &weights, int batchSize = 32)
{
    TrainingConfig config;
    config.network.hidden = {int(weights.front().weight.rows())};
    config.network.activations = {LayerActivation{activation, {}}};
    config.network.dtype = Dtype::F64;
    config.batchSize = batchSize;
    Expected<Trainer> trainer = Trainer::create(config, data);
    if (trainer && !trainer->setWeights(weights))
        return Expected<Trainer>(makeError("test.weights", "the weights do not fit"));
    return trainer;
}

} // namespace ReluLab::Core::Testing
