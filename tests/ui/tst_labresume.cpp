// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The lab's saved sessions and autosaves carry the run's state: a session saved from the lab and
// reopened, or autosaved while training and restored in a new lab, goes on with the same log
// rows, digit for digit, as a lab that trained on without stopping.
#include "io/sessionfile.h"
#include "ui/autosave.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"
#include "ui/networklab/traininglog.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace ReluLab;

namespace {

// Minibatches with Adam and a step schedule: every part of the state matters.
Session labSession(NetworkLabWorkspace &lab, Core::Dtype dtype)
{
    Session session = lab.currentSession();
    session.weights.reset();
    session.state.reset();
    Core::TrainingConfig &c = session.config;
    c.data.name = "moons";
    c.data.samples = 120;
    c.data.seed = 4;
    c.network.hidden = {8, 6};
    c.network.activations = {Core::LayerActivation{"relu", {}}};
    c.network.dtype = dtype;
    c.optimizer.kind = Core::OptimizerKind::Adam;
    c.optimizer.learningRate = 0.01;
    c.optimizer.schedule = Core::ScheduleKind::Step;
    c.optimizer.stepSize = 2;
    c.optimizer.gamma = 0.5;
    c.batchSize = 16;
    c.seed = 9;
    return session;
}

// The log's rows by epoch.
QMap<int, QString> rowsByEpoch(const NetworkLabWorkspace &lab)
{
    QMap<int, QString> rows;
    const QStringList lines = lab.log().toCsv().trimmed().split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(1))
        rows.insert(line.section(QLatin1Char(','), 0, 0).toInt(), line);
    return rows;
}

// Trains until `epochs` are complete and the run has stopped there.
bool trainTo(NetworkLabWorkspace &lab, int epochs)
{
    lab.controlBar()->setStopAfterEpochs(epochs);
    lab.play();
    return QTest::qWaitFor(
        [&] {
        return !lab.controller()->isPlaying()
               && lab.controller()->lastSnapshot().diagnostics.epoch >= epochs;
        },
        60000);
}

int savedEpoch(const Session &session)
{
    return session.state ? session.state->epoch : -1;
}

} // namespace

class TestLabResume : public QObject
{
    Q_OBJECT

private slots:
    void savedSessionContinues_data();
    void savedSessionContinues();
    void autosaveWhileTrainingContinues();
};

void TestLabResume::savedSessionContinues_data()
{
    QTest::addColumn<int>("dtype");
    QTest::newRow("f32") << int(Core::Dtype::F32);
    QTest::newRow("f64") << int(Core::Dtype::F64);
}

void TestLabResume::savedSessionContinues()
{
    QFETCH(int, dtype);
    const int n = 2;
    const int m = 3;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lab.json"));

    NetworkLabWorkspace whole;
    QVERIFY(whole.restoreSession(labSession(whole, Core::Dtype(dtype))));
    QVERIFY(trainTo(whole, n + m));
    const QMap<int, QString> expected = rowsByEpoch(whole);

    NetworkLabWorkspace first;
    QVERIFY(first.restoreSession(labSession(first, Core::Dtype(dtype))));
    QVERIFY(trainTo(first, n));
    QString error;
    QVERIFY2(first.saveSession(file, &error), qPrintable(error));
    const ReadResult<Session> saved = SessionFile::read(file);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    QCOMPARE(saved->formatVersion, 2);
    QCOMPARE(savedEpoch(saved.value()), n);

    NetworkLabWorkspace reopened;
    QVERIFY2(reopened.openSession(file, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(reopened.controller()->lastSnapshot().diagnostics.epoch, n, 10000);
    QVERIFY(trainTo(reopened, n + m));
    const QMap<int, QString> got = rowsByEpoch(reopened);
    // The log starts where the run stopped (no row of the fresh network built before it).
    QCOMPARE(got.firstKey(), n);
    for (int epoch = n; epoch <= n + m; ++epoch)
        QCOMPARE(got.value(epoch), expected.value(epoch));
}

// The autosave fires while training, possibly between two minibatches; the restored lab goes on
// from exactly there (the window restores with the same restoreSession()).
void TestLabResume::autosaveWhileTrainingContinues()
{
    QTemporaryDir dir;
    Session autosaved;
    {
        NetworkLabWorkspace lab;
        QVERIFY(lab.restoreSession(labSession(lab, Core::Dtype::F32)));
        lab.controlBar()->setStopAfterEpochs(0);
        lab.play();
        QTRY_VERIFY_WITH_TIMEOUT(lab.log().size() >= 3, 30000);
        Autosave autosave(dir.path());
        QVERIFY(autosave.begin());
        QString error;
        QVERIFY2(autosave.save(lab.currentSession(), &error), qPrintable(error));
        lab.pause();
        const ReadResult<Session> read = autosave.readSession();
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        autosaved = read.value();
    }
    QVERIFY(autosaved.state.has_value());
    const int epoch = savedEpoch(autosaved);
    QVERIFY(epoch >= 2);
    const int target = epoch + 3;

    NetworkLabWorkspace whole;
    QVERIFY(whole.restoreSession(labSession(whole, Core::Dtype::F32)));
    QVERIFY(trainTo(whole, target));
    const QMap<int, QString> expected = rowsByEpoch(whole);

    NetworkLabWorkspace restored;
    QVERIFY(restored.restoreSession(autosaved));
    QVERIFY(trainTo(restored, target));
    const QMap<int, QString> got = rowsByEpoch(restored);
    for (int e = epoch + 1; e <= target; ++e)
        QCOMPARE(got.value(e), expected.value(e));
}

QTEST_MAIN(TestLabResume)

#include "tst_labresume.moc"
