// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The network graph: which units are dead, born dead or came back (against a hand-made run and
// against the core's own run of a lab scenario), which units and links are drawn at a given
// size, and its export.
#include "io/bundleddata.h"
#include "ui/networklab/maptabs.h"
#include "ui/networklab/networkgraphview.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"

#include "core/datasets/datasets.h"
#include "core/network/trainer.h"

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ReluLab;

class TestNetworkGraph : public QObject
{
    Q_OBJECT

private slots:
    void fatesOfAHandMadeRun();
    void columnsFitOrGroupTheDead();
    void strongestLinksAreKept();
    void graphFollowsTheLabRun();
    void wideLayersAreThinned();
    void exportWritesEachFormat_data();
    void exportWritesEachFormat();
};

namespace {

Core::Diagnostics diagnosticsWith(int epoch, std::vector<bool> dead)
{
    Core::Diagnostics diagnostics;
    diagnostics.epoch = epoch;
    Core::LayerDiagnostics layer;
    layer.units = int(dead.size());
    layer.dead = std::move(dead);
    diagnostics.layers.push_back(layer);
    return diagnostics;
}

} // namespace

// Four units over three evaluations (1 = dead):
//   unit 0: 1 1 1  born dead and stays dead
//   unit 1: 1 0 0  born dead, alive from epoch 1: came back at 1
//   unit 2: 0 0 1  died at epoch 2
//   unit 3: 0 1 0  died at 1, came back at 2
void TestNetworkGraph::fatesOfAHandMadeRun()
{
    UnitFates fates;
    fates.record(diagnosticsWith(0, {true, true, false, false}));
    fates.record(diagnosticsWith(1, {true, false, false, true}));
    fates.record(diagnosticsWith(2, {true, false, true, false}));
    QCOMPARE(fates.fate(0, 0), UnitFate::BornDead);
    QCOMPARE(fates.fate(0, 1), UnitFate::Revived);
    QCOMPARE(fates.revivedAt(0, 1), 1);
    QCOMPARE(fates.fate(0, 2), UnitFate::Died);
    QCOMPARE(fates.fate(0, 3), UnitFate::Revived);
    QCOMPARE(fates.revivedAt(0, 3), 2);
    QCOMPARE(fates.count(0, UnitFate::Revived), 2);
    QCOMPARE(fates.count(0, UnitFate::Alive), 0);
    // A born-dead unit that came back and died again died during training.
    fates.record(diagnosticsWith(3, {true, true, true, false}));
    QCOMPARE(fates.fate(0, 1), UnitFate::Died);
    // Another network (other widths) starts afresh.
    fates.record(diagnosticsWith(0, {false, false}));
    QCOMPARE(fates.fate(0, 0), UnitFate::Alive);
    QCOMPARE(fates.count(0, UnitFate::Alive), 2);
}

void TestNetworkGraph::columnsFitOrGroupTheDead()
{
    const std::vector<float> active{0.1f, 0.9f, 0.0f, 0.5f, 0.7f, 0.0f};
    const std::vector<bool> dead{false, false, true, false, false, true};
    const GraphColumn all = chooseUnits(active, dead, 6);
    QCOMPARE(all.units, (std::vector<int>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(all.deadBlock, 0);
    QCOMPARE(all.notDrawn, 0);
    // Three places: the two most active live units and one block of the two dead.
    const GraphColumn three = chooseUnits(active, dead, 3);
    QCOMPARE(three.units, (std::vector<int>{1, 4}));
    QCOMPARE(three.deadBlock, 2);
    QCOMPARE(three.notDrawn, 2);
    // No dead unit: every place goes to a live one.
    const GraphColumn alive = chooseUnits(active, std::vector<bool>(6, false), 2);
    QCOMPARE(alive.units, (std::vector<int>{1, 4}));
    QCOMPARE(alive.deadBlock, 0);
    QCOMPARE(alive.notDrawn, 4);
}

void TestNetworkGraph::strongestLinksAreKept()
{
    Eigen::MatrixXd weight(3, 4);   // out x in
    weight << 0.1, -0.9, 0.2, 0.05, //
        0.8, 0.0, -0.3, 0.4,        //
        -0.7, 0.6, 0.01, -0.02;
    const std::vector<GraphLink> links = strongestLinks(weight, {0, 1, 2, 3}, {0, 1, 2}, 4);
    QCOMPARE(int(links.size()), 4);
    const std::vector<double> expected{-0.9, 0.8, -0.7, 0.6};
    for (std::size_t i = 0; i < links.size(); ++i) {
        QCOMPARE(links[i].weight, expected[i]);
        QCOMPARE(links[i].weight, weight(links[i].to, links[i].from));
    }
    // Only links between drawn units: source 1 and target 2 alone.
    const std::vector<GraphLink> one = strongestLinks(weight, {1}, {2}, 10);
    QCOMPARE(int(one.size()), 1);
    QCOMPARE(one.front().weight, 0.6);
}

// The lab's graph sees every evaluated epoch: its fates equal those of the core's own run of the
// same scenario, epoch by epoch (digits at a too high learning rate: units die in training).
void TestNetworkGraph::graphFollowsTheLabRun()
{
    constexpr int epochs = 4;
    NetworkLabWorkspace lab;
    lab.resize(1280, 800);
    lab.show();
    QVERIFY(lab.chooseScenario(QStringLiteral("high_learning_rate")));
    lab.mapTabs()->setCurrentWidget(lab.graphView());
    lab.controlBar()->setStopAfterEpochs(epochs);
    lab.play();
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot() && !lab.controller()->isPlaying()
                                 && lab.controller()->lastSnapshot().diagnostics.epoch == epochs,
                             60000);
    QTRY_VERIFY(lab.graphView()->hasNetwork());

    const Core::TrainingConfig config = lab.configuration();
    Core::Expected<Core::DataSplit> split = Core::makeDataSplit(config.data, bundledDataSources());
    QVERIFY(split);
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, *split);
    QVERIFY(trainer);
    UnitFates expected;
    expected.record(trainer->initialDiagnostics());
    for (int e = 0; e < epochs; ++e) {
        QVERIFY(trainer->trainEpoch());
        expected.record(trainer->evaluate());
    }
    const UnitFates &shown = lab.graphView()->fates();
    QCOMPARE(shown.layerCount(), expected.layerCount());
    int died = 0;
    for (int k = 0; k < expected.layerCount(); ++k) {
        for (UnitFate fate :
             {UnitFate::Alive, UnitFate::BornDead, UnitFate::Died, UnitFate::Revived})
            QCOMPARE(shown.count(k, fate), expected.count(k, fate));
        died += expected.count(k, UnitFate::Died);
    }
    QVERIFY2(died > 0, "the scenario kills units in training");
}

// 2-D data through ten layers of 512: at 600 x 400 every column fits in the view, the dead are
// one block, the rest is counted, and only the strongest links between drawn units are drawn.
void TestNetworkGraph::wideLayersAreThinned()
{
    NetworkGraphView graph;
    TrainingSnapshot snapshot;
    snapshot.layerWidths = {2, 512, 512, 1};
    snapshot.diagnostics.trainAccuracy = 1.0;
    auto weights = std::make_shared<std::vector<Core::LayerWeights>>();
    for (std::size_t k = 0; k + 1 < snapshot.layerWidths.size(); ++k) {
        Core::LayerWeights layer;
        layer.weight = Eigen::MatrixXd::Random(snapshot.layerWidths[k + 1],
                                               snapshot.layerWidths[k]);
        layer.bias = Eigen::VectorXd::Random(snapshot.layerWidths[k + 1]);
        weights->push_back(layer);
    }
    snapshot.weights = weights;
    for (int k = 0; k < 2; ++k) {
        Core::LayerDiagnostics layer;
        layer.units = 512;
        std::vector<float> active;
        for (int i = 0; i < 512; ++i) {
            layer.dead.push_back(i % 4 == 0); // 128 dead
            active.push_back(i % 4 == 0 ? 0.0f : float(i) / 512.0f);
        }
        snapshot.diagnostics.layers.push_back(layer);
        snapshot.activeFraction.push_back(active);
    }
    snapshot.initial = snapshot.diagnostics;
    graph.showSnapshot(snapshot);
    const NetworkGraphView::Layout layout = graph.layoutFor(QSizeF(600, 400));
    QCOMPARE(int(layout.columns.size()), 4);
    QCOMPARE(layout.columns[0].units, (std::vector<int>{0, 1}));
    for (int c = 1; c <= 2; ++c) {
        const GraphColumn &column = layout.columns[std::size_t(c)];
        QCOMPARE(column.deadBlock, 128);
        QVERIFY(!column.units.empty());
        QCOMPARE(int(column.units.size()) + column.notDrawn, 384);
        QCOMPARE(column.units.front(), 511); // the most active first
        QVERIFY(layout.tileSize * (column.units.size() + 1) <= 400.0);
    }
    QCOMPARE(int(layout.links.size()), 3);
    for (std::size_t gap = 0; gap < layout.links.size(); ++gap) {
        const std::vector<GraphLink> &links = layout.links[gap];
        QVERIFY(!links.empty());
        QVERIFY(int(links.size()) <= 300);
        for (const GraphLink &link : links) {
            const std::vector<int> &from = layout.columns[gap].units;
            const std::vector<int> &to = layout.columns[gap + 1].units;
            QVERIFY(std::find(from.begin(), from.end(), link.from) != from.end());
            QVERIFY(std::find(to.begin(), to.end(), link.to) != to.end());
        }
    }
}

void TestNetworkGraph::exportWritesEachFormat_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestNetworkGraph::exportWritesEachFormat()
{
    QFETCH(QString, suffix);
    NetworkGraphView graph;
    TrainingSnapshot snapshot;
    snapshot.layerWidths = {2, 3, 2};
    snapshot.diagnostics.trainAccuracy = 1.0;
    Core::LayerDiagnostics layer;
    layer.units = 3;
    layer.dead = {false, true, false};
    snapshot.diagnostics.layers.push_back(layer);
    snapshot.activeFraction = {{0.5f, 0.0f, 0.8f}};
    graph.showSnapshot(snapshot);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("graph.") + suffix);
    QString error;
    QVERIFY2(graph.exportTo(file, QSize(400, 300), &error), qPrintable(error));
    QVERIFY(QFileInfo(file).size() > 100);
    QVERIFY(!graph.exportTo(dir.filePath(QStringLiteral("graph.bmpx")), QSize(400, 300), &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
}

QTEST_MAIN(TestNetworkGraph)
#include "tst_networkgraph.moc"
