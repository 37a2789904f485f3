// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scenarios.h"

namespace ReluLab::Core {

namespace {

// Data as scenarios.md measured it: two moons of 1000 points, noise 0.1, and the 8x8 digits
// with a 75/25 split, both standardised per feature.
DatasetRecipe moons()
{
    DatasetRecipe recipe;
    recipe.name = "moons";
    recipe.samples = 1000;
    recipe.noise = 0.1;
    recipe.testFraction = 0.25;
    recipe.standardise = true;
    return recipe;
}

DatasetRecipe digits()
{
    DatasetRecipe recipe;
    recipe.name = "digits";
    recipe.testFraction = 0.25;
    recipe.standardise = true;
    return recipe;
}

TrainingConfig base(DatasetRecipe data, std::vector<int> hidden, std::string activation)
{
    TrainingConfig config;
    config.data = std::move(data);
    config.network.hidden = std::move(hidden);
    config.network.activations = {LayerActivation{std::move(activation), {}}};
    config.network.init = InitScheme::HeNormal;
    config.network.bias = BiasInit{false, 0.0};
    config.seed = 1;
    return config;
}

LayerActivation leaky() { return LayerActivation{"leaky_relu", {{"negative_slope", 0.01}}}; }
LayerActivation named(const char *id) { return LayerActivation{id, {}}; }

std::vector<ScenarioPreset> makePresets()
{
    std::vector<ScenarioPreset> presets;

    // 1. About half of the ReLU units output 0 at initialisation (watch epoch 0).
    TrainingConfig half = base(moons(), {64, 64}, "relu");
    half.optimizer.learningRate = 0.1;
    half.epochs = 20;
    presets.push_back({"half_active", half, {named("relu")}});

    // 2. Hidden biases −3: ReLU layer 2 all dead, accuracy stuck at 50 %; Leaky/ELU learn.
    TrainingConfig bias = base(moons(), {64, 64}, "relu");
    bias.network.bias = BiasInit{false, -3.0};
    bias.optimizer.learningRate = 0.1;
    bias.epochs = 100;
    presets.push_back({"negative_bias", bias, {leaky(), named("elu")}});

    // 3. Adam at lr 0.1 on digits kills most of ReLU layer 2; Leaky ReLU keeps learning.
    TrainingConfig hot = base(digits(), {128, 128}, "relu");
    hot.optimizer.kind = OptimizerKind::Adam;
    hot.optimizer.learningRate = 0.1;
    hot.epochs = 30;
    presets.push_back({"high_learning_rate", hot, {leaky()}});

    // 4. Ten hidden layers of width 3: most initialisations are constant functions.
    TrainingConfig narrow = base(moons(), std::vector<int>(10, 3), "relu");
    narrow.optimizer.kind = OptimizerKind::Adam;
    narrow.optimizer.learningRate = 0.01;
    narrow.batchSize = 100;
    narrow.epochs = 200;
    presets.push_back({"born_dead", narrow, {leaky(), named("elu")}});

    // 5. Ten sigmoid layers (Xavier): ‖∂L/∂W₁‖ is about 4⁻¹⁰ of the last layer's; ReLU (He) is not.
    TrainingConfig vanishing = base(digits(), std::vector<int>(10, 64), "sigmoid");
    vanishing.network.init = InitScheme::XavierNormal;
    vanishing.optimizer.learningRate = 0.1;
    vanishing.epochs = 30;
    presets.push_back({"vanishing_gradients", vanishing, {named("relu"), named("tanh")}});

    // 6. The identity activation makes any depth one linear map: XOR stays at chance.
    DatasetRecipe xor_ = moons();
    xor_.name = "xor";
    xor_.samples = 400;
    xor_.noise = 0.05;
    TrainingConfig linear = base(xor_, {8, 8}, "identity");
    linear.optimizer.kind = OptimizerKind::Adam;
    linear.optimizer.learningRate = 0.01;
    linear.epochs = 100;
    presets.push_back({"why_nonlinear", linear, {named("relu")}});

    // 7. An L1 penalty on hidden activations dials sparsity up to Glorot et al.'s 70-85 %.
    TrainingConfig dial = base(digits(), {256, 256}, "relu");
    dial.optimizer.kind = OptimizerKind::Adam;
    dial.optimizer.learningRate = 1e-3;
    dial.activityL1 = 0.1;
    dial.epochs = 50;
    presets.push_back({"sparsity_dial", dial, {named("relu")}});

    return presets;
}

} // namespace

const std::vector<ScenarioPreset> &scenarioPresets()
{
    static const std::vector<ScenarioPreset> presets = makePresets();
    return presets;
}

const ScenarioPreset *findScenario(std::string_view id)
{
    for (const ScenarioPreset &preset : scenarioPresets()) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

} // namespace ReluLab::Core
