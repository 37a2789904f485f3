// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "stopcondition.h"

#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace ReluLab::Core {

namespace {

constexpr std::array<std::pair<ConditionKind, const char *>, 5> names{{
    {ConditionKind::Epoch, "epoch"},
    {ConditionKind::Accuracy, "accuracy"},
    {ConditionKind::DeadFraction, "dead_fraction"},
    {ConditionKind::Sparsity, "sparsity"},
    {ConditionKind::Diverged, "diverged"},
}};

} // namespace

const char *toString(ConditionKind kind)
{
    for (const auto &[k, name] : names) {
        if (k == kind)
            return name;
    }
    return "";
}

std::optional<ConditionKind> conditionKindFromString(std::string_view name)
{
    for (const auto &[kind, text] : names) {
        if (name == text)
            return kind;
    }
    return std::nullopt;
}

bool conditionHasLayer(ConditionKind kind)
{
    return kind == ConditionKind::DeadFraction || kind == ConditionKind::Sparsity;
}

double conditionValue(const StopCondition &condition, const Diagnostics &d)
{
    const double none = std::numeric_limits<double>::quiet_NaN();
    const auto layer = std::size_t(condition.layer - 1);
    const bool hasLayer = condition.layer >= 1 && layer < d.layers.size();
    switch (condition.kind) {
    case ConditionKind::Epoch:
        return double(d.epoch);
    case ConditionKind::Accuracy:
        return d.trainAccuracy;
    case ConditionKind::DeadFraction:
        if (!hasLayer || d.layers[layer].units <= 0)
            return none;
        return double(d.layers[layer].deadUnits) / double(d.layers[layer].units);
    case ConditionKind::Sparsity:
        return hasLayer ? d.layers[layer].sparsity : none;
    case ConditionKind::Diverged:
        return d.status == TrainingStatus::Diverged ? 1.0 : 0.0;
    }
    return none;
}

bool conditionHolds(const StopCondition &condition, const Diagnostics &d)
{
    if (condition.kind == ConditionKind::Diverged)
        return d.status == TrainingStatus::Diverged;
    if (d.status == TrainingStatus::Diverged)
        return false;
    const double value = conditionValue(condition, d);
    return std::isfinite(value) && value >= condition.threshold;
}

} // namespace ReluLab::Core
