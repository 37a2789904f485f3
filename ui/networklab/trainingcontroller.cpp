// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "trainingcontroller.h"

#include "trainingworker.h"

#include <QMetaObject>

#include <functional>

namespace ReluLab {

TrainingController::TrainingController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ReluLab::TrainingSnapshot>();
    m_thread.setObjectName(QStringLiteral("relulab-training"));
    m_worker = new TrainingWorker(m_stop, m_pending);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &TrainingWorker::snapshotReady, this, &TrainingController::onSnapshot,
            Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::playingChanged, this, &TrainingController::onPlayingChanged,
            Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::failed, this, &TrainingController::failed,
            Qt::QueuedConnection);
    m_thread.start();
}

TrainingController::~TrainingController()
{
    // The worker checks m_stop between steps, so quit() is processed within one step.
    m_stop.store(true);
    m_thread.quit();
    m_thread.wait();
    // The thread has finished: deleting the worker from here is safe, and its pending queued
    // events die with it.
    delete m_worker;
}

template<typename Function>
void TrainingController::post(Function function)
{
    // Every command runs at the top of the worker (runGuarded): running out of memory in it is
    // a message, not an abort.
    TrainingWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, function = std::move(function)] { worker->runGuarded(std::cref(function)); },
        Qt::QueuedConnection);
}

void TrainingController::forgetSnapshots()
{
    m_hasSnapshot = false;
    m_givenWeights.reset();
    m_givenState.reset();
    m_savedWeights.reset();
    m_savedState.reset();
}

void TrainingController::configure(const Core::TrainingConfig &config, const Core::DataSplit &data,
                                   bool undoable)
{
    const std::uint64_t generation = ++m_generation;
    forgetSnapshots();
    TrainingWorker *worker = m_worker;
    post([worker, config, data, generation, undoable] {
        worker->configure(config, data, generation, undoable);
    });
}

void TrainingController::discard()
{
    const std::uint64_t generation = ++m_generation;
    forgetSnapshots();
    TrainingWorker *worker = m_worker;
    post([worker, generation] { worker->discard(generation); });
}

void TrainingController::restorePrevious()
{
    const std::uint64_t generation = ++m_generation;
    forgetSnapshots();
    TrainingWorker *worker = m_worker;
    post([worker, generation] { worker->restorePrevious(generation); });
}

void TrainingController::play()
{
    setPlaying(true);
}

void TrainingController::pause()
{
    setPlaying(false);
}

void TrainingController::setPlaying(bool playing)
{
    TrainingWorker *worker = m_worker;
    post([worker, playing] { worker->setPlaying(playing); });
}

void TrainingController::stepEpoch()
{
    TrainingWorker *worker = m_worker;
    post([worker] { worker->stepEpoch(); });
}

void TrainingController::setSpeed(int epochsPerSecond)
{
    TrainingWorker *worker = m_worker;
    post([worker, epochsPerSecond] { worker->setSpeed(epochsPerSecond); });
}

void TrainingController::setStopAfterEpochs(int epochs)
{
    TrainingWorker *worker = m_worker;
    post([worker, epochs] { worker->setStopAfterEpochs(epochs); });
}

void TrainingController::setActivation(int layer, const Core::LayerActivation &activation)
{
    TrainingWorker *worker = m_worker;
    post([worker, layer, activation] { worker->setActivation(layer, activation); });
}

void TrainingController::setLearningRate(double learningRate)
{
    TrainingWorker *worker = m_worker;
    post([worker, learningRate] { worker->setLearningRate(learningRate); });
}

void TrainingController::setWeights(const std::vector<Core::LayerWeights> &weights,
                                    const std::optional<Core::TrainerState> &state)
{
    // Until the snapshot of these weights is here, they are the current ones (a session saved in
    // between must not lose weights just opened). The worker answers with that snapshot as it
    // applies them; the marker it sends next is queued behind it.
    m_givenWeights = std::make_shared<const std::vector<Core::LayerWeights>>(weights);
    m_givenState = state;
    TrainingWorker *worker = m_worker;
    const std::uint64_t generation = m_generation;
    post([this, worker, weights, state, generation] {
        worker->setWeights(weights, state);
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
            if (generation == m_generation) {
                m_givenWeights.reset();
                m_givenState.reset();
            }
            },
            Qt::QueuedConnection);
    });
}

void TrainingController::resetDivergence()
{
    TrainingWorker *worker = m_worker;
    post([worker] { worker->resetDivergence(); });
}

void TrainingController::setHistogramLayer(int layer)
{
    TrainingWorker *worker = m_worker;
    post([worker, layer] { worker->setHistogramLayer(layer); });
}

void TrainingController::setInspectedUnit(std::optional<Core::UnitIndex> unit)
{
    TrainingWorker *worker = m_worker;
    post([worker, unit] { worker->setInspectedUnit(unit); });
}

std::vector<Core::LayerWeights> TrainingController::currentWeights(
    std::optional<Core::TrainerState> *state) const
{
    if (m_givenWeights) {
        if (state)
            *state = m_givenState;
        return *m_givenWeights;
    }
    if (!m_hasSnapshot || !m_savedWeights)
        return {};
    if (state)
        *state = m_savedState ? std::optional(*m_savedState) : std::nullopt;
    return *m_savedWeights;
}

void TrainingController::onSnapshot(const TrainingSnapshot &snapshot)
{
    m_pending.fetch_sub(1);
    if (snapshot.generation != m_generation)
        return;
    if (snapshot.progressOnly) {
        // A full snapshot of this generation always comes first (configure and restore send
        // one); a progress snapshot only moves its numbers on.
        if (!m_hasSnapshot)
            return;
        m_last.epoch = snapshot.epoch;
        m_last.step = snapshot.step;
        m_last.stepInEpoch = snapshot.stepInEpoch;
        m_last.stepsPerEpoch = snapshot.stepsPerEpoch;
        m_last.learningRate = snapshot.learningRate;
        m_last.stepsPerSecond = snapshot.stepsPerSecond;
        m_last.playing = snapshot.playing;
        m_last.newEpochs = snapshot.newEpochs;
        emit snapshotReady(snapshot);
        return;
    }
    m_last = snapshot;
    m_hasSnapshot = true;
    // The first snapshot of every network carries its state, so the pair is never another
    // network's.
    if (snapshot.state || !m_savedWeights) {
        m_savedWeights = snapshot.weights;
        m_savedState = snapshot.state;
    }
    emit snapshotReady(m_last);
}

void TrainingController::onPlayingChanged(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    emit playingChanged(playing);
}

} // namespace ReluLab
