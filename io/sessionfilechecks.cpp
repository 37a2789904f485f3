// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Checking that weights fit a network and its data, by core's one shape check (the session and
// --init-weights readers use it; the format is described in sessionfile.cpp).
#include "sessionfile.h"

#include "coreerrortext.h"

#include "core/network/weightshapes.h"

namespace ReluLab {

QString SessionFile::checkWeights(const Core::NetworkConfig &network,
                                  const std::vector<Core::LayerWeights> &weights,
                                  std::optional<Core::DatasetShape> shape)
{
    Core::WeightShapeSpec spec;
    spec.network = &network;
    if (shape) {
        spec.inputs = shape->inputs;
        spec.outputs = shape->outputs;
    }
    const Core::Status status = Core::checkWeightShapes(weights, spec);
    return status ? QString() : describeCoreError(status.error());
}

} // namespace ReluLab
