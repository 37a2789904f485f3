// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The Network Lab never shows a stale or misleading figure: the born-dead warning goes when the
// network comes back to life, data that cannot be used leaves no number of the previous data on
// screen and nothing to train, a CSV's task is shown and can be chosen, and the untrained
// network's accuracy says "before training".
#include "ui/networklab/curvesview.h"
#include "ui/networklab/datasetpanel.h"
#include "ui/networklab/histogramview.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/networkpanel.h"
#include "ui/networklab/neurontilesview.h"
#include "ui/networklab/sparsityview.h"
#include "ui/networklab/trainingbanner.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ReluLab;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(text);
    return path;
}

/// The lab's current session with its data replaced by the CSV file `path`, read as `task`.
Session csvSession(const NetworkLabWorkspace &lab, const QString &path,
                   Core::CsvTask task = Core::CsvTask::Auto)
{
    Session session = lab.currentSession();
    session.weights.reset();
    session.config.data.name = "csv";
    session.config.data.csvPath = path.toStdString();
    session.config.data.csvTask = task;
    session.config.data.testFraction = 0.25;
    return session;
}

bool waitForEpoch(const NetworkLabWorkspace &lab, int epoch)
{
    return QTest::qWaitFor(
        [&] {
        return lab.controller()->hasSnapshot()
               && lab.controller()->lastSnapshot().diagnostics.epoch == epoch;
        },
        10000);
}

} // namespace

class TestLabFigures : public QObject
{
    Q_OBJECT

private slots:
    void bornDeadWarningEndsWhenAlive();
    void unusableCsvLeavesNothingStale_data();
    void unusableCsvLeavesNothingStale();
    void csvTaskIsShownAndChosen_data();
    void csvTaskIsShownAndChosen();
    void untrainedAccuracySaysBeforeTraining();
};

// A born-dead ReLU network switched to Leaky ReLU mid-run passes a signal again: the banner turns
// from the warning to "alive again", and the note under each layer says how many came back.
void TestLabFigures::bornDeadWarningEndsWhenAlive()
{
    NetworkLabWorkspace lab;
    QVERIFY(lab.chooseScenario(QStringLiteral("negative_bias")));
    QVERIFY(waitForEpoch(lab, 0));
    QVERIFY(lab.controller()->lastSnapshot().initial.networkDead);
    auto *banner = lab.findChild<TrainingBanner *>();
    QVERIFY(banner);
    QCOMPARE(banner->state(), TrainingBanner::State::BornDead);
    QVERIFY(lab.tilesView()->detailText(0).contains(QStringLiteral("born dead")));

    // Every layer's activation box to Leaky ReLU (one box may set them all).
    int switched = 0;
    for (QComboBox *combo : lab.findChild<NetworkPanel *>()->findChildren<QComboBox *>()) {
        const int leaky = combo->findData(QStringLiteral("leaky_relu"));
        if (leaky >= 0) {
            combo->setCurrentIndex(leaky);
            ++switched;
        }
    }
    QVERIFY(switched > 0);
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot()
                                 && !lab.controller()->lastSnapshot().diagnostics.networkDead,
                             10000);
    QCOMPARE(banner->state(), TrainingBanner::State::AliveAgain);
    QVERIFY2(lab.bannerText().contains(QStringLiteral("Alive again")),
             qPrintable(lab.bannerText()));
    QVERIFY2(!lab.bannerText().contains(QStringLiteral("constant")), qPrintable(lab.bannerText()));
    const QString note = lab.tilesView()->detailText(0);
    QVERIFY2(note.contains(QStringLiteral("alive again now")), qPrintable(note));

    // It stays good news while the network learns.
    lab.controlBar()->step();
    QVERIFY(waitForEpoch(lab, 1));
    QCOMPARE(banner->state(), TrainingBanner::State::AliveAgain);
}

void TestLabFigures::unusableCsvLeavesNothingStale_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not a number") << QByteArray("x1,x2,label\n0.5,abc,1\n1,2,0\n") << "Row 2";
    QTest::newRow("empty file") << QByteArray() << "no data";
    QTest::newRow("one class") << QByteArray("x,label\n1,0\n2,0\n3,0\n4,0\n") << "two classes";
}

// A CSV that cannot be loaded, after a run on moons: no accuracy, loss, sparsity or histogram of
// the moons run stays, Play and Step do nothing (buttons off, keys ignored), the banner at the
// top of the centre says why; valid data brings training back.
void TestLabFigures::unusableCsvLeavesNothingStale()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), csv);
    QVERIFY(!path.isEmpty());

    NetworkLabWorkspace lab;
    QVERIFY(lab.chooseScenario(QStringLiteral("half_active")));
    const Session moons = lab.currentSession();
    lab.controlBar()->step();
    QVERIFY(waitForEpoch(lab, 1));
    QVERIFY(!lab.controlBar()->accuracyText().isEmpty());
    QVERIFY(!lab.sparsityView()->barValues().empty());
    QVERIFY(!lab.findChild<HistogramView *>()->isEmpty());

    QVERIFY(!lab.restoreSession(csvSession(lab, path)));
    QVERIFY(!lab.controlBar()->isTrainable());
    QVERIFY(!lab.findChild<QToolButton *>(QStringLiteral("playButton"))->isEnabled());
    QVERIFY(!lab.findChild<QToolButton *>(QStringLiteral("stepButton"))->isEnabled());
    QVERIFY(lab.controlBar()->accuracyText().isEmpty());
    QVERIFY(lab.controlBar()->lossText().isEmpty());
    QVERIFY(lab.sparsityView()->barValues().empty());
    QCOMPARE(lab.findChild<CurvesView *>()->epochCount(), 0);
    QVERIFY(lab.findChild<HistogramView *>()->isEmpty());
    QCOMPARE(lab.tilesView()->layerCount(), 0);
    QCOMPARE(lab.findChild<TrainingBanner *>()->state(), TrainingBanner::State::DataInvalid);
    QVERIFY2(lab.bannerText().contains(mentions), qPrintable(lab.bannerText()));

    // Play, the keys' step and the workspace's own play() train nothing: the worker has no
    // network (currentWeights() is answered after the commands before it).
    lab.controlBar()->togglePlaying();
    lab.controlBar()->step();
    lab.play();
    QVERIFY(lab.controller()->currentWeights().empty());
    QCoreApplication::processEvents();
    QVERIFY(!lab.controller()->hasSnapshot());
    QCOMPARE(lab.log().size(), 0);
    QVERIFY(lab.controlBar()->accuracyText().isEmpty());

    QVERIFY(lab.restoreSession(moons));
    QVERIFY(lab.controlBar()->isTrainable());
    QVERIFY(waitForEpoch(lab, 0));
    QVERIFY(lab.bannerText().isEmpty());
}

void TestLabFigures::csvTaskIsShownAndChosen_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("task");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("autoText");
    QTest::addColumn<int>("trainedAs");
    const QByteArray classes = "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n0.5,0.5,1\n0.2,0.9,0\n";
    const QByteArray targets = "x,y\n-1,0.25\n0,1\n1,2.5\n2,3.75\n3,4\n4,4.5\n";
    const int classification = int(Core::Task::Classification);
    const int regression = int(Core::Task::Regression);
    QTest::newRow("classes, auto")
        << classes << int(Core::CsvTask::Auto) << true << "Auto: classification" << classification;
    QTest::newRow("classes as targets") << classes << int(Core::CsvTask::Regression) << true
                                        << "Auto: classification" << regression;
    QTest::newRow("targets, auto")
        << targets << int(Core::CsvTask::Auto) << true << "Auto: regression" << regression;
    QTest::newRow("targets as classes")
        << targets << int(Core::CsvTask::Classification) << false << "Auto: regression" << -1;
}

// The data panel's Task box: Auto names what it detected, the choice decides how the file is
// read, real labels are refused for classification with a message (never nan accuracy), and the
// choice is part of the session.
void TestLabFigures::csvTaskIsShownAndChosen()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, task);
    QFETCH(bool, valid);
    QFETCH(QString, autoText);
    QFETCH(int, trainedAs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("data.csv"), csv);

    NetworkLabWorkspace lab;
    lab.show();
    auto *box = lab.findChild<QComboBox *>(QStringLiteral("csvTaskBox"));
    QVERIFY(box);
    QVERIFY(!box->isVisibleTo(&lab)); // moons: its task is part of the generator

    QVERIFY(lab.restoreSession(csvSession(lab, path))); // auto reads both files
    QVERIFY(box->isVisibleTo(&lab));
    QCOMPARE(box->itemText(0), autoText);
    QCOMPARE(box->currentIndex(), 0);

    // Chosen in the box, as a user does.
    box->setCurrentIndex(box->findData(task));
    auto *panel = lab.findChild<DatasetPanel *>();
    QCOMPARE(panel->isValid(), valid);
    QVERIFY(lab.configuration().data.csvTask == Core::CsvTask(task));
    QVERIFY(lab.currentSession().config.data.csvTask == Core::CsvTask(task));
    QCOMPARE(box->itemText(0), autoText); // the detection does not follow the choice
    if (!valid) {
        QVERIFY2(lab.bannerText().contains(QStringLiteral("not a whole number")),
                 qPrintable(lab.bannerText()));
        QVERIFY(!lab.controlBar()->isTrainable());
        return;
    }
    QCOMPARE(int(panel->split().train.task), trainedAs);
    QVERIFY(waitForEpoch(lab, 0));
    const QString accuracy = lab.controlBar()->accuracyText();
    QVERIFY2(!accuracy.contains(QStringLiteral("nan")), qPrintable(accuracy));
    QCOMPARE(accuracy.isEmpty(), trainedAs == int(Core::Task::Regression));
}

// Epoch 0 is the untrained network: its accuracy is labelled as such, and from the first
// epoch on it is a result.
void TestLabFigures::untrainedAccuracySaysBeforeTraining()
{
    NetworkLabWorkspace lab;
    QVERIFY(lab.chooseScenario(QStringLiteral("half_active")));
    QVERIFY(waitForEpoch(lab, 0));
    QVERIFY2(lab.controlBar()->accuracyText().startsWith(
                 QStringLiteral("Before training: accuracy")),
             qPrintable(lab.controlBar()->accuracyText()));
    lab.controlBar()->step();
    QVERIFY(waitForEpoch(lab, 1));
    QVERIFY2(lab.controlBar()->accuracyText().startsWith(QStringLiteral("Test accuracy")),
             qPrintable(lab.controlBar()->accuracyText()));
}

QTEST_MAIN(TestLabFigures)

#include "tst_labfigures.moc"
