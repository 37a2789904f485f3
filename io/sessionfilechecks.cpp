// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Checking that weights fit a network and its data (the session and --init-weights readers use
// it; the format is described in sessionfile.cpp).
#include "sessionfile.h"

namespace ReluLab {

QString SessionFile::checkWeights(const Core::NetworkConfig &network,
                                  const std::vector<Core::LayerWeights> &weights,
                                  std::optional<Core::DatasetShape> shape)
{
    if (weights.size() != network.hidden.size() + 1) {
        return tr("%1 weight layers, but the network has %2 (hidden layers + output)")
            .arg(weights.size())
            .arg(network.hidden.size() + 1);
    }
    for (std::size_t k = 0; k < weights.size(); ++k) {
        const Core::LayerWeights &layer = weights[k];
        if (layer.bias.size() != layer.weight.rows())
            return tr("layer %1: %2 biases for %3 units")
                .arg(k + 1)
                .arg(layer.bias.size())
                .arg(layer.weight.rows());
        if (k < network.hidden.size() && layer.weight.rows() != network.hidden[k]) {
            return tr("layer %1: %2 units, but the configuration says %3")
                .arg(k + 1)
                .arg(layer.weight.rows())
                .arg(network.hidden[k]);
        }
        if (!layer.preluSlopes.empty() && k < network.hidden.size()) {
            const std::size_t a = network.activations.size() == 1 ? 0 : k;
            const bool prelu = a < network.activations.size()
                               && network.activations[a].id == "prelu";
            if (!prelu)
                return tr("layer %1: PReLU slopes given, but its activation is not prelu")
                    .arg(k + 1);
        }
        if (k > 0 && layer.weight.cols() != weights[k - 1].weight.rows()) {
            return tr("layer %1: %2 inputs, but layer %3 has %4 units")
                .arg(k + 1)
                .arg(layer.weight.cols())
                .arg(k)
                .arg(weights[k - 1].weight.rows());
        }
    }
    if (shape) {
        if (weights.front().weight.cols() != shape->inputs) {
            return tr("the first layer takes %1 inputs, but the data set has %2 features")
                .arg(weights.front().weight.cols())
                .arg(shape->inputs);
        }
        if (weights.back().weight.rows() != shape->outputs) {
            return tr("the output layer has %1 units, but the data set needs %2")
                .arg(weights.back().weight.rows())
                .arg(shape->outputs);
        }
    }
    return {};
}

} // namespace ReluLab
