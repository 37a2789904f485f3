// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/trainingconfig.h"

#include <Eigen/Core>
#include <QString>

#include <vector>

// What the PyTorch and the NumPy script writers share (scriptdata.cpp): Python literals of
// numbers and arrays, comment blocks, and each activation's counterpart in torch.nn and NumPy.

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

/// The torch.nn module for a hidden layer's activation, e.g. "nn.LeakyReLU(negative_slope=0.2)";
/// `units` sizes a per-unit PReLU. Empty when the activation has none the export supports.
QString torchModule(const Core::LayerActivation &activation, bool preluPerUnit, int units);
/// The NumPy expression of the activation applied to the array named `z` (samples x units);
/// PReLU uses the array named `slopes`. Empty when the export does not support it.
QString numpyExpression(const Core::LayerActivation &activation);

} // namespace ReluLab::ScriptParts
