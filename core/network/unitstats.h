// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainer.h"

#include "core/result.h"

#include <cstdint>
#include <vector>

namespace ReluLab::Core {

/// A hidden unit: layer 0..hiddenLayerCount()-1, unit 0..width-1 (the CLI and the screen number
/// both from 1).
struct UnitIndex
{
    int layer = 0;
    int unit = 0;
    friend bool operator==(const UnitIndex &, const UnitIndex &) = default;
};

/// One hidden unit over the training set, in evaluation mode (DESIGN.md §4 definitions).
/// "Active" is the sparsity definition read per unit: a sample is active when the unit's output
/// a = f(z) is not exactly 0, so activeFraction = 1 − the unit's share of the layer's sparsity,
/// and a unit is dead exactly when activeFraction = 0. (For Leaky ReLU a negative z still gives
/// a ≠ 0: such a unit is active; "inactive everywhere" is the separate z ≤ 0 count.)
struct UnitStats
{
    UnitIndex index;
    std::int64_t samples = 0;         ///< training samples
    std::int64_t activeSamples = 0;   ///< samples with output ≠ 0
    double activeFraction = 0.0;      ///< activeSamples / samples
    std::int64_t positiveSamples = 0; ///< samples with pre-activation z > 0
    double preActivationMin = 0.0;    ///< min z over the samples (finite ones)
    double preActivationMean = 0.0;   ///< mean z over the samples (finite ones)
    double preActivationMax = 0.0;    ///< max z over the samples (finite ones)
    Histogram histogram;              ///< of z, as Trainer::preActivationHistogram
};

/// Whether `unit` names a hidden unit of a network with these widths (input, hidden...,
/// output). Errors: "layer_out_of_range" {layer, count} and "unit_out_of_range" {layer, unit,
/// units}, numbered from 1 as the user gave them.
Status checkUnit(const std::vector<int> &widths, const UnitIndex &unit);

/// The statistics of every unit in `units` (each already checked with checkUnit) over the
/// training set, from one forward pass chunk by chunk (Trainer::forEachForwardChunk): the
/// working memory is one chunk of every layer plus one number per sample and unit asked for,
/// never a units x samples matrix. The histogram has `bins` bins over [minimum, maximum]
/// (minimum == maximum: the unit's own range).
std::vector<UnitStats> unitStats(const Trainer &trainer, const std::vector<UnitIndex> &units,
                                 int bins = 40, double minimum = 0.0, double maximum = 0.0);

/// The same for one unit.
UnitStats unitStats(const Trainer &trainer, const UnitIndex &unit, int bins = 40,
                    double minimum = 0.0, double maximum = 0.0);

} // namespace ReluLab::Core
