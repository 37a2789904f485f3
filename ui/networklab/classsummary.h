// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainingsnapshot.h"

#include "core/network/projection.h"

#include <cstdint>

namespace ReluLab {

/// Fills a snapshot's ClassSummary in the training thread: one forward pass over the held-out
/// samples gives the predictions (confusion matrix, gallery) and the last hidden layer's outputs
/// of at most projectionLimit of them (projection). Keeps the projection's basis from one
/// snapshot to the next, so that the points of a training network move rather than flip.
class ClassSummaryBuilder
{
public:
    /// The most samples projected: the covariance costs units² · samples, the plot one marker
    /// each.
    static constexpr int projectionLimit = 2000;

    /// Sets snapshot.classSummary when the trainer's inputs have more than two features (leaves
    /// it empty otherwise). A new snapshot.generation (a new network) starts a fresh basis.
    void fill(TrainingSnapshot &snapshot, const Core::Trainer &trainer);

private:
    Core::StableProjection m_projection;
    std::uint64_t m_generation = 0;
    bool m_hasGeneration = false;
};

} // namespace ReluLab
