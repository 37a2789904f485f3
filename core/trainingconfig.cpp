// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "trainingconfig.h"

namespace ReluLab::Core {

const LayerActivation &NetworkConfig::activationFor(std::size_t layer) const
{
    static const LayerActivation fallback;
    if (activations.size() == 1)
        return activations.front();
    return layer < activations.size() ? activations[layer] : fallback;
}

bool NetworkConfig::activationCountFits() const
{
    const std::size_t count = activations.size();
    return count == 1 || count == hidden.size() || (count == 0 && hidden.empty());
}

bool NetworkConfig::sameActivationForAll() const
{
    for (std::size_t k = 1; k < hidden.size(); ++k) {
        const LayerActivation &a = activationFor(k);
        const LayerActivation &first = activationFor(0);
        if (a.id != first.id || a.parameters != first.parameters)
            return false;
    }
    return true;
}

void NetworkConfig::setActivationFor(std::size_t layer, const LayerActivation &activation)
{
    if (activations.size() != hidden.size()) {
        const LayerActivation shared = activations.empty() ? LayerActivation{}
                                                           : activations.front();
        activations.assign(hidden.size(), shared);
    }
    if (layer < activations.size())
        activations[layer] = activation;
}

} // namespace ReluLab::Core
