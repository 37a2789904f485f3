// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/trainerstate.h"
#include "core/trainingconfig.h"

#include <QJsonObject>

#include <vector>

namespace ReluLab {

class JsonReader;

/// A session's "training_state" (format version 2; see sessionfile.cpp's header comment).
QJsonObject trainerStateToJson(const Core::TrainerState &state);
/// Reads "training_state" at `path`. Types, ranges and the generator words are checked here,
/// and the moments' sizes against `weights` (which a state needs); the rest (the order, the step
/// counts against the data) when Trainer::restoreState applies it.
void readTrainerState(JsonReader &r, const QJsonValue &value, const QString &path,
                      const Core::NetworkConfig &network,
                      const std::vector<Core::LayerWeights> *weights, Core::TrainerState &state);

} // namespace ReluLab
