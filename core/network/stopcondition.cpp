// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "stopcondition.h"

#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace ReluLab::Core {

namespace {

constexpr std::array<std::pair<ConditionKind, const char *>, 11> names{{
    {ConditionKind::Epoch, "epoch"},
    {ConditionKind::Accuracy, "accuracy"},
    {ConditionKind::DeadFraction, "dead_fraction"},
    {ConditionKind::Sparsity, "sparsity"},
    {ConditionKind::Diverged, "diverged"},
    {ConditionKind::TestAccuracy, "test_accuracy"},
    {ConditionKind::Loss, "loss"},
    {ConditionKind::GradientRatio, "gradient_ratio"},
    {ConditionKind::MeanActivation, "mean_activation"},
    {ConditionKind::RevivedFraction, "revived_fraction"},
    {ConditionKind::InactiveFraction, "inactive_fraction"},
}};

double unitShare(int units, int of)
{
    return of > 0 ? double(units) / double(of) : std::numeric_limits<double>::quiet_NaN();
}

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
    switch (kind) {
    case ConditionKind::DeadFraction:
    case ConditionKind::Sparsity:
    case ConditionKind::MeanActivation:
    case ConditionKind::RevivedFraction:
    case ConditionKind::InactiveFraction:
        return true;
    case ConditionKind::Epoch:
    case ConditionKind::Accuracy:
    case ConditionKind::Diverged:
    case ConditionKind::TestAccuracy:
    case ConditionKind::Loss:
    case ConditionKind::GradientRatio:
        break;
    }
    return false;
}

bool conditionIsFraction(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::Accuracy:
    case ConditionKind::DeadFraction:
    case ConditionKind::Sparsity:
    case ConditionKind::TestAccuracy:
    case ConditionKind::RevivedFraction:
    case ConditionKind::InactiveFraction:
        return true;
    case ConditionKind::Epoch:
    case ConditionKind::Diverged:
    case ConditionKind::Loss:
    case ConditionKind::GradientRatio:
    case ConditionKind::MeanActivation:
        break;
    }
    return false;
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
        return hasLayer ? unitShare(d.layers[layer].deadUnits, d.layers[layer].units) : none;
    case ConditionKind::Sparsity:
        return hasLayer ? d.layers[layer].sparsity : none;
    case ConditionKind::Diverged:
        return d.status == TrainingStatus::Diverged ? 1.0 : 0.0;
    case ConditionKind::TestAccuracy:
        return d.testAccuracy;
    case ConditionKind::Loss:
        return d.trainLoss;
    case ConditionKind::GradientRatio:
        if (d.gradientNorms.size() < 2 || !(d.gradientNorms.back() > 0.0))
            return none;
        return d.gradientNorms.front() / d.gradientNorms.back();
    case ConditionKind::MeanActivation:
        return hasLayer ? d.layers[layer].meanActivation : none;
    case ConditionKind::RevivedFraction:
        return hasLayer ? unitShare(d.layers[layer].revivedUnits, d.layers[layer].units) : none;
    case ConditionKind::InactiveFraction:
        return hasLayer ? unitShare(d.layers[layer].inactiveUnits, d.layers[layer].units) : none;
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
    if (!std::isfinite(value))
        return false;
    return condition.atMost ? value <= condition.threshold : value >= condition.threshold;
}

} // namespace ReluLab::Core
