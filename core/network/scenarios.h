// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/trainingconfig.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ReluLab::Core {

/// A classroom scenario (tests/reference/scenarios.md) as a training preset. The id is
/// stable (CLI `relulab scenario ID`, session files, the GUI's scenario picker maps it to
/// translated words); `contrasts` are the activations to run with the same settings to show the
/// cure or the comparison ("leaky_relu" against a dying "relu"). A contrast may need its own
/// initialisation to be a fair comparison (ReLU with He, sigmoid with Xavier): contrastInits,
/// when not empty, holds one scheme per contrast; contrastActivityL1, when not empty, one L1
/// activity penalty per contrast (the run without the penalty). scenarioConfig() applies them
/// all.
struct ScenarioPreset
{
    std::string id;
    TrainingConfig config;
    std::vector<LayerActivation> contrasts;
    std::vector<InitScheme> contrastInits;
    std::vector<double> contrastActivityL1;
};

/// The seven scenarios in teaching order: half_active, negative_bias, high_learning_rate,
/// born_dead, vanishing_gradients, why_nonlinear, sparsity_dial.
const std::vector<ScenarioPreset> &scenarioPresets();
/// The preset with this id, or nullptr.
const ScenarioPreset *findScenario(std::string_view id);
/// The preset's configuration (contrast 0) or that of its contrast-th contrasting activation
/// (1..contrasts.size()): the activation for every hidden layer and its initialisation.
/// Asserts that contrast is in range.
TrainingConfig scenarioConfig(const ScenarioPreset &preset, std::size_t contrast);

} // namespace ReluLab::Core
