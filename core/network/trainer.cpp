// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "trainer.h"

#include "trainerprivate.h"
#include "weightshapes.h"

#include "core/numbertext.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>

namespace ReluLab::Core {

namespace {

std::string number(double value)
{
    return shortestText(value);
}

/// A layer's activation as the network applies it. RReLU is made random in training (its
/// "training" flag defaults to 1 here, as nn.RReLU in model.train()); PReLU is handled by the
/// network itself with its learnable slope starting at the catalogue's "weight" parameter
/// (nn.PReLU's constructor argument "init" is accepted as a synonym).
Expected<HiddenActivation> makeHiddenActivation(const LayerActivation &spec, int layer,
                                                double &preluInit)
{
    std::map<std::string, double> parameters = spec.parameters;
    if (spec.id == "prelu" && parameters.contains("init") && !parameters.contains("weight")) {
        parameters["weight"] = parameters["init"];
        parameters.erase("init");
    }
    if (spec.id == "rrelu" && !parameters.contains("training")) {
        if (const ActivationInfo *info = findActivationInfo(spec.id)) {
            const bool hasFlag = std::any_of(info->parameters.begin(), info->parameters.end(),
                                             [](const ParameterSpec &p) {
                return p.name == "training";
            });
            if (hasFlag)
                parameters["training"] = 1.0;
        }
    }
    Expected<Activation> activation = Activation::create(spec.id, parameters);
    if (!activation) {
        Error error = activation.error();
        error.args["layer"] = std::to_string(layer + 1);
        return error;
    }
    HiddenActivation result;
    result.isPrelu = spec.id == "prelu";
    preluInit = result.isPrelu ? activation->parameter("weight") : 0.0;
    result.function = std::move(*activation);
    return result;
}

// The ranges are core/limits.h's; what is left here are rules between options.
Status validateOptimiser(const OptimizerConfig &o)
{
    if (o.nesterov && o.momentum <= 0.0)
        return makeError("invalid_optimizer_parameter", "Nesterov momentum needs a momentum > 0",
                         {{"name", "nesterov"}, {"value", number(o.momentum)}});
    return {};
}

Status validateData(const DataSplit &data)
{
    const Dataset &train = data.train;
    if (train.sampleCount() < 1 || train.featureCount() < 1 || train.outputCount() < 1)
        return makeError("empty_training_set", "the training set has no samples");
    if (data.test.sampleCount() > 0 && data.test.featureCount() != train.featureCount())
        return makeError("feature_count_mismatch", "train and test sets differ in features",
                         {{"train", std::to_string(train.featureCount())},
                          {"test", std::to_string(data.test.featureCount())}});
    for (const Dataset *set : {&data.train, &data.test}) {
        if (set->sampleCount() == 0)
            continue;
        if (train.task == Task::Classification) {
            if (std::ssize(set->labels) != set->sampleCount())
                return makeError("label_count_mismatch", "one label per sample is needed");
            for (std::size_t j = 0; j < set->labels.size(); ++j) {
                if (set->labels[j] < 0 || set->labels[j] >= train.classCount)
                    return makeError("label_out_of_range", "a label is outside 0..classes-1",
                                     {{"index", std::to_string(j)},
                                      {"value", std::to_string(set->labels[j])},
                                      {"classes", std::to_string(train.classCount)}});
            }
        } else if (set->targets.cols() != set->sampleCount()
                   || set->targets.rows() != train.targets.rows()) {
            return makeError("target_shape_mismatch", "one target column per sample is needed");
        }
    }
    return {};
}

} // namespace

Expected<Trainer> Trainer::create(const TrainingConfig &config, DataSplit data,
                                  const std::atomic_bool *interruption)
{
    const NetworkConfig &network = config.network;
    const int hidden = int(network.hidden.size());
    if (hidden > NetworkLimits::maxHiddenLayers)
        return makeError("too_many_layers", "too many hidden layers",
                         {{"count", std::to_string(hidden)},
                          {"max", std::to_string(NetworkLimits::maxHiddenLayers)}});
    for (int k = 0; k < hidden; ++k) {
        const int width = network.hidden[std::size_t(k)];
        if (width < NetworkLimits::minWidth || width > NetworkLimits::maxWidth)
            return makeError("width_out_of_range", "a hidden layer width is out of range",
                             {{"layer", std::to_string(k + 1)},
                              {"index", std::to_string(k)},
                              {"value", std::to_string(width)},
                              {"min", std::to_string(NetworkLimits::minWidth)},
                              {"max", std::to_string(NetworkLimits::maxWidth)}});
    }
    if (hidden > 0 && network.activations.empty())
        return makeError("no_hidden_activation", "the hidden layers need an activation");
    if (hidden > 0 && !network.activationCountFits())
        return makeError("activation_count_mismatch",
                         "give one activation for all hidden layers or one per layer",
                         {{"count", std::to_string(network.activations.size())},
                          {"layers", std::to_string(hidden)}});
    if (Status status = checkLimits(config); !status)
        return status.error();
    if (Status status = validateOptimiser(config.optimizer); !status)
        return status.error();
    if (Status status = validateData(data); !status)
        return status.error();
    if (Status status = checkRunSize(data.train.sampleCount() + data.test.sampleCount(),
                                     network.hidden);
        !status)
        return status.error();

    std::vector<HiddenActivation> activations;
    std::vector<double> preluInits;
    for (int k = 0; k < hidden; ++k) {
        const LayerActivation &spec = network.activationFor(std::size_t(k));
        double preluInit = 0.0;
        Expected<HiddenActivation> activation = makeHiddenActivation(spec, k, preluInit);
        if (!activation)
            return activation.error();
        activations.push_back(std::move(*activation));
        preluInits.push_back(preluInit);
    }
    std::vector<int> widths{int(data.train.featureCount())};
    widths.insert(widths.end(), network.hidden.begin(), network.hidden.end());
    widths.push_back(int(data.train.outputCount()));

    std::unique_ptr<TrainerPrivate> d = makeTrainerPrivate(config, std::move(data),
                                                           std::move(widths),
                                                           std::move(activations), preluInits);
    d->setInterruption(interruption);
    d->initial = d->evaluate();
    d->referenceLoss = d->initial.trainLoss;
    d->revival.start(d->initial);
    return Trainer(std::move(d));
}

const char *toString(DivergenceCause cause)
{
    switch (cause) {
    case DivergenceCause::NonFiniteLoss:
        return "non_finite_loss";
    case DivergenceCause::NonFiniteGradient:
        return "non_finite_gradient";
    case DivergenceCause::NonFiniteWeight:
        return "non_finite_weight";
    case DivergenceCause::LossBlowUp:
        return "loss_blow_up";
    }
    return "";
}

Trainer::Trainer(std::unique_ptr<TrainerPrivate> impl)
    : d(std::move(impl))
{}
Trainer::Trainer(Trainer &&other) noexcept = default;
Trainer &Trainer::operator=(Trainer &&other) noexcept = default;
Trainer::~Trainer() = default;

const TrainingConfig &Trainer::config() const
{
    return d->config;
}
const DataSplit &Trainer::data() const
{
    return d->data;
}
int Trainer::hiddenLayerCount() const
{
    return int(d->widths.size()) - 2;
}
std::vector<int> Trainer::layerWidths() const
{
    return d->widths;
}
int Trainer::epoch() const
{
    return d->epoch;
}
std::int64_t Trainer::stepCount() const
{
    return d->steps;
}
int Trainer::stepsPerEpoch() const
{
    return d->stepsPerEpoch();
}
int Trainer::stepInEpoch() const
{
    return d->stepInEpoch;
}
TrainingStatus Trainer::status() const
{
    return d->status;
}
std::optional<DivergenceReport> Trainer::divergence() const
{
    return d->divergence;
}
void Trainer::resetDivergence()
{
    d->status = TrainingStatus::Ok;
    d->divergence.reset();
}

bool Trainer::step()
{
    if (d->status == TrainingStatus::Diverged)
        return false;
    return d->step();
}

bool Trainer::trainEpoch()
{
    const int target = d->epoch + 1;
    while (d->epoch < target) {
        if (!step())
            return false;
    }
    return true;
}

Diagnostics Trainer::evaluate()
{
    Diagnostics result = d->evaluate();
    // Revival is counted between evaluated epochs (DESIGN.md §4): an evaluation in the middle of
    // an epoch (the lab's live snapshots) reports the counts without adding to the history, so
    // the window and `relulab train` count the same units. A diverged evaluation shows the
    // restored weights of an earlier one: nothing new to add either.
    if (result.status == TrainingStatus::Ok && d->stepInEpoch == 0)
        d->revival.observe(result);
    else
        d->revival.annotate(result);
    return result;
}
const Diagnostics &Trainer::initialDiagnostics() const
{
    return d->initial;
}
std::vector<LayerWeights> Trainer::weights() const
{
    return d->weights();
}

Status Trainer::setWeights(const std::vector<LayerWeights> &weights)
{
    WeightShapeSpec spec;
    spec.network = &d->config.network;
    spec.inputs = d->widths.front();
    spec.outputs = d->widths.back();
    if (Status status = checkWeightShapes(weights, spec); !status)
        return status;
    d->assignWeights(weights);
    d->status = TrainingStatus::Ok;
    d->divergence.reset();
    if (d->steps == 0) {
        d->initial = d->evaluate();
        d->referenceLoss = d->initial.trainLoss;
        d->revival.start(d->initial);
    } else {
        // Other weights, another history: the next evaluation starts it (restoreState may
        // bring back the saved one).
        d->revival.clear();
    }
    return {};
}

Status Trainer::setActivation(int layer, const LayerActivation &activation)
{
    if (layer < 0 || layer >= hiddenLayerCount())
        return makeError("layer_out_of_range", "no such hidden layer",
                         {{"layer", std::to_string(layer + 1)},
                          {"count", std::to_string(hiddenLayerCount())}});
    double preluInit = 0.0;
    Expected<HiddenActivation> hidden = makeHiddenActivation(activation, layer, preluInit);
    if (!hidden)
        return hidden.error();
    d->setActivation(layer, std::move(*hidden), preluInit);
    d->config.network.setActivationFor(std::size_t(layer), activation);
    return {};
}

Status Trainer::setLearningRate(double learningRate)
{
    if (Status status = checkOption(Option::LearningRate, learningRate); !status)
        return status;
    d->baseLearningRate = learningRate;
    d->config.optimizer.learningRate = learningRate;
    return {};
}

double Trainer::currentLearningRate() const
{
    return d->currentLearningRate();
}

Eigen::MatrixXd Trainer::predict(const Eigen::MatrixXd &inputs) const
{
    return d->forwardTo(hiddenLayerCount(), inputs, false);
}

Eigen::MatrixXd Trainer::probabilities(const Eigen::MatrixXd &inputs) const
{
    return softmaxColumns(predict(inputs)); // classes x samples
}

Eigen::MatrixXd softmaxColumns(Eigen::MatrixXd logits)
{
    const Eigen::RowVectorXd maxima = logits.colwise().maxCoeff();
    logits = (logits.rowwise() - maxima).array().exp().matrix();
    const Eigen::RowVectorXd sums = logits.colwise().sum();
    logits.array().rowwise() /= sums.array();
    return logits;
}

Eigen::MatrixXd Trainer::layerOutputs(int layer, const Eigen::MatrixXd &inputs) const
{
    return d->forwardTo(layer, inputs, false);
}

Eigen::MatrixXd Trainer::layerPreActivations(int layer, const Eigen::MatrixXd &inputs) const
{
    return d->forwardTo(layer, inputs, true);
}

ForwardPass Trainer::forwardPass(const Eigen::MatrixXd &inputs, bool preActivations) const
{
    ForwardPass pass;
    const auto hidden = std::size_t(hiddenLayerCount());
    const Eigen::Index n = inputs.cols();
    pass.outputs.assign(hidden, Eigen::MatrixXd());
    if (preActivations)
        pass.preActivations.assign(hidden, Eigen::MatrixXd());
    d->forEachPassChunk(inputs, preActivations,
                        [&pass, n](Eigen::Index start, const ForwardPass &chunk) {
        const auto place = [n, start](Eigen::MatrixXd &all, const Eigen::MatrixXd &part) {
            if (all.size() == 0)
                all.resize(part.rows(), n);
            all.middleCols(start, part.cols()) = part;
        };
        for (std::size_t k = 0; k < chunk.outputs.size(); ++k) {
            place(pass.outputs[k], chunk.outputs[k]);
            if (!chunk.preActivations.empty())
                place(pass.preActivations[k], chunk.preActivations[k]);
        }
        place(pass.network, chunk.network);
    });
    return pass;
}

void Trainer::forEachForwardChunk(const Eigen::MatrixXd &inputs, bool preActivations,
                                  const ForwardChunkVisitor &visit) const
{
    d->forEachPassChunk(inputs, preActivations, visit);
}

Eigen::MatrixXd gridInputs(const GridSpec &grid, int features)
{
    const int rows = std::max(1, grid.rows);
    const int columns = std::max(1, grid.columns);
    Eigen::MatrixXd inputs = Eigen::MatrixXd::Zero(features, Eigen::Index(rows) * columns);
    const double dx = columns > 1 ? (grid.xMax - grid.xMin) / (columns - 1) : 0.0;
    const double dy = rows > 1 ? (grid.yMax - grid.yMin) / (rows - 1) : 0.0;
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < columns; ++j) {
            const Eigen::Index point = Eigen::Index(i) * columns + j;
            inputs(0, point) = grid.xMin + j * dx;
            if (features > 1)
                inputs(1, point) = grid.yMin + i * dy;
        }
    }
    return inputs;
}

Eigen::MatrixXd Trainer::layerOverGrid(int layer, const GridSpec &grid) const
{
    const Eigen::MatrixXd inputs = gridInputs(grid, d->widths.front());
    if (layer >= hiddenLayerCount() && d->data.train.task == Task::Classification)
        return probabilities(inputs);
    return d->forwardTo(layer, inputs, false);
}

Eigen::MatrixXd Trainer::unitOverGrid(int layer, int unit, const GridSpec &grid) const
{
    const Eigen::MatrixXd all = layerOverGrid(layer, grid); // units x (rows·columns)
    const int rows = std::max(1, grid.rows);
    const int columns = std::max(1, grid.columns);
    Eigen::MatrixXd tile(rows, columns);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < columns; ++j)
            tile(i, j) = all(unit, Eigen::Index(i) * columns + j);
    return tile;
}

namespace {

// Values delivered chunk by chunk: forEach(visit) calls visit(chunk) for every chunk.
using ChunkSource = std::function<void(const std::function<void(const Eigen::MatrixXd &)> &)>;

// One pass for the range when it is the data's own (minimum == maximum), one for the counts: no
// matrix of every value is needed.
Histogram histogramOverChunks(const ChunkSource &forEach, int bins, double minimum, double maximum)
{
    Histogram histogram;
    bins = std::max(1, bins);
    histogram.counts.assign(std::size_t(bins), 0);
    if (minimum == maximum) {
        minimum = std::numeric_limits<double>::infinity();
        maximum = -minimum;
        forEach([&](const Eigen::MatrixXd &z) {
            for (Eigen::Index i = 0; i < z.size(); ++i) {
                if (std::isfinite(z(i))) {
                    minimum = std::min(minimum, z(i));
                    maximum = std::max(maximum, z(i));
                }
            }
        });
        if (!(minimum < maximum)) {
            minimum = std::isfinite(minimum) ? minimum - 0.5 : -0.5;
            maximum = minimum + 1.0;
        }
    }
    histogram.minimum = minimum;
    histogram.maximum = maximum;
    const double width = (maximum - minimum) / bins;
    forEach([&](const Eigen::MatrixXd &z) {
        for (Eigen::Index i = 0; i < z.size(); ++i) {
            const double v = z(i);
            if (!std::isfinite(v))
                ++histogram.nonFinite;
            else if (v < minimum)
                ++histogram.below;
            else if (v > maximum)
                ++histogram.above;
            else
                ++histogram.counts[std::size_t(std::min(bins - 1, int((v - minimum) / width)))];
        }
    });
    return histogram;
}

} // namespace

Histogram Trainer::preActivationHistogram(int layer, int bins, double minimum, double maximum) const
{
    // Over the training set chunk by chunk; no units x samples matrix.
    const Eigen::MatrixXd &inputs = d->data.train.inputs;
    const auto forEach = [this, layer, &inputs](const auto &visit) {
        d->forEachChunk(layer, inputs, true,
                        [&visit](Eigen::Index, const Eigen::MatrixXd &z) { visit(z); });
    };
    return histogramOverChunks(forEach, bins, minimum, maximum);
}

Histogram histogramOf(const Eigen::MatrixXd &z, int bins, double minimum, double maximum)
{
    return histogramOverChunks([&z](const auto &visit) { visit(z); }, bins, minimum, maximum);
}

Eigen::Index Trainer::chunkColumns() const
{
    return d->chunkColumns();
}

void Trainer::setChunkColumns(Eigen::Index columns)
{
    d->setChunkColumns(columns);
}

void Trainer::setInterruption(const std::atomic_bool *flag)
{
    d->setInterruption(flag);
}

std::vector<double> Trainer::preluSlopes(int layer) const
{
    return d->slopes(layer);
}

Expected<double> bornDeadFraction(const TrainingConfig &config, const DataSplit &data, int draws,
                                  const std::atomic_bool *cancel)
{
    if (draws < 1)
        return makeError("invalid_draws", "at least one draw is needed",
                         {{"value", std::to_string(draws)}});
    const auto cancelled = [draws](int done) {
        return makeError("cancelled", "the count was cancelled",
                         {{"done", std::to_string(done)}, {"draws", std::to_string(draws)}});
    };
    int dead = 0;
    for (int i = 0; i < draws; ++i) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return cancelled(i);
        TrainingConfig drawConfig = config;
        drawConfig.seed = config.seed + std::uint64_t(i);
        try {
            // The flag also interrupts a draw's own evaluation: at ten layers of 512 one draw
            // is a large part of a second.
            Expected<Trainer> trainer = Trainer::create(drawConfig, data, cancel);
            if (!trainer)
                return trainer.error();
            dead += trainer->initialDiagnostics().networkDead ? 1 : 0;
        } catch (const Interrupted &) {
            return cancelled(i);
        }
    }
    return double(dead) / double(draws);
}

} // namespace ReluLab::Core
