// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "revival.h"

#include "core/random.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace ReluLab::Core {

/// Everything besides the configuration and the parameters that the next optimiser step depends
/// on. With it a run that is saved and reopened continues bit for bit as if it had never
/// stopped: the learning-rate schedule is a closed form of `epoch` (scheduleFactor), the
/// shuffling and RReLU draws come from `rng`, and the optimiser's buffers are kept as they are.
struct TrainerState
{
    int epoch = 0;         ///< completed epochs (the schedule's position)
    std::int64_t step = 0; ///< optimiser steps taken by the run
    int stepInEpoch = 0;   ///< minibatches of the current epoch already done
    /// The current epoch's shuffled order of the training samples (a permutation of 0..n-1);
    /// empty at an epoch boundary and in full-batch runs, where no order is pending.
    std::vector<int> order;
    RngState rng;
    /// The optimiser's own step count t (Adam's bias corrections, SGD's first-step buffer); it
    /// restarts at 0 when the weights are replaced or a divergence is undone.
    std::int64_t optimiserStep = 0;
    /// Over the flat parameter vector (Network's layout): SGD's and RMSprop's momentum buffer or
    /// Adam's m; Adam's v or RMSprop's square average. The network's float type's values.
    std::vector<double> firstMoment;
    std::vector<double> secondMoment;
    /// The epoch-0 training loss and weight-gradient norms: the divergence test's references.
    double referenceLoss = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> referenceGradientNorms;
    /// What the evaluations so far saw of each hidden unit (RevivalTracker); empty: unknown, the
    /// next evaluation starts a new history.
    UnitHistory unitHistory;
};

} // namespace ReluLab::Core
