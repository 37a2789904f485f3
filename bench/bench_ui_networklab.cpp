// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Responsiveness of the Network Lab while it trains at full speed: the GUI thread's event-loop
// latency (how late a 10 ms timer fires: median and 99th percentile; aim p99 <= 16 ms), the
// display refresh rate (snapshots shown per second; aim >= 20), the training throughput the worker
// reaches meanwhile against the CLI's for the same network and data (the core's step loop with an
// evaluation per epoch, as `relulab train` runs it; aim >= 80 %), and how long after Play the
// first snapshot with progress arrives (aim < 1 s), and how long closing the lab takes while it
// trains (aim < 200 ms). Cases: the bundled scenarios, then a grid of
// networks on moons (1000 samples) and digits.
// Run: bench_ui_networklab [seconds per case] [case name filter] (QT_QPA_PLATFORM=offscreen is
// set when no platform is given).

#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"

#include "core/datasets/datasets.h"
#include "core/network/trainer.h"
#include "io/bundleddata.h"
#include "io/sessionfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace ReluLab;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

/// A grid case: a network on a data set, trained with SGD, batch 32, ReLU, He init.
struct GridCase
{
    QString name;
    Core::TrainingConfig config;
};

Core::TrainingConfig gridConfig(const char *data, std::vector<int> hidden)
{
    Core::TrainingConfig config;
    config.data.name = data;
    config.data.samples = 1000;
    config.data.standardise = true;
    config.network.hidden = std::move(hidden);
    config.optimizer.learningRate = 0.05;
    config.epochs = 1000;
    return config;
}

std::vector<GridCase> gridCases()
{
    return {{QStringLiteral("moons 2-16-16-2"), gridConfig("moons", {16, 16})},
            {QStringLiteral("moons 2-64-64-2"), gridConfig("moons", {64, 64})},
            {QStringLiteral("moons 10x64"), gridConfig("moons", std::vector<int>(10, 64))},
            {QStringLiteral("moons 10x512"), gridConfig("moons", std::vector<int>(10, 512))},
            {QStringLiteral("digits 64-128-128-10"), gridConfig("digits", {128, 128})},
            {QStringLiteral("digits 64-512-512-10"), gridConfig("digits", {512, 512})}};
}

/// The CLI's pace for the same network and data: steps per second of the core's step loop with
/// a full evaluation at every epoch's end (what `relulab train` does per epoch).
double cliStepsPerSecond(const Core::TrainingConfig &config, double seconds)
{
    Core::Expected<Core::DataSplit> data = Core::makeDataSplit(config.data, bundledDataSources());
    if (!data)
        return 0.0;
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, *data);
    if (!trainer)
        return 0.0;
    QElapsedTimer clock;
    clock.start();
    std::int64_t steps = 0;
    while (clock.nsecsElapsed() < qint64(seconds * 1e9)) {
        if (!trainer->step())
            break;
        ++steps;
        if (trainer->stepInEpoch() == 0)
            trainer->evaluate();
    }
    return steps / (clock.nsecsElapsed() * 1e-9);
}

void measure(const QString &name, const std::optional<Core::TrainingConfig> &config, int seconds,
             QTextStream &out)
{
    // The CLI's pace is measured right before and right after the lab's, and the lab is
    // compared with their mean: on a shared machine the pace drifts by a tenth or more within
    // a minute, and one measurement taken later would compare the two at different moments.
    const double cliBefore = config ? cliStepsPerSecond(*config, seconds / 2.0) : 0.0;
    auto owner = std::make_unique<NetworkLabWorkspace>();
    NetworkLabWorkspace &lab = *owner;
    lab.resize(1440, 900);
    lab.show();
    if (config) {
        Session session;
        session.config = *config;
        lab.restoreSession(session);
    } else {
        lab.chooseScenario(name);
    }
    lab.controlBar()->setStopAfterEpochs(0);
    lab.controlBar()->setSpeed(0); // scenarios open at a classroom pace; this measures full speed
    // Wait for the network to be built (its first snapshot) before Play.
    QElapsedTimer ready;
    ready.start();
    while (!lab.controller()->hasSnapshot() && ready.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    int snapshots = 0;
    int fullSnapshots = 0;
    QElapsedTimer sincePlay;
    double firstProgressMs = -1.0;
    std::int64_t steps = 0;
    QObject::connect(lab.controller(), &TrainingController::snapshotReady, &lab,
                     [&](const TrainingSnapshot &snapshot) {
        ++snapshots;
        fullSnapshots += snapshot.progressOnly ? 0 : 1;
        if (firstProgressMs < 0.0 && snapshot.step > 0)
            firstProgressMs = sincePlay.nsecsElapsed() * 1e-6;
        steps = snapshot.step;
    });
    sincePlay.start();
    lab.play();

    std::vector<double> lateness;
    constexpr int intervalMs = 10;
    QElapsedTimer clock;
    QElapsedTimer total;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(intervalMs);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const double elapsed = clock.nsecsElapsed() * 1e-6;
        clock.restart();
        lateness.push_back(std::max(0.0, elapsed - intervalMs));
    });
    QEventLoop loop;
    std::int64_t stepsAtStart = 0;
    QTimer::singleShot(500, &loop, [&] { // skip start-up
        snapshots = 0;
        fullSnapshots = 0;
        stepsAtStart = steps;
        clock.start();
        total.start();
        probe.start();
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    });
    loop.exec();
    probe.stop();
    const double elapsedSeconds = total.elapsed() / 1000.0;
    const double guiStepsPerSecond = double(steps - stepsAtStart) / elapsedSeconds;
    const int lastEpoch = lab.controller()->lastSnapshot().epoch;
    // Closing while it trains: the window waits for the training thread, which stops at its
    // next layer product (aim < 200 ms).
    QElapsedTimer closing;
    closing.start();
    owner.reset();
    const double closeMs = closing.nsecsElapsed() * 1e-6;
    out << QStringLiteral("%1: event-loop latency median %2 ms, p99 %3 ms, max %4 ms; "
                          "%5 refreshes/s (%6 full); %7 steps/s; epoch %8 after %9 s; first "
                          "progress %10 ms after Play; closed in %11 ms")
               .arg(name)
               .arg(percentile(lateness, 0.5), 0, 'f', 2)
               .arg(percentile(lateness, 0.99), 0, 'f', 2)
               .arg(percentile(lateness, 1.0), 0, 'f', 2)
               .arg(snapshots / elapsedSeconds, 0, 'f', 1)
               .arg(fullSnapshots / elapsedSeconds, 0, 'f', 1)
               .arg(guiStepsPerSecond, 0, 'f', 0)
               .arg(lastEpoch)
               .arg(elapsedSeconds, 0, 'f', 1)
               .arg(firstProgressMs, 0, 'f', 0)
               .arg(closeMs, 0, 'f', 0);
    if (config) {
        const double cliAfter = cliStepsPerSecond(*config, seconds / 2.0);
        const double cli = 0.5 * (cliBefore + cliAfter);
        out << QStringLiteral("; CLI %1 steps/s (%2 before, %3 after), GUI/CLI %4 %")
                   .arg(cli, 0, 'f', 0)
                   .arg(cliBefore, 0, 'f', 0)
                   .arg(cliAfter, 0, 'f', 0)
                   .arg(cli > 0.0 ? 100.0 * guiStepsPerSecond / cli : 0.0, 0, 'f', 0);
    }
    out << '\n';
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    const QString filter = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QTextStream out(stdout);
    for (const QString &scenario :
         {QStringLiteral("half_active"), QStringLiteral("negative_bias"),
          QStringLiteral("high_learning_rate"), QStringLiteral("born_dead"),
          QStringLiteral("sparsity_dial"), QStringLiteral("vanishing_gradients"),
          QStringLiteral("why_nonlinear")}) {
        if (scenario.contains(filter))
            measure(scenario, std::nullopt, seconds, out);
    }
    for (const GridCase &grid : gridCases()) {
        if (grid.name.contains(filter))
            measure(grid.name, grid.config, seconds, out);
    }
    return 0;
}
