// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// A trainer's computations stop at the next layer product once its interruption flag is set
// (core/interruption.h): the lab's training thread is then free within one layer's work when
// the window closes, whatever the step, evaluation or pass it was in.
#include "core/datasets/datasets.h"
#include "core/interruption.h"
#include "core/network/trainer.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace ReluLab::Core;

class TestInterruption : public QObject
{
    Q_OBJECT

private slots:
    void unsetFlagChangesNothing();
    void everyComputationStops_data();
    void everyComputationStops();
    void creationStops();
    void bornDeadCountStopsWithinADraw();
};

namespace {

TrainingConfig smallRun()
{
    TrainingConfig config;
    config.data.samples = 200;
    config.network.hidden = {16, 16, 16};
    return config;
}

DataSplit dataFor(const TrainingConfig &config)
{
    Expected<DataSplit> data = makeDataSplit(config.data);
    if (!data)
        qFatal("no data: %s", data.error().message.c_str());
    return *data;
}

} // namespace

// With the flag given but never set, training is the same to the bit as without one.
void TestInterruption::unsetFlagChangesNothing()
{
    const TrainingConfig config = smallRun();
    std::atomic_bool flag{false};
    Expected<Trainer> plain = Trainer::create(config, dataFor(config));
    Expected<Trainer> watched = Trainer::create(config, dataFor(config), &flag);
    QVERIFY(plain && watched);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(plain->trainEpoch());
        QVERIFY(watched->trainEpoch());
    }
    QCOMPARE(watched->evaluate().trainLoss, plain->evaluate().trainLoss);
    QCOMPARE(watched->weights().front().weight, plain->weights().front().weight);
}

void TestInterruption::everyComputationStops_data()
{
    QTest::addColumn<QString>("computation");
    QTest::newRow("step") << QStringLiteral("step");
    QTest::newRow("evaluate") << QStringLiteral("evaluate");
    QTest::newRow("forward pass") << QStringLiteral("forwardPass");
    QTest::newRow("histogram") << QStringLiteral("histogram");
    QTest::newRow("predict") << QStringLiteral("predict");
}

void TestInterruption::everyComputationStops()
{
    QFETCH(QString, computation);
    const TrainingConfig config = smallRun();
    std::atomic_bool flag{false};
    Expected<Trainer> trainer = Trainer::create(config, dataFor(config));
    QVERIFY(trainer);
    trainer->setInterruption(&flag);
    QVERIFY(trainer->step());
    flag.store(true);
    const Eigen::MatrixXd &inputs = trainer->data().train.inputs;
    bool interrupted = false;
    try {
        if (computation == QLatin1String("step"))
            trainer->step();
        else if (computation == QLatin1String("evaluate"))
            trainer->evaluate();
        else if (computation == QLatin1String("forwardPass"))
            trainer->forwardPass(inputs, true);
        else if (computation == QLatin1String("histogram"))
            trainer->preActivationHistogram(1, 20, 0.0, 0.0);
        else
            trainer->predict(inputs);
    } catch (const Interrupted &) {
        interrupted = true;
    }
    QVERIFY(interrupted);
}

// The flag is in force for the initial evaluation of Trainer::create.
void TestInterruption::creationStops()
{
    const TrainingConfig config = smallRun();
    std::atomic_bool flag{true};
    bool interrupted = false;
    try {
        (void) Trainer::create(config, dataFor(config), &flag);
    } catch (const Interrupted &) {
        interrupted = true;
    }
    QVERIFY(interrupted);
}

// A count over ten layers of 512 units is cancelled while its first draw is being evaluated:
// it reports "cancelled" rather than running on through a thousand draws.
void TestInterruption::bornDeadCountStopsWithinADraw()
{
    TrainingConfig config;
    config.data.samples = 1000;
    config.network.hidden.assign(10, 512);
    const DataSplit data = dataFor(config);
    std::atomic_bool cancel{false};
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        cancel.store(true);
    });
    const Expected<double> fraction = bornDeadFraction(config, data, 1000, &cancel);
    canceller.join();
    QVERIFY(!fraction);
    QCOMPARE(fraction.error().code, std::string("cancelled"));
    QCOMPARE(fraction.error().arg("draws"), std::string("1000"));
}

QTEST_APPLESS_MAIN(TestInterruption)
#include "tst_interruption.moc"
