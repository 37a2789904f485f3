// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "classsummary.h"
#include "trainingsnapshot.h"

#include "core/network/trainer.h"
#include "core/network/unitstats.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

class QTimer;

namespace ReluLab {

/// Trains in its own thread (DESIGN.md §2): owns the core::Trainer by value, steps it in chunks of
/// about 16 ms and emits value snapshots. A full snapshot costs one forward pass over the training
/// set, one over the tiles' grid and one over the decision map, plus the diagnostics; while
/// playing, full snapshots take at most about a sixth of the thread's time, and progress
/// snapshots (see TrainingSnapshot::progressOnly) fill the display rate in between. Every public function must run in the worker's thread:
/// the controller calls them through queued invocations. `stop` is the only state shared with the
/// GUI thread (an atomic checked between steps); `pendingSnapshots` counts snapshots sent but not
/// yet shown, so a slow GUI never gets a growing queue (at most one in flight).
class TrainingWorker final : public QObject
{
    Q_OBJECT

public:
    TrainingWorker(const std::atomic_bool &stop, std::atomic_int &pendingSnapshots);
    ~TrainingWorker() override;

    /// Builds a fresh Trainer (initialisation from config.seed) and sends its first snapshot.
    /// `keepPrevious`: the current trainer is kept aside for restorePrevious() (an undoable
    /// reset); otherwise any trainer kept aside is dropped.
    void configure(const Core::TrainingConfig &config, const Core::DataSplit &data,
                   std::uint64_t generation, bool keepPrevious = false);
    /// Drops the trainer (and any kept aside) and stops: there is no network to train until the
    /// next configure(). Nothing is published.
    void discard(std::uint64_t generation);
    /// Brings back the trainer kept aside by the last configure(), paused, and sends its
    /// snapshot under `generation`. False when none was kept.
    bool restorePrevious(std::uint64_t generation);
    void setPlaying(bool playing);
    /// Trains to the end of the current epoch (pauses first): a run at an epoch boundary
    /// advances exactly one epoch.
    void stepEpoch();
    /// Epochs per second; 0 = as fast as possible.
    void setSpeed(int epochsPerSecond);
    /// Pause when this many epochs are complete; 0 = never.
    void setStopAfterEpochs(int epochs);
    void setActivation(int layer, const Core::LayerActivation &activation);
    void setLearningRate(double learningRate);
    /// Replaces the weights; with a saved `state` (Trainer::state()) the run continues where it
    /// stopped (epoch, optimiser buffers, generator), else the optimiser starts afresh.
    void setWeights(const std::vector<Core::LayerWeights> &weights,
                    const std::optional<Core::TrainerState> &state = std::nullopt);
    /// After divergence: keep the last good weights and allow training again.
    void resetDivergence();
    void setHistogramLayer(int layer);
    /// The unit whose statistics every full snapshot carries (empty: none); publishes.
    void setInspectedUnit(std::optional<Core::UnitIndex> unit);
    /// Sends a full snapshot now (regardless of the display-rate limit and the budget).
    void publish();
    /// Runs `work` as the top of the worker (every command the controller posts, every tick):
    /// an allocation failure in it drops the trainer, pauses and emits failed() with a clear
    /// message instead of ending the program; the next configure() starts afresh.
    void runGuarded(const std::function<void()> &work);

signals:
    void snapshotReady(const ReluLab::TrainingSnapshot &snapshot);
    void playingChanged(bool playing);
    void failed(const QString &message);

private:
    /// The decision grid and the tiles' grid over the current trainer's data.
    void preparePlane();
    void tick();
    void scheduleTick();
    bool trainOneStep();
    void recordEpoch();
    void publishIfDue();
    /// The time between full snapshots while playing: six times what the last one cost, at
    /// least fullSnapshotMinimumMs.
    qint64 fullSnapshotSpacingNs() const;
    /// Whether progress snapshots refresh the header between full ones (full ones are costly).
    bool progressFillsFrames() const;
    /// How long until publishIfDue() would send a refresh (0: now).
    qint64 nanosecondsUntilRefresh() const;
    /// How early a refresh may go: half a training step, at most half a display frame.
    qint64 refreshToleranceNs() const;
    void publishProgress();
    void fillProgress(TrainingSnapshot &snapshot) const;
    /// Empty when stop was raised on the way (the thread is being shut down).
    std::optional<TrainingSnapshot> buildSnapshot();
    /// The inspected unit's statistics (a pass of their own over the training set) and curve.
    void addInspectedUnit(TrainingSnapshot &snapshot) const;
    /// The network's outputs (classification: probabilities) over the decision map's points, a
    /// block of points at a time so that stop is honoured within a block's time.
    std::optional<Eigen::MatrixXd> decisionOutputs(bool classification) const;
    bool stopping() const { return m_stop.load(std::memory_order_relaxed); }
    const Core::Diagnostics &currentDiagnostics();

    const std::atomic_bool &m_stop;
    std::atomic_int &m_pending;
    QTimer *m_timer = nullptr;
    std::optional<Core::Trainer> m_trainer;
    std::optional<Core::Trainer> m_previous; ///< before an undoable reset
    std::uint64_t m_generation = 0;
    bool m_playing = false;
    int m_epochsPerSecond = 0;
    int m_stopAfterEpochs = 0;
    int m_histogramLayer = 0;
    std::optional<Core::UnitIndex> m_inspected;
    double m_stepCredit = 0.0;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sincePublish;
    QElapsedTimer m_sinceFull; ///< since the last full snapshot
    /// Since the last snapshot that carried the trainer's state (invalid: the next one must).
    QElapsedTimer m_sinceState;
    qint64 m_fullCostNs = 0;  ///< what the last full snapshot cost
    qint64 m_stepNs = 0;      ///< what the last training step cost (at full speed)
    qint64 m_stateCostNs = 0; ///< what the last copy of the trainer's state cost
    /// Steps the previous tick took (at a limited speed often 0); -1: no tick since Play.
    int m_lastTickSteps = -1;
    std::vector<EpochRecord> m_newEpochs;
    Core::Diagnostics m_cachedDiagnostics;
    std::int64_t m_cachedStep = -1;
    double m_measuredStepsPerSecond = 0.0;
    Eigen::MatrixXd m_decisionInputs; ///< 2 x points of the decision grid
    Eigen::MatrixXd m_tileInputs;     ///< features x points of the tiles' grid
    bool m_mapSharesTiles = false;    ///< the decision grid is the tiles' grid (same points)
    Core::GridSpec m_decisionGrid;
    Core::GridSpec m_tileGrid;
    bool m_hasPlane = false;
    ClassSummaryBuilder m_classSummary; ///< more than two features: confusion, projection
};

} // namespace ReluLab
