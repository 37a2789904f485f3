// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainer.h"

#include <optional>
#include <string_view>

namespace ReluLab::Core {

/// The small fixed set of conditions a lesson step may train until (and claim afterwards).
enum class ConditionKind {
    Epoch,        ///< completed epochs >= threshold
    Accuracy,     ///< training-set accuracy >= threshold (a fraction in [0, 1])
    DeadFraction, ///< dead units of hidden layer `layer` / its units >= threshold
    Sparsity,     ///< sparsity of hidden layer `layer` >= threshold
    Diverged      ///< the run diverged (DESIGN.md §4)
};

struct StopCondition
{
    ConditionKind kind = ConditionKind::Epoch;
    int layer = 1;          ///< 1-based hidden layer (DeadFraction, Sparsity)
    double threshold = 0.0; ///< unused for Diverged
};

/// "epoch", "accuracy", "dead_fraction", "sparsity", "diverged": the names in lesson files.
const char *toString(ConditionKind kind);
std::optional<ConditionKind> conditionKindFromString(std::string_view name);
/// Whether a condition names a hidden layer.
bool conditionHasLayer(ConditionKind kind);

/// The condition's measured value on `d` (epochs, a fraction; 1 or 0 for Diverged), or NaN when
/// the layer does not exist or nothing can be measured (a regression run's accuracy).
double conditionValue(const StopCondition &condition, const Diagnostics &d);
/// Whether it holds: value >= threshold (Diverged: the status is Diverged). A diverged run
/// meets no other condition: its numbers are those of the last good weights.
bool conditionHolds(const StopCondition &condition, const Diagnostics &d);

} // namespace ReluLab::Core
