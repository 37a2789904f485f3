// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "networkgraphmodel.h"
#include "trainingsnapshot.h"

#include <Eigen/Core>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ReluLab {

/// The recorded moments of one run, for the history scrubber: what the graph, the tiles, the
/// decision map and the per-layer charts showed at each full snapshot, so that a paused run can
/// be replayed. Memory stays bounded whatever the run's length and the network's size:
///  - at most `capacity` moments; past that, the interior moment whose neighbours are closest
///    (in optimiser steps) goes, so the kept ones stay about evenly spread over the run, and the
///    first (the untrained network) and the latest are always kept;
///  - a moment keeps only what those views draw: the weights in single precision (the graph's
///    links and biases), the tiles, the active fractions, the diagnostics (dead, sparsity,
///    revived counts) and the fates of the units; not the optimiser's state, not the data;
///  - at most `byteBudget` bytes in all: a wide network keeps fewer moments (10 hidden layers of
///    512 units: about 15 MB a moment, so 8 of them in the default 128 MiB).
class SnapshotHistory
{
public:
    static constexpr int defaultCapacity = 64;
    static constexpr std::size_t defaultByteBudget = std::size_t(128) << 20;

    explicit SnapshotHistory(int capacity = defaultCapacity,
                             std::size_t byteBudget = defaultByteBudget);

    void clear();
    /// Every snapshot of the run in order, progress ones included: the units' fates follow each
    /// evaluated epoch (as the graph's do); a full snapshot becomes a moment (replacing the
    /// latest when it is at the same step). A new generation, or a step before the latest (a
    /// reopened run), starts the history afresh.
    void record(const TrainingSnapshot &snapshot);

    int size() const { return int(m_moments.size()); }
    bool isEmpty() const { return m_moments.empty(); }
    /// The most moments kept for the current network: `capacity`, or fewer when that many
    /// would not fit in the byte budget (never fewer than 2: the first and the latest).
    int capacity() const;
    /// Bytes held by the moments (the large parts: weights, tiles, maps, per-unit flags).
    std::size_t bytes() const;
    std::size_t byteBudget() const { return m_byteBudget; }

    int epochAt(int index) const;
    std::int64_t stepAt(int index) const;
    /// Minibatches of the next epoch done at that moment (0: at an epoch boundary).
    int stepInEpochAt(int index) const;
    int stepsPerEpochAt(int index) const;
    /// The diagnostics of that moment: dead, sparsity and revived counts per layer, as the CLI
    /// prints them for the same epoch when the moment is at an epoch boundary.
    const Core::Diagnostics &diagnosticsAt(int index) const;
    const UnitFates &fatesAt(int index) const;
    /// The fates after the latest evaluated epoch (those the live graph shows).
    const UnitFates &currentFates() const { return m_fates; }
    /// The moment as the views take it (weights back in double precision).
    TrainingSnapshot snapshotAt(int index) const;
    /// The index of the latest moment at an epoch boundary of `epoch`, or -1.
    int indexOfEpoch(int epoch) const;

private:
    struct CompactLayer
    {
        Eigen::MatrixXf weight; ///< out x in
        Eigen::VectorXf bias;   ///< out
        std::vector<double> preluSlopes;
    };
    struct Moment
    {
        TrainingSnapshot snapshot; ///< without weights, state and new epochs
        std::vector<CompactLayer> weights;
        UnitFates fates;
        std::size_t bytes = 0;
    };
    static std::size_t bytesOf(const Moment &moment);
    void thin();

    int m_capacity = defaultCapacity;
    std::size_t m_byteBudget = defaultByteBudget;
    std::vector<Moment> m_moments;
    UnitFates m_fates;
};

} // namespace ReluLab
