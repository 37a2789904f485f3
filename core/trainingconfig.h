// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/dataset.h"

#include <Eigen/Core>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ReluLab::Core {

/// Everything that defines a training run. This is what a session file stores, what the CLI
/// options fill in, and what the network lab panels edit. Names of enumerators are mapped to the
/// CLI/session spellings by the functions in trainingconfigio.h.

/// How to make the data: a generator with its knobs, or a user CSV used exactly as given.
struct DatasetRecipe
{
    std::string name = "moons";      ///< moons, circles, xor, spiral, blobs, sine, digits, csv
    std::string csvPath;             ///< for name == "csv"
    CsvTask csvTask = CsvTask::Auto; ///< for name == "csv": how its last column is read
    int samples = 1000;              ///< generated sets; ignored by digits (1797) and csv
    double noise = 0.1;              ///< generator noise (standard deviation, in input units)
    int classes = 3;                 ///< blobs: 2..5 classes
    double testFraction = 0.25;      ///< 0 trains on all samples
    bool standardise = false;        ///< per-feature zero mean, unit variance (train statistics)
    std::uint64_t seed = 1;          ///< generator and split seed
};

enum class InitScheme {
    PytorchDefault, ///< nn.Linear: kaiming_uniform(a=sqrt 5): U(±1/sqrt(fan_in))
    XavierUniform,
    XavierNormal,
    HeUniform,   ///< kaiming_uniform_, fan_in, relu gain sqrt 2
    HeNormal,    ///< kaiming_normal_: N(0, 2/fan_in)
    LecunNormal, ///< N(0, 1/fan_in)
    Orthogonal,
    Rai ///< randomized asymmetric initialisation (Lu et al. 2019)
};

/// Bias initialisation: PyTorch's default U(±1/sqrt(fan_in)), or a constant (any sign).
struct BiasInit
{
    bool pytorchDefault = false;
    double value = 0.0;
};

enum class Dtype { F32, F64 };

enum class PreluMode { PerLayer, PerUnit };

/// One hidden layer's activation: a core activation id and its parameters by PyTorch name.
struct LayerActivation
{
    std::string id = "relu";
    std::map<std::string, double> parameters;
};

/// The network's shape and start. The one rule for `activations` lives in the member functions:
/// a single entry means "this activation in every hidden layer", otherwise there is one entry
/// per hidden layer; everything that reads or edits a layer's activation goes through them.
struct NetworkConfig
{
    std::vector<int> hidden{64, 64}; ///< widths (NetworkLimits in core/limits.h); may be empty
    std::vector<LayerActivation> activations{
        LayerActivation{}}; ///< one per hidden layer, or one for all
    InitScheme init = InitScheme::HeNormal;
    BiasInit bias;
    PreluMode preluMode = PreluMode::PerLayer;
    Dtype dtype = Dtype::F32;

    /// Hidden layer `layer`'s activation (0-based): the single entry, or the layer's own; the
    /// default (relu) when the list is empty or too short.
    const LayerActivation &activationFor(std::size_t layer) const;
    /// One entry for all layers, one per layer, or none when there is no hidden layer.
    bool activationCountFits() const;
    /// Every hidden layer has the same activation (id and parameters).
    bool sameActivationForAll() const;
    /// Sets hidden layer `layer`'s activation, first writing a single entry out as one per layer.
    void setActivationFor(std::size_t layer, const LayerActivation &activation);
};

enum class OptimizerKind { Sgd, Adam, RmsProp };
enum class ScheduleKind { Constant, Step, Cosine };

/// torch.optim semantics and defaults.
struct OptimizerConfig
{
    OptimizerKind kind = OptimizerKind::Sgd;
    double learningRate = 0.1;
    double momentum = 0.0;    ///< SGD and RMSprop
    bool nesterov = false;    ///< SGD
    double beta1 = 0.9;       ///< Adam
    double beta2 = 0.999;     ///< Adam
    double epsilon = 1e-8;    ///< Adam and RMSprop
    double rmsAlpha = 0.99;   ///< RMSprop smoothing constant
    double weightDecay = 0.0; ///< L2 added to the gradient, as torch.optim (not AdamW)
    ScheduleKind schedule = ScheduleKind::Constant;
    int stepSize = 30;      ///< StepLR: epochs between decays
    double gamma = 0.1;     ///< StepLR factor
    int cosineEpochs = 100; ///< CosineAnnealingLR T_max (eta_min 0)
};

struct TrainingConfig
{
    DatasetRecipe data;
    NetworkConfig network;
    OptimizerConfig optimizer;
    int batchSize = 32; ///< 0 = full batch
    int epochs = 100;
    double activityL1 = 0.0; ///< λ: adds λ · mean over samples of Σ|a| of every hidden layer
    std::uint64_t seed = 1;  ///< initialisation, shuffling, RReLU draws
};

/// One layer's parameters in PyTorch's layout (nn.Linear: weight is out x in).
struct LayerWeights
{
    Eigen::MatrixXd weight; ///< out x in
    Eigen::VectorXd bias;   ///< out
    std::vector<double>
        preluSlopes; ///< PReLU slopes of this layer's activation (1 or out); empty otherwise
};

} // namespace ReluLab::Core
