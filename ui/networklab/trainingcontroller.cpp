// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "trainingcontroller.h"

#include "trainingworker.h"

#include <QMetaObject>

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
    QMetaObject::invokeMethod(m_worker, std::move(function), Qt::QueuedConnection);
}

void TrainingController::configure(const Core::TrainingConfig &config, const Core::DataSplit &data,
                                   bool undoable)
{
    const std::uint64_t generation = ++m_generation;
    m_hasSnapshot = false;
    TrainingWorker *worker = m_worker;
    post([worker, config, data, generation, undoable] {
        worker->configure(config, data, generation, undoable);
    });
}

void TrainingController::discard()
{
    const std::uint64_t generation = ++m_generation;
    m_hasSnapshot = false;
    TrainingWorker *worker = m_worker;
    post([worker, generation] { worker->discard(generation); });
}

void TrainingController::restorePrevious()
{
    const std::uint64_t generation = ++m_generation;
    m_hasSnapshot = false;
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
    TrainingWorker *worker = m_worker;
    post([worker, weights, state] { worker->setWeights(weights, state); });
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

std::vector<Core::LayerWeights> TrainingController::currentWeights(
    std::optional<Core::TrainerState> *state) const
{
    std::vector<Core::LayerWeights> weights;
    const TrainingWorker *worker = m_worker;
    // Queued behind the commands already posted (a configure() just sent is applied first).
    // Weights and state in one call: no step can come between them.
    QMetaObject::invokeMethod(
        m_worker,
        [worker, &weights, state] {
        weights = worker->currentWeights();
        if (state)
            *state = worker->currentState();
        },
        Qt::BlockingQueuedConnection);
    return weights;
}

void TrainingController::onSnapshot(const TrainingSnapshot &snapshot)
{
    m_pending.fetch_sub(1);
    if (snapshot.generation != m_generation)
        return;
    m_last = snapshot;
    m_hasSnapshot = true;
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
