// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// What one Network Lab snapshot costs the training thread, against depth (1, 3, 10 hidden
// layers) and width (16, 128, 512 units) on moons (1000 samples, 750 trained; 2-D inputs, so
// the decision map and every unit's tile are drawn). Two figures per network: a snapshot that
// reuses the diagnostics (what a display refresh between two steps costs), and one that
// re-evaluates them (after a step: forward and backward over the training set, forward over the
// test set); both carry the run's state, as a paused run's snapshots do. A third figure is a
// refresh while playing, which carries the state only when ten times its cost has passed since
// the last one (the mean over the measured calls). Run: bench_ui_snapshot [seconds per case].

#include "ui/networklab/trainingworker.h"

#include "core/datasets/datasets.h"
#include "io/bundleddata.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace ReluLab;

namespace {

/// Mean milliseconds per call of `snapshot` over at least three calls and `seconds`.
double millisecondsPer(const std::function<void()> &snapshot, double seconds)
{
    QElapsedTimer clock;
    clock.start();
    int calls = 0;
    while (calls < 3 || clock.nsecsElapsed() < qint64(seconds * 1e9)) {
        snapshot();
        ++calls;
    }
    return clock.nsecsElapsed() * 1e-6 / calls;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
    Core::DatasetRecipe recipe; // moons, 1000 samples, test 25 %
    recipe.standardise = true;
    const Core::Expected<Core::DataSplit> data = Core::makeDataSplit(recipe, bundledDataSources());
    if (!data)
        return 1;
    std::printf("%-8s %-6s %14s %22s %14s\n", "layers", "width", "snapshot (ms)",
                "with diagnostics (ms)", "playing (ms)");
    for (const int depth : {1, 3, 10}) {
        for (const int width : {16, 128, 512}) {
            std::atomic_bool stop{false};
            std::atomic_int pending{0};
            TrainingWorker worker(stop, pending);
            int received = 0;
            QObject::connect(&worker, &TrainingWorker::snapshotReady, &worker,
                             [&received](const TrainingSnapshot &) { ++received; });
            Core::TrainingConfig config;
            config.network.hidden.assign(std::size_t(depth), width);
            worker.configure(config, *data, 1);
            // publish() reuses the diagnostics of the current step; resetDivergence() marks
            // them stale first, so its snapshot evaluates them again.
            const double plain = millisecondsPer([&worker] { worker.publish(); }, seconds);
            const double full = millisecondsPer([&worker] { worker.resetDivergence(); }, seconds);
            // Playing without an event loop: no step runs, publish() builds refreshes as the
            // training thread does between steps.
            worker.setPlaying(true);
            const double playing = millisecondsPer([&worker] { worker.publish(); }, seconds);
            worker.setPlaying(false);
            std::printf("%-8d %-6d %14.2f %22.2f %14.2f\n", depth, width, plain, full, playing);
            std::fflush(stdout);
        }
    }
    return 0;
}
