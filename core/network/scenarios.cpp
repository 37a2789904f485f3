// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scenarios.h"

#include <cassert>

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

LayerActivation leaky()
{
    return LayerActivation{"leaky_relu", {{"negative_slope", 0.01}}};
}
LayerActivation named(const char *id)
{
    return LayerActivation{id, {}};
}

std::vector<ScenarioPreset> makePresets()
{
    std::vector<ScenarioPreset> presets;

    // 1. About half of the ReLU units output 0 at initialisation (watch epoch 0). The contrast
    // keeps half of the pre-activations negative (Xavier is as symmetric as He) but Leaky ReLU
    // maps them to small negative numbers, not to 0: no exact zeros, sparsity 0 %.
    TrainingConfig half = base(moons(), {64, 64}, "relu");
    half.optimizer.learningRate = 0.1;
    half.epochs = 20;
    presets.push_back({"half_active", half, {leaky()}, {InitScheme::XavierNormal}, {}});

    // 2. Hidden biases −3: ReLU layer 2 all dead, accuracy stuck at 50 %; Leaky/ELU learn.
    TrainingConfig bias = base(moons(), {64, 64}, "relu");
    bias.network.bias = BiasInit{false, -3.0};
    bias.optimizer.learningRate = 0.1;
    bias.epochs = 100;
    presets.push_back({"negative_bias", bias, {leaky(), named("elu")}, {}, {}});

    // 3. Adam at lr 0.1 on digits kills most of ReLU layer 2; Leaky ReLU keeps learning.
    TrainingConfig hot = base(digits(), {128, 128}, "relu");
    hot.optimizer.kind = OptimizerKind::Adam;
    hot.optimizer.learningRate = 0.1;
    hot.epochs = 30;
    presets.push_back({"high_learning_rate", hot, {leaky()}, {}, {}});

    // 4. Ten hidden layers of width 3: most initialisations are constant functions.
    TrainingConfig narrow = base(moons(), std::vector<int>(10, 3), "relu");
    narrow.optimizer.kind = OptimizerKind::Adam;
    narrow.optimizer.learningRate = 0.01;
    narrow.batchSize = 100;
    narrow.epochs = 200;
    // Seed 2 draws a network that is born dead (layers 6-10 output only zeros at epoch 0);
    // seed 1 drew a live one that died during the first epoch, which taught something else.
    narrow.seed = 2;
    narrow.data.seed = 2;
    // The third contrast keeps ReLU and changes only the initialisation: randomized asymmetric
    // initialisation (Lu et al. 2019) is the cure the paper proposes (≤ 20 % born dead).
    presets.push_back({"born_dead",
                       narrow,
                       {leaky(), named("elu"), named("relu")},
                       {narrow.network.init, narrow.network.init, InitScheme::Rai},
                       {}});

    // 5. Ten sigmoid layers (Xavier): σ′ ≤ 1/4 loses a factor ≈ 4 per layer, so ‖∂L/∂W₁‖ is
    // about 4⁻⁹ ≈ 4e-6 of ‖∂L/∂W₁₀‖; ReLU with He keeps the ratio near 0.3, tanh (Xavier) near
    // 1. Each contrast has the initialisation it is designed for (Xavier ReLUs would shrink the
    // signal by √2 per layer and blur the comparison).
    TrainingConfig vanishing = base(digits(), std::vector<int>(10, 64), "sigmoid");
    vanishing.network.init = InitScheme::XavierNormal;
    vanishing.optimizer.learningRate = 0.1;
    vanishing.epochs = 30;
    presets.push_back({"vanishing_gradients",
                       vanishing,
                       {named("relu"), named("tanh")},
                       {InitScheme::HeNormal, InitScheme::XavierNormal},
                       {}});

    // 6. The identity activation makes any depth one linear map: XOR stays at chance.
    DatasetRecipe xor_ = moons();
    xor_.name = "xor";
    xor_.samples = 400;
    xor_.noise = 0.05;
    TrainingConfig linear = base(xor_, {8, 8}, "identity");
    linear.optimizer.kind = OptimizerKind::Adam;
    linear.optimizer.learningRate = 0.01;
    linear.epochs = 100;
    presets.push_back({"why_nonlinear", linear, {named("relu")}, {}, {}});

    // 7. An L1 penalty on hidden activations dials sparsity up to Glorot et al.'s 70-85 %.
    // scenarios.md's λ = 0.1 multiplies each layer's *mean* |a| over units and samples; the
    // engine's λ multiplies Σ_units |a| averaged over samples, so the same penalty on 256-unit
    // layers is 0.1 / 256 ≈ 4e-4 (measured: 44 % zeros without it, 74 % with it, test accuracy
    // ≈ 97 % either way).
    TrainingConfig dial = base(digits(), {256, 256}, "relu");
    dial.optimizer.kind = OptimizerKind::Adam;
    dial.optimizer.learningRate = 1e-3;
    dial.activityL1 = 4e-4;
    dial.epochs = 50;
    // The contrast is the same ReLU network without the penalty.
    presets.push_back({"sparsity_dial", dial, {named("relu")}, {}, {0.0}});

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

TrainingConfig scenarioConfig(const ScenarioPreset &preset, std::size_t contrast)
{
    assert(contrast <= preset.contrasts.size());
    TrainingConfig config = preset.config;
    if (contrast == 0)
        return config;
    config.network.activations = {preset.contrasts[contrast - 1]};
    if (contrast <= preset.contrastInits.size())
        config.network.init = preset.contrastInits[contrast - 1];
    if (contrast <= preset.contrastActivityL1.size())
        config.activityL1 = preset.contrastActivityL1[contrast - 1];
    return config;
}

} // namespace ReluLab::Core
