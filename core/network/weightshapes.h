// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/result.h"
#include "core/trainingconfig.h"

#include <optional>
#include <vector>

namespace ReluLab::Core {

/// What a list of weight layers (PyTorch layout: weight out x in, bias out) is checked against.
/// Without a network only the chain is checked (weights read from a file on their own); the
/// input and output widths are known once the data are.
struct WeightShapeSpec
{
    const NetworkConfig *network = nullptr; ///< hidden widths, activations and PReLU mode
    std::optional<int> inputs;              ///< features of the data
    std::optional<int> outputs;             ///< output units the data need
};

/// The one check of weight shapes, used by the trainer, the session reader and the
/// --init-weights reader. In order, the first problem being the error:
///  - "weight_layer_count" {value, expected}: with a network, one layer per hidden layer + output;
///  - per layer k (1-based "layer"; "part" names the offending member: weight, bias or
///    prelu_slopes, so that a reader can point into its file):
///    "weight_shape" {layer, part, rows, cols, expectedRows, expectedCols}: rows must equal the
///    configured width (or the outputs), columns the previous layer's rows (or the inputs);
///    "bias_shape" {layer, part, size, expected}: one bias per row;
///    "prelu_slopes_not_prelu" {layer, part}: slopes on a layer whose activation is not prelu;
///    "prelu_slope_count" {layer, part, size, expected, or_one}: 1 slope per layer or one per
///    unit as the PReLU mode says (without a network either: or_one "1"); none on the output;
///    "weights_not_finite" {layer, part}.
Status checkWeightShapes(const std::vector<LayerWeights> &weights, const WeightShapeSpec &spec);

} // namespace ReluLab::Core
