// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "trainingworker.h"

#include "io/coreerrortext.h"

#include "core/limits.h"

#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>

namespace ReluLab {

namespace {

// A chunk of training lasts at most about one display frame, so that queued commands (pause,
// switch an activation) wait at most that long; it ends early when a refresh falls due, so that
// refreshes keep their pace instead of waiting for the chunk's end.
constexpr qint64 chunkNanoseconds = 16'000'000;
// Snapshots at most once per display frame; the GUI acknowledges each one (m_pending).
constexpr qint64 publishIntervalMs = 16;
// While playing, a full snapshot is sent when the time since the last one is at least this many
// times what that one cost (so full snapshots take at most 1/(1 + 6) of the training thread),
// and never more often than 25 times a second. Only when full snapshots are that costly do
// progress snapshots fill the frames in between: on a small network every refresh is a full one,
// and the GUI thread is not handed more refreshes than it needs.
constexpr qint64 fullSnapshotSpacing = 6;
constexpr qint64 fullSnapshotMinimumMs = 40;
constexpr int histogramBins = 40;
constexpr qint64 stateSpacing = 10;

double meanOf(const std::vector<double> &values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

GridField toField(const Eigen::MatrixXd &rowsByColumns)
{
    GridField field;
    field.rows = static_cast<int>(rowsByColumns.rows());
    field.columns = static_cast<int>(rowsByColumns.cols());
    field.values.resize(static_cast<size_t>(rowsByColumns.size()));
    for (Eigen::Index i = 0; i < rowsByColumns.rows(); ++i) {
        for (Eigen::Index j = 0; j < rowsByColumns.cols(); ++j)
            field.values[static_cast<size_t>(i * rowsByColumns.cols() + j)] = static_cast<float>(
                rowsByColumns(i, j));
    }
    return field;
}

} // namespace

TrainingWorker::TrainingWorker(const std::atomic_bool &stop, std::atomic_int &pendingSnapshots)
    : m_stop(stop)
    , m_pending(pendingSnapshots)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { runGuarded([this] { tick(); }); });
}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::runGuarded(const std::function<void()> &work)
{
    try {
        work();
    } catch (const std::bad_alloc &) {
        // Out of memory in the middle of a step or a snapshot: the trainer may be half-updated,
        // so it goes (freeing its memory); the lab stays usable and says why.
        discard(m_generation);
        emit failed(tr("Out of memory: this computer cannot hold the network and the data set, "
                       "so training stopped. Choose fewer samples or fewer, narrower hidden "
                       "layers (a run is at most %1 samples × hidden units).")
                        .arg(Core::RunLimits::maxSampleUnits));
    } catch (const Core::Interrupted &) {
        // The controller is closing: whatever was half-done is dropped with the trainer (the
        // last snapshot, which the window saves, is complete).
        discard(m_generation);
    }
}

void TrainingWorker::configure(const Core::TrainingConfig &config, const Core::DataSplit &data,
                               std::uint64_t generation, bool keepPrevious)
{
    m_timer->stop();
    m_generation = generation;
    m_newEpochs.clear();
    m_cachedStep = -1;
    m_sinceState.invalidate();
    // The trainer is moved aside, not copied: its weights, optimiser state, epoch count and
    // random stream come back as they were when the reset is undone.
    m_previous.reset();
    if (keepPrevious && m_trainer)
        m_previous = std::move(m_trainer);
    m_trainer.reset();
    // The stop flag interrupts the trainer's work at its next layer product (its creation's
    // evaluation included): closing the window never waits for a whole step or evaluation.
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, data, &m_stop);
    if (!trainer) {
        if (m_playing) {
            m_playing = false;
            emit playingChanged(false);
        }
        emit failed(describeCoreError(trainer.error()));
        return;
    }
    m_trainer.emplace(std::move(*trainer));
    preparePlane();
    recordEpoch();
    publish();
    scheduleTick();
}

void TrainingWorker::discard(std::uint64_t generation)
{
    m_timer->stop();
    m_generation = generation;
    m_newEpochs.clear();
    m_cachedStep = -1;
    m_sinceState.invalidate();
    m_previous.reset();
    m_trainer.reset();
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
}

bool TrainingWorker::restorePrevious(std::uint64_t generation)
{
    if (!m_previous)
        return false;
    m_timer->stop();
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
    m_generation = generation;
    m_newEpochs.clear();
    m_cachedStep = -1;
    m_sinceState.invalidate();
    m_trainer = std::move(m_previous);
    m_previous.reset();
    preparePlane();
    publish();
    return true;
}

void TrainingWorker::setPlaying(bool playing)
{
    if (playing && m_trainer && m_trainer->isDiverged())
        playing = false;
    if (!m_trainer)
        playing = false;
    if (playing == m_playing) {
        emit playingChanged(m_playing);
        return;
    }
    m_playing = playing;
    m_stepCredit = 0.0;
    m_lastTickSteps = -1;
    m_sinceTick.restart();
    // The budget for full snapshots counts from Play: on a large network the first refreshes
    // after Play are progress snapshots, so the header moves at once.
    m_sinceFull.restart();
    emit playingChanged(m_playing);
    if (m_playing)
        scheduleTick();
    else
        publish();
}

void TrainingWorker::stepEpoch()
{
    if (m_playing)
        setPlaying(false);
    if (m_trainer) {
        // Paused mid-epoch (at a limited speed), Step completes that epoch: the header's epoch
        // count goes up by exactly one either way.
        do {
            if (!trainOneStep())
                break;
        } while (m_trainer->stepInEpoch() != 0 && !m_stop.load(std::memory_order_relaxed));
    }
    publish();
}

void TrainingWorker::setSpeed(int epochsPerSecond)
{
    m_epochsPerSecond = std::max(0, epochsPerSecond);
    m_stepCredit = 0.0;
}

void TrainingWorker::setStopAfterEpochs(int epochs)
{
    m_stopAfterEpochs = std::max(0, epochs);
}

void TrainingWorker::setActivation(int layer, const Core::LayerActivation &activation)
{
    if (!m_trainer)
        return;
    const Core::Status status = m_trainer->setActivation(layer, activation);
    if (!status)
        emit failed(describeCoreError(status.error()));
    m_cachedStep = -1;
    m_sinceState.invalidate();
    publish();
}

void TrainingWorker::setLearningRate(double learningRate)
{
    if (!m_trainer)
        return;
    const Core::Status status = m_trainer->setLearningRate(learningRate);
    if (!status)
        emit failed(describeCoreError(status.error()));
    m_sinceState.invalidate();
    publish();
}

void TrainingWorker::setWeights(const std::vector<Core::LayerWeights> &weights,
                                const std::optional<Core::TrainerState> &state)
{
    if (!m_trainer)
        return;
    Core::Status status = m_trainer->setWeights(weights);
    if (status && state)
        status = m_trainer->restoreState(*state);
    if (!status)
        emit failed(describeCoreError(status.error()));
    m_cachedStep = -1;
    m_sinceState.invalidate();
    m_newEpochs.clear();
    recordEpoch();
    publish();
}

void TrainingWorker::resetDivergence()
{
    if (!m_trainer)
        return;
    m_trainer->resetDivergence();
    m_cachedStep = -1;
    m_sinceState.invalidate();
    publish();
}

void TrainingWorker::setHistogramLayer(int layer)
{
    m_histogramLayer = std::max(0, layer);
    if (m_trainer)
        m_histogramLayer = std::min(m_histogramLayer, m_trainer->hiddenLayerCount() - 1);
    publish();
}

void TrainingWorker::scheduleTick()
{
    if (!m_playing || m_stop.load(std::memory_order_relaxed))
        return;
    // Full speed: come back as soon as queued commands are processed. Limited speed: a short
    // sleep, the step credit accumulates from the wall clock.
    m_timer->start(m_epochsPerSecond <= 0 ? 0 : 10);
}

void TrainingWorker::tick()
{
    if (!m_trainer || !m_playing || m_stop.load(std::memory_order_relaxed))
        return;
    QElapsedTimer chunk;
    chunk.start();
    // The wall time since the previous tick began: its steps, its refresh and the wait for this
    // tick. Its steps over it are the pace the header shows (steps/s of wall time).
    const double idleSeconds = m_sinceTick.isValid() ? m_sinceTick.nsecsElapsed() * 1e-9 : 0.0;
    m_sinceTick.restart();
    if (m_lastTickSteps >= 0 && idleSeconds > 0.0) {
        const double rate = m_lastTickSteps / idleSeconds;
        m_measuredStepsPerSecond = m_measuredStepsPerSecond <= 0.0
                                       ? rate
                                       : 0.8 * m_measuredStepsPerSecond + 0.2 * rate;
    }
    int steps = 0;
    if (m_epochsPerSecond <= 0) {
        const qint64 chunkLimit = std::clamp(nanosecondsUntilRefresh(), qint64(0),
                                             chunkNanoseconds);
        const qint64 tolerance = refreshToleranceNs();
        while (m_playing && (steps == 0 || chunk.nsecsElapsed() + tolerance < chunkLimit)
               && !m_stop.load(std::memory_order_relaxed)) {
            const qint64 before = chunk.nsecsElapsed();
            if (!trainOneStep())
                break;
            ++steps;
            // An epoch's last step includes its evaluation: not a step's duration.
            if (m_trainer->stepInEpoch() != 0)
                m_stepNs = chunk.nsecsElapsed() - before;
        }
    } else {
        // The speed is in epochs per second, so a class sees the same pace whatever the batch
        // size: steps/s = epochs/s · steps per epoch. Never bank more than a tenth of a second
        // of steps (after a pause, no burst).
        const double stepsPerSecond = double(m_epochsPerSecond) * m_trainer->stepsPerEpoch();
        m_stepCredit = std::min(m_stepCredit + stepsPerSecond * idleSeconds,
                                1.0 + 0.1 * stepsPerSecond);
        while (m_playing && m_stepCredit >= 1.0 && chunk.nsecsElapsed() < chunkNanoseconds
               && !m_stop.load(std::memory_order_relaxed)) {
            m_stepCredit -= 1.0;
            if (!trainOneStep())
                break;
            ++steps;
        }
    }
    m_lastTickSteps = steps;
    publishIfDue();
    scheduleTick();
}

bool TrainingWorker::trainOneStep()
{
    if (!m_trainer->step()) {
        // Diverged: the core kept the last good weights. Stop and show it.
        if (m_playing) {
            m_playing = false;
            emit playingChanged(false);
        }
        m_cachedStep = -1;
        publish();
        return false;
    }
    if (m_trainer->stepInEpoch() == 0) {
        recordEpoch();
        if (m_stopAfterEpochs > 0 && m_trainer->epoch() >= m_stopAfterEpochs && m_playing) {
            m_playing = false;
            emit playingChanged(false);
            publish();
        } else if (m_playing && progressFillsFrames()
                   && m_sinceFull.nsecsElapsed() >= fullSnapshotSpacingNs()) {
            // A costly full snapshot waits for an epoch's end, where the diagnostics just
            // evaluated serve it (publishIfDue).
            publish();
        }
    }
    return true;
}

void TrainingWorker::recordEpoch()
{
    EpochRecord record;
    record.diagnostics = m_trainer->evaluate();
    if (record.diagnostics.status == Core::TrainingStatus::Diverged) {
        // The evaluation found the epoch diverged and restored the last finite weights: no
        // row for it in the log or the curves; training stops and the banner says why.
        m_cachedDiagnostics = record.diagnostics;
        m_cachedStep = m_trainer->stepCount();
        if (m_playing) {
            m_playing = false;
            emit playingChanged(false);
        }
        return;
    }
    record.learningRate = m_trainer->currentLearningRate();
    for (int k = 0; k < m_trainer->hiddenLayerCount(); ++k)
        record.meanPreluSlopes.push_back(meanOf(m_trainer->preluSlopes(k)));
    m_cachedDiagnostics = record.diagnostics;
    m_cachedStep = m_trainer->stepCount();
    m_newEpochs.push_back(std::move(record));
}

const Core::Diagnostics &TrainingWorker::currentDiagnostics()
{
    if (m_cachedStep != m_trainer->stepCount()) {
        m_cachedDiagnostics = m_trainer->evaluate();
        m_cachedStep = m_trainer->stepCount();
    }
    return m_cachedDiagnostics;
}

qint64 TrainingWorker::fullSnapshotSpacingNs() const
{
    return std::max(fullSnapshotSpacing * m_fullCostNs, fullSnapshotMinimumMs * 1'000'000);
}

bool TrainingWorker::progressFillsFrames() const
{
    return fullSnapshotSpacing * m_fullCostNs > fullSnapshotMinimumMs * 1'000'000;
}

qint64 TrainingWorker::nanosecondsUntilRefresh() const
{
    // Until the GUI has shown the last refresh, none is due: a whole chunk.
    if (m_pending.load() > 0)
        return chunkNanoseconds;
    qint64 wait = 0;
    if (m_sincePublish.isValid())
        wait = publishIntervalMs * 1'000'000 - m_sincePublish.nsecsElapsed();
    if (!progressFillsFrames() && m_sinceFull.isValid())
        wait = std::max(wait, fullSnapshotSpacingNs() - m_sinceFull.nsecsElapsed());
    return std::max<qint64>(0, wait);
}

qint64 TrainingWorker::refreshToleranceNs() const
{
    // A refresh is due when the step that ends nearest its time ends: with 14 ms steps and
    // refreshes every 16 ms, after each step rather than every other one. Never more than half
    // a display frame early.
    return std::min<qint64>(m_stepNs / 2, publishIntervalMs * 1'000'000 / 2);
}

void TrainingWorker::publishIfDue()
{
    if (m_sincePublish.isValid()
        && m_sincePublish.nsecsElapsed() + refreshToleranceNs() < publishIntervalMs * 1'000'000)
        return;
    if (m_pending.load() > 0)
        return;
    const qint64 spacingNs = fullSnapshotSpacingNs();
    const qint64 sinceFullNs = m_sinceFull.isValid() ? m_sinceFull.nsecsElapsed() : spacingNs;
    // A costly full snapshot is taken at an epoch's end (trainOneStep), where the diagnostics
    // need no evaluation of their own (an evaluation costs as much as an epoch of steps on a
    // large network); mid-epoch only when no epoch has ended for twice the spacing.
    const bool diagnosticsCurrent = m_cachedStep == m_trainer->stepCount();
    const bool full = progressFillsFrames()
                          ? sinceFullNs >= (diagnosticsCurrent ? spacingNs : 2 * spacingNs)
                          : sinceFullNs >= spacingNs;
    if (full)
        publish();
    else if (progressFillsFrames())
        publishProgress();
}

void TrainingWorker::publish()
{
    if (!m_trainer)
        return;
    QElapsedTimer cost;
    cost.start();
    std::optional<TrainingSnapshot> snapshot = buildSnapshot();
    if (!snapshot)
        return;
    m_fullCostNs = cost.nsecsElapsed();
    m_sinceFull.restart();
    m_sincePublish.restart();
    m_pending.fetch_add(1);
    emit snapshotReady(*snapshot);
}

void TrainingWorker::publishProgress()
{
    TrainingSnapshot s;
    s.generation = m_generation;
    s.progressOnly = true;
    fillProgress(s);
    s.newEpochs = std::move(m_newEpochs);
    m_newEpochs.clear();
    m_sincePublish.restart();
    m_pending.fetch_add(1);
    emit snapshotReady(s);
}

void TrainingWorker::fillProgress(TrainingSnapshot &s) const
{
    const Core::Trainer &trainer = *m_trainer;
    s.epoch = trainer.epoch();
    s.step = trainer.stepCount();
    s.stepInEpoch = trainer.stepInEpoch();
    s.stepsPerEpoch = trainer.stepsPerEpoch();
    s.learningRate = trainer.currentLearningRate();
    s.stepsPerSecond = m_playing ? m_measuredStepsPerSecond : 0.0;
    s.playing = m_playing;
}

std::optional<TrainingSnapshot> TrainingWorker::buildSnapshot()
{
    if (stopping())
        return std::nullopt;
    TrainingSnapshot s;
    s.generation = m_generation;
    s.diagnostics = currentDiagnostics();
    const Core::Trainer &trainer = *m_trainer;
    fillProgress(s);
    s.initial = trainer.initialDiagnostics();
    s.divergence = trainer.divergence();
    s.newEpochs = std::move(m_newEpochs);
    m_newEpochs.clear();
    s.layerWidths = trainer.layerWidths();
    const int hidden = trainer.hiddenLayerCount();
    for (int k = 0; k < hidden; ++k)
        s.activations.push_back(trainer.config().network.activationFor(static_cast<size_t>(k)));
    s.weights = std::make_shared<const std::vector<Core::LayerWeights>>(trainer.weights());
    // The state only serves to save the run, and through ten layers of 512 a copy of it costs
    // 50-90 ms, so while playing it comes along once the time since the last one is ten times
    // what that one cost (on a small network: every snapshot). It comes at once whenever
    // training stops, with the first snapshot of a network and after weights are set. The
    // controller saves the latest weights that came with a state.
    if (!m_playing || !m_sinceState.isValid()
        || m_sinceState.nsecsElapsed() >= stateSpacing * m_stateCostNs) {
        QElapsedTimer cost;
        cost.start();
        s.state = std::make_shared<const Core::TrainerState>(trainer.state());
        m_stateCostNs = cost.nsecsElapsed();
        m_sinceState.restart();
    }

    const Core::Dataset &train = trainer.data().train;
    const bool classification = train.task == Core::Task::Classification;
    s.hasPlane = m_hasPlane;
    if (m_hasPlane) {
        s.grid = m_decisionGrid;
        // Every layer's tiles from one forward pass over the tiles' grid. A large network's map
        // is as coarse as the tiles' grid (decisionResolutionFor): then that pass gives the map
        // too, and a costly pass is saved.
        const Core::ForwardPass tiles = trainer.forwardPass(m_tileInputs);
        std::optional<Eigen::MatrixXd> y;
        if (m_mapSharesTiles)
            y = classification ? Core::softmaxColumns(tiles.network) : tiles.network;
        else
            y = decisionOutputs(classification);
        if (!y)
            return std::nullopt;
        const Eigen::MatrixXd &p = *y; // outputs x points, point index i·columns + j
        const int side = m_decisionGrid.rows;
        Eigen::MatrixXd field(side, side);
        for (Eigen::Index n = 0; n < p.cols(); ++n) {
            double value = p(0, n); // regression: the prediction
            if (classification && p.rows() == 2) {
                value = p(1, n);
            } else if (classification) {
                Eigen::Index best = 0;
                p.col(n).maxCoeff(&best);
                value = double(best);
            }
            field(n / side, n % side) = value;
        }
        s.decision = toField(field);
        if (stopping())
            return std::nullopt;
        s.unitTiles.resize(static_cast<size_t>(hidden));
        for (int k = 0; k < hidden; ++k) {
            // units x (rows·columns), point index i·columns + j.
            const Eigen::MatrixXd &all = tiles.outputs[static_cast<size_t>(k)];
            for (Eigen::Index u = 0; u < all.rows(); ++u) {
                GridField tile;
                tile.rows = m_tileGrid.rows;
                tile.columns = m_tileGrid.columns;
                tile.values.resize(static_cast<size_t>(all.cols()));
                for (Eigen::Index n = 0; n < all.cols(); ++n)
                    tile.values[static_cast<size_t>(n)] = static_cast<float>(all(u, n));
                s.unitTiles[static_cast<size_t>(k)].push_back(std::move(tile));
            }
        }
    } else if (m_decisionInputs.rows() == 1) {
        const std::optional<Eigen::MatrixXd> y = decisionOutputs(classification);
        if (!y)
            return std::nullopt;
        const Eigen::Index row = classification && y->rows() > 1 ? 1 : 0;
        for (Eigen::Index j = 0; j < m_decisionInputs.cols(); ++j) {
            s.curveX.push_back(m_decisionInputs(0, j));
            s.curveY.push_back((*y)(row, j));
        }
    }
    m_classSummary.fill(s, trainer);
    if (stopping())
        return std::nullopt;
    if (hidden == 0)
        return s;
    // Every layer's activity is the evaluation's (the fraction of training samples on which a
    // unit's output is not 0); the histogram's pre-activations come from a pass over the
    // training set that stops at the chosen layer.
    s.histogramLayer = std::clamp(m_histogramLayer, 0, hidden - 1);
    for (const Core::LayerDiagnostics &layer : s.diagnostics.layers)
        s.activeFraction.emplace_back(layer.activeFraction.begin(), layer.activeFraction.end());
    s.histogram = Core::histogramOf(trainer.layerPreActivations(s.histogramLayer, train.inputs),
                                    histogramBins);
    s.preluSlopes = trainer.preluSlopes(s.histogramLayer);
    addInspectedUnit(s);
    return s;
}

} // namespace ReluLab
