// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/activation.h"
#include "core/trainingconfig.h"

#include <Eigen/Core>
#include <QString>

#include <optional>
#include <vector>

// What the PyTorch and the NumPy script writers share (scriptdata.cpp): Python literals of
// numbers and arrays, comment blocks, and each hidden activation's code in torch.nn and NumPy,
// taken from its descriptor (core/activationcode.h): the one table of that code.

namespace ReluLab::ScriptParts {

/// A Python number literal that reads back as exactly this double (its shortest such text).
QString number(double value);
/// [a, b, c]
QString list(const std::vector<double> &values);
QString list(const Eigen::VectorXd &values);
QString list(const std::vector<int> &values);
/// A matrix as a list of rows, one row per line, indented by `indent` spaces.
QString rows(const Eigen::MatrixXd &matrix, int indent);
/// Every line of `text` as a Python comment ("# ..."), indented by `indent` spaces.
QString comment(const QString &text, int indent = 0);

/// The activation a hidden layer applies, as the network builds it from the configuration
/// (RReLU random in training unless its "training" flag is 0); nullopt when it is invalid.
std::optional<Core::Activation> hiddenActivation(const Core::LayerActivation &activation);
/// True when the layer's activation draws random numbers in training (RReLU): PyTorch draws
/// them from its own generator, so the exported training cannot be the lab's.
bool randomInTraining(const Core::LayerActivation &activation);

/// The torch.nn module of a hidden layer's activation: the descriptor's (ActivationInfo::code),
/// e.g. "torch.nn.LeakyReLU(negative_slope=0.2)"; PReLU is nn.PReLU with one slope or `units`
/// slopes (preluPerUnit). Empty when PyTorch has no module for it (step).
QString torchModule(const Core::LayerActivation &activation, bool preluPerUnit, int units);
/// `def name(x): ...`, the descriptor's NumPy f(x) (evaluation mode), or empty when there is
/// none. PReLU's learned slopes are not in it: the script applies them itself.
QString numpyFunction(const Core::LayerActivation &activation, const QString &name);
/// The import that function needs besides numpy ("from scipy.special import expit"), or empty.
QString numpyImport(const Core::LayerActivation &activation);

} // namespace ReluLab::ScriptParts
