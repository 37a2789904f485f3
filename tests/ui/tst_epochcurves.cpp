// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Long runs drawn and logged within bounds: EpochCurves keeps at most its capacity of points
// per curve (every epoch while the run is short, then every 2nd, 4th ... and the latest), each
// point an epoch's exact value; the training log keeps its records within a byte budget by the
// same rule; the lab's curves, over a run of tens of thousands of epochs, stay within bounds and
// reach the latest epoch.
#include "ui/networklab/curvesview.h"
#include "ui/networklab/epochcurves.h"
#include "ui/networklab/traininglog.h"

#include <qcustomplot.h>

#include <QTest>

#include <cmath>
#include <vector>

using namespace ReluLab;

class TestEpochCurves : public QObject
{
    Q_OBJECT

private slots:
    void shortRunsKeepEveryEpoch();
    void longRunsKeepEveryStrideAndTheLatest_data();
    void longRunsKeepEveryStrideAndTheLatest();
    void anEarlierEpochReplacesTheRest();
    void skippedValuesLeaveNoPoint();
    void strideForMatchesTheCurves();
    void logStaysWithinItsBudget();
    void logRowsAreExactEpochs();
    void curvesViewOfALongRun();
};

namespace {

double valueAt(int epoch, int series)
{
    return std::sin(0.001 * epoch) + series;
}

EpochRecord recordAt(int epoch, int layers, int units)
{
    EpochRecord record;
    record.diagnostics.epoch = epoch;
    record.diagnostics.trainLoss = 1.0 / (1.0 + epoch);
    record.diagnostics.testLoss = 2.0 / (1.0 + epoch);
    record.diagnostics.trainAccuracy = 0.5;
    record.diagnostics.testAccuracy = 0.25;
    for (int k = 0; k < layers; ++k) {
        Core::LayerDiagnostics layer;
        layer.units = units;
        layer.sparsity = 0.5;
        layer.dead.assign(size_t(units), epoch % 2 == 0);
        layer.inactive.assign(size_t(units), false);
        layer.activeFraction.assign(size_t(units), 0.5);
        record.diagnostics.layers.push_back(layer);
    }
    record.diagnostics.gradientNorms.assign(size_t(layers + 1), 1.0);
    record.learningRate = 0.1;
    return record;
}

/// The keys of a graph, in order.
std::vector<int> keysOf(const QCPGraph *graph)
{
    std::vector<int> keys;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        keys.push_back(int(it->key));
    return keys;
}

} // namespace

void TestEpochCurves::shortRunsKeepEveryEpoch()
{
    QCustomPlot plot;
    QCPGraph *a = plot.addGraph();
    QCPGraph *b = plot.addGraph();
    EpochCurves curves(100);
    curves.setGraphs({a, b});
    for (int epoch = 0; epoch < 100; ++epoch)
        curves.add(epoch, {valueAt(epoch, 0), valueAt(epoch, 1)});
    QCOMPARE(curves.stride(), 1);
    QCOMPARE(a->dataCount(), 100);
    QCOMPARE(b->dataCount(), 100);
    for (int epoch = 0; epoch < 100; ++epoch)
        QCOMPARE(b->data()->at(epoch)->value, valueAt(epoch, 1));
}

void TestEpochCurves::longRunsKeepEveryStrideAndTheLatest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("epochs");
    QTest::newRow("101 epochs in 100") << 100 << 101;
    QTest::newRow("1000 in 100") << 100 << 1000;
    QTest::newRow("1001 in 100") << 100 << 1001;
    QTest::newRow("123457 in 512") << 512 << 123457;
    QTest::newRow("5000 in 64") << 64 << 5000;
}

void TestEpochCurves::longRunsKeepEveryStrideAndTheLatest()
{
    QFETCH(int, capacity);
    QFETCH(int, epochs);
    QCustomPlot plot;
    QCPGraph *graph = plot.addGraph();
    EpochCurves curves(capacity);
    curves.setGraphs({graph});
    for (int epoch = 0; epoch < epochs; ++epoch) {
        curves.add(epoch, {valueAt(epoch, 0)});
        QVERIFY2(graph->dataCount() <= capacity, qPrintable(QString::number(epoch)));
    }
    const int stride = curves.stride();
    // The stride is a power of two, and the one that fits: half of the capacity at least.
    QVERIFY((stride & (stride - 1)) == 0);
    QVERIFY(graph->dataCount() > capacity / 2);
    QCOMPARE(stride, EpochCurves::strideFor(epochs, capacity));
    const std::vector<int> keys = keysOf(graph);
    QCOMPARE(keys.back(), epochs - 1); // the latest epoch, whatever the stride
    for (size_t i = 0; i + 1 < keys.size(); ++i) {
        QCOMPARE(keys[i], int(i) * stride); // every stride-th epoch, from 0, none missing
        QCOMPARE(graph->data()->at(int(i))->value, valueAt(keys[i], 0));
    }
    QCOMPARE(graph->data()->at(graph->dataCount() - 1)->value, valueAt(epochs - 1, 0));
}

void TestEpochCurves::anEarlierEpochReplacesTheRest()
{
    QCustomPlot plot;
    QCPGraph *graph = plot.addGraph();
    EpochCurves curves(8);
    curves.setGraphs({graph});
    for (int epoch = 0; epoch < 30; ++epoch)
        curves.add(epoch, {1.0});
    // The weights were reset: the run counts from 0 again.
    curves.add(0, {2.0});
    QCOMPARE(graph->dataCount(), 1);
    QCOMPARE(graph->data()->at(0)->value, 2.0);
    curves.clear();
    QCOMPARE(curves.stride(), 1);
    for (int epoch = 0; epoch < 8; ++epoch)
        curves.add(epoch, {3.0});
    QCOMPARE(graph->dataCount(), 8);
}

void TestEpochCurves::skippedValuesLeaveNoPoint()
{
    QCustomPlot plot;
    QCPGraph *prelu = plot.addGraph();
    QCPGraph *relu = plot.addGraph();
    const double none = std::nan("");
    EpochCurves skip(16, EpochCurves::Missing::Skip);
    skip.setGraphs({prelu, relu});
    for (int epoch = 0; epoch < 100; ++epoch)
        skip.add(epoch, {0.25, none});
    QVERIFY(relu->data()->isEmpty());
    QVERIFY(prelu->dataCount() <= 16);
    QCOMPARE(keysOf(prelu).back(), 99);

    EpochCurves gap(16, EpochCurves::Missing::Gap);
    QCPGraph *loss = plot.addGraph();
    gap.setGraphs({loss});
    gap.add(0, {1.0});
    gap.add(1, {std::numeric_limits<double>::infinity()}); // diverged: a gap, not Inf
    QCOMPARE(loss->dataCount(), 2);
    QVERIFY(std::isnan(loss->data()->at(1)->value));
}

void TestEpochCurves::strideForMatchesTheCurves()
{
    QCOMPARE(EpochCurves::strideFor(0, 512), 1);
    QCOMPARE(EpochCurves::strideFor(511, 512), 1);
    QCOMPARE(EpochCurves::strideFor(512, 512), 2);
    QCOMPARE(EpochCurves::strideFor(100000, 512), 256);
}

void TestEpochCurves::logStaysWithinItsBudget()
{
    // A budget of about 300 records of 3 layers of 64 units.
    const size_t recordBytes = TrainingLog::bytesOf(recordAt(0, 3, 64));
    const size_t budget = 300 * recordBytes;
    TrainingLog log(budget);
    std::vector<EpochRecord> batch;
    for (int epoch = 0; epoch < 20000; ++epoch) {
        batch.push_back(recordAt(epoch, 3, 64));
        if (batch.size() == 97) { // snapshots bring epochs in batches
            log.append(batch);
            batch.clear();
            QVERIFY(log.bytes() <= budget);
        }
    }
    log.append(batch);
    QVERIFY(log.bytes() <= budget);
    QVERIFY(log.size() > 150);
    QVERIFY(log.stride() > 1);
    QCOMPARE(log.records().back().diagnostics.epoch, 19999);
}

void TestEpochCurves::logRowsAreExactEpochs()
{
    TrainingLog log(100 * TrainingLog::bytesOf(recordAt(0, 2, 8)));
    for (int epoch = 0; epoch < 1000; ++epoch)
        log.append({recordAt(epoch, 2, 8)});
    const std::vector<EpochRecord> &records = log.records();
    for (size_t i = 0; i + 1 < records.size(); ++i) {
        QCOMPARE(records[i].diagnostics.epoch, int(i) * log.stride());
        QCOMPARE(records[i].diagnostics.trainLoss, 1.0 / (1.0 + records[i].diagnostics.epoch));
    }
    QCOMPARE(records.back().diagnostics.epoch, 999);
    // One CSV row per kept record, after the header.
    QCOMPARE(log.toCsv().trimmed().split(QLatin1Char('\n')).size(), log.size() + 1);
    // A reset of the weights: epoch 0 again replaces the whole log.
    log.append({recordAt(0, 2, 8)});
    QCOMPARE(log.size(), 1);
}

void TestEpochCurves::curvesViewOfALongRun()
{
    CurvesView view;
    std::vector<EpochRecord> batch;
    for (int epoch = 0; epoch <= 50000; ++epoch) {
        batch.push_back(recordAt(epoch, 0, 0));
        if (batch.size() == 1000) {
            view.addEpochs(batch);
            batch.clear();
        }
    }
    view.addEpochs(batch);
    QVERIFY(view.epochCount() <= 512);
    QVERIFY(view.epochCount() > 256);
    QCOMPARE(view.stride(), EpochCurves::strideFor(50001, 512));
    // The axis reaches the latest epoch, and so does the curve.
    QCOMPARE(view.xAxis->range().upper, 50000.0);
    QCOMPARE(view.graph(0)->data()->at(view.epochCount() - 1)->key, 50000.0);
}

QTEST_MAIN(TestEpochCurves)
#include "tst_epochcurves.moc"
