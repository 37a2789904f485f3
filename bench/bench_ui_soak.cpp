// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Soak test: a lesson's worth of training compressed into a fixed number of
// epochs, through the whole Network Lab (worker thread, snapshots, every chart, the training
// log), with resets and activation switches along the way as a class would make them. The
// resident memory is read from /proc/self/statm at the start, after a warm-up, and at the end;
// the growth after warm-up is what a leak would show as.
//
// Run: bench_ui_soak [EPOCHS] [SCENARIO]   (defaults: 20000 epochs, negative_bias; set
// QT_QPA_PLATFORM=offscreen to run without a display, which is the default here)
// Each lesson's reset clears the training log and the curves, so nothing grows by design.

#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/scenariopanel.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

using namespace ReluLab;

namespace {

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0.0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0.0;
    return fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const long long targetEpochs = arguments.size() > 1 ? arguments.at(1).toLongLong() : 20000;
    const QString scenario = arguments.size() > 2 ? arguments.at(2)
                                                  : QStringLiteral("negative_bias");
    QTextStream out(stdout);
    if (targetEpochs <= 0) {
        out << "usage: bench_ui_soak [EPOCHS > 0] [SCENARIO]\n";
        return 2;
    }

    const double atStart = residentMegabytes();
    NetworkLabWorkspace lab;
    lab.resize(1440, 900);
    lab.show();
    if (!lab.chooseScenario(scenario)) {
        out << "unknown scenario " << scenario << '\n';
        return 2;
    }
    lab.controlBar()->setStopAfterEpochs(0);

    // One "lesson" = 1000 epochs, then a reset (a new network, the log starts over) and a switch
    // between ReLU and Leaky ReLU in every other lesson, so that every path that allocates runs
    // many times over.
    constexpr long long lessonEpochs = 1000;
    long long epochsDone = 0;
    long long epochsInLesson = 0;
    long long lessons = 0;
    double afterWarmUp = 0.0;
    long long snapshots = 0;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(lab.controller(), &TrainingController::snapshotReady, &lab,
                     [&](const TrainingSnapshot &snapshot) {
        ++snapshots;
        const auto fresh = static_cast<long long>(snapshot.newEpochs.size());
        epochsDone += fresh;
        epochsInLesson += fresh;
        if (afterWarmUp == 0.0 && epochsDone >= 2 * lessonEpochs)
            afterWarmUp = residentMegabytes();
        if (epochsDone >= targetEpochs) {
            app.quit();
            return;
        }
        if (epochsInLesson >= lessonEpochs) {
            epochsInLesson = 0;
            ++lessons;
            QTimer::singleShot(0, &lab, [&lab, &lessons] {
                lab.chooseScenario(lab.scenarioPanel()->currentId());
                lab.controlBar()->setStopAfterEpochs(0);
                Core::LayerActivation activation;
                activation.id = lessons % 2 ? "leaky_relu" : "relu";
                for (int layer = 0; layer < 2; ++layer)
                    lab.controller()->setActivation(layer, activation);
                lab.play();
            });
        }
    });
    lab.play();
    app.exec();
    const double atEnd = residentMegabytes();
    const double seconds = clock.elapsed() / 1000.0;
    out << "scenario " << scenario << ": " << epochsDone << " epochs in " << lessons + 1
        << " lessons, " << snapshots << " snapshots, " << QString::number(seconds, 'f', 1)
        << " s\n";
    out << "resident memory: start " << QString::number(atStart, 'f', 1) << " MB, after warm-up "
        << QString::number(afterWarmUp, 'f', 1) << " MB, end " << QString::number(atEnd, 'f', 1)
        << " MB; growth after warm-up " << QString::number(atEnd - afterWarmUp, 'f', 1) << " MB ("
        << QString::number(1024.0 * (atEnd - afterWarmUp) / double(epochsDone), 'f', 3)
        << " KB per epoch)\n";
    return 0;
}
