// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "weightshapes.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace ReluLab::Core {

namespace {

std::string text(Eigen::Index value)
{
    return std::to_string(value);
}

} // namespace

Status checkWeightShapes(const std::vector<LayerWeights> &weights, const WeightShapeSpec &spec)
{
    const NetworkConfig *network = spec.network;
    const std::size_t count = weights.size();
    if (network && count != network->hidden.size() + 1)
        return makeError("weight_layer_count", "wrong number of weight layers",
                         {{"value", std::to_string(count)},
                          {"expected", std::to_string(network->hidden.size() + 1)}});
    for (std::size_t k = 0; k < count; ++k) {
        const LayerWeights &layer = weights[k];
        const bool output = k + 1 == count;
        const std::string name = std::to_string(k + 1);
        const Eigen::Index rows = layer.weight.rows();
        const Eigen::Index cols = layer.weight.cols();
        // Unknown expectations take the actual size, so that only what is known is compared.
        Eigen::Index expectedRows = rows;
        if (network && !output)
            expectedRows = network->hidden[k];
        else if (output && spec.outputs)
            expectedRows = *spec.outputs;
        Eigen::Index expectedCols = cols;
        if (k > 0)
            expectedCols = weights[k - 1].weight.rows();
        else if (spec.inputs)
            expectedCols = *spec.inputs;
        if (rows != expectedRows || cols != expectedCols)
            return makeError("weight_shape", "a weight matrix has the wrong shape",
                             {{"layer", name},
                              {"part", "weight"},
                              {"rows", text(rows)},
                              {"cols", text(cols)},
                              {"expectedRows", text(expectedRows)},
                              {"expectedCols", text(expectedCols)}});
        if (layer.bias.size() != rows)
            return makeError("bias_shape", "a bias vector has the wrong size",
                             {{"layer", name},
                              {"part", "bias"},
                              {"size", text(layer.bias.size())},
                              {"expected", text(rows)}});
        const std::size_t slopes = layer.preluSlopes.size();
        if (slopes > 0 && network && !output && network->activationFor(k).id != "prelu")
            return makeError("prelu_slopes_not_prelu",
                             "PReLU slopes given for a layer whose activation is not prelu",
                             {{"layer", name}, {"part", "prelu_slopes"}});
        if (slopes > 0) {
            const std::size_t perUnit = std::size_t(rows);
            bool fits = !output && (slopes == 1 || slopes == perUnit);
            std::size_t expected = output ? 0 : perUnit;
            if (network && !output) {
                expected = network->preluMode == PreluMode::PerUnit ? perUnit : 1;
                fits = slopes == expected;
            }
            if (!fits)
                return makeError("prelu_slope_count", "wrong number of PReLU slopes",
                                 {{"layer", name},
                                  {"part", "prelu_slopes"},
                                  {"size", std::to_string(slopes)},
                                  {"expected", std::to_string(expected)},
                                  {"or_one", network || output ? "0" : "1"}});
        }
        const bool slopesFinite = std::all_of(layer.preluSlopes.begin(), layer.preluSlopes.end(),
                                              [](double s) { return std::isfinite(s); });
        if (!layer.weight.allFinite() || !layer.bias.allFinite() || !slopesFinite)
            return makeError("weights_not_finite", "a weight is NaN or infinite",
                             {{"layer", name}, {"part", "weight"}});
    }
    return {};
}

} // namespace ReluLab::Core
