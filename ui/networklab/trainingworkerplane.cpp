// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The worker's input plane: the grids of the decision map and the unit tiles over two input
// features (or the curve's points over one), and the network's outputs over the map.
#include "trainingworker.h"

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

// Decision-map points per forward pass: stop is checked between blocks.
constexpr Eigen::Index decisionBlock = 128;
constexpr int decisionResolution = 48;
constexpr int smallestDecisionResolution = 16;
// A map costs points × (multiply-adds per point); past this many, the map gets fewer points.
constexpr double decisionBudget = 6e8;
constexpr int tileResolution = 16;
constexpr int curvePoints = 200;

// The decision map's side: 48 points, fewer for a large network so that one map costs at most
// about decisionBudget multiply-adds. Through ten hidden layers of 512 a point costs 2.4 million,
// so 48 × 48 points cost as much as an epoch on 2 300 samples and the map would lag the run by
// several seconds; 16 × 16 (drawn interpolated) costs a ninth of that. Small networks keep 48.
int decisionResolutionFor(const std::vector<int> &hidden, Eigen::Index inputs, Eigen::Index outputs)
{
    double perPoint = 0.0;
    double previous = double(inputs);
    for (const int width : hidden) {
        perPoint += previous * width;
        previous = width;
    }
    perPoint += previous * double(outputs);
    const int side = int(std::sqrt(decisionBudget / std::max(perPoint, 1.0)));
    return std::clamp(side, smallestDecisionResolution, decisionResolution);
}

} // namespace

void TrainingWorker::preparePlane()
{
    // The maps cover the data with a 10 % margin, as TensorFlow Playground does.
    const Core::DataSplit &split = m_trainer->data();
    m_hasPlane = split.train.featureCount() == 2;
    Eigen::MatrixXd all(split.train.featureCount(),
                        split.train.sampleCount() + split.test.sampleCount());
    all << split.train.inputs, split.test.inputs;
    if (m_hasPlane) {
        Core::GridSpec grid;
        const double xMin = all.row(0).minCoeff(), xMax = all.row(0).maxCoeff();
        const double yMin = all.row(1).minCoeff(), yMax = all.row(1).maxCoeff();
        const double padX = std::max(0.1 * (xMax - xMin), 1e-3);
        const double padY = std::max(0.1 * (yMax - yMin), 1e-3);
        grid.xMin = xMin - padX;
        grid.xMax = xMax + padX;
        grid.yMin = yMin - padY;
        grid.yMax = yMax + padY;
        const int side = decisionResolutionFor(m_trainer->config().network.hidden,
                                               split.train.featureCount(),
                                               split.train.outputCount());
        grid.rows = grid.columns = side;
        m_decisionGrid = grid;
        grid.rows = grid.columns = tileResolution;
        m_tileGrid = grid;
        m_tileInputs = Core::gridInputs(m_tileGrid, int(split.train.featureCount()));
        m_decisionInputs = Core::gridInputs(m_decisionGrid, int(split.train.featureCount()));
        m_mapSharesTiles = side == tileResolution;
    } else if (split.train.featureCount() == 1) {
        const double xMin = all.row(0).minCoeff(), xMax = all.row(0).maxCoeff();
        m_decisionInputs.resize(1, curvePoints);
        for (int j = 0; j < curvePoints; ++j)
            m_decisionInputs(0, j) = xMin + (xMax - xMin) * double(j) / (curvePoints - 1);
    } else {
        m_decisionInputs.resize(0, 0);
    }
    if (!m_hasPlane) {
        m_tileInputs.resize(0, 0);
        m_mapSharesTiles = false;
    }
    m_histogramLayer = std::clamp(m_histogramLayer, 0,
                                  std::max(0, m_trainer->hiddenLayerCount() - 1));
}

std::optional<Eigen::MatrixXd> TrainingWorker::decisionOutputs(bool classification) const
{
    const Core::Trainer &trainer = *m_trainer;
    const Eigen::Index points = m_decisionInputs.cols();
    Eigen::MatrixXd y(trainer.layerWidths().back(), points); // outputs x points
    for (Eigen::Index start = 0; start < points; start += decisionBlock) {
        if (stopping())
            return std::nullopt;
        const Eigen::Index count = std::min(decisionBlock, points - start);
        const Eigen::MatrixXd block = m_decisionInputs.middleCols(start, count);
        y.middleCols(start, count) = classification ? trainer.probabilities(block)
                                                    : trainer.predict(block);
    }
    return y;
}

} // namespace ReluLab
