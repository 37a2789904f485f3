// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The unit and layer inspector: opened by a click on a tile, a sparsity bar or the I key, it
// shows the numbers core computes for that unit (Core::unitStats on the same weights), the
// unit's incoming weights, its contribution w_out·a(x) on 1-D regression, and the layer's counts.
#include "closeness.h"
#include "io/bundleddata.h"
#include "io/sessionfile.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/neurontilesview.h"
#include "ui/networklab/sparsityview.h"
#include "ui/networklab/tilestrip.h"
#include "ui/networklab/trainingcontroller.h"
#include "ui/networklab/unitinspector.h"
#include "ui/networklab/weightsimage.h"

#include "core/datasets/datasets.h"
#include "core/network/trainer.h"
#include "core/network/unitstats.h"

#include <QTest>

#include <qcustomplot.h>

using ReluLab::Testing::isClose;

using namespace ReluLab;

class TestUnitInspector : public QObject
{
    Q_OBJECT

private slots:
    void tileClickShowsCoreNumbers_data();
    void tileClickShowsCoreNumbers();
    void contributionOnSine();
    void sparsityBarOpensLayer();
    void keyOpensInspector();
    void longThinnedLogDrawsBoundedCurves();
};

namespace {

// The lab's current network, rebuilt by core from its configuration and the last snapshot's
// weights: the numbers the inspector must show.
std::optional<Core::Trainer> coreTrainer(const NetworkLabWorkspace &lab)
{
    const Core::TrainingConfig config = lab.configuration();
    Core::Expected<Core::DataSplit> split = Core::makeDataSplit(config.data, bundledDataSources());
    if (!split)
        return std::nullopt;
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, *split);
    if (!trainer || !lab.controller()->lastSnapshot().weights)
        return std::nullopt;
    if (!trainer->setWeights(*lab.controller()->lastSnapshot().weights))
        return std::nullopt;
    return std::optional<Core::Trainer>(std::move(*trainer));
}

} // namespace

void TestUnitInspector::tileClickShowsCoreNumbers_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("layer");
    QTest::addColumn<int>("unit");
    QTest::newRow("half active, layer 1 unit 3") << QStringLiteral("half_active") << 0 << 2;
    QTest::newRow("negative bias, layer 2 unit 1") << QStringLiteral("negative_bias") << 1 << 0;
    QTest::newRow("digits, layer 1 unit 5") << QStringLiteral("high_learning_rate") << 0 << 4;
}

void TestUnitInspector::tileClickShowsCoreNumbers()
{
    QFETCH(QString, scenario);
    QFETCH(int, layer);
    QFETCH(int, unit);
    NetworkLabWorkspace lab;
    lab.resize(1280, 800);
    lab.show();
    QVERIFY(lab.chooseScenario(scenario));
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot()
                                 && lab.tilesView()->layerCount() > layer,
                             10000);
    TileStrip *strip = lab.tilesView()->tileStrip(layer);
    QVERIFY(strip);
    QTRY_VERIFY(!strip->unitRect(unit).isEmpty());
    QTest::mouseClick(strip, Qt::LeftButton, Qt::NoModifier, strip->unitRect(unit).center());

    UnitInspector *inspector = lab.unitInspector();
    QVERIFY(inspector);
    QVERIFY(inspector->isVisible());
    QVERIFY(!inspector->isLayerTab());
    QCOMPARE(inspector->layer(), layer);
    QCOMPARE(inspector->unit(), unit);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->shownStats().has_value(), 10000);

    std::optional<Core::Trainer> trainer = coreTrainer(lab);
    QVERIFY(trainer);
    const Core::UnitStats core = Core::unitStats(*trainer, Core::UnitIndex{layer, unit});
    const Core::UnitStats &shown = *inspector->shownStats();
    QCOMPARE(shown.samples, core.samples);
    QCOMPARE(shown.activeSamples, core.activeSamples);
    QVERIFY(isClose(shown.preActivationMin, core.preActivationMin, 1e-9, 1e-9));
    QVERIFY(isClose(shown.preActivationMean, core.preActivationMean, 1e-9, 1e-9));
    QVERIFY(isClose(shown.preActivationMax, core.preActivationMax, 1e-9, 1e-9));
    // The words on screen carry the same numbers.
    const QString percent = QLocale().toString(100.0 * core.activeFraction, 'f', 1);
    QVERIFY2(inspector->activeText().contains(percent + QStringLiteral(" %")),
             qPrintable(inspector->activeText() + QStringLiteral(" vs ") + percent));
    QVERIFY2(inspector->activeText().contains(QString::number(core.activeSamples)),
             qPrintable(inspector->activeText()));
    QVERIFY(
        inspector->preActivationText().contains(QLocale().toString(core.preActivationMax, 'g', 4)));
    // Its incoming weights are the weight matrix's row.
    const Core::LayerWeights &w = (*lab.controller()->lastSnapshot().weights)[std::size_t(layer)];
    const std::vector<double> &incoming = inspector->weightsImage()->weights();
    QCOMPARE(Eigen::Index(incoming.size()), w.weight.cols());
    for (Eigen::Index j = 0; j < w.weight.cols(); ++j)
        QVERIFY(isClose(incoming[std::size_t(j)], w.weight(unit, j), 0.0, 0.0));
    // 64 inputs (the digits): an 8 × 8 image.
    QCOMPARE(inspector->weightsImage()->isImage(), w.weight.cols() == 64);
    QVERIFY(!inspector->historyText().isEmpty());
    QCOMPARE(inspector->shownEpoch(), lab.controller()->lastSnapshot().epoch);
}

void TestUnitInspector::contributionOnSine()
{
    NetworkLabWorkspace lab;
    lab.resize(1280, 800);
    lab.show();
    Session session;
    session.config.data.name = "sine";
    session.config.data.samples = 200;
    session.config.network.hidden = {6, 5};
    session.config.network.activations = {Core::LayerActivation{"relu", {}}};
    QVERIFY(lab.restoreSession(session));
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot()
                                 && lab.controller()->lastSnapshot().layerWidths.size() == 4,
                             10000);
    UnitInspector *inspector = lab.unitInspector();
    inspector->inspectUnit(1, 3);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->shownStats().has_value(), 10000);
    const TrainingSnapshot &snapshot = lab.controller()->lastSnapshot();
    QVERIFY(inspector->contributionPlot()->isVisibleTo(inspector));
    QCPGraph *share = inspector->contributionGraph();
    QCOMPARE(share->dataCount(), int(snapshot.curveX.size()));

    // Core: w_out(0, 3) · a(x) of the last hidden layer's unit 4 along the curve's inputs.
    std::optional<Core::Trainer> trainer = coreTrainer(lab);
    QVERIFY(trainer);
    Eigen::MatrixXd x(1, Eigen::Index(snapshot.curveX.size()));
    for (Eigen::Index j = 0; j < x.cols(); ++j)
        x(0, j) = snapshot.curveX[std::size_t(j)];
    const Eigen::MatrixXd a = trainer->layerOutputs(1, x);
    const double wOut = (*snapshot.weights)[2].weight(0, 3);
    for (int j = 0; j < share->dataCount(); ++j)
        QVERIFY(isClose(share->data()->at(j)->value, wOut * a(3, j), 1e-9, 1e-9));

    // A unit of the first hidden layer has no direct share of the output: no such chart.
    inspector->inspectUnit(0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->shownStats().has_value(), 10000);
    QVERIFY(!inspector->contributionPlot()->isVisibleTo(inspector));
}

void TestUnitInspector::sparsityBarOpensLayer()
{
    NetworkLabWorkspace lab;
    lab.resize(1280, 800);
    lab.show();
    QVERIFY(lab.chooseScenario(QStringLiteral("negative_bias")));
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot(), 10000);
    QCustomPlot *bars = lab.sparsityView()->barsPlot();
    QTRY_VERIFY(lab.sparsityView()->barValues().size() >= 2);
    bars->replot();
    // Bar 2 (hidden layer 2) stands at x = 2.
    const QPoint at(int(bars->xAxis->coordToPixel(2.0)), int(bars->yAxis->coordToPixel(10.0)));
    QTest::mouseClick(bars, Qt::LeftButton, Qt::NoModifier, at);
    UnitInspector *inspector = lab.unitInspector();
    QVERIFY(inspector->isVisible());
    QVERIFY(inspector->isLayerTab());
    QCOMPARE(inspector->layer(), 1);
    const Core::LayerDiagnostics &layer = lab.controller()->lastSnapshot().diagnostics.layers[1];
    QTRY_VERIFY(inspector->layerText().contains(
        QStringLiteral("%1 of %2 units dead").arg(layer.deadUnits).arg(layer.units)));
}

void TestUnitInspector::keyOpensInspector()
{
    NetworkLabWorkspace lab;
    lab.resize(1280, 800);
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    QVERIFY(lab.chooseScenario(QStringLiteral("half_active")));
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot(), 10000);
    lab.activateWindow();
    QTest::keyClick(lab.tilesView(), Qt::Key_I);
    UnitInspector *inspector = lab.unitInspector();
    QTRY_VERIFY(inspector->isVisible());
    QCOMPARE(inspector->layer(), 0);
    QCOMPARE(inspector->unit(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->shownStats().has_value(), 10000);
    // ↑ in the unit box moves to the next unit, whose numbers are then asked for.
    QTest::keyClick(inspector->findChild<QWidget *>(QStringLiteral("inspectorUnit")), Qt::Key_Up);
    QCOMPARE(inspector->unit(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(inspector->shownStats().has_value()
                                 && inspector->shownStats()->index.unit == 1,
                             10000);
    inspector->close();
    QVERIFY(!inspector->isVisible());
}

// A long run's log is thinned (TrainingLog: one record in 8 epochs here); the inspector still
// draws at most 512 points a curve, each an epoch of the log, the latest included.
void TestUnitInspector::longThinnedLogDrawsBoundedCurves()
{
    NetworkLabWorkspace lab;
    lab.resize(1280, 800);
    lab.show();
    Session session;
    session.config.data.samples = 200;
    session.config.network.hidden = {6, 5};
    QVERIFY(lab.restoreSession(session));
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot(), 10000);
    const TrainingSnapshot &snapshot = lab.controller()->lastSnapshot();
    std::vector<EpochRecord> log;
    for (int epoch = 0; epoch <= 12000; epoch += 8) { // 1 501 records over 12 001 epochs
        EpochRecord record;
        record.diagnostics = snapshot.diagnostics;
        record.diagnostics.epoch = epoch;
        log.push_back(record);
    }
    UnitInspector *inspector = lab.unitInspector();
    const auto drawsBounded = [&log](const QCPGraph *graph) {
        QVERIFY2(graph->dataCount() > 256, qPrintable(QString::number(graph->dataCount())));
        QVERIFY(graph->dataCount() <= 512);
        QCOMPARE(graph->data()->at(graph->dataCount() - 1)->key,
                 double(log.back().diagnostics.epoch));
    };
    inspector->inspectUnit(0, 2);
    inspector->showSnapshot(snapshot, log);
    drawsBounded(inspector->activityHistoryGraph());
    inspector->inspectLayer(0);
    inspector->showSnapshot(snapshot, log);
    drawsBounded(inspector->deadCountGraph());
}

QTEST_MAIN(TestUnitInspector)
#include "tst_unitinspector.moc"
