// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Peak resident memory (VmHWM of /proc/self/status) of the largest runs the limits accept
// (core/limits.h, RunLimits::maxSampleUnits samples × hidden units): `relulab train` and the
// Network Lab (offscreen) training them. Each measurement runs in a fresh process (this program
// starts itself again), since a peak never goes down. Aim: every figure under 1 GB.
// Run: bench_ui_memory [seconds of lab training per run] (default 20).
// One measurement: bench_ui_memory cli|gui SAMPLES WIDTH BATCH [seconds].

#include "app/commands.h"
#include "core/limits.h"
#include "io/sessionfile.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/trainingcontroller.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ReluLab;

namespace {

// The largest runs accepted: a million samples through one narrow layer (the most data), and
// the widest layer with as many samples as the limit then allows.
struct RunShape
{
    int samples;
    int width;
    int batch; ///< 0: full batch (chunked steps)
};

std::vector<RunShape> largestRuns()
{
    const auto limit = Core::RunLimits::maxSampleUnits;
    const int wide = Core::NetworkLimits::maxWidth;
    return {{1'000'000, int(limit / 1'000'000), 32},
            {1'000'000, int(limit / 1'000'000), 0},
            {int(limit / wide), wide, 32}};
}

// VmHWM (peak resident set) in MB, from /proc/self/status.
double peakResidentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1.0;
}

QStringList trainArguments(const RunShape &run)
{
    return {QStringLiteral("--dataset"),  QStringLiteral("moons"),    QStringLiteral("--samples"),
            QString::number(run.samples), QStringLiteral("--hidden"), QString::number(run.width),
            QStringLiteral("--batch"),    QString::number(run.batch), QStringLiteral("--epochs"),
            QStringLiteral("1"),          QStringLiteral("--format"), QStringLiteral("json")};
}

int measureCli(const RunShape &run)
{
    // The rows go to /dev/null as a script's redirect would send them: stdout is not measured.
    if (!std::freopen("/dev/null", "w", stdout))
        return 1;
    const int status = Cli::runCatchingAllocationFailure("train", &Cli::runTrain,
                                                         trainArguments(run));
    std::fprintf(stderr, "%.0f\n", peakResidentMb());
    return status;
}

int measureGui(const RunShape &run, int seconds)
{
    NetworkLabWorkspace lab;
    lab.resize(1440, 900);
    lab.show();
    Session session;
    session.config.data.name = "moons";
    session.config.data.samples = run.samples;
    session.config.network.hidden = {run.width};
    session.config.batchSize = run.batch;
    if (!lab.restoreSession(session))
        return 1;
    lab.play();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const int epoch = lab.controller()->lastSnapshot().diagnostics.epoch;
    std::fprintf(stderr, "%.0f %d\n", peakResidentMb(), epoch);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("cli") && argc >= 5) {
        QCoreApplication app(argc, argv);
        return measureCli({atoi(argv[2]), atoi(argv[3]), atoi(argv[4])});
    }
    if (mode == QLatin1String("gui") && argc >= 5) {
        QApplication app(argc, argv);
        const int seconds = argc > 5 ? std::max(1, atoi(argv[5])) : 20;
        return measureGui({atoi(argv[2]), atoi(argv[3]), atoi(argv[4])}, seconds);
    }

    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    QTextStream out(stdout);
    out << QStringLiteral("Peak RSS (VmHWM) of the largest accepted runs, limit %1 samples x "
                          "hidden units\n")
               .arg(Core::RunLimits::maxSampleUnits);
    for (const RunShape &run : largestRuns()) {
        for (const QString &where : {QStringLiteral("cli"), QStringLiteral("gui")}) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {where, QString::number(run.samples), QString::number(run.width),
                         QString::number(run.batch), QString::number(seconds)});
            child.waitForFinished(-1);
            const QStringList figures = QString::fromLocal8Bit(child.readAllStandardError())
                                            .trimmed()
                                            .split(QLatin1Char('\n'))
                                            .constLast()
                                            .split(QLatin1Char(' '));
            out << QStringLiteral("%1: %2 samples, hidden %3, batch %4: peak RSS %5 MB%6 "
                                  "(exit %7)\n")
                       .arg(where == QLatin1String("cli") ? QStringLiteral("relulab train 1 epoch")
                                                          : QStringLiteral("lab %1 s").arg(seconds))
                       .arg(run.samples)
                       .arg(run.width)
                       .arg(run.batch)
                       .arg(figures.value(0))
                       .arg(figures.size() > 1 ? QStringLiteral(", epoch %1").arg(figures.at(1))
                                               : QString())
                       .arg(child.exitCode());
            out.flush();
        }
    }
    return 0;
}
