// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "io/bundleddata.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/networkpanel.h"
#include "ui/networklab/neurontilesview.h"
#include "ui/networklab/preluview.h"
#include "ui/networklab/sparsityview.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"

#include "core/datasets/datasets.h"
#include "core/network/trainer.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <cmath>
#include <memory>

using ReluLab::Testing::isClose;

using namespace ReluLab;

namespace {} // namespace

class TestNetworkLab : public QObject
{
    Q_OBJECT

private slots:
    void scenarioMatchesCore_data();
    void scenarioMatchesCore();
    void bornDeadIsAnnounced();
    void preluTabFollowsTheNetwork();
    void closingWhileTrainingReturns();
    void logHasOneRowPerEpoch();
    void divergenceIsAnnounced_data();
    void divergenceIsAnnounced();
};

void TestNetworkLab::scenarioMatchesCore_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("epochs");
    QTest::newRow("negative bias, 3 epochs") << QStringLiteral("negative_bias") << 3;
    QTest::newRow("half active, 2 epochs") << QStringLiteral("half_active") << 2;
    QTest::newRow("why non-linear, 4 epochs") << QStringLiteral("why_nonlinear") << 4;
}

void TestNetworkLab::scenarioMatchesCore()
{
    QFETCH(QString, scenario);
    QFETCH(int, epochs);
    NetworkLabWorkspace lab;
    lab.resize(1280, 800);
    lab.show();
    QVERIFY(lab.chooseScenario(scenario));
    lab.controlBar()->setStopAfterEpochs(epochs);
    lab.play();
    // Training stops by itself after `epochs` epochs (the stop-after setting).
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot() && !lab.controller()->isPlaying()
                                 && lab.controller()->lastSnapshot().diagnostics.epoch == epochs,
                             8000);

    // The same run computed directly by the core, independently of the worker thread.
    const Core::TrainingConfig config = lab.configuration();
    Core::Expected<Core::DataSplit> split = Core::makeDataSplit(config.data, bundledDataSources());
    QVERIFY(split.hasValue());
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, *split);
    QVERIFY(trainer.hasValue());
    for (int e = 0; e < epochs; ++e)
        QVERIFY(trainer->trainEpoch());
    const Core::Diagnostics core = trainer->evaluate();
    QCOMPARE(core.epoch, epochs);

    const std::vector<double> bars = lab.sparsityView()->barValues();
    QCOMPARE(int(bars.size()), int(core.layers.size()));
    QCOMPARE(lab.tilesView()->layerCount(), int(core.layers.size()));
    for (size_t k = 0; k < core.layers.size(); ++k) {
        const Core::LayerDiagnostics &layer = core.layers[k];
        const QString expected
            = QStringLiteral("%1 / %2 dead").arg(layer.deadUnits).arg(layer.units);
        const QString shown = lab.tilesView()->deadCountText(int(k));
        QVERIFY2(shown.contains(expected), qPrintable(shown + QStringLiteral(" vs ") + expected));
        QVERIFY2(isClose(bars[k], 100.0 * layer.sparsity, 1e-9, 1e-12),
                 qPrintable(QStringLiteral("layer %1: bar %2, core %3")
                                .arg(k + 1)
                                .arg(bars[k])
                                .arg(100.0 * layer.sparsity)));
    }
}

void TestNetworkLab::bornDeadIsAnnounced()
{
    NetworkLabWorkspace lab;
    QVERIFY(lab.chooseScenario(QStringLiteral("negative_bias")));
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot(), 5000);
    const Core::Diagnostics &initial = lab.controller()->lastSnapshot().initial;
    QVERIFY(initial.networkDead);
    QVERIFY2(lab.bannerText().contains(QStringLiteral("Born dead")), qPrintable(lab.bannerText()));
    QVERIFY(!lab.chooseScenario(QStringLiteral("no_such_scenario")));
}

// The PReLU slope tab is there only while a hidden layer uses PReLU: it appears when the user
// picks PReLU during training and goes with the next scenario without one.
void TestNetworkLab::preluTabFollowsTheNetwork()
{
    NetworkLabWorkspace lab;
    QVERIFY(lab.chooseScenario(QStringLiteral("negative_bias")));
    auto *prelu = lab.findChild<PreluView *>();
    QVERIFY(prelu);
    QTabWidget *tabs = nullptr;
    for (QTabWidget *candidate : lab.findChildren<QTabWidget *>()) {
        if (candidate->indexOf(prelu) >= 0)
            tabs = candidate;
    }
    QVERIFY(tabs);
    const int index = tabs->indexOf(prelu);
    QVERIFY(!tabs->isTabVisible(index));

    QComboBox *activation = nullptr;
    for (QComboBox *combo : lab.findChild<NetworkPanel *>()->findChildren<QComboBox *>()) {
        if (!activation && combo->findData(QStringLiteral("prelu")) >= 0)
            activation = combo;
    }
    QVERIFY(activation);
    activation->setCurrentIndex(activation->findData(QStringLiteral("prelu")));
    QVERIFY(tabs->isTabVisible(index));

    QVERIFY(lab.chooseScenario(QStringLiteral("half_active")));
    QVERIFY(!tabs->isTabVisible(index));
}

void TestNetworkLab::closingWhileTrainingReturns()
{
    auto lab = std::make_unique<NetworkLabWorkspace>();
    lab->show();
    QVERIFY(lab->chooseScenario(QStringLiteral("half_active")));
    lab->controlBar()->setStopAfterEpochs(0);
    lab->play();
    QTRY_VERIFY_WITH_TIMEOUT(lab->controller()->isPlaying(), 5000);
    // Mid-run: some epochs are done and more are coming.
    QTRY_VERIFY_WITH_TIMEOUT(lab->log().size() >= 3, 10000);
    QVERIFY(lab->controller()->isPlaying());
    // The controller stops the worker and joins its thread; a hang here fails by ctest's
    // timeout. How fast it returns is measured by bench_ui_networklab, not asserted.
    lab.reset();
}

void TestNetworkLab::logHasOneRowPerEpoch()
{
    NetworkLabWorkspace lab;
    QVERIFY(lab.chooseScenario(QStringLiteral("half_active")));
    lab.controlBar()->setStopAfterEpochs(3);
    lab.play();
    QTRY_VERIFY_WITH_TIMEOUT(lab.log().size() == 4 && !lab.controller()->isPlaying(), 8000);
    const QStringList lines = lab.log().toCsv().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5); // header + epochs 0..3
    QVERIFY(lines.front().startsWith(
        QStringLiteral("epoch,train_loss,test_loss,train_acc,test_acc,sparsity_1,sparsity_2,"
                       "dead_1,dead_2,gradnorm_1,gradnorm_2,gradnorm_3")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("0,")));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("3,")));
}

// A run that diverges says so in every dtype: the banner names the epoch and the layer, no log
// row of the diverged epoch, the session records it, and the banner's button goes on from the
// last finite weights with the learning rate ÷ 10.
void TestNetworkLab::divergenceIsAnnounced_data()
{
    QTest::addColumn<int>("dtype");
    QTest::newRow("f32") << int(Core::Dtype::F32);
    QTest::newRow("f64") << int(Core::Dtype::F64);
}

void TestNetworkLab::divergenceIsAnnounced()
{
    QFETCH(int, dtype);
    NetworkLabWorkspace lab;
    QVERIFY(lab.chooseScenario(QStringLiteral("half_active")));
    Session session = lab.currentSession();
    session.weights.reset();
    session.config.network.dtype = Core::Dtype(dtype);
    session.config.optimizer.learningRate = 10.0; // diverges; a tenth of it trains again
    session.config.epochs = 30;
    QVERIFY(lab.restoreSession(session));
    lab.controlBar()->setStopAfterEpochs(30);
    lab.play();
    QTRY_VERIFY_WITH_TIMEOUT(lab.bannerText().contains(QStringLiteral("diverged"),
                                                       Qt::CaseInsensitive),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(!lab.controller()->isPlaying(), 5000);
    QVERIFY2(lab.bannerText().contains(QStringLiteral("epoch")), qPrintable(lab.bannerText()));
    QVERIFY2(lab.bannerText().contains(QStringLiteral("layer")), qPrintable(lab.bannerText()));
    // Every logged row is finite.
    const QStringList lines = lab.log().toCsv().trimmed().split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        QVERIFY2(std::isfinite(cells.at(1).toDouble()), qPrintable(line));
    }
    const Session saved = lab.currentSession();
    QVERIFY(saved.divergence.has_value());
    QVERIFY(saved.weights.has_value());
    for (const Core::LayerWeights &layer : *saved.weights)
        QVERIFY(layer.weight.allFinite() && layer.bias.allFinite());

    auto *goBack = lab.findChild<QPushButton *>(QStringLiteral("lowerLearningRateButton"));
    QVERIFY(goBack);
    QVERIFY(!goBack->isHidden());
    const double before = lab.configuration().optimizer.learningRate;
    goBack->click();
    QVERIFY(isClose(lab.configuration().optimizer.learningRate, before / 10.0, 0.0, 1e-12));
    QTRY_VERIFY_WITH_TIMEOUT(!lab.controller()->lastSnapshot().divergence.has_value()
                                 || lab.controller()->lastSnapshot().divergence->epoch
                                        != saved.divergence->epoch
                                 || lab.controller()->isPlaying(),
                             5000);
    lab.pause();
}

QTEST_MAIN(TestNetworkLab)

#include "tst_networklab.moc"
