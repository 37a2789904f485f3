// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "unitstats.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <string>

namespace ReluLab::Core {

Status checkUnit(const std::vector<int> &widths, const UnitIndex &unit)
{
    const int hidden = int(widths.size()) - 2;
    if (unit.layer < 0 || unit.layer >= hidden)
        return makeError("layer_out_of_range", "no such hidden layer",
                         {{"layer", std::to_string(unit.layer + 1)},
                          {"count", std::to_string(std::max(0, hidden))}});
    const int units = widths[std::size_t(unit.layer) + 1];
    if (unit.unit < 0 || unit.unit >= units)
        return makeError("unit_out_of_range", "no such unit in this layer",
                         {{"layer", std::to_string(unit.layer + 1)},
                          {"unit", std::to_string(unit.unit + 1)},
                          {"units", std::to_string(units)}});
    return {};
}

std::vector<UnitStats> unitStats(const Trainer &trainer, const std::vector<UnitIndex> &units,
                                 int bins, double minimum, double maximum)
{
    const Eigen::MatrixXd &inputs = trainer.data().train.inputs;
    const Eigen::Index samples = inputs.cols();
    std::vector<UnitStats> result(units.size());
    // One row of z per unit asked for (1 x samples): the histogram's second look at the values
    // needs them, and a unit's row is as long as the data, not as the layer times the data.
    std::vector<Eigen::MatrixXd> rows(units.size(), Eigen::MatrixXd(1, samples));
    std::vector<double> sums(units.size(), 0.0);
    std::vector<std::int64_t> finite(units.size(), 0);
    for (std::size_t u = 0; u < units.size(); ++u) {
        assert(checkUnit(trainer.layerWidths(), units[u]));
        result[u].index = units[u];
        result[u].samples = samples;
        result[u].preActivationMin = std::numeric_limits<double>::infinity();
        result[u].preActivationMax = -std::numeric_limits<double>::infinity();
    }
    if (!units.empty()) {
        trainer.forEachForwardChunk(inputs, true,
                                    [&](Eigen::Index start, const ForwardPass &chunk) {
            for (std::size_t u = 0; u < units.size(); ++u) {
                const auto layer = std::size_t(units[u].layer);
                const Eigen::Index unit = units[u].unit;
                const Eigen::MatrixXd &a = chunk.outputs[layer];        // units x c
                const Eigen::MatrixXd &z = chunk.preActivations[layer]; // units x c
                UnitStats &s = result[u];
                for (Eigen::Index j = 0; j < z.cols(); ++j) {
                    const double value = z(unit, j);
                    rows[u](0, start + j) = value;
                    s.activeSamples += a(unit, j) != 0.0 ? 1 : 0;
                    s.positiveSamples += value > 0.0 ? 1 : 0;
                    if (std::isfinite(value)) {
                        s.preActivationMin = std::min(s.preActivationMin, value);
                        s.preActivationMax = std::max(s.preActivationMax, value);
                        sums[u] += value;
                        ++finite[u];
                    }
                }
            }
        });
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t u = 0; u < units.size(); ++u) {
        UnitStats &s = result[u];
        s.activeFraction = samples > 0 ? double(s.activeSamples) / double(samples) : 0.0;
        if (finite[u] > 0) {
            s.preActivationMean = sums[u] / double(finite[u]);
        } else {
            s.preActivationMin = nan;
            s.preActivationMean = nan;
            s.preActivationMax = nan;
        }
        s.histogram = histogramOf(rows[u], bins, minimum, maximum);
    }
    return result;
}

UnitStats unitStats(const Trainer &trainer, const UnitIndex &unit, int bins, double minimum,
                    double maximum)
{
    return unitStats(trainer, std::vector<UnitIndex>{unit}, bins, minimum, maximum).front();
}

} // namespace ReluLab::Core
