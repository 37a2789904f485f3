// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The history scrubber in the Network Lab: a run trained epoch by epoch is recorded; moved back
// to epoch k, the tiles, the sparsity bars and the graph show epoch k's dead, sparsity and
// revived counts, the same as `relulab scenario … --epochs N` prints in its row for epoch k and
// as the core's own run gives; a strip says a past epoch is shown; Live and Play bring the
// present back; the slider is keyboard-operable and moves only while training stands still.
#include "io/bundleddata.h"
#include "ui/networklab/historyscrubber.h"
#include "ui/networklab/networkgraphview.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/neurontilesview.h"
#include "ui/networklab/sparsityview.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"

#include "core/datasets/datasets.h"
#include "core/network/trainer.h"

#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace ReluLab;

namespace {

constexpr int epochs = 4;
const QString scenario = QStringLiteral("high_learning_rate");

/// `relulab scenario ID --epochs N` as a table: header, then one row per epoch 0..N.
std::vector<QStringList> cliRows()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RELULAB_BINARY_DIR "/bin/relulab"),
                  {QStringLiteral("scenario"), scenario, QStringLiteral("--epochs"),
                   QString::number(epochs)});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    std::vector<QStringList> rows;
    const QStringList lines
        = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    for (const QString &line : lines)
        rows.push_back(line.trimmed().split(QLatin1Char(',')));
    return rows;
}

/// The epochs at which a dashed marker stands on a chart (visible ones only).
std::vector<double> markedEpochs(QCustomPlot *plot)
{
    std::vector<double> marked;
    for (int i = 0; i < plot->itemCount(); ++i) {
        const auto *line = qobject_cast<QCPItemStraightLine *>(plot->item(i));
        if (line && line->visible())
            marked.push_back(line->point1->coords().x());
    }
    return marked;
}

bool agrees(double a, double b)
{
    return std::abs(a - b) <= 1e-9 + 1e-6 * std::abs(b);
}

} // namespace

class TestHistoryScrubber : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsAtAnEpochMatchTheCli_data();
    void countsAtAnEpochMatchTheCli();
    void liveAndPlayReturnToThePresent();
    void aReopenedRunStartsItsOwnHistory();
    void keysMoveTheSlider();
    void midEpochMomentsReadAsDecimals();

private:
    NetworkLabWorkspace *m_lab = nullptr;
    std::vector<QStringList> m_cli;
    std::vector<Core::Diagnostics> m_core; ///< the core's own run, epochs 0..N
    std::vector<UnitFates> m_coreFates;    ///< its fates after each epoch
};

// One run of the scenario, epoch by epoch (Step), so that every epoch is a moment.
void TestHistoryScrubber::initTestCase()
{
    m_lab = new NetworkLabWorkspace;
    m_lab->resize(1280, 800);
    m_lab->show();
    m_lab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_lab));
    QVERIFY(m_lab->chooseScenario(scenario));
    QTRY_VERIFY_WITH_TIMEOUT(m_lab->controller()->hasSnapshot(), 30000);
    for (int e = 1; e <= epochs; ++e) {
        m_lab->controller()->stepEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->controller()->lastSnapshot().diagnostics.epoch == e
                                     && !m_lab->controller()->lastSnapshot().progressOnly,
                                 60000);
    }
    QTRY_COMPARE(m_lab->historyScrubber()->history().size(), epochs + 1);

    m_cli = cliRows();
    QCOMPARE(int(m_cli.size()), epochs + 2); // header + epochs 0..N

    const Core::TrainingConfig config = m_lab->configuration();
    Core::Expected<Core::DataSplit> split = Core::makeDataSplit(config.data, bundledDataSources());
    QVERIFY(split);
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, *split);
    QVERIFY(trainer);
    UnitFates fates;
    fates.record(trainer->initialDiagnostics());
    m_core.push_back(trainer->evaluate());
    m_coreFates.push_back(fates);
    for (int e = 1; e <= epochs; ++e) {
        QVERIFY(trainer->trainEpoch());
        m_core.push_back(trainer->evaluate());
        fates.record(m_core.back());
        m_coreFates.push_back(fates);
    }
    // Units die in this run: the counts of a past epoch differ from the present's.
    bool changed = false;
    for (std::size_t k = 0; k < m_core.front().layers.size(); ++k)
        changed = changed
                  || m_core.front().layers[k].deadUnits != m_core.back().layers[k].deadUnits;
    QVERIFY2(changed, "the scenario kills units in training");
}

void TestHistoryScrubber::countsAtAnEpochMatchTheCli_data()
{
    QTest::addColumn<int>("epoch");
    for (int e = 0; e < epochs; ++e) // the last epoch is the live run itself
        QTest::addRow("epoch %d", e) << e;
}

void TestHistoryScrubber::countsAtAnEpochMatchTheCli()
{
    QFETCH(int, epoch);
    HistoryScrubber *scrubber = m_lab->historyScrubber();
    const int index = scrubber->history().indexOfEpoch(epoch);
    QVERIFY(index >= 0);
    scrubber->slider()->setValue(index);
    QCOMPARE(scrubber->shownIndex(), index);
    QVERIFY(!scrubber->isLive());
    QVERIFY(scrubber->indicatorText().contains(QString::number(epoch)));
    QVERIFY(scrubber->findChild<QWidget *>(QStringLiteral("historyIndicator"))->isVisible());
    // The sparsity history marks the epoch shown.
    QCOMPARE(markedEpochs(m_lab->sparsityView()->historyPlot()),
             std::vector<double>{double(epoch)});

    const QStringList header = m_cli.front();
    const QStringList row = m_cli[std::size_t(epoch) + 1];
    QCOMPARE(row.at(int(header.indexOf(QStringLiteral("epoch")))), QString::number(epoch));
    const Core::Diagnostics &recorded = scrubber->history().diagnosticsAt(index);
    const std::vector<double> bars = m_lab->sparsityView()->barValues();
    QCOMPARE(int(bars.size()), int(recorded.layers.size()));
    for (int k = 0; k < int(recorded.layers.size()); ++k) {
        const QString n = QString::number(k + 1);
        const int dead = row.at(int(header.indexOf(QStringLiteral("dead_") + n))).toInt();
        const double sparsity
            = row.at(int(header.indexOf(QStringLiteral("sparsity_") + n))).toDouble();
        const int revived = row.at(int(header.indexOf(QStringLiteral("revived_") + n))).toInt();
        const Core::LayerDiagnostics &core = m_core[std::size_t(epoch)].layers[std::size_t(k)];
        // The CLI, the core's run and the moment agree...
        QCOMPARE(dead, core.deadUnits);
        QCOMPARE(revived, core.revivedUnits);
        QVERIFY(std::abs(sparsity - core.sparsity) < 1e-6);
        QCOMPARE(recorded.layers[std::size_t(k)].deadUnits, dead);
        QCOMPARE(recorded.layers[std::size_t(k)].revivedUnits, revived);
        QVERIFY(agrees(recorded.layers[std::size_t(k)].sparsity, core.sparsity));
        // ... and so do the views.
        QVERIFY2(m_lab->tilesView()->deadCountText(k).contains(
                     QStringLiteral(": %1 / %2 dead").arg(dead).arg(core.units)),
                 qPrintable(m_lab->tilesView()->deadCountText(k)));
        QVERIFY(agrees(bars[std::size_t(k)], 100.0 * core.sparsity));
        const UnitFates &expected = m_coreFates[std::size_t(epoch)];
        const UnitFates &shown = m_lab->graphView()->fates();
        for (UnitFate fate :
             {UnitFate::Alive, UnitFate::BornDead, UnitFate::Died, UnitFate::Revived})
            QCOMPARE(shown.count(k, fate), expected.count(k, fate));
    }
}

void TestHistoryScrubber::liveAndPlayReturnToThePresent()
{
    HistoryScrubber *scrubber = m_lab->historyScrubber();
    const Core::Diagnostics live = m_lab->controller()->lastSnapshot().diagnostics;
    const auto liveText = [&] { return m_lab->tilesView()->deadCountText(0); };
    const QString present
        = QStringLiteral(": %1 / %2 dead").arg(live.layers[0].deadUnits).arg(live.layers[0].units);
    scrubber->slider()->setValue(0);
    QVERIFY(!scrubber->isLive());
    QVERIFY(scrubber->liveButton()->isEnabled());
    QTest::mouseClick(scrubber->liveButton(), Qt::LeftButton);
    QVERIFY(scrubber->isLive());
    QVERIFY(scrubber->indicatorText().isEmpty());
    QVERIFY(!scrubber->liveButton()->isEnabled());
    QVERIFY(markedEpochs(m_lab->sparsityView()->historyPlot()).empty());
    QVERIFY2(liveText().contains(present), qPrintable(liveText()));
    QCOMPARE(scrubber->slider()->value(), scrubber->history().size() - 1);

    // Play returns to the present too, and the slider stands still while training runs.
    scrubber->slider()->setValue(1);
    QVERIFY(!scrubber->isLive());
    m_lab->controlBar()->setStopAfterEpochs(epochs + 1);
    m_lab->play();
    QTRY_VERIFY(scrubber->isLive());
    QTRY_VERIFY_WITH_TIMEOUT(m_lab->controller()->lastSnapshot().diagnostics.epoch == epochs + 1
                                 && !m_lab->controller()->isPlaying(),
                             60000);
    QTRY_VERIFY(scrubber->slider()->isEnabled());
    QCOMPARE(scrubber->history().epochAt(scrubber->history().size() - 1), epochs + 1);
}

// A session reopened: the history starts at the epoch the run stopped at, without the fresh
// network built before its weights arrived.
void TestHistoryScrubber::aReopenedRunStartsItsOwnHistory()
{
    const Session session = m_lab->currentSession();
    NetworkLabWorkspace other;
    QVERIFY(other.restoreSession(session));
    QTRY_VERIFY_WITH_TIMEOUT(other.controller()->hasSnapshot()
                                 && other.controller()->lastSnapshot().step > 0,
                             30000);
    const SnapshotHistory &history = other.historyScrubber()->history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.epochAt(0), epochs + 1);
    QVERIFY(!other.historyScrubber()->slider()->isEnabled());
}

void TestHistoryScrubber::keysMoveTheSlider()
{
    HistoryScrubber *scrubber = m_lab->historyScrubber();
    QSlider *slider = scrubber->slider();
    QVERIFY(!slider->accessibleName().isEmpty());
    QVERIFY(slider->isEnabled());
    slider->setFocus();
    const int latest = scrubber->history().size() - 1;
    const int epochBefore = m_lab->controller()->lastSnapshot().diagnostics.epoch;
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(scrubber->shownIndex(), 0);
    QTest::keyClick(slider, Qt::Key_Right); // the slider's, not the lab's "train one epoch"
    QCOMPARE(scrubber->shownIndex(), 1);
    QTest::keyClick(slider, Qt::Key_Left);
    QCOMPARE(scrubber->shownIndex(), 0);
    QTest::keyClick(slider, Qt::Key_End);
    QVERIFY(scrubber->isLive());
    QCOMPARE(slider->value(), latest);
    QTest::qWait(100);
    QCOMPARE(m_lab->controller()->lastSnapshot().diagnostics.epoch, epochBefore);
    delete m_lab;
    m_lab = nullptr;
}

// A moment part way through an epoch (a pause at a limited speed) says how far: 7 epochs and 4
// of 8 minibatches are 7.50 epochs; the strip names it and the present.
void TestHistoryScrubber::midEpochMomentsReadAsDecimals()
{
    QLocale::setDefault(QLocale::c());
    HistoryScrubber scrubber(nullptr, {});
    const auto moment = [](int epoch, int stepInEpoch) {
        TrainingSnapshot s;
        s.generation = 1;
        s.epoch = epoch;
        s.stepInEpoch = stepInEpoch;
        s.stepsPerEpoch = 8;
        s.step = 8 * epoch + stepInEpoch;
        return s;
    };
    scrubber.record(moment(0, 0));
    scrubber.record(moment(7, 4));
    scrubber.record(moment(9, 0));
    QCOMPARE(scrubber.momentText(0), QStringLiteral("0"));
    QCOMPARE(scrubber.momentText(1), QStringLiteral("7.50"));
    QCOMPARE(scrubber.momentText(2), QStringLiteral("9"));
    QVERIFY(scrubber.slider()->isEnabled());
    scrubber.showMoment(1);
    QCOMPARE(scrubber.shownIndex(), 1);
    QVERIFY(scrubber.indicatorText().contains(QStringLiteral("7.50")));
    QVERIFY(scrubber.indicatorText().contains(QStringLiteral("9")));
    // Training again: the slider stands still at the present.
    scrubber.setPlaying(true);
    QVERIFY(scrubber.isLive());
    QVERIFY(!scrubber.slider()->isEnabled());
    QVERIFY(scrubber.indicatorText().isEmpty());
}

QTEST_MAIN(TestHistoryScrubber)
#include "tst_historyscrubber.moc"
