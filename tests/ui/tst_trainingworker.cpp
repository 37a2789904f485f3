// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "io/bundleddata.h"
#include "io/languagemanager.h"
#include "ui/networklab/borndeadcount.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"
#include "ui/networklab/trainingworker.h"

#include "core/datasets/datasets.h"
#include "core/limits.h"
#include "core/network/trainer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <new>

using ReluLab::Testing::isClose;

using namespace ReluLab;

// How the Network Lab's training thread talks to the window: snapshots built from one forward
// pass per point set, a stop that is honoured inside a snapshot, weights that come from the
// last snapshot (the window never waits for the thread), progress within a slow epoch in the
// header, a born-dead count that can be cancelled, and a top level (every command the
// controller posts and every tick runs through runGuarded) where an allocation failure becomes
// a message instead of the end of the program.
class TestTrainingWorker : public QObject
{
    Q_OBJECT

private slots:
    void snapshotMatchesPerLayerQueries();
    void decisionMapShrinksForLargeNetworks_data();
    void decisionMapShrinksForLargeNetworks();
    void stopDropsTheSnapshot();
    void weightsComeFromTheLastSnapshot();
    void savedWeightsComeWithTheirState();
    void reportedPaceIsTheStepsMade_data();
    void reportedPaceIsTheStepsMade();
    void headerShowsStepsWithinSlowEpochs_data();
    void headerShowsStepsWithinSlowEpochs();
    void bornDeadCountCanBeCancelled();
    void allocationFailureIsAMessage();
};

namespace {

Core::DataSplit moons()
{
    Core::DatasetRecipe recipe; // moons, 1000 samples, test 25 %
    recipe.samples = 200;
    recipe.standardise = true;
    Core::Expected<Core::DataSplit> split = Core::makeDataSplit(recipe, bundledDataSources());
    return split ? *split : Core::DataSplit{};
}

Core::TrainingConfig smallNetwork()
{
    Core::TrainingConfig config;
    config.network.hidden = {6, 5, 4};
    return config;
}

bool sameWeights(const std::vector<Core::LayerWeights> &a, const std::vector<Core::LayerWeights> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t k = 0; k < a.size(); ++k) {
        if (a[k].weight.rows() != b[k].weight.rows() || a[k].weight.cols() != b[k].weight.cols()
            || a[k].weight != b[k].weight || a[k].bias != b[k].bias)
            return false;
    }
    return true;
}

} // namespace

// The worker's snapshot (tiles, activity, histogram from one pass each) says what the per-layer
// queries say of a trainer with the same seed.
void TestTrainingWorker::snapshotMatchesPerLayerQueries()
{
    const Core::DataSplit data = moons();
    QVERIFY(data.train.sampleCount() > 0);
    const Core::TrainingConfig config = smallNetwork();
    std::atomic_bool stop{false};
    std::atomic_int pending{0};
    TrainingWorker worker(stop, pending);
    std::vector<TrainingSnapshot> snapshots;
    connect(&worker, &TrainingWorker::snapshotReady, this,
            [&snapshots](const TrainingSnapshot &s) { snapshots.push_back(s); });
    worker.configure(config, data, 1);
    QCOMPARE(snapshots.size(), size_t(1));
    const TrainingSnapshot &s = snapshots.front();
    QVERIFY(!s.progressOnly);
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, data);
    QVERIFY(trainer);
    QVERIFY(s.weights && sameWeights(*s.weights, trainer->weights()));

    Core::GridSpec tileGrid = s.grid;
    QCOMPARE(s.unitTiles.size(), size_t(3));
    tileGrid.rows = s.unitTiles[0][0].rows;
    tileGrid.columns = s.unitTiles[0][0].columns;
    for (int k = 0; k < 3; ++k) {
        const auto layer = size_t(k);
        const Eigen::MatrixXd tiles = trainer->layerOverGrid(k, tileGrid);
        const Eigen::MatrixXd outputs = trainer->layerOutputs(k, data.train.inputs);
        QCOMPARE(Eigen::Index(s.unitTiles[layer].size()), tiles.rows());
        QCOMPARE(Eigen::Index(s.activeFraction[layer].size()), outputs.rows());
        for (Eigen::Index u = 0; u < tiles.rows(); ++u) {
            for (Eigen::Index n = 0; n < tiles.cols(); ++n)
                QCOMPARE(s.unitTiles[layer][size_t(u)].values[size_t(n)], float(tiles(u, n)));
            const double active = double((outputs.row(u).array() != 0.0).count())
                                  / double(outputs.cols());
            QCOMPARE(s.activeFraction[layer][size_t(u)], float(active));
        }
    }
    const Core::Histogram histogram
        = trainer->preActivationHistogram(s.histogramLayer, int(s.histogram.counts.size()));
    QCOMPARE(s.histogram.counts, histogram.counts);
    // The decision map is computed a block of points at a time: the same numbers up to the
    // products' summation order.
    const Eigen::MatrixXd p = trainer->probabilities(Core::gridInputs(s.grid, 2));
    QCOMPARE(s.decision.values.size(), size_t(p.cols()));
    for (Eigen::Index n = 0; n < p.cols(); ++n)
        QVERIFY(isClose(s.decision.values[size_t(n)], p(1, n), 1e-6, 1e-5));
}

void TestTrainingWorker::decisionMapShrinksForLargeNetworks_data()
{
    QTest::addColumn<std::vector<int>>("hidden");
    QTest::addColumn<int>("side");
    // 6·10⁸ multiply-adds per map: 2-6-5-4-2 costs 80 a point, 2-512×3-2 about 526 000 (33²
    // points), ten layers of 512 about 2.4 million (the smallest map, 16²).
    QTest::newRow("small network, full map") << std::vector<int>{6, 5, 4} << 48;
    QTest::newRow("three layers of 512") << std::vector<int>(3, 512) << 33;
    QTest::newRow("ten layers of 512") << std::vector<int>(10, 512) << 16;
}

// A large network's decision map has fewer points, so that it keeps up with the run; the
// map still covers the same plane and says what the trainer predicts there (at 16² it comes
// from the tiles' pass, whose grid it then shares).
void TestTrainingWorker::decisionMapShrinksForLargeNetworks()
{
    QFETCH(std::vector<int>, hidden);
    QFETCH(int, side);
    Core::TrainingConfig config;
    config.network.hidden = hidden;
    const Core::DataSplit data = moons();
    std::atomic_bool stop{false};
    std::atomic_int pending{0};
    TrainingWorker worker(stop, pending);
    std::vector<TrainingSnapshot> snapshots;
    connect(&worker, &TrainingWorker::snapshotReady, this,
            [&snapshots](const TrainingSnapshot &s) { snapshots.push_back(s); });
    worker.configure(config, data, 1);
    QCOMPARE(snapshots.size(), size_t(1));
    const TrainingSnapshot &s = snapshots.front();
    QCOMPARE(s.grid.rows, side);
    QCOMPARE(s.grid.columns, side);
    QCOMPARE(s.decision.rows, side);
    QCOMPARE(s.decision.values.size(), size_t(side * side));
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, data);
    QVERIFY(trainer);
    const Eigen::MatrixXd p = trainer->probabilities(Core::gridInputs(s.grid, 2));
    for (Eigen::Index n = 0; n < p.cols(); ++n)
        QVERIFY(isClose(s.decision.values[size_t(n)], p(1, n), 1e-6, 1e-5));
    // Every layer's activity is the evaluation's.
    QCOMPARE(s.activeFraction.size(), s.diagnostics.layers.size());
    for (size_t k = 0; k < s.activeFraction.size(); ++k) {
        const std::vector<double> &expected = s.diagnostics.layers[k].activeFraction;
        QCOMPARE(s.activeFraction[k].size(), expected.size());
        for (size_t u = 0; u < expected.size(); ++u)
            QCOMPARE(s.activeFraction[k][u], float(expected[u]));
    }
}

// Closing the window raises stop; a snapshot under way is dropped at its next stage instead of
// being finished, so the thread can be joined.
void TestTrainingWorker::stopDropsTheSnapshot()
{
    std::atomic_bool stop{false};
    std::atomic_int pending{0};
    TrainingWorker worker(stop, pending);
    int snapshots = 0;
    connect(&worker, &TrainingWorker::snapshotReady, this, [&snapshots] { ++snapshots; });
    worker.configure(smallNetwork(), moons(), 1);
    QCOMPARE(snapshots, 1);
    worker.publish();
    QCOMPARE(snapshots, 2);
    stop = true;
    worker.publish();
    QCOMPARE(snapshots, 2);
}

// currentWeights() answers from the last snapshot at once: right after configure() nothing has
// arrived, so there are none (a blocking call would have waited for the new network's).
void TestTrainingWorker::weightsComeFromTheLastSnapshot()
{
    const Core::DataSplit data = moons();
    const Core::TrainingConfig config = smallNetwork();
    TrainingController controller;
    controller.configure(config, data);
    QVERIFY(controller.currentWeights().empty());
    QTRY_VERIFY(controller.hasSnapshot());
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, data);
    QVERIFY(trainer);
    QVERIFY(sameWeights(controller.currentWeights(), trainer->weights()));

    std::vector<Core::LayerWeights> changed = trainer->weights();
    changed[0].bias.setConstant(0.25);
    controller.setWeights(changed);
    // Weights just given are the current ones before their snapshot arrives (a session saved
    // at that moment keeps them), and after it.
    QVERIFY(sameWeights(controller.currentWeights(), changed));
    QTRY_VERIFY(sameWeights(controller.lastSnapshot().weights ? *controller.lastSnapshot().weights
                                                              : std::vector<Core::LayerWeights>{},
                            changed));
    QVERIFY(sameWeights(controller.currentWeights(), changed));
}

// The weights a session saves are those that came with the run's state, from one snapshot: on
// a paused run, the exact current ones and the state of that same step.
void TestTrainingWorker::savedWeightsComeWithTheirState()
{
    const Core::DataSplit data = moons();
    TrainingController controller;
    controller.configure(smallNetwork(), data);
    QTRY_VERIFY(controller.hasSnapshot());
    controller.setStopAfterEpochs(0);
    controller.setSpeed(0);
    controller.play();
    QTRY_VERIFY(controller.lastSnapshot().epoch >= 5);
    controller.pause();
    QTRY_VERIFY(!controller.lastSnapshot().playing && controller.lastSnapshot().state);
    std::optional<Core::TrainerState> state;
    const std::vector<Core::LayerWeights> weights = controller.currentWeights(&state);
    QVERIFY(state.has_value());
    QCOMPARE(state->step, controller.lastSnapshot().step);
    QVERIFY(controller.lastSnapshot().weights);
    QVERIFY(sameWeights(weights, *controller.lastSnapshot().weights));
}

// The pace the header shows (steps per second of wall time) is the pace the steps are made at:
// the last second's steps over its time, to within a factor that a loaded machine's jitter
// stays inside (counting a tick's time twice read half the pace).
void TestTrainingWorker::reportedPaceIsTheStepsMade_data()
{
    QTest::addColumn<int>("epochsPerSecond");
    QTest::addColumn<double>("factor");
    QTest::newRow("full speed") << 0 << 1.5;
    // 5 steps an epoch: one step every fourth 10 ms tick, so the average over ticks swings
    // between 0.7 and 1.4 of the pace (counting only the ticks with a step read 4 times it).
    QTest::newRow("5 epochs/s") << 5 << 1.6;
}

void TestTrainingWorker::reportedPaceIsTheStepsMade()
{
    QFETCH(int, epochsPerSecond);
    QFETCH(double, factor);
    TrainingController controller;
    controller.configure(smallNetwork(), moons());
    QTRY_VERIFY(controller.hasSnapshot());
    controller.setStopAfterEpochs(0);
    controller.setSpeed(epochsPerSecond);
    controller.play();
    QTest::qWait(500);
    const std::int64_t stepsBefore = controller.lastSnapshot().step;
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(1000);
    const double made = double(controller.lastSnapshot().step - stepsBefore)
                        / (clock.nsecsElapsed() * 1e-9);
    const double reported = controller.lastSnapshot().stepsPerSecond;
    controller.pause();
    QTRY_VERIFY(!controller.lastSnapshot().playing);
    QVERIFY(made > 0.0);
    QVERIFY2(reported > made / factor && reported < made * factor,
             qPrintable(QStringLiteral("reported %1 steps/s, made %2").arg(reported).arg(made)));
}

void TestTrainingWorker::headerShowsStepsWithinSlowEpochs_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("stepsPerSecond");
    QTest::addColumn<QString>("expected");
    // 24 steps per epoch: 3 steps/s is an epoch every 8 s; 240 steps/s is 10 epochs a second.
    QTest::newRow("en, slow") << QStringLiteral("en") << 3.0
                              << QStringLiteral("Epoch 2 · step 5/24");
    QTest::newRow("en, fast") << QStringLiteral("en") << 240.0 << QStringLiteral("Epoch 2");
    QTest::newRow("zh_CN, slow") << QStringLiteral("zh_CN") << 3.0
                                 << QStringLiteral("第 2 轮 · 第 5/24 步");
    QTest::newRow("zh_TW, slow") << QStringLiteral("zh_TW") << 3.0
                                 << QStringLiteral("第 2 個訓練週期 · 第 5/24 步");
}

void TestTrainingWorker::headerShowsStepsWithinSlowEpochs()
{
    QFETCH(QString, language);
    QFETCH(double, stepsPerSecond);
    QFETCH(QString, expected);
    LanguageManager::instance()->setLanguage(language);
    TrainingControlBar bar;
    TrainingSnapshot full;
    full.epoch = 2;
    full.step = 48;
    full.stepsPerEpoch = 24;
    full.diagnostics.epoch = 2;
    full.diagnostics.step = 48;
    full.diagnostics.trainLoss = 0.5;
    full.diagnostics.testLoss = 0.625;
    bar.showSnapshot(full);
    const QString loss = bar.lossText();
    bar.setPlaying(true);
    TrainingSnapshot progress;
    progress.progressOnly = true;
    progress.epoch = 2;
    progress.step = 53;
    progress.stepInEpoch = 5;
    progress.stepsPerEpoch = 24;
    progress.stepsPerSecond = stepsPerSecond;
    progress.playing = true;
    bar.showSnapshot(progress);
    QCOMPARE(bar.epochText(), expected);
    QCOMPARE(bar.lossText(), loss); // a progress snapshot carries no losses: they stay
    // Paused inside the epoch (no rate now): the header says what it said while running.
    TrainingSnapshot paused = progress;
    paused.stepsPerSecond = 0.0;
    paused.playing = false;
    bar.setPlaying(false);
    bar.showSnapshot(paused);
    QCOMPARE(bar.epochText(), expected);
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
}

// The count stops at cancel() before its next draw and says so instead of finishing; a count
// that would take minutes is cancelled by its destructor when the window closes.
void TestTrainingWorker::bornDeadCountCanBeCancelled()
{
    const Core::DataSplit data = moons();
    Core::TrainingConfig config;
    config.network.hidden.assign(10, 64);
    BornDeadCount count;
    QSignalSpy finished(&count, &BornDeadCount::finished);
    QSignalSpy cancelled(&count, &BornDeadCount::cancelled);
    QVERIFY(count.start(config, data, 1'000'000));
    count.cancel();
    QVERIFY(count.isCancelling());
    QTRY_COMPARE(cancelled.count(), 1);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!count.isRunning());

    auto closing = std::make_unique<BornDeadCount>();
    QVERIFY(closing->start(config, data, 1'000'000));
    closing.reset(); // a hang here fails by ctest's timeout
}

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

    // What std::vector or Eigen throw when the memory runs out, in the middle of a command.
    worker.runGuarded([] { throw std::bad_alloc(); });
    QCOMPARE(failed.count(), 1);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("memory")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(Core::RunLimits::maxSampleUnits)),
             qPrintable(message));
    QCOMPARE(playing.constLast().constFirst().toBool(), false);
    // The half-updated trainer is gone: there is nothing left to show.
    const int before = snapshots.count();
    worker.publish();
    QCOMPARE(snapshots.count(), before);

    // The lab keeps working: the next configure starts afresh.
    worker.runGuarded([&] { worker.configure(config, *data, 2); });
    QCOMPARE(failed.count(), 1);
    QCOMPARE(snapshots.count(), before + 1);
    stop.store(true);
}

QTEST_MAIN(TestTrainingWorker)
#include "tst_trainingworker.moc"
