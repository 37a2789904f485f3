// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/trainingconfig.h"

#include <string>
#include <string_view>
#include <vector>

namespace ReluLab::Core {

/// A classroom scenario (tests/reference/scenarios.md, issue 6) as a training preset. The id is
/// stable (CLI `relulab scenario ID`, session files, the GUI's scenario picker maps it to
/// translated words); `contrasts` are the activations to run with the same settings to show the
/// cure or the comparison ("leaky_relu" against a dying "relu").
struct ScenarioPreset
{
    std::string id;
    TrainingConfig config;
    std::vector<LayerActivation> contrasts;
};

/// The seven scenarios in teaching order: half_active, negative_bias, high_learning_rate,
/// born_dead, vanishing_gradients, why_nonlinear, sparsity_dial.
const std::vector<ScenarioPreset> &scenarioPresets();
/// The preset with this id, or nullptr.
const ScenarioPreset *findScenario(std::string_view id);

} // namespace ReluLab::Core
