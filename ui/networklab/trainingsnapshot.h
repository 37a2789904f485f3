// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/confusion.h"
#include "core/network/trainer.h"
#include "core/network/unitstats.h"

#include <QMetaType>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace ReluLab {

/// One row of the training log: the core's diagnostics measured at the end of an epoch.
struct EpochRecord
{
    Core::Diagnostics diagnostics;
    double learningRate = 0.0;
    std::vector<double> meanPreluSlopes; ///< per hidden layer; NaN where the layer is not PReLU
};

/// A 2-D field sampled on a grid, row-major: value(i, j) = values[i * columns + j], row i = x2.
struct GridField
{
    int rows = 0;
    int columns = 0;
    std::vector<float> values;
};

/// What the centre shows instead of the decision map when the inputs have more than two
/// features (a CSV, digits): the network's answers on the held-out samples (the training set
/// when there is no test set).
struct ClassSummary
{
    bool onTest = true; ///< the samples are the test set (else the training set)
    /// Classification: true class x predicted class; trace / total = the snapshot's accuracy
    /// on the same set.
    Core::ConfusionMatrix confusion;
    std::vector<int> predicted; ///< classification: per sample of the set, in its order
    /// The last hidden layer's outputs of at most projectionLimit samples (the first ones of the
    /// set), seen in their principal plane (Core::StableProjection: the axes keep their
    /// orientation from one snapshot to the next). x and y per sample; its class, or 0.
    std::vector<float> projectionX;
    std::vector<float> projectionY;
    std::vector<int> projectionClass;
    double explained[2] = {0.0, 0.0}; ///< share of the layer's variance along PC1, PC2
    int projectedLayer = 0;           ///< the hidden layer projected (0-based)
    /// The digits data set: the input layer is an imageSide x imageSide picture (row-major);
    /// 0 for other data. The picture is the mean training input, or, when the inputs are
    /// standardised (their mean is then 0 in every pixel), the first sample of the set.
    int imageSide = 0;
    std::vector<float> inputImage;
    bool imageIsMean = true;
};

/// Everything the screen shows about the network at one moment. A plain value: the worker builds
/// it from the Trainer it owns and sends a copy through a queued signal, so the GUI never touches
/// the Trainer and no lock is needed.
struct TrainingSnapshot
{
    std::uint64_t generation = 0; ///< increases at every reset; stale snapshots are dropped
    /// A progress snapshot: only generation, epoch, step, stepInEpoch, stepsPerEpoch,
    /// learningRate, stepsPerSecond, playing and newEpochs are filled; everything else on screen
    /// stays as the last full snapshot left it.
    /// The worker sends these between full snapshots when a full one is costly (a large
    /// network), so the header moves at the display rate while the maps follow at the rate the
    /// training thread can afford.
    bool progressOnly = false;
    int epoch = 0;         ///< completed epochs now (diagnostics.epoch: at their evaluation)
    std::int64_t step = 0; ///< optimiser steps taken now
    int stepInEpoch = 0;   ///< minibatches of the current epoch done (0 at an epoch boundary)
    Core::Diagnostics diagnostics; ///< current weights, train and test sets
    Core::Diagnostics initial;     ///< at initialisation: born-dead units and networks
    /// Why and where training diverged (the weights are then the last finite ones); empty while
    /// training is fine.
    std::optional<Core::DivergenceReport> divergence;
    std::vector<EpochRecord> newEpochs; ///< epochs completed since the previous snapshot
    std::vector<int> layerWidths;       ///< input, hidden..., output
    std::vector<Core::LayerActivation> activations; ///< per hidden layer, as now in use
    int stepsPerEpoch = 1;
    double learningRate = 0.0;
    double stepsPerSecond = 0.0; ///< measured over the last chunks
    bool playing = false;

    /// 2-D inputs only (featureCount() == 2): the grid the maps are sampled on.
    bool hasPlane = false;
    Core::GridSpec grid;
    /// Classification with 2 classes: P(class 1); more classes: the arg-max class index;
    /// regression: the prediction.
    GridField decision;
    /// 1-D inputs: the network's output along the input axis (regression curve, or P(class 1)).
    std::vector<double> curveX;
    std::vector<double> curveY;
    /// Per hidden layer, per unit: the unit's output over the grid (empty without a plane).
    std::vector<std::vector<GridField>> unitTiles;
    /// More than two input features: the confusion matrix and the projection (else empty).
    std::optional<ClassSummary> classSummary;
    /// Per hidden layer, per unit: fraction of training samples with a non-zero output.
    std::vector<std::vector<float>> activeFraction;

    /// Pre-activation histogram of one chosen hidden layer.
    int histogramLayer = 0;
    Core::Histogram histogram;
    std::vector<double> preluSlopes; ///< of histogramLayer, when it is PReLU
    /// The unit the inspector shows (TrainingController::setInspectedUnit) over the training
    /// set; empty when no unit is inspected.
    std::optional<Core::UnitStats> inspectedUnit;
    /// 1-D inputs: the inspected unit's output a(x) at curveX (its share of the curve).
    std::vector<double> inspectedCurve;
    /// The parameters in PyTorch layout, shared by every copy of this snapshot (a session is
    /// saved from them, so the GUI never waits for the training thread); null in a progress
    /// snapshot and before the first configure().
    std::shared_ptr<const std::vector<Core::LayerWeights>> weights;
    /// Where the run stood at these weights (optimiser buffers, epoch, generator): saved with
    /// them, a reopened run continues bit for bit. Null when `weights` is.
    std::shared_ptr<const Core::TrainerState> state;
};

} // namespace ReluLab

Q_DECLARE_METATYPE(ReluLab::TrainingSnapshot)
