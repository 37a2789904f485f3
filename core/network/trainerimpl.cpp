// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "initialisers.h"
#include "trainerprivate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
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
        m_net.prepare(m_batch, batch);
        m_net.prepare(m_eval, std::max(n, data.test.sampleCount()));
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
        const Eigen::Ref<const Matrix> xb(x.middleCols(start, count)); // features x batch
        const Eigen::Ref<const Matrix> tb(t.rows() > 0 ? t.middleCols(start, count)
                                                       : t.leftCols(0));

        const auto lambda = Scalar(config.activityL1);
        m_net.forward(xb, m_batch, true, &rng);
        const Scalar dataLoss = m_net.loss(m_batch, count, batchLabels, tb, true);
        const Scalar objective = dataLoss + m_net.activityPenalty(m_batch, count, lambda);
        m_net.backward(xb, m_batch, count, lambda);
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

        // Train set: forward with f′, mean data loss, backward for dL/dW_k (no penalty).
        m_net.forward(m_trainX, m_eval, true, nullptr);
        result.trainLoss = double(m_net.loss(m_eval, n, data.train.labels, m_trainT, true));
        result.trainAccuracy = classification ? accuracy(n, data.train.labels) : notANumber;
        for (int k = 0; k < m_net.hiddenLayerCount(); ++k) {
            const auto i = std::size_t(k);
            const Eigen::Ref<const Matrix> a(m_eval.a[i].leftCols(n)); // units x samples
            const Eigen::Ref<const Matrix> z(m_eval.z[i].leftCols(n));
            LayerDiagnostics layer;
            layer.units = int(a.rows());
            const auto zeros = (a.array() == Scalar(0));
            layer.sparsity = double(zeros.count()) / double(a.size());
            layer.meanActivation = double(a.template cast<double>().mean());
            const Eigen::Array<bool, Eigen::Dynamic, 1> deadRows = zeros.rowwise().all();
            const Eigen::Array<bool, Eigen::Dynamic, 1> inactiveRows
                = (z.array() <= Scalar(0)).rowwise().all();
            layer.dead.assign(deadRows.data(), deadRows.data() + deadRows.size());
            layer.inactive.assign(inactiveRows.data(), inactiveRows.data() + inactiveRows.size());
            layer.deadUnits = int(deadRows.count());
            layer.inactiveUnits = int(inactiveRows.count());
            layer.allZero = layer.deadUnits == layer.units;
            result.networkDead = result.networkDead || layer.allZero;
            result.layers.push_back(std::move(layer));
        }
        m_net.backward(m_trainX, m_eval, n, Scalar(0));
        for (int k = 0; k <= m_net.hiddenLayerCount(); ++k)
            result.gradientNorms.push_back(
                double(m_net.weightGradient(k).template cast<double>().norm()));
        const int blamed = blamedLayer();

        const Eigen::Index testCount = data.test.sampleCount();
        if (testCount > 0) {
            m_net.forward(m_testX, m_eval, false, nullptr);
            result.testLoss = double(
                m_net.loss(m_eval, testCount, data.test.labels, m_testT, false));
            result.testAccuracy = classification ? accuracy(testCount, data.test.labels)
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

    Eigen::MatrixXd forwardTo(int layer, const Eigen::MatrixXd &inputs, bool preActivation) override
    {
        const Matrix x = inputs.cast<Scalar>();
        const Eigen::Index n = x.cols();
        m_net.prepare(m_scratch, n);
        m_net.forward(x, m_scratch, false, nullptr);
        if (layer >= m_net.hiddenLayerCount())
            return m_scratch.out.leftCols(n).template cast<double>();
        const Matrix &source = preActivation ? m_scratch.z[std::size_t(layer)]
                                             : m_scratch.a[std::size_t(layer)];
        return source.leftCols(n).template cast<double>();
    }

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

    double accuracy(Eigen::Index n, const std::vector<int> &labels) const
    {
        std::int64_t correct = 0;
        for (Eigen::Index j = 0; j < n; ++j) {
            Eigen::Index predicted = 0;
            m_eval.out.col(j).maxCoeff(&predicted);
            correct += predicted == labels[std::size_t(j)] ? 1 : 0;
        }
        return double(correct) / double(n);
    }

    Network<Scalar> m_net;
    Optimiser<Scalar> m_optimiser;
    Workspace<Scalar> m_batch;
    Workspace<Scalar> m_eval;
    Workspace<Scalar> m_scratch;
    Matrix m_trainX; // features x samples
    Matrix m_testX;
    Matrix m_trainT; // outputs x samples (regression)
    Matrix m_testT;
    Matrix m_shuffledX;
    Matrix m_shuffledT;
    std::vector<int> m_shuffledLabels;
    std::vector<int> m_order;
    Vector m_lastGood;
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
