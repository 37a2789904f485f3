// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/datasets/datasets.h"
#include "core/network/trainer.h"
#include "core/trainingconfig.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

class QByteArray;

namespace ReluLab {

/// A value read from a user file, or a translated sentence saying what is wrong with it.
template<typename T>
class ReadResult
{
public:
    ReadResult(T value)
        : m_state(std::move(value))
    {}
    static ReadResult failure(QString message) { return ReadResult(std::move(message), 0); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    /// The translated message (empty when ok()).
    QString errorString() const { return ok() ? QString() : std::get<QString>(m_state); }

private:
    ReadResult(QString message, int)
        : m_state(std::move(message))
    {}
    std::variant<T, QString> m_state;
};

/// Everything a lesson or a trained network needs to be reopened exactly.
struct Session
{
    Core::TrainingConfig config;
    /// Trained (or given) weights in PyTorch layout, one entry per Linear layer.
    std::optional<std::vector<Core::LayerWeights>> weights;
    QString title;
    QString description;
    int formatVersion = 1;
    /// Set when the run diverged: the weights are then the last finite ones. Written as
    /// "divergence": {"epoch", "step", "cause", "layer" (1-based), "loss", "reference_loss"}, a
    /// record for the reader of the file (the app does not read it back).
    std::optional<Core::DivergenceReport> divergence;
    /// Where the run stands (format version 2): the epoch, the optimiser's buffers, the
    /// generator and the pending shuffled order, so it continues bit for bit after
    /// Trainer::setWeights(weights) and Trainer::restoreState(state). Needs the weights.
    std::optional<Core::TrainerState> state;
};

/// Session files: JSON, {"format": "relulab-session", "version": 2, "title", "description",
/// "config": {...}, "weights": {"layers": [...]}, "training_state": {...}} (docs: see
/// sessionfile.cpp's header comment). Version 1 files (no training state) are still read.
/// Reading never trusts the file: every type, range and shape is checked and the first problem
/// is returned as a translated sentence naming the JSON path ("config.network.hidden[2]").
class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)

public:
    static constexpr char formatName[] = "relulab-session"; ///< the "format" key's value
    static constexpr int currentVersion = 2;
    static constexpr qint64 maxFileBytes = 64 << 20;     ///< larger files are refused unread
    static constexpr qint64 maxWeightValues = 8'000'000; ///< weights + biases in one file
    static constexpr int maxMatrixSide = 4096;           ///< rows or columns of one weight

    static ReadResult<Session> fromJson(const QByteArray &json);
    static ReadResult<Session> read(const QString &path);

    /// The JSON text (UTF-8, indented). std::nullopt (with *errorMessage) when the session
    /// cannot be represented: non-finite weights (JSON has no NaN or Inf).
    static std::optional<QByteArray> toJson(const Session &session, QString *errorMessage);
    /// Atomic save through QSaveFile: on any failure the previous file is left untouched.
    static bool write(const QString &path, const Session &session, QString *errorMessage);
    /// Empty when a file can be written at `path` now (tried, and nothing left behind);
    /// otherwise a translated sentence saying why not. For checking a path before long work.
    static QString checkWritable(const QString &path);

    /// The --init-weights format {"layers": [{"weight": [[...]], "bias": [...]}]} (weight is
    /// out x in; optional "prelu_slopes": [...]). Shapes are checked for consistency between
    /// layers, not against a configuration (see checkWeights).
    static ReadResult<std::vector<Core::LayerWeights>> weightsFromJson(const QByteArray &json);
    static ReadResult<std::vector<Core::LayerWeights>> readWeights(const QString &path);

    /// Empty when `weights` fit `network` (one layer per hidden layer plus the output layer,
    /// rows = widths, columns chaining) and, when known, the data's input and output sizes;
    /// otherwise a translated sentence naming the first mismatch.
    static QString checkWeights(const Core::NetworkConfig &network,
                                const std::vector<Core::LayerWeights> &weights,
                                std::optional<Core::DatasetShape> shape);
};

} // namespace ReluLab
