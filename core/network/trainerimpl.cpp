// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "initialisers.h"
#include "trainerprivate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <utility>

namespace ReluLab::Core {

int TrainerPrivate::stepsPerEpoch() const
{
    const auto n = int(data.train.sampleCount());
    const int batch = config.batchSize;
    if (batch <= 0 || batch >= n)
        return 1;
    return (n + batch - 1) / batch;
}

namespace {

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

// Columns per chunk of a pass over many samples: about chunkNumbers numbers per workspace
// buffer (z, a, f′, δ over every layer), at least 64 columns. A default 64,64 network passes
// ~16 000 samples in one chunk; 64 layers of 512 units pass 64 at a time (64 MB in float64).
constexpr Eigen::Index chunkNumbers = Eigen::Index(1) << 21;

Eigen::Index defaultChunkColumns(const std::vector<int> &widths)
{
    Eigen::Index units = 0;
    for (std::size_t k = 1; k < widths.size(); ++k)
        units += widths[k];
    return std::max<Eigen::Index>(64, chunkNumbers / std::max<Eigen::Index>(1, units));
}

template<typename Scalar>
class TrainerImpl final : public TrainerPrivate
{
public:
    using Matrix = typename Network<Scalar>::Matrix;
    using Vector = typename Network<Scalar>::Vector;

    TrainerImpl(const TrainingConfig &cfg, DataSplit split, std::vector<int> layerWidths,
                std::vector<HiddenActivation> activations, const std::vector<double> &preluInits)
        : m_net(layerWidths, std::move(activations), cfg.network.preluMode == PreluMode::PerUnit,
                split.train.task)
    {
        config = cfg;
        data = std::move(split);
        widths = std::move(layerWidths);
        rng.reseed(config.seed);
        baseLearningRate = config.optimizer.learningRate;
        m_trainX = data.train.inputs.cast<Scalar>();
        m_testX = data.test.inputs.cast<Scalar>();
        if (data.train.task == Task::Regression) {
            m_trainT = data.train.targets.cast<Scalar>();
            m_testT = data.test.targets.cast<Scalar>();
        }
        m_optimiser = Optimiser<Scalar>(config.optimizer, m_net.parameters().size());
        assignWeights(initialWeights(widths, config.network.init, config.network.bias, rng));
        for (int k = 0; k < m_net.hiddenLayerCount(); ++k) {
            if (m_net.activation(k).isPrelu)
                m_net.slopes(k).setConstant(Scalar(preluInits[std::size_t(k)]));
        }
        m_lastGood = m_net.parameters();
        const auto n = data.train.sampleCount();
        const Eigen::Index batch = config.batchSize <= 0
                                       ? n
                                       : std::min<Eigen::Index>(config.batchSize, n);
        m_chunk = defaultChunkColumns(widths);
        prepareWorkspaces();
        if (batch < n) {
            m_order.resize(std::size_t(n));
            m_shuffledX.resize(m_trainX.rows(), n);
            m_shuffledLabels.resize(data.train.labels.size());
            m_shuffledT.resize(m_trainT.rows(), m_trainT.rows() > 0 ? n : 0);
        }
    }

    bool step() override
    {
        const auto n = data.train.sampleCount();
        const Eigen::Index batch = config.batchSize <= 0
                                       ? n
                                       : std::min<Eigen::Index>(config.batchSize, n);
        const bool shuffled = batch < n;
        if (shuffled && stepInEpoch == 0)
            shuffle();
        const Eigen::Index start = Eigen::Index(stepInEpoch) * batch;
        const Eigen::Index count = std::min(batch, n - start);
        const Matrix &x = shuffled ? m_shuffledX : m_trainX;
        const Matrix &t = shuffled ? m_shuffledT : m_trainT;
        const std::vector<int> &labels = shuffled ? m_shuffledLabels : data.train.labels;
        const std::span<const int> batchLabels = labels.empty()
                                                     ? std::span<const int>()
                                                     : std::span<const int>(labels.data() + start,
                                                                            std::size_t(count));
        const auto lambda = Scalar(config.activityL1);
        // A batch wider than the workspace is passed in chunks whose losses and gradients add up
        // to the batch's (Network::loss's meanOver): the same numbers up to summation order.
        Scalar dataLoss = 0;
        Scalar penalty = 0;
        for (Eigen::Index done = 0; done < count; done += m_chunk) {
            const Eigen::Index c = std::min(m_chunk, count - done);
            const Eigen::Ref<const Matrix> xb(x.middleCols(start + done, c)); // features x c
            const Eigen::Ref<const Matrix> tb(t.rows() > 0 ? t.middleCols(start + done, c)
                                                           : t.leftCols(0));
            const std::span<const int> chunkLabels = batchLabels.empty()
                                                         ? batchLabels
                                                         : batchLabels.subspan(std::size_t(done),
                                                                               std::size_t(c));
            m_net.forward(xb, m_batch, true, &rng);
            dataLoss += m_net.loss(m_batch, c, chunkLabels, tb, true, count);
            penalty += m_net.activityPenalty(m_batch, c, lambda, count);
            m_net.backward(xb, m_batch, c, lambda, count, done > 0);
        }
        const Scalar objective = dataLoss + penalty;
        if (const std::optional<DivergenceCause> cause = lossCause(double(objective),
                                                                   double(dataLoss))) {
            diverge(*cause, double(dataLoss), true);
            return false;
        }
        if (!m_net.gradients().allFinite()) {
            // The current weights are finite and their loss is within the bound: they stay.
            diverge(DivergenceCause::NonFiniteGradient, double(dataLoss), false);
            return false;
        }
        m_lastGood = m_net.parameters();
        m_optimiser.step(m_net.parameters(), m_net.gradients(), currentLearningRate());
        if (!m_net.parameters().allFinite()) {
            diverge(DivergenceCause::NonFiniteWeight, double(dataLoss), true);
            return false;
        }
        ++steps;
        if (++stepInEpoch >= stepsPerEpoch()) {
            stepInEpoch = 0;
            ++epoch;
        }
        return true;
    }

    Diagnostics evaluate() override
    {
        Diagnostics result;
        result.epoch = epoch;
        result.step = steps;
        result.status = status;
        const Eigen::Index n = data.train.sampleCount();
        const bool classification = data.train.task == Task::Classification;

        // Train set, chunk by chunk: forward with f′, mean data loss, backward for dL/dW_k (no
        // penalty), the chunks' gradients added up; the layer statistics counted over chunks.
        const int hidden = m_net.hiddenLayerCount();
        using Flags = Eigen::Array<bool, Eigen::Dynamic, 1>;
        std::vector<std::int64_t> zeroCounts(std::size_t(hidden), 0);
        std::vector<double> activationSums(std::size_t(hidden), 0.0);
        std::vector<Flags> deadRows, inactiveRows;
        std::vector<Eigen::Array<std::int64_t, Eigen::Dynamic, 1>> nonZeroRows;
        for (int k = 0; k < hidden; ++k) {
            nonZeroRows.push_back(
                Eigen::Array<std::int64_t, Eigen::Dynamic, 1>::Zero(widths[std::size_t(k) + 1]));
            deadRows.push_back(Flags::Constant(widths[std::size_t(k) + 1], true));
            inactiveRows.push_back(Flags::Constant(widths[std::size_t(k) + 1], true));
        }
        double trainLoss = 0.0;
        std::int64_t correct = 0;
        for (Eigen::Index start = 0; start < n; start += m_chunk) {
            const Eigen::Index c = std::min(m_chunk, n - start);
            const Eigen::Ref<const Matrix> x(m_trainX.middleCols(start, c)); // features x c
            m_net.forward(x, m_eval, true, nullptr);
            trainLoss += double(m_net.loss(m_eval, c, labelChunk(data.train.labels, start, c),
                                           targetChunk(m_trainT, start, c), true, n));
            if (classification)
                correct += correctCount(c, data.train.labels, start);
            for (int k = 0; k < hidden; ++k) {
                const auto i = std::size_t(k);
                const Eigen::Ref<const Matrix> a(m_eval.a[i].leftCols(c)); // units x c
                const Eigen::Ref<const Matrix> z(m_eval.z[i].leftCols(c));
                const auto zeros = (a.array() == Scalar(0));
                zeroCounts[i] += zeros.count();
                activationSums[i] += a.template cast<double>().sum();
                deadRows[i] = deadRows[i] && zeros.rowwise().all();
                nonZeroRows[i]
                    += (a.array() != Scalar(0)).rowwise().count().template cast<std::int64_t>();
                inactiveRows[i] = inactiveRows[i] && (z.array() <= Scalar(0)).rowwise().all();
            }
            m_net.backward(x, m_eval, c, Scalar(0), n, start > 0);
        }
        result.trainLoss = trainLoss;
        result.trainAccuracy = classification ? double(correct) / double(n) : notANumber;
        for (int k = 0; k < hidden; ++k) {
            const auto i = std::size_t(k);
            LayerDiagnostics layer;
            layer.units = widths[i + 1];
            const double size = double(layer.units) * double(n);
            layer.sparsity = double(zeroCounts[i]) / size;
            layer.meanActivation = activationSums[i] / size;
            const Flags &dead = deadRows[i];
            const Flags &inactive = inactiveRows[i];
            layer.dead.assign(dead.data(), dead.data() + dead.size());
            layer.inactive.assign(inactive.data(), inactive.data() + inactive.size());
            for (Eigen::Index u = 0; u < nonZeroRows[i].size(); ++u)
                layer.activeFraction.push_back(double(nonZeroRows[i](u)) / double(n));
            layer.deadUnits = int(dead.count());
            layer.inactiveUnits = int(inactive.count());
            layer.allZero = layer.deadUnits == layer.units;
            result.networkDead = result.networkDead || layer.allZero;
            result.layers.push_back(std::move(layer));
        }
        for (int k = 0; k <= m_net.hiddenLayerCount(); ++k)
            result.gradientNorms.push_back(
                double(m_net.weightGradient(k).template cast<double>().norm()));
        const int blamed = blamedLayer();

        const Eigen::Index testCount = data.test.sampleCount();
        if (testCount > 0) {
            double testLoss = 0.0;
            std::int64_t testCorrect = 0;
            for (Eigen::Index start = 0; start < testCount; start += m_chunk) {
                const Eigen::Index c = std::min(m_chunk, testCount - start);
                m_net.forward(m_testX.middleCols(start, c), m_eval, false, nullptr);
                testLoss += double(m_net.loss(m_eval, c, labelChunk(data.test.labels, start, c),
                                              targetChunk(m_testT, start, c), false, testCount));
                if (classification)
                    testCorrect += correctCount(c, data.test.labels, start);
            }
            result.testLoss = testLoss;
            result.testAccuracy = classification ? double(testCorrect) / double(testCount)
                                                 : notANumber;
        } else {
            result.testLoss = notANumber;
            result.testAccuracy = notANumber;
        }
        // Weights that reached here through steps are checked once more on the whole data set:
        // the last update of an epoch may blow up the loss before any step sees it. The run then
        // diverges here, and the diagnostics are those of the restored last finite weights.
        if (status == TrainingStatus::Ok && steps > 0) {
            std::optional<DivergenceCause> cause = lossCause(result.trainLoss, result.trainLoss);
            if (!cause && testCount > 0 && !std::isfinite(result.testLoss))
                cause = DivergenceCause::NonFiniteLoss;
            const bool normsFinite = std::all_of(result.gradientNorms.begin(),
                                                 result.gradientNorms.end(),
                                                 [](double g) { return std::isfinite(g); });
            if (!cause && !normsFinite)
                cause = DivergenceCause::NonFiniteGradient;
            if (cause) {
                recordDivergence(*cause, result.trainLoss, blamed, -1);
                restoreLastGood();
                return evaluate();
            }
        }
        return result;
    }

    std::vector<LayerWeights> weights() const override
    {
        std::vector<LayerWeights> result;
        for (int k = 0; k <= m_net.hiddenLayerCount(); ++k) {
            LayerWeights layer;
            layer.weight = m_net.weight(k).template cast<double>();
            layer.bias = m_net.bias(k).template cast<double>();
            if (k < m_net.hiddenLayerCount())
                layer.preluSlopes = slopes(k);
            result.push_back(std::move(layer));
        }
        return result;
    }

    void assignWeights(const std::vector<LayerWeights> &layers) override
    {
        for (int k = 0; k <= m_net.hiddenLayerCount(); ++k) {
            const LayerWeights &layer = layers[std::size_t(k)];
            m_net.weight(k) = layer.weight.cast<Scalar>();
            m_net.bias(k) = layer.bias.cast<Scalar>();
            if (k < m_net.hiddenLayerCount() && !layer.preluSlopes.empty()) {
                for (std::size_t u = 0; u < layer.preluSlopes.size(); ++u)
                    m_net.slopes(k)(Eigen::Index(u)) = Scalar(layer.preluSlopes[u]);
            }
        }
        m_lastGood = m_net.parameters();
        m_optimiser.reset();
    }

    void setActivation(int layer, HiddenActivation activation, double preluInit) override
    {
        const bool prelu = activation.isPrelu;
        m_net.setActivation(layer, std::move(activation));
        if (prelu)
            m_net.slopes(layer).setConstant(Scalar(preluInit));
    }

    // A workspace of its own per call: a query never touches the training buffers, so it is
    // const in fact, not only in name.
    Eigen::MatrixXd forwardTo(int layer, const Eigen::MatrixXd &inputs,
                              bool preActivation) const override
    {
        const int rows = widths[std::size_t(std::min(layer, m_net.hiddenLayerCount())) + 1];
        Eigen::MatrixXd result(rows, inputs.cols());
        forEachChunk(layer, inputs, preActivation,
                     [&result](Eigen::Index start, const Eigen::MatrixXd &values) {
            result.middleCols(start, values.cols()) = values;
        });
        return result;
    }

    void forEachChunk(int layer, const Eigen::MatrixXd &inputs, bool preActivation,
                      const ChunkVisitor &visit) const override
    {
        // Only the wanted layer leaves the workspace (converted to double), and the pass stops
        // there: the layers after it are not computed.
        const bool hidden = layer < m_net.hiddenLayerCount();
        forwardChunks(
            inputs,
            [&](Eigen::Index start, Eigen::Index c, const Workspace<Scalar> &ws) {
            const Matrix &values = !hidden         ? ws.out
                                   : preActivation ? ws.z[std::size_t(layer)]
                                                   : ws.a[std::size_t(layer)];
            visit(start, values.leftCols(c).template cast<double>());
            },
            hidden ? layer : -1);
    }

    void forEachPassChunk(const Eigen::MatrixXd &inputs, bool preActivations,
                          const PassVisitor &visit) const override
    {
        ForwardPass chunk;
        const auto hidden = std::size_t(m_net.hiddenLayerCount());
        chunk.outputs.resize(hidden);
        if (preActivations)
            chunk.preActivations.resize(hidden);
        forwardChunks(inputs, [&](Eigen::Index start, Eigen::Index c, const Workspace<Scalar> &ws) {
            for (std::size_t k = 0; k < hidden; ++k) {
                chunk.outputs[k] = ws.a[k].leftCols(c).template cast<double>();
                if (preActivations)
                    chunk.preActivations[k] = ws.z[k].leftCols(c).template cast<double>();
            }
            chunk.network = ws.out.leftCols(c).template cast<double>();
            visit(start, chunk);
        });
    }

    Eigen::Index chunkColumns() const override { return m_chunk; }

    void setChunkColumns(Eigen::Index columns) override
    {
        m_chunk = columns > 0 ? columns : defaultChunkColumns(widths);
        // Shrinking frees the larger buffers; growing allocates once here, not in a pass.
        m_batch = {};
        m_eval = {};
        prepareWorkspaces();
    }

    void setInterruption(const std::atomic_bool *flag) override { m_net.setInterruption(flag); }

    std::vector<double> slopes(int layer) const override
    {
        if (!m_net.activation(layer).isPrelu)
            return {};
        const typename Network<Scalar>::ConstVectorMap s = m_net.slopes(layer);
        std::vector<double> result;
        for (Eigen::Index i = 0; i < s.size(); ++i)
            result.push_back(double(s(i)));
        return result;
    }

    void saveState(TrainerState &state) const override
    {
        state.optimiserStep = m_optimiser.stepCount();
        const Vector &first = m_optimiser.firstMoment();
        const Vector &second = m_optimiser.secondMoment();
        state.firstMoment.assign(first.data(), first.data() + first.size());
        state.secondMoment.assign(second.data(), second.data() + second.size());
        // The order is only pending inside an epoch of a minibatch run.
        if (stepInEpoch > 0 && !m_order.empty())
            state.order = m_order;
    }

    void loadState(const TrainerState &state) override
    {
        const Eigen::Index size = m_net.parameters().size();
        const Vector first = Eigen::Map<const Eigen::VectorXd>(state.firstMoment.data(), size)
                                 .template cast<Scalar>();
        const Vector second = Eigen::Map<const Eigen::VectorXd>(state.secondMoment.data(), size)
                                  .template cast<Scalar>();
        m_optimiser.restore(first, second, state.optimiserStep);
        if (!state.order.empty()) {
            m_order = state.order;
            applyOrder();
        }
    }

    Eigen::Index parameterCount() const override { return m_net.parameters().size(); }

    bool representable(double value) const override
    {
        return std::isfinite(value)
               && std::abs(value) <= double(std::numeric_limits<Scalar>::max());
    }

private:
    // The forward pass of inputs in evaluation mode, chunk by chunk, in a workspace of one chunk
    // per call: a query never touches the training buffers, so it is const in fact, not only in
    // name, and a pass over the training set never holds a units x samples matrix.
    // visit(first sample, columns in this chunk, the workspace after the chunk's pass).
    template<typename Visit>
    void forwardChunks(const Eigen::MatrixXd &inputs, Visit &&visit, int throughLayer = -1) const
    {
        const Eigen::Index n = inputs.cols();
        Workspace<Scalar> ws;
        m_net.prepare(ws, std::min(n, m_chunk));
        Matrix x;
        for (Eigen::Index start = 0; start < n; start += m_chunk) {
            const Eigen::Index c = std::min(m_chunk, n - start);
            x = inputs.middleCols(start, c).cast<Scalar>(); // features x c
            m_net.forward(x, ws, false, nullptr, throughLayer);
            visit(start, c, std::as_const(ws));
        }
    }

    // The minibatch workspace holds one chunk of a batch, the evaluation one a chunk of the
    // train or test set: neither grows with the sample count beyond m_chunk columns.
    void prepareWorkspaces()
    {
        const auto n = data.train.sampleCount();
        const Eigen::Index batch = config.batchSize <= 0
                                       ? n
                                       : std::min<Eigen::Index>(config.batchSize, n);
        m_net.prepare(m_batch, std::min(batch, m_chunk));
        m_net.prepare(m_eval, std::min(std::max(n, data.test.sampleCount()), m_chunk));
    }

    static std::span<const int> labelChunk(const std::vector<int> &labels, Eigen::Index start,
                                           Eigen::Index count)
    {
        if (labels.empty())
            return {};
        return std::span<const int>(labels.data() + start, std::size_t(count));
    }

    static Eigen::Ref<const Matrix> targetChunk(const Matrix &targets, Eigen::Index start,
                                                Eigen::Index count)
    {
        return targets.rows() > 0 ? Eigen::Ref<const Matrix>(targets.middleCols(start, count))
                                  : Eigen::Ref<const Matrix>(targets.leftCols(0));
    }

    // Fisher–Yates with the trainer's Rng, then one copy into contiguous shuffled buffers, so
    // every minibatch is a contiguous block of columns (middleCols) for the matrix products.
    void shuffle()
    {
        const std::size_t n = m_order.size();
        for (std::size_t i = 0; i < n; ++i)
            m_order[i] = int(i);
        for (std::size_t i = n; i > 1; --i) {
            const auto j = std::size_t(rng.below(i));
            std::swap(m_order[i - 1], m_order[j]);
        }
        applyOrder();
    }

    void applyOrder()
    {
        const std::size_t n = m_order.size();
        for (std::size_t c = 0; c < n; ++c) {
            const auto source = Eigen::Index(m_order[c]);
            m_shuffledX.col(Eigen::Index(c)) = m_trainX.col(source);
            if (!m_shuffledLabels.empty())
                m_shuffledLabels[c] = data.train.labels[std::size_t(source)];
            if (m_shuffledT.cols() > 0)
                m_shuffledT.col(Eigen::Index(c)) = m_trainT.col(source);
        }
    }

    // The divergence test on a loss (DESIGN.md §4): non-finite, or above the relative bound
    // divergenceLossFactor × the epoch-0 training loss (only once that loss is known and > 0).
    std::optional<DivergenceCause> lossCause(double objective, double dataLoss) const
    {
        if (!std::isfinite(objective) || !std::isfinite(dataLoss))
            return DivergenceCause::NonFiniteLoss;
        if (std::isfinite(referenceLoss) && referenceLoss > 0.0
            && dataLoss > divergenceLossFactor * referenceLoss)
            return DivergenceCause::LossBlowUp;
        return std::nullopt;
    }

    // The weight matrix whose gradient norm (in the gradient buffer now) grew most against its
    // epoch-0 norm; non-finite is infinite growth; ties go to the matrix nearest the output.
    int blamedLayer() const
    {
        int blamed = 0;
        double worst = -1.0;
        for (int k = 0; k <= m_net.hiddenLayerCount(); ++k) {
            const double norm = double(m_net.weightGradient(k).template cast<double>().norm());
            const auto i = std::size_t(k);
            const double reference = i < initial.gradientNorms.size() ? initial.gradientNorms[i]
                                                                      : 0.0;
            double growth = 0.0;
            if (!std::isfinite(norm))
                growth = std::numeric_limits<double>::infinity();
            else if (reference > 0.0)
                growth = norm / reference;
            else if (norm > 0.0)
                growth = std::numeric_limits<double>::infinity();
            if (growth >= worst) {
                worst = growth;
                blamed = k;
            }
        }
        return blamed;
    }

    void recordDivergence(DivergenceCause cause, double loss, int layer, int stepOffset)
    {
        DivergenceReport report;
        report.cause = cause;
        // A step in progress belongs to epoch + 1; an evaluation after the epoch's last step
        // (stepOffset -1) to the epoch just completed, at the step just taken.
        report.epoch = stepOffset < 0 && stepInEpoch == 0 ? std::max(1, epoch) : epoch + 1;
        report.step = steps + (stepOffset < 0 ? 0 : 1);
        report.layer = layer;
        report.loss = loss;
        report.referenceLoss = referenceLoss;
        divergence = report;
        status = TrainingStatus::Diverged;
    }

    void restoreLastGood()
    {
        m_net.parameters() = m_lastGood;
        m_optimiser.reset();
    }

    // Stops at a divergent step, keeping the last finite weights: those before the update that
    // produced NaN/Inf weights, or before the previous update when the current weights' loss is
    // already bad (restore); the current ones when only their gradient is not finite.
    void diverge(DivergenceCause cause, double loss, bool restore)
    {
        recordDivergence(cause, loss, blamedLayer(), 0);
        if (restore)
            restoreLastGood();
        else
            m_optimiser.reset();
    }

    // Samples of the chunk in m_eval.out (count columns, labels from `start`) whose largest
    // logit is their label.
    std::int64_t correctCount(Eigen::Index count, const std::vector<int> &labels,
                              Eigen::Index start) const
    {
        std::int64_t correct = 0;
        for (Eigen::Index j = 0; j < count; ++j) {
            Eigen::Index predicted = 0;
            m_eval.out.col(j).maxCoeff(&predicted);
            correct += predicted == labels[std::size_t(start + j)] ? 1 : 0;
        }
        return correct;
    }

    Network<Scalar> m_net;
    Optimiser<Scalar> m_optimiser;
    Workspace<Scalar> m_batch;
    Workspace<Scalar> m_eval;
    Matrix m_trainX; // features x samples
    Matrix m_testX;
    Matrix m_trainT; // outputs x samples (regression)
    Matrix m_testT;
    Matrix m_shuffledX;
    Matrix m_shuffledT;
    std::vector<int> m_shuffledLabels;
    std::vector<int> m_order;
    Vector m_lastGood;
    Eigen::Index m_chunk = 64; ///< columns per chunk of a pass (defaultChunkColumns)
};

} // namespace

std::unique_ptr<TrainerPrivate> makeTrainerPrivate(const TrainingConfig &config, DataSplit data,
                                                   std::vector<int> widths,
                                                   std::vector<HiddenActivation> activations,
                                                   const std::vector<double> &preluInits)
{
    if (config.network.dtype == Dtype::F64)
        return std::make_unique<TrainerImpl<double>>(config, std::move(data), std::move(widths),
                                                     std::move(activations), preluInits);
    return std::make_unique<TrainerImpl<float>>(config, std::move(data), std::move(widths),
                                                std::move(activations), preluInits);
}

} // namespace ReluLab::Core
