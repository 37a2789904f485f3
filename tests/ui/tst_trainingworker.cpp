// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The training worker's top level (every command the controller posts and every tick runs
// through TrainingWorker::runGuarded): an allocation failure becomes the failed() message with
// the run-size limit, the trainer is dropped, and the worker goes on working.
#include "core/datasets/datasets.h"
#include "core/limits.h"
#include "ui/networklab/trainingworker.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <new>

using namespace ReluLab;

class TestTrainingWorker : public QObject
{
    Q_OBJECT

private slots:
    void allocationFailureIsAMessage();
};

void TestTrainingWorker::allocationFailureIsAMessage()
{
    Core::TrainingConfig config;
    config.data.name = "xor";
    config.data.samples = 40;
    config.network.hidden = {4};
    const Core::Expected<Core::DataSplit> data = Core::makeDataSplit(config.data, {});
    QVERIFY(data);

    std::atomic_bool stop{false};
    std::atomic_int pending{0};
    TrainingWorker worker(stop, pending);
    QSignalSpy failed(&worker, &TrainingWorker::failed);
    QSignalSpy snapshots(&worker, &TrainingWorker::snapshotReady);
    QSignalSpy playing(&worker, &TrainingWorker::playingChanged);
    worker.runGuarded([&] { worker.configure(config, *data, 1); });
    QCOMPARE(snapshots.count(), 1);
    worker.setPlaying(true);
    QVERIFY(!worker.currentWeights().empty());

    // What std::vector or Eigen throw when the memory runs out, in the middle of a command.
    worker.runGuarded([] { throw std::bad_alloc(); });
    QCOMPARE(failed.count(), 1);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("memory")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(Core::RunLimits::maxSampleUnits)),
             qPrintable(message));
    QVERIFY(worker.currentWeights().empty()); // the half-updated trainer is gone
    QCOMPARE(playing.constLast().constFirst().toBool(), false);

    // The lab keeps working: the next configure starts afresh.
    worker.runGuarded([&] { worker.configure(config, *data, 2); });
    QCOMPARE(failed.count(), 1);
    QCOMPARE(snapshots.count(), 2);
    QVERIFY(!worker.currentWeights().empty());
    stop.store(true);
}

QTEST_MAIN(TestTrainingWorker)
#include "tst_trainingworker.moc"
