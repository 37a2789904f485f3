// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainingsnapshot.h"

#include "core/network/trainer.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace ReluLab {

class TrainingWorker;

/// The GUI thread's handle on training (DESIGN.md §2, Qt's worker-object pattern): owns a
/// QThread in which a TrainingWorker lives, forwards commands to it as queued invocations and
/// relays its snapshots. Nothing mutable is shared except two atomics (stop, snapshots in
/// flight). The destructor stops the worker and joins the thread, so closing the window while
/// training neither hangs nor crashes.
class TrainingController final : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    /// Starts over with a new configuration and data: a fresh network from config.seed.
    /// `undoable`: the run so far is kept aside, and restorePrevious() brings it back.
    void configure(const Core::TrainingConfig &config, const Core::DataSplit &data,
                   bool undoable = false);
    /// No network: the data cannot be used. Training stops, the trainer is dropped (Play and
    /// Step then do nothing) and snapshots still on their way are ignored.
    void discard();
    /// Undoes the last undoable configure(): the previous trainer returns, paused, with its
    /// weights, optimiser state and epoch (a snapshot of it follows).
    void restorePrevious();
    void play();
    void pause();
    void setPlaying(bool playing);
    /// One epoch (see TrainingWorker::stepEpoch).
    void stepEpoch();
    /// Epochs per second, 0 = full speed.
    void setSpeed(int epochsPerSecond);
    void setStopAfterEpochs(int epochs);
    void setActivation(int layer, const Core::LayerActivation &activation);
    void setLearningRate(double learningRate);
    /// See TrainingWorker::setWeights.
    void setWeights(const std::vector<Core::LayerWeights> &weights,
                    const std::optional<Core::TrainerState> &state = std::nullopt);
    void resetDivergence();
    void setHistogramLayer(int layer);
    /// The unit whose statistics the snapshots carry (TrainingSnapshot::inspectedUnit).
    void setInspectedUnit(std::optional<Core::UnitIndex> unit);
    /// The parameters of the last full snapshot of the current configuration that carried the
    /// run's state (empty until one has arrived), or those given to setWeights() until their
    /// snapshot arrives. Never waits
    /// for the training thread: a paused run's are exact (pausing sends a full snapshot), a
    /// running one's are at most one full refresh old (about a second on the largest networks). `state`, when given, receives the run's
    /// state taken together with those weights (the same snapshot), so a session saved from them
    /// continues bit for bit.
    std::vector<Core::LayerWeights> currentWeights(std::optional<Core::TrainerState> *state
                                                   = nullptr) const;

    bool isPlaying() const { return m_playing; }
    /// The last snapshot shown (of the current configuration).
    const TrainingSnapshot &lastSnapshot() const { return m_last; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    std::uint64_t generation() const { return m_generation; }

signals:
    /// A new snapshot of the current configuration (stale ones are dropped); a progress
    /// snapshot (progressOnly) carries only the numbers that moved.
    void snapshotReady(const ReluLab::TrainingSnapshot &snapshot);
    void playingChanged(bool playing);
    void failed(const QString &message);

private:
    void onSnapshot(const ReluLab::TrainingSnapshot &snapshot);
    void onPlayingChanged(bool playing);
    template<typename Function>
    void post(Function function);

    /// A new generation: nothing of the last one's snapshots or weights answers any more.
    void forgetSnapshots();

    QThread m_thread;
    TrainingWorker *m_worker = nullptr;
    std::atomic_bool m_stop{false};
    std::atomic_int m_pending{0};
    std::uint64_t m_generation = 0;
    bool m_playing = false;
    bool m_hasSnapshot = false;
    TrainingSnapshot m_last;
    /// The latest weights that came with the trainer's state (on a large network the worker
    /// sends the state less often while playing): the pair a saved session continues from.
    std::shared_ptr<const std::vector<Core::LayerWeights>> m_savedWeights;
    std::shared_ptr<const Core::TrainerState> m_savedState;
    /// Weights sent by setWeights() whose snapshot has not arrived yet.
    std::shared_ptr<const std::vector<Core::LayerWeights>> m_givenWeights;
    std::optional<Core::TrainerState> m_givenState; ///< given with m_givenWeights
};

} // namespace ReluLab
