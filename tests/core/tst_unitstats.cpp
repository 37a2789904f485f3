// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "core/network/trainer.h"
#include "core/network/unitstats.h"

#include "core/handnetwork.h"

#include <QTest>

#include <cmath>

using ReluLab::Testing::isClose;

using namespace ReluLab::Core;

// One hidden unit's statistics over the training set on a hand-built network whose
// pre-activations are known: the active fraction (output ≠ 0, the sparsity definition), the
// pre-activation range and mean, the histogram, the per-unit fractions of the diagnostics, and
// the same numbers when the pass goes in chunks of one sample.
class TestUnitStats : public QObject
{
    Q_OBJECT

private slots:
    void handComputed_data();
    void handComputed();
    void histogram();
    void chunkedEqualsWhole();
    void diagnosticsFractions();
    void checkUnit_data();
    void checkUnit();
};

namespace {

// One input feature, samples x = −1, 1, 2, 4 with labels 0, 1, 1, 1.
DataSplit line()
{
    return Testing::lineData({-1.0, 1.0, 2.0, 4.0}, {0, 1, 1, 1});
}

// A 1-3-2 network: unit 1 is z = x − 1.5, unit 2 is z = −2x − 1, unit 3 is z = 0.5.
std::vector<LayerWeights> handWeights()
{
    return Testing::oneInputNetwork({1.0, -2.0, 0.0}, {-1.5, -1.0, 0.5});
}

Expected<Trainer> handTrainer(const std::string &activation)
{
    return Testing::handTrainer(activation, line(), handWeights());
}

} // namespace

void TestUnitStats::handComputed_data()
{
    QTest::addColumn<QString>("activation");
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("active");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("maximum");

    // Unit 1: z = −2.5, −0.5, 0.5, 2.5: two positive, mean 0.
    QTest::newRow("relu unit 1") << "relu" << 0 << 0.5 << -2.5 << 0.0 << 2.5;
    // Unit 2: z = 1, −3, −5, −9: one positive, mean −4.
    QTest::newRow("relu unit 2") << "relu" << 1 << 0.25 << -9.0 << -4.0 << 1.0;
    // Unit 3: z = 0.5 always.
    QTest::newRow("relu unit 3") << "relu" << 2 << 1.0 << 0.5 << 0.5 << 0.5;
    // Leaky ReLU outputs 0.01·z ≠ 0 for z < 0: every sample is active (the sparsity definition),
    // with the same pre-activations.
    QTest::newRow("leaky unit 2") << "leaky_relu" << 1 << 1.0 << -9.0 << -4.0 << 1.0;
    // Sigmoid is never exactly 0 at these z.
    QTest::newRow("sigmoid unit 1") << "sigmoid" << 0 << 1.0 << -2.5 << 0.0 << 2.5;
}

void TestUnitStats::handComputed()
{
    QFETCH(QString, activation);
    QFETCH(int, unit);
    QFETCH(double, active);
    QFETCH(double, minimum);
    QFETCH(double, mean);
    QFETCH(double, maximum);

    Expected<Trainer> trainer = handTrainer(activation.toStdString());
    QVERIFY(trainer);
    const UnitStats s = unitStats(*trainer, UnitIndex{0, unit});
    QCOMPARE(s.samples, std::int64_t(4));
    QCOMPARE(s.activeSamples, std::int64_t(std::lround(active * 4)));
    QVERIFY2(isClose(s.activeFraction, active, 1e-15, 0.0),
             qPrintable(QString::number(s.activeFraction)));
    QVERIFY(isClose(s.preActivationMin, minimum, 1e-12, 1e-12));
    QVERIFY2(isClose(s.preActivationMean, mean, 1e-12, 1e-12),
             qPrintable(QString::number(s.preActivationMean)));
    QVERIFY(isClose(s.preActivationMax, maximum, 1e-12, 1e-12));
    std::int64_t counted = 0;
    for (std::int64_t c : s.histogram.counts)
        counted += c;
    QCOMPARE(counted + s.histogram.below + s.histogram.above, std::int64_t(4));
}

void TestUnitStats::histogram()
{
    Expected<Trainer> trainer = handTrainer("relu");
    QVERIFY(trainer);
    // Unit 2's z = 1, −3, −5, −9 in four bins of [−10, 2): [−10, −7), [−7, −4), [−4, −1), [−1, 2].
    const UnitStats s = unitStats(*trainer, UnitIndex{0, 1}, 4, -10.0, 2.0);
    QCOMPARE(s.histogram.counts, (std::vector<std::int64_t>{1, 1, 1, 1}));
    // Its own range [−9, 1] in two bins: [−9, −4) holds −9 and −5; [−4, 1] holds −3 and 1.
    const UnitStats own = unitStats(*trainer, UnitIndex{0, 1}, 2);
    QVERIFY(isClose(own.histogram.minimum, -9.0, 1e-12, 0.0));
    QVERIFY(isClose(own.histogram.maximum, 1.0, 1e-12, 0.0));
    QCOMPARE(own.histogram.counts, (std::vector<std::int64_t>{2, 2}));
}

void TestUnitStats::chunkedEqualsWhole()
{
    Expected<Trainer> whole = handTrainer("relu");
    Expected<Trainer> chunked = handTrainer("relu");
    QVERIFY(whole && chunked);
    chunked->setChunkColumns(1);
    const std::vector<UnitIndex> units{{0, 0}, {0, 1}, {0, 2}};
    const std::vector<UnitStats> a = unitStats(*whole, units, 8);
    const std::vector<UnitStats> b = unitStats(*chunked, units, 8);
    QCOMPARE(a.size(), units.size());
    for (std::size_t u = 0; u < units.size(); ++u) {
        QVERIFY(a[u].index == units[u]);
        QCOMPARE(a[u].activeSamples, b[u].activeSamples);
        QVERIFY(isClose(a[u].preActivationMean, b[u].preActivationMean, 1e-12, 1e-12));
        QCOMPARE(a[u].histogram.counts, b[u].histogram.counts);
    }
}

void TestUnitStats::diagnosticsFractions()
{
    // The diagnostics' per-unit fractions (the inspector's history) are the same numbers.
    Expected<Trainer> trainer = handTrainer("relu");
    QVERIFY(trainer);
    const Diagnostics d = trainer->evaluate();
    QCOMPARE(d.layers.front().activeFraction.size(), std::size_t(3));
    for (int u = 0; u < 3; ++u) {
        const UnitStats s = unitStats(*trainer, UnitIndex{0, u});
        QVERIFY(
            isClose(d.layers.front().activeFraction[std::size_t(u)], s.activeFraction, 1e-15, 0.0));
    }
}

void TestUnitStats::checkUnit_data()
{
    QTest::addColumn<int>("layer");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("code");

    QTest::newRow("first") << 0 << 0 << "";
    QTest::newRow("last") << 1 << 4 << "";
    QTest::newRow("layer too large") << 2 << 0 << "layer_out_of_range";
    QTest::newRow("layer negative") << -1 << 0 << "layer_out_of_range";
    QTest::newRow("unit too large") << 0 << 3 << "unit_out_of_range";
    QTest::newRow("unit negative") << 1 << -1 << "unit_out_of_range";
}

void TestUnitStats::checkUnit()
{
    QFETCH(int, layer);
    QFETCH(int, unit);
    QFETCH(QString, code);
    // Input 2, hidden 3 and 5, output 2.
    const Status status = ReluLab::Core::checkUnit({2, 3, 5, 2}, UnitIndex{layer, unit});
    QCOMPARE(QString::fromStdString(status ? std::string() : status.error().code), code);
    if (code == QLatin1String("unit_out_of_range")) {
        QCOMPARE(status.error().arg("layer"), std::to_string(layer + 1));
        QCOMPARE(status.error().arg("unit"), std::to_string(unit + 1));
    }
}

QTEST_APPLESS_MAIN(TestUnitStats)
#include "tst_unitstats.moc"
