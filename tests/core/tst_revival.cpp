// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/network/revival.h"
#include "core/network/trainer.h"

#include "core/handnetwork.h"

#include <QTest>

using namespace ReluLab::Core;

Q_DECLARE_METATYPE(std::vector<std::vector<bool>>)

// Revived and dead-since-the-start counts (DESIGN.md §4): on hand-written sequences of dead
// masks, and on a hand-built run whose dead unit comes back when its activation is switched.
class TestRevival : public QObject
{
    Q_OBJECT

private slots:
    void sequences_data();
    void sequences();
    void otherWidthsStartAgain();
    void historyChecks();
    void handBuiltRun();
};

namespace {

Diagnostics withDead(const std::vector<bool> &dead)
{
    Diagnostics d;
    LayerDiagnostics layer;
    layer.units = int(dead.size());
    layer.dead = dead;
    d.layers.push_back(layer);
    return d;
}

} // namespace

void TestRevival::sequences_data()
{
    // Each row: the dead masks of one layer of 3 units at evaluations 0, 1, ...; the counts
    // after the last one.
    QTest::addColumn<std::vector<std::vector<bool>>>("evaluations");
    QTest::addColumn<int>("revived");
    QTest::addColumn<int>("deadSinceStart");
    QTest::newRow("nothing dies") << std::vector<std::vector<bool>>{{false, false, false},
                                                                    {false, false, false}}
                                  << 0 << 0;
    QTest::newRow("born dead, stays dead")
        << std::vector<std::vector<bool>>{{true, false, false}, {true, false, false}} << 0 << 1;
    QTest::newRow("born dead, comes back")
        << std::vector<std::vector<bool>>{{true, true, false}, {false, true, false}} << 1 << 1;
    QTest::newRow("dies later, comes back") << std::vector<std::vector<bool>>{{false, false, false},
                                                                              {false, true, false},
                                                                              {false, false, false}}
                                            << 1 << 0;
    // Revived once stays counted when it dies again; dead since the start never returns.
    QTest::newRow("comes back and dies again")
        << std::vector<std::vector<bool>>{{true, false, false},
                                          {false, false, false},
                                          {true, false, false}}
        << 1 << 0;
    QTest::newRow("dead now but not since the start")
        << std::vector<std::vector<bool>>{{false, false, false}, {true, true, true}} << 0 << 0;
    QTest::newRow("the same evaluation twice changes nothing")
        << std::vector<std::vector<bool>>{{true, true, false},
                                          {false, true, false},
                                          {false, true, false}}
        << 1 << 1;
}

void TestRevival::sequences()
{
    QFETCH(std::vector<std::vector<bool>>, evaluations);
    QFETCH(int, revived);
    QFETCH(int, deadSinceStart);
    RevivalTracker tracker;
    Diagnostics first = withDead(evaluations.front());
    tracker.start(first);
    QCOMPARE(first.layers[0].revivedUnits, 0);
    int bornDead = 0;
    for (const bool dead : evaluations.front())
        bornDead += dead ? 1 : 0;
    QCOMPARE(first.layers[0].deadSinceStartUnits, bornDead);
    Diagnostics last = first;
    for (std::size_t i = 1; i < evaluations.size(); ++i) {
        last = withDead(evaluations[i]);
        tracker.observe(last);
    }
    QCOMPARE(last.layers[0].revivedUnits, revived);
    QCOMPARE(last.layers[0].deadSinceStartUnits, deadSinceStart);
    // A diverged evaluation is annotated with the counts but adds nothing.
    Diagnostics other = withDead({true, true, true});
    tracker.annotate(other);
    QCOMPARE(other.layers[0].revivedUnits, revived);
    Diagnostics again = withDead(evaluations.back());
    tracker.observe(again);
    QCOMPARE(again.layers[0].revivedUnits, revived);
}

void TestRevival::otherWidthsStartAgain()
{
    RevivalTracker tracker;
    Diagnostics first = withDead({true, false});
    tracker.start(first);
    Diagnostics wider = withDead({false, true, true});
    tracker.observe(wider);
    QCOMPARE(wider.layers[0].revivedUnits, 0);
    QCOMPARE(wider.layers[0].deadSinceStartUnits, 2);
}

void TestRevival::historyChecks()
{
    QVERIFY(RevivalTracker::isValidHistory({{0, 1, 3, 5}}, {4}));
    QVERIFY(!RevivalTracker::isValidHistory({{0, 1}}, {3}));   // wrong width
    QVERIFY(!RevivalTracker::isValidHistory({{0}, {0}}, {1})); // wrong layer count
    QVERIFY(!RevivalTracker::isValidHistory({{2}}, {1}));      // revived, never dead
    QVERIFY(!RevivalTracker::isValidHistory({{7}}, {1}));      // revived and dead since start
    QVERIFY(!RevivalTracker::isValidHistory({{8}}, {1}));      // unknown bit
}

// One input, samples x = −1, 1, 2; a 1-3-2 ReLU network whose unit 1 has z = −1 on every
// sample: born dead. SGD cannot move it (its gradient is 0); a switch to Leaky ReLU makes its
// output −0.01 ≠ 0, so it is alive at the next evaluation: revived.
void TestRevival::handBuiltRun()
{
    // z = x (zero on the negative sample), z = −1 (dead), z = 1; one full batch per epoch.
    const DataSplit data = Testing::lineData({-1.0, 1.0, 2.0}, {0, 1, 1});
    Expected<Trainer> trainer = Testing::handTrainer("relu", data,
                                                     Testing::oneInputNetwork({1.0, 0.0, 0.0},
                                                                              {0.0, -1.0, 1.0}),
                                                     3);
    QVERIFY(trainer);

    const LayerDiagnostics &born = trainer->initialDiagnostics().layers[0];
    QCOMPARE(born.deadUnits, 1);
    QCOMPARE(born.deadSinceStartUnits, 1);
    QCOMPARE(born.revivedUnits, 0);

    QVERIFY(trainer->trainEpoch());
    Diagnostics d = trainer->evaluate();
    QCOMPARE(d.layers[0].deadUnits, 1);
    QCOMPARE(d.layers[0].deadSinceStartUnits, 1);
    QCOMPARE(d.layers[0].revivedUnits, 0);

    QVERIFY(trainer->setActivation(0, LayerActivation{"leaky_relu", {}}));
    d = trainer->evaluate();
    QCOMPARE(d.layers[0].deadUnits, 0);
    QCOMPARE(d.layers[0].deadSinceStartUnits, 0);
    QCOMPARE(d.layers[0].revivedUnits, 1);

    // Back to ReLU: dead again (z is still −1), and still counted as revived once.
    QVERIFY(trainer->setActivation(0, LayerActivation{"relu", {}}));
    d = trainer->evaluate();
    QCOMPARE(d.layers[0].deadUnits, 1);
    QCOMPARE(d.layers[0].revivedUnits, 1);

    // The history travels with the state: a continued run counts on.
    const TrainerState state = trainer->state();
    QCOMPARE(state.unitHistory, (UnitHistory{{0, WasDead | Revived, 0}}));
    Expected<Trainer> continued = Trainer::create(trainer->config(), data);
    QVERIFY(continued);
    QVERIFY(continued->setWeights(trainer->weights()));
    QVERIFY(continued->restoreState(state));
    QCOMPARE(continued->evaluate().layers[0].revivedUnits, 1);
    TrainerState broken = state;
    broken.unitHistory = {{2, 0, 0}};
    QVERIFY(!continued->restoreState(broken));
}

QTEST_APPLESS_MAIN(TestRevival)
#include "tst_revival.moc"
