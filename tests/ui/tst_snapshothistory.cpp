// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The history scrubber's record of a run: a fixed number of moments, thinned about evenly as
// the run goes on, the first and the latest always kept; within its byte budget for ten hidden
// layers of 512 units; a new run starts it afresh; a moment gives back what the views drew.
#include "ui/networklab/snapshothistory.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

using namespace ReluLab;

Q_DECLARE_METATYPE(std::vector<qint64>)

class TestSnapshotHistory : public QObject
{
    Q_OBJECT

private slots:
    void thinningKeepsAFixedCountEvenly_data();
    void thinningKeepsAFixedCountEvenly();
    void memoryStaysWithinTheBudget();
    void smallNetworksKeepTheFullCount();
    void aNewRunStartsAfresh();
    void aMomentGivesBackWhatWasShown();
};

namespace {

/// A full snapshot of a network 2 → widths... → 1 at `step`, one diagnostics layer per hidden
/// layer, with its tiles (16 x 16) and weights.
TrainingSnapshot snapshotAt(std::int64_t step, const std::vector<int> &hidden,
                            std::shared_ptr<const std::vector<Core::LayerWeights>> weights = {},
                            std::uint64_t generation = 1)
{
    TrainingSnapshot s;
    s.generation = generation;
    s.step = step;
    s.epoch = int(step);
    s.diagnostics.epoch = int(step);
    s.layerWidths.push_back(2);
    for (int units : hidden) {
        s.layerWidths.push_back(units);
        Core::LayerDiagnostics layer;
        layer.units = units;
        layer.dead.assign(std::size_t(units), false);
        layer.inactive.assign(std::size_t(units), false);
        s.diagnostics.layers.push_back(layer);
        std::vector<GridField> tiles(static_cast<std::size_t>(units));
        for (GridField &tile : tiles) {
            tile.rows = tile.columns = 16;
            tile.values.assign(256, 0.5f);
        }
        s.unitTiles.push_back(std::move(tiles));
        s.activeFraction.emplace_back(std::size_t(units), 0.5f);
    }
    s.layerWidths.push_back(1);
    s.initial = s.diagnostics;
    s.weights = std::move(weights);
    return s;
}

std::shared_ptr<const std::vector<Core::LayerWeights>> weightsFor(const std::vector<int> &widths)
{
    auto weights = std::make_shared<std::vector<Core::LayerWeights>>();
    for (std::size_t k = 0; k + 1 < widths.size(); ++k) {
        Core::LayerWeights layer;
        layer.weight = Eigen::MatrixXd::Constant(widths[k + 1], widths[k], 0.25);
        layer.bias = Eigen::VectorXd::Constant(widths[k + 1], -0.5);
        weights->push_back(layer);
    }
    return weights;
}

} // namespace

void TestSnapshotHistory::thinningKeepsAFixedCountEvenly_data()
{
    QTest::addColumn<std::vector<qint64>>("steps");
    QTest::addColumn<int>("capacity");
    const auto regular = [](qint64 count, qint64 stride) {
        std::vector<qint64> steps;
        for (qint64 i = 0; i < count; ++i)
            steps.push_back(i * stride);
        return steps;
    };
    QTest::newRow("fewer than the capacity") << regular(10, 1) << 64;
    QTest::newRow("one more than the capacity") << regular(65, 1) << 64;
    QTest::newRow("1000 epochs, one snapshot each") << regular(1000, 1) << 64;
    QTest::newRow("20000 snapshots, 7 steps apart") << regular(20000, 7) << 64;
    QTest::newRow("a small capacity") << regular(500, 3) << 8;
    // Snapshots at irregular steps, as a running lab sends them (1 to 30 steps apart).
    std::vector<qint64> irregular{0};
    std::uint32_t seed = 12345;
    for (int i = 0; i < 5000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        irregular.push_back(irregular.back() + 1 + qint64((seed >> 16) % 30));
    }
    QTest::newRow("irregular steps") << irregular << 64;
}

void TestSnapshotHistory::thinningKeepsAFixedCountEvenly()
{
    QFETCH(std::vector<qint64>, steps);
    QFETCH(int, capacity);
    SnapshotHistory history(capacity);
    for (qint64 step : steps) {
        history.record(snapshotAt(step, {3}));
        QVERIFY(history.size() <= capacity);
    }
    QCOMPARE(history.capacity(), capacity);
    QCOMPARE(history.size(), std::min(capacity, int(steps.size())));
    // The untrained network and the present are always there.
    QCOMPARE(history.stepAt(0), steps.front());
    QCOMPARE(history.stepAt(history.size() - 1), steps.back());
    // About evenly spread: no gap more than 2.5 times the mean gap, none under a third of it.
    const double mean = double(steps.back() - steps.front()) / (history.size() - 1);
    for (int i = 1; i < history.size(); ++i) {
        const double gap = double(history.stepAt(i) - history.stepAt(i - 1));
        QVERIFY2(gap > 0.0, "in order, no moment twice");
        QVERIFY2(gap <= 2.5 * mean,
                 qPrintable(QStringLiteral("gap %1, mean %2").arg(gap).arg(mean)));
        if (int(steps.size()) > capacity)
            QVERIFY2(gap >= mean / 3.0,
                     qPrintable(QStringLiteral("gap %1, mean %2").arg(gap).arg(mean)));
    }
}

// Ten hidden layers of 512 units (2-D data, so every unit has a tile): the moments kept fit in
// the byte budget, fewer of them than for a small network, and still the first and the latest.
void TestSnapshotHistory::memoryStaysWithinTheBudget()
{
    const std::vector<int> hidden(10, 512);
    std::vector<int> widths{2};
    widths.insert(widths.end(), hidden.begin(), hidden.end());
    widths.push_back(1);
    const auto weights = weightsFor(widths);
    SnapshotHistory history;
    constexpr int snapshots = 40;
    for (int step = 0; step < snapshots; ++step) {
        history.record(snapshotAt(step, hidden, weights));
        QVERIFY2(history.bytes() <= history.byteBudget(),
                 qPrintable(QStringLiteral("%1 bytes").arg(history.bytes())));
    }
    QVERIFY(history.capacity() >= 2);
    QVERIFY(history.capacity() < SnapshotHistory::defaultCapacity);
    QCOMPARE(history.size(), history.capacity());
    QCOMPARE(history.stepAt(0), qint64(0));
    QCOMPARE(history.stepAt(history.size() - 1), qint64(snapshots - 1));
    // A moment holds at least its single-precision weights and its tiles.
    const std::size_t weightBytes = (2 * 512 + 9 * 512 * 512 + 512) * sizeof(float);
    const std::size_t tileBytes = 10 * 512 * 256 * sizeof(float);
    QVERIFY(history.bytes() >= std::size_t(history.size()) * (weightBytes + tileBytes));
}

void TestSnapshotHistory::smallNetworksKeepTheFullCount()
{
    const std::vector<int> hidden{16, 16};
    const auto weights = weightsFor({2, 16, 16, 1});
    SnapshotHistory history;
    for (int step = 0; step < 200; ++step)
        history.record(snapshotAt(step, hidden, weights));
    QCOMPARE(history.capacity(), SnapshotHistory::defaultCapacity);
    QCOMPARE(history.size(), SnapshotHistory::defaultCapacity);
}

void TestSnapshotHistory::aNewRunStartsAfresh()
{
    SnapshotHistory history;
    for (int step = 0; step < 5; ++step)
        history.record(snapshotAt(step, {4}));
    QCOMPARE(history.size(), 5);
    // The same step again (another histogram layer): the latest is replaced, not added.
    history.record(snapshotAt(4, {4}));
    QCOMPARE(history.size(), 5);
    // A progress snapshot adds no moment.
    TrainingSnapshot progress;
    progress.generation = 1;
    progress.progressOnly = true;
    progress.step = 9;
    history.record(progress);
    QCOMPARE(history.size(), 5);
    // A reset (a new generation) starts over.
    history.record(snapshotAt(0, {4}, {}, 2));
    QCOMPARE(history.size(), 1);
    history.record(snapshotAt(3, {4}, {}, 2));
    // A reopened run (its step before the latest) too.
    history.record(snapshotAt(1, {4}, {}, 2));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.stepAt(0), qint64(1));
}

// What the views get back: the diagnostics as they were, the weights within single precision,
// the fates as of that moment, an epoch boundary found by its epoch.
void TestSnapshotHistory::aMomentGivesBackWhatWasShown()
{
    SnapshotHistory history;
    const auto weights = weightsFor({2, 3, 1});
    TrainingSnapshot first = snapshotAt(0, {3}, weights);
    first.initial.layers[0].dead = {true, false, false};
    first.diagnostics = first.initial;
    history.record(first);
    TrainingSnapshot second = snapshotAt(8, {3}, weights);
    second.epoch = 1;
    second.diagnostics.epoch = 1;
    second.diagnostics.layers[0].dead = {false, true, false};
    second.diagnostics.layers[0].deadUnits = 1;
    second.diagnostics.layers[0].sparsity = 0.375;
    second.diagnostics.layers[0].revivedUnits = 1;
    second.newEpochs.push_back({second.diagnostics, 0.1, {}});
    history.record(second);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.indexOfEpoch(1), 1);
    QCOMPARE(history.indexOfEpoch(7), -1);
    const TrainingSnapshot back = history.snapshotAt(1);
    QCOMPARE(back.diagnostics.layers[0].deadUnits, 1);
    QCOMPARE(back.diagnostics.layers[0].sparsity, 0.375);
    QCOMPARE(back.diagnostics.layers[0].revivedUnits, 1);
    QVERIFY(back.newEpochs.empty());
    QVERIFY(back.weights);
    QCOMPARE(int(back.weights->size()), 2);
    QVERIFY(std::abs((*back.weights)[0].weight(1, 1) - 0.25) < 1e-7);
    QVERIFY(std::abs((*back.weights)[1].bias(0) + 0.5) < 1e-7);
    QCOMPARE(history.fatesAt(0).fate(0, 0), UnitFate::BornDead);
    QCOMPARE(history.fatesAt(1).fate(0, 0), UnitFate::Revived);
    QCOMPARE(history.fatesAt(1).fate(0, 1), UnitFate::Died);
    QCOMPARE(history.currentFates().fate(0, 1), UnitFate::Died);
}

QTEST_APPLESS_MAIN(TestSnapshotHistory)
#include "tst_snapshothistory.moc"
