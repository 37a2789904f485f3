// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/trainer.h"

#include <QString>

namespace ReluLab {

/// One translated sentence for a diverged run, the same in the CLI and the GUI: the epoch and
/// step, the cause, the layer whose gradient norm blew up first (1-based, the output layer last)
/// and that the last finite weights are kept.
QString describeDivergence(const Core::DivergenceReport &report);

} // namespace ReluLab
