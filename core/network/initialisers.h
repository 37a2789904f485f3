// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/trainingconfig.h"

#include <vector>

namespace ReluLab::Core {

class Rng;

/// Initial weights and biases for widths = input, hidden..., output, in PyTorch layout, drawn
/// from `rng` layer by layer (each weight in row-major order, then the bias):
///  - PytorchDefault: nn.Linear.reset_parameters, kaiming_uniform_(a = √5): U(±1/√fan_in);
///  - XavierUniform: U(±√(6/(fan_in + fan_out))); XavierNormal: N(0, 2/(fan_in + fan_out));
///  - HeUniform: U(±√(6/fan_in)); HeNormal: N(0, 2/fan_in); LecunNormal: N(0, 1/fan_in);
///  - Orthogonal: torch.nn.init.orthogonal_ (gain 1): Q of the Householder QR of an out x in
///    N(0, 1) matrix (transposed first when out < in), columns multiplied by sign(diag R);
///  - Rai (Lu et al. 2019): V = [W | b] with N(0, σ²/fan_in) entries, σ = 0.6007, then in every
///    row one of the fan_in + 1 entries, chosen uniformly, is replaced by a Beta(2, 1) draw. RAI
///    sets the biases itself, so `bias` is ignored.
/// Biases (other schemes): PyTorch's default U(±1/√fan_in) on every layer, or the constant on
/// every hidden layer with the output bias 0 (a constant bias is a statement about the hidden
/// units: −3 is the classic way to kill ReLUs; the output layer has no activation to kill).
/// preluSlopes are left empty.
std::vector<LayerWeights> initialWeights(const std::vector<int> &widths, InitScheme scheme,
                                         const BiasInit &bias, Rng &rng);

} // namespace ReluLab::Core
