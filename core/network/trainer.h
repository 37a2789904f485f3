// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainerstate.h"

#include "core/dataset.h"
#include "core/interruption.h"
#include "core/limits.h"
#include "core/result.h"
#include "core/trainingconfig.h"

#include <Eigen/Core>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ReluLab::Core {

/// Where training stands. Once Diverged, step() does nothing until setWeights() or
/// resetDivergence() is called; the weights are those of the last good step.
enum class TrainingStatus {
    Ok,      ///< weights and loss finite
    Diverged ///< a step met divergence (DivergenceReport); the step was undone
};

/// A run diverges (DESIGN.md §4), checked on every optimiser step and every evaluation, in every
/// dtype, when the loss, a gradient or a weight is NaN or infinite, or when the training loss
/// exceeds divergenceLossFactor × the epoch-0 training loss. The bound is relative because a
/// CSV's own targets may make large losses legitimate.
inline constexpr double divergenceLossFactor = 1e6;

enum class DivergenceCause {
    NonFiniteLoss,     ///< the loss of the current weights is NaN or infinite
    NonFiniteGradient, ///< a gradient is NaN or infinite
    NonFiniteWeight,   ///< the update made a weight NaN or infinite
    LossBlowUp         ///< the loss exceeds divergenceLossFactor × the epoch-0 loss
};

/// What stopped a diverged run. The trainer then holds the last finite weights: those before
/// the update that went wrong (or before the previous update when the current weights' loss is
/// already bad).
struct DivergenceReport
{
    DivergenceCause cause = DivergenceCause::NonFiniteLoss;
    int epoch = 1;         ///< the epoch (1-based) during which it happened
    std::int64_t step = 1; ///< the optimiser step (1-based) that met it
    /// The weight matrix (0-based, hidden layers then the output layer) whose gradient norm blew
    /// up first: the largest growth ‖∇W_k‖ / ‖∇W_k‖ at epoch 0, a non-finite norm counting as
    /// infinite growth; ties go to the matrix nearest the output, where back-propagation starts.
    int layer = 0;
    double loss = 0.0;          ///< the loss that was seen (may be NaN or infinite)
    double referenceLoss = 0.0; ///< the epoch-0 training loss
};

/// Diagnostics of one hidden layer over the whole training set (DESIGN.md §4 definitions).
struct LayerDiagnostics
{
    int units = 0;
    double sparsity = 0.0; ///< fraction of the units x samples activations exactly 0
    int deadUnits = 0;     ///< units whose output is exactly 0 for every training sample
    int inactiveUnits = 0; ///< units whose pre-activation is <= 0 for every training sample
    /// Units dead at some evaluation of this run and alive at a later one (RevivalTracker).
    int revivedUnits = 0;
    /// Units dead at the run's first evaluation (born dead) and at every evaluation since.
    int deadSinceStartUnits = 0;
    std::vector<bool> dead;     ///< per unit (size units)
    std::vector<bool> inactive; ///< per unit (size units); dead implies nothing about inactive
    /// Per unit (size units): the fraction of training samples whose output is not exactly 0
    /// (so 0 exactly for a dead unit; 1 − sparsity is these fractions' mean).
    std::vector<double> activeFraction;
    double meanActivation = 0.0; ///< mean output over units and samples
    bool allZero = false;        ///< every unit dead: the layer outputs the zero vector always
};

/// The numbers the CLI prints per epoch and the GUI shows live.
struct Diagnostics
{
    int epoch = 0;              ///< completed epochs (0 = before training)
    std::int64_t step = 0;      ///< optimiser steps taken so far
    double trainLoss = 0.0;     ///< mean data loss (cross-entropy or MSE, no penalty) on train
    double testLoss = 0.0;      ///< NaN when the test set is empty
    double trainAccuracy = 0.0; ///< fraction in [0, 1]; NaN for regression
    double testAccuracy = 0.0;  ///< NaN for regression or an empty test set
    std::vector<LayerDiagnostics> layers; ///< one per hidden layer
    /// Frobenius norm of dL/dW_k for each of the L+1 weight matrices, L = the mean data loss over
    /// the whole training set (no activity penalty, no weight decay), evaluation-mode activations.
    std::vector<double> gradientNorms;
    bool networkDead = false; ///< some hidden layer outputs all zeros for every training sample
    TrainingStatus status = TrainingStatus::Ok;
};

/// A histogram of values: counts[i] counts values in [minimum + i·w, minimum + (i+1)·w),
/// w = (maximum - minimum) / bins, the last bin closed; values outside are in below/above.
struct Histogram
{
    double minimum = 0.0;
    double maximum = 0.0;
    std::vector<std::int64_t> counts;
    std::int64_t below = 0;
    std::int64_t above = 0;
    std::int64_t nonFinite = 0;
};

/// A regular grid over the first two input features (the neuron tiles and decision map).
/// Point (i, j) is x1 = xMin + j·(xMax - xMin)/(columns - 1), x2 = yMin + i·(yMax - yMin)/(rows -
/// 1);
/// other input features (if any) are 0.
struct GridSpec
{
    double xMin = -1.0;
    double xMax = 1.0;
    double yMin = -1.0;
    double yMax = 1.0;
    int columns = 32;
    int rows = 32;
};

/// Every hidden layer's outputs A_k = f(Z_k) (and, when asked, its pre-activations Z_k) and the
/// network outputs for one matrix of inputs, from a single forward pass in evaluation mode: what
/// a display needs of all layers at once costs one pass, not one per layer.
struct ForwardPass
{
    std::vector<Eigen::MatrixXd> outputs;        ///< per hidden layer: units x samples
    std::vector<Eigen::MatrixXd> preActivations; ///< per hidden layer when asked, else empty
    Eigen::MatrixXd network; ///< logits (classification) or predictions: outputs x samples
};

/// "non_finite_loss", "non_finite_gradient", "non_finite_weight", "loss_blow_up": the cause's
/// name in JSON output and session files.
const char *toString(DivergenceCause cause);

class TrainerPrivate;

/// Trains one fully connected network: hidden layers with any core activation, a linear output,
/// softmax cross-entropy (classification) or MSE (regression), torch.optim semantics.
///
/// Layer numbering: hidden layers are 0..hiddenLayerCount()-1; "weight matrix k" and
/// weights()[k] run over 0..hiddenLayerCount() (the last is the output layer).
///
/// A Trainer is a value-like object (movable, not copyable) with no threads of its own: the GUI's
/// worker owns one and calls step()/trainEpoch() in chunks. Every random draw (initialisation,
/// shuffling, RReLU slopes) comes from Rng(config.seed), so a run is reproducible bit for bit.
class Trainer
{
public:
    /// Builds the network and initialises it from config.seed. `data.train` must hold at least
    /// one sample; its featureCount() and outputCount() fix the input and output widths.
    /// Errors: "no_hidden_activation" {}, "activation_count_mismatch" {count, layers},
    /// "width_out_of_range" {layer, index, value, min, max}, "too_many_layers" {count, max},
    /// "empty_training_set" {}, "feature_count_mismatch" {train, test},
    /// checkLimits' "option_out_of_range" (core/limits.h), "invalid_optimizer_parameter"
    /// {name, value} (Nesterov without momentum), and Activation::create's errors for a layer's
    /// activation (with an extra arg "layer"). `interruption` (optional) is the flag of
    /// setInterruption, already in force for the initial evaluation: creating a large network
    /// can then be abandoned too (Interrupted is thrown, nothing is returned).
    static Expected<Trainer> create(const TrainingConfig &config, DataSplit data,
                                    const std::atomic_bool *interruption = nullptr);

    Trainer(Trainer &&other) noexcept;
    Trainer &operator=(Trainer &&other) noexcept;
    ~Trainer();

    const TrainingConfig &config() const;
    const DataSplit &data() const;
    int hiddenLayerCount() const;
    /// Widths input, hidden..., output (size hiddenLayerCount() + 2).
    std::vector<int> layerWidths() const;

    /// Completed epochs (0 before training).
    int epoch() const;
    /// Optimiser steps taken.
    std::int64_t stepCount() const;
    /// Minibatches per epoch: ceil(train samples / batch), 1 for full batch.
    int stepsPerEpoch() const;
    /// Minibatches of the current epoch already done (0 at an epoch boundary).
    int stepInEpoch() const;

    TrainingStatus status() const;
    bool isDiverged() const { return status() == TrainingStatus::Diverged; }
    /// Why and where training diverged; empty while the status is Ok.
    std::optional<DivergenceReport> divergence() const;
    /// Clears the Diverged status (the last good weights are in place) so training may go on,
    /// e.g. after lowering the learning rate.
    void resetDivergence();

    /// One optimiser step on the next minibatch. At the start of an epoch the training set is
    /// reshuffled (batch size < train samples); the last, partial batch of an epoch is kept.
    /// When the epoch completes, epoch() increases and the learning-rate schedule advances.
    /// Returns false (and does nothing) when diverged, or when this step diverged.
    bool step();
    /// Steps until the current epoch completes. Returns false if training diverged.
    bool trainEpoch();

    /// Full diagnostics of the current weights on the train and test sets (evaluation mode).
    /// Each evaluation also adds to the run's unit history (RevivalTracker): the layers'
    /// revivedUnits and deadSinceStartUnits count over every evaluation since initialisation.
    /// When they show divergence (a non-finite loss or gradient norm, or the loss bound), the
    /// trainer diverges there and then: the last finite weights are restored, the report is
    /// kept, and the diagnostics returned are those of the restored weights (status Diverged),
    /// so no non-finite number reaches a row, a plot or a saved file. Not const: it may restore
    /// weights, and it runs in the trainer's own evaluation buffers.
    Diagnostics evaluate();
    /// The diagnostics measured at initialisation (or at the last setWeights() before any step):
    /// born-dead units are its layers[k].dead, a born-dead network its networkDead.
    const Diagnostics &initialDiagnostics() const;

    /// Parameters in PyTorch layout (weight out x in), as doubles, one entry per weight matrix.
    std::vector<LayerWeights> weights() const;
    /// Replaces all parameters (shapes must match; preluSlopes may be empty to keep the current
    /// ones). Resets optimiser state and the Diverged status; before the first step it also
    /// recomputes initialDiagnostics(). Errors: "weight_layer_count" {value, expected},
    /// "weight_shape" {layer, rows, cols, expectedRows, expectedCols}, "bias_shape" {layer, size,
    /// expected}, "prelu_slope_count" {layer, size, expected}, "prelu_slopes_not_prelu" {layer}
    /// (slopes for a layer that is not PReLU), "weights_not_finite" {layer}.
    Status setWeights(const std::vector<LayerWeights> &weights);

    /// The state the next step depends on besides the weights (see TrainerState).
    TrainerState state() const;
    /// Continues a run from a state() of a trainer with the same configuration, after
    /// setWeights() with that trainer's weights. Validates everything: errors
    /// "trainer_state_invalid" {field, value} (a negative count, a step in epoch beyond the
    /// epoch, an optimiser step count above the run's, an all-zero generator, a non-finite or
    /// out-of-range moment, a negative second moment, a unit history that does not fit the
    /// network), "trainer_state_size" {field, size,
    /// expected} (moments not one per parameter, an order not one per training sample),
    /// "trainer_state_order" {} (the order is not a permutation). On error nothing changes.
    Status restoreState(const TrainerState &state);

    /// Switches hidden layer `layer`'s activation, keeping every weight (optimiser state kept).
    /// Switching to prelu starts its slopes at its "weight" parameter (nn.PReLU's "init"; both
    /// names are accepted). Errors: Activation::create's,
    /// "layer_out_of_range" {layer, count}.
    Status setActivation(int layer, const LayerActivation &activation);
    /// Changes the base learning rate (the schedule's factor still applies). Errors:
    /// checkOption's "option_out_of_range" (core/limits.h).
    Status setLearningRate(double learningRate);
    /// The learning rate the next step will use (base × schedule factor of the current epoch).
    double currentLearningRate() const;

    /// Network outputs (logits for classification, predictions for regression) for inputs
    /// (features x samples): outputs x samples, evaluation mode.
    Eigen::MatrixXd predict(const Eigen::MatrixXd &inputs) const;
    /// Softmax class probabilities (classification), classes x samples.
    Eigen::MatrixXd probabilities(const Eigen::MatrixXd &inputs) const;
    /// Hidden layer `layer`'s outputs (activations) for inputs: units x samples.
    Eigen::MatrixXd layerOutputs(int layer, const Eigen::MatrixXd &inputs) const;
    /// Hidden layer `layer`'s pre-activations Z = W a + b for inputs: units x samples.
    Eigen::MatrixXd layerPreActivations(int layer, const Eigen::MatrixXd &inputs) const;
    /// Every hidden layer's outputs (and pre-activations when `preActivations`) and the network
    /// outputs for inputs (features x samples), from one forward pass: the same numbers as
    /// layerOutputs(k, inputs), layerPreActivations(k, inputs) and predict(inputs).
    /// The queries above and this one work in buffers of their own: they are safe to call on a
    /// const Trainer and leave training state untouched.
    ForwardPass forwardPass(const Eigen::MatrixXd &inputs, bool preActivations = false) const;
    /// The same pass over many samples in chunks of chunkColumns(): visit(first sample, chunk)
    /// gets every layer's values for the chunk's samples, so a pass over the training set holds
    /// one chunk of every layer, never a units x samples matrix.
    using ForwardChunkVisitor = std::function<void(Eigen::Index, const ForwardPass &)>;
    void forEachForwardChunk(const Eigen::MatrixXd &inputs, bool preActivations,
                             const ForwardChunkVisitor &visit) const;

    /// One unit's output over a 2-D grid (a neuron tile): rows x columns, row i = x2 value i.
    /// `layer` = hiddenLayerCount() means the output layer (for classification: that class's
    /// softmax probability). Requires at least one input feature.
    Eigen::MatrixXd unitOverGrid(int layer, int unit, const GridSpec &grid) const;
    /// Every unit of a hidden layer over the grid at once: units x (rows·columns), point index
    /// i·columns + j.
    Eigen::MatrixXd layerOverGrid(int layer, const GridSpec &grid) const;

    /// Histogram of hidden layer `layer`'s pre-activations over the training set, in
    /// [minimum, maximum] with `bins` bins (minimum == maximum: the data's own range).
    Histogram preActivationHistogram(int layer, int bins, double minimum = 0.0,
                                     double maximum = 0.0) const;

    /// Passes over many samples (evaluate(), steps on batches wider than this, predict() and the
    /// other per-sample outputs, the histogram) go in chunks of at most this many samples, so the
    /// trainer's working memory is chunk × width numbers whatever the sample count. The default
    /// gives each buffer about 2^21 numbers (at least 64 samples); chunked results equal one
    /// whole pass up to summation order (an RReLU layer in training mode draws its slopes chunk
    /// by chunk: another draw order, the same distribution).
    Eigen::Index chunkColumns() const;
    /// Sets the chunk width (0: the default). For tests and benchmarks.
    void setChunkColumns(Eigen::Index columns);

    /// PReLU slopes of hidden layer `layer` (1 or units values; empty when not prelu).
    std::vector<double> preluSlopes(int layer) const;

    /// Once `flag` is set, every computation of this trainer throws Interrupted at its next
    /// layer product (core/interruption.h); after that the trainer is fit only to be destroyed
    /// or replaced. Null: never interrupted. The flag must outlive the trainer.
    void setInterruption(const std::atomic_bool *flag);

private:
    explicit Trainer(std::unique_ptr<TrainerPrivate> d);
    std::unique_ptr<TrainerPrivate> d;
};

/// The grid's points as network inputs: features x (rows·columns), point index i·columns + j
/// (GridSpec's convention; features beyond the first two are 0).
Eigen::MatrixXd gridInputs(const GridSpec &grid, int features);

/// Softmax of each column (classes x samples), computed stably: exp(z − max z) / Σ exp(z − max z).
Eigen::MatrixXd softmaxColumns(Eigen::MatrixXd logits);

/// Histogram of the values of `z` in [minimum, maximum] with `bins` bins (minimum == maximum:
/// the values' own finite range), as Trainer::preActivationHistogram.
Histogram histogramOf(const Eigen::MatrixXd &z, int bins, double minimum = 0.0,
                      double maximum = 0.0);

/// The fraction of `draws` initialisations (seeds seed, seed+1, ...) of `config`'s network that
/// are born dead on `data.train` (some hidden layer all zeros for every sample). For the
/// "deep and narrow" scenario's Monte Carlo button. `cancel` (optional) is read before every
/// draw: once true, the count stops with Error "cancelled" {done, draws}.
Expected<double> bornDeadFraction(const TrainingConfig &config, const DataSplit &data, int draws,
                                  const std::atomic_bool *cancel = nullptr);

} // namespace ReluLab::Core
