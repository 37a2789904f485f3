// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Responsiveness of the Network Lab while it trains at full speed: the GUI thread's event-loop
// latency (how late a 10 ms timer fires: median and 99th percentile; aim p99 < 16 ms), the
// display refresh rate (snapshots shown per second) and the training throughput the worker
// reaches meanwhile. Run: bench_ui_networklab [seconds per scenario] (QT_QPA_PLATFORM=offscreen
// is set when no platform is given).

#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
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

void measure(const QString &scenario, int seconds, QTextStream &out)
{
    NetworkLabWorkspace lab;
    lab.resize(1440, 900);
    lab.show();
    lab.chooseScenario(scenario);
    lab.controlBar()->setStopAfterEpochs(0);
    lab.controlBar()->setSpeed(0); // scenarios open at a classroom pace; this measures full speed
    int snapshots = 0;
    QObject::connect(lab.controller(), &TrainingController::snapshotReady, &lab,
                     [&snapshots] { ++snapshots; });
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
    QTimer::singleShot(500, &loop, [&] { // skip start-up
        snapshots = 0;
        clock.start();
        total.start();
        probe.start();
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    });
    loop.exec();
    probe.stop();
    const double elapsedSeconds = total.elapsed() / 1000.0;
    const TrainingSnapshot &last = lab.controller()->lastSnapshot();
    out << QStringLiteral("%1: event-loop latency median %2 ms, p99 %3 ms, max %4 ms; "
                          "%5 refreshes/s; %6 steps/s; epoch %7 after %8 s\n")
               .arg(scenario)
               .arg(percentile(lateness, 0.5), 0, 'f', 2)
               .arg(percentile(lateness, 0.99), 0, 'f', 2)
               .arg(percentile(lateness, 1.0), 0, 'f', 2)
               .arg(snapshots / elapsedSeconds, 0, 'f', 1)
               .arg(last.stepsPerSecond, 0, 'f', 0)
               .arg(last.diagnostics.epoch)
               .arg(elapsedSeconds, 0, 'f', 1);
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTextStream out(stdout);
    for (const QString &scenario :
         {QStringLiteral("half_active"), QStringLiteral("negative_bias"),
          QStringLiteral("high_learning_rate"), QStringLiteral("born_dead")})
        measure(scenario, seconds, out);
    return 0;
}
