// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainer.h"

#include <optional>
#include <string_view>

namespace ReluLab::Core {

/// The small fixed set of conditions a lesson step may train until (and claim afterwards).
enum class ConditionKind {
    Epoch,        ///< completed epochs
    Accuracy,     ///< training-set accuracy (a fraction in [0, 1])
    DeadFraction, ///< dead units of hidden layer `layer` / its units
    Sparsity,     ///< sparsity of hidden layer `layer`
    Diverged,     ///< the run diverged (DESIGN.md §4)
    TestAccuracy, ///< test-set accuracy (a fraction in [0, 1])
    Loss,         ///< mean training data loss
    GradientRatio, ///< ‖∂L/∂W₁‖_F / ‖∂L/∂W_{L+1}‖_F: how much of the output layer's
                   ///< gradient reaches the first layer (vanishing gradients when ≪ 1)
    MeanActivation,   ///< hidden layer `layer`'s mean output over units and samples
    RevivedFraction,  ///< revived units of hidden layer `layer` / its units
    InactiveFraction, ///< units of layer `layer` with pre-activation <= 0 on every sample / units
};

struct StopCondition
{
    ConditionKind kind = ConditionKind::Epoch;
    int layer = 1;          ///< 1-based hidden layer (DeadFraction, Sparsity)
    double threshold = 0.0; ///< unused for Diverged
    /// The comparison: value <= threshold instead of value >= threshold.
    bool atMost = false;
};

/// "epoch", "accuracy", "dead_fraction", ...: the names in lesson files.
const char *toString(ConditionKind kind);
std::optional<ConditionKind> conditionKindFromString(std::string_view name);
/// Whether a condition names a hidden layer.
bool conditionHasLayer(ConditionKind kind);
/// Whether its value is a fraction in [0, 1] (shown in %).
bool conditionIsFraction(ConditionKind kind);

/// The condition's measured value on `d` (epochs, a fraction; 1 or 0 for Diverged), or NaN when
/// the layer does not exist or nothing can be measured (a regression run's accuracy).
double conditionValue(const StopCondition &condition, const Diagnostics &d);
/// Whether it holds: value >= threshold, or value <= threshold when `atMost` (Diverged: the
/// status is Diverged). A diverged run
/// meets no other condition: its numbers are those of the last good weights.
bool conditionHolds(const StopCondition &condition, const Diagnostics &d);

} // namespace ReluLab::Core
