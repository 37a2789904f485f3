// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The core work of one Network Lab snapshot against depth (1, 3, 10 hidden layers) and width
// (16, 128, 512 units), on moons (1000 samples, 750 trained; float32, ReLU, He init), done two
// ways: one forward pass per hidden layer for the tiles and the activity (as the lab did:
// layerOverGrid(k) and layerOutputs(k) each run the network from its input, O(L²) layer
// products), and one pass over each point set (Trainer::forwardPass, O(L)). Both include the
// 48 x 48 decision map and the histogram; the diagnostics (evaluate(): forward and backward over
// the training set) are timed on their own. bench_ui_snapshot times the worker's real snapshot.
// Run: bench_snapshot [seconds per case].

#include "core/datasets/datasets.h"
#include "core/network/trainer.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace ReluLab::Core;

namespace {

/// Mean milliseconds per call over at least three calls and `seconds`.
double millisecondsPer(const std::function<void()> &work, double seconds)
{
    const auto start = std::chrono::steady_clock::now();
    int calls = 0;
    double elapsed = 0.0;
    while (calls < 3 || elapsed < seconds) {
        work();
        ++calls;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    return 1000.0 * elapsed / calls;
}

GridSpec square(int resolution)
{
    GridSpec grid;
    grid.xMin = grid.yMin = -2.5;
    grid.xMax = grid.yMax = 2.5;
    grid.rows = grid.columns = resolution;
    return grid;
}

} // namespace

int main(int argc, char *argv[])
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
    DatasetRecipe recipe; // moons, 1000 samples, test 25 %
    recipe.standardise = true;
    const Expected<DataSplit> data = makeDataSplit(recipe);
    if (!data)
        return 1;
    const Eigen::MatrixXd &train = data->train.inputs;
    const GridSpec decisionGrid = square(48);
    const GridSpec tileGrid = square(16);
    const Eigen::MatrixXd decision = gridInputs(decisionGrid, 2);
    const Eigen::MatrixXd tiles = gridInputs(tileGrid, 2);
    std::printf("%-7s %-6s %20s %18s %18s\n", "layers", "width", "per layer (ms)", "one pass (ms)",
                "evaluate (ms)");
    for (const int depth : {1, 3, 10}) {
        for (const int width : {16, 128, 512}) {
            TrainingConfig config;
            config.network.hidden.assign(std::size_t(depth), width);
            Expected<Trainer> trainer = Trainer::create(config, *data);
            if (!trainer)
                return 1;
            const Trainer &t = *trainer;
            double sink = 0.0; // keeps the results alive
            const double perLayer = millisecondsPer(
                [&] {
                sink += t.probabilities(decision)(0, 0);
                for (int k = 0; k < depth; ++k) {
                    sink += t.layerOverGrid(k, tileGrid)(0, 0);
                    sink += t.layerOutputs(k, train)(0, 0);
                }
                sink += double(t.preActivationHistogram(0, 40).counts[0]);
                },
                seconds);
            const double onePass = millisecondsPer(
                [&] {
                sink += t.probabilities(decision)(0, 0);
                sink += t.forwardPass(tiles).outputs[0](0, 0);
                const ForwardPass pass = t.forwardPass(train, true);
                sink += double(histogramOf(pass.preActivations[0], 40).counts[0]);
                },
                seconds);
            const double evaluate = millisecondsPer([&] { sink += trainer->evaluate().trainLoss; },
                                                    seconds);
            std::printf("%-7d %-6d %20.2f %18.2f %18.2f%s\n", depth, width, perLayer, onePass,
                        evaluate, sink == 0.123 ? " " : "");
            std::fflush(stdout);
        }
    }
    return 0;
}
