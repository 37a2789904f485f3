// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "network.h"
#include "optimiser.h"
#include "revival.h"
#include "trainer.h"

#include "core/random.h"

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace ReluLab::Core {

/// The state every Trainer has whatever its float type; the arithmetic lives in TrainerImpl.
class TrainerPrivate
{
public:
    virtual ~TrainerPrivate() = default;

    /// One minibatch step (see Trainer::step); assumes status Ok.
    virtual bool step() = 0;
    virtual Diagnostics evaluate() = 0;
    virtual std::vector<LayerWeights> weights() const = 0;
    /// Shapes already validated.
    virtual void assignWeights(const std::vector<LayerWeights> &weights) = 0;
    virtual void setActivation(int layer, HiddenActivation activation, double preluInit) = 0;
    /// Hidden layer `layer`'s pre-activations (preActivation) or outputs, or (layer = L) the
    /// network outputs, for inputs (features x samples), evaluation mode.
    virtual Eigen::MatrixXd forwardTo(int layer, const Eigen::MatrixXd &inputs,
                                      bool preActivation) const = 0;
    /// The same in chunks of chunkColumns() samples: visit(first sample, rows x chunk values), so
    /// a pass over the training set needs no rows x samples matrix.
    using ChunkVisitor = std::function<void(Eigen::Index, const Eigen::MatrixXd &)>;
    virtual void forEachChunk(int layer, const Eigen::MatrixXd &inputs, bool preActivation,
                              const ChunkVisitor &visit) const = 0;
    /// Every hidden layer's outputs (and pre-activations when asked) and the network outputs,
    /// from one forward pass in evaluation mode, chunk by chunk: visit(first sample, chunk).
    using PassVisitor = std::function<void(Eigen::Index, const ForwardPass &)>;
    virtual void forEachPassChunk(const Eigen::MatrixXd &inputs, bool preActivations,
                                  const PassVisitor &visit) const = 0;
    virtual Eigen::Index chunkColumns() const = 0;
    virtual void setChunkColumns(Eigen::Index columns) = 0;
    virtual std::vector<double> slopes(int layer) const = 0;
    virtual void setInterruption(const std::atomic_bool *flag) = 0;
    /// The optimiser's count and buffers, the pending order; and putting them back (already
    /// validated by Trainer::restoreState, sizes included).
    virtual void saveState(TrainerState &state) const = 0;
    virtual void loadState(const TrainerState &state) = 0;
    virtual Eigen::Index parameterCount() const = 0;
    /// Whether `value` can be held by the network's float type (finite there).
    virtual bool representable(double value) const = 0;

    int stepsPerEpoch() const;
    double currentLearningRate() const
    {
        return baseLearningRate * scheduleFactor(config.optimizer, epoch);
    }

    TrainingConfig config;
    DataSplit data;
    std::vector<int> widths;
    Rng rng;
    double baseLearningRate = 0.1;
    int epoch = 0;
    std::int64_t steps = 0;
    int stepInEpoch = 0;
    TrainingStatus status = TrainingStatus::Ok;
    std::optional<DivergenceReport> divergence;
    Diagnostics initial;
    /// Dead, revived and dead-since-the-start units over the evaluations so far.
    RevivalTracker revival;
    /// The epoch-0 training loss, the reference of the divergence bound (NaN until measured).
    double referenceLoss = std::numeric_limits<double>::quiet_NaN();
};

/// Builds the implementation for config.network.dtype with the given initial parameters.
std::unique_ptr<TrainerPrivate> makeTrainerPrivate(const TrainingConfig &config, DataSplit data,
                                                   std::vector<int> widths,
                                                   std::vector<HiddenActivation> activations,
                                                   const std::vector<double> &preluInits);

} // namespace ReluLab::Core
