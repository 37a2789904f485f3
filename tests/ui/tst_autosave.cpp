// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Autosave and crash restore. The interesting cases need a process that dies
// without warning, so this executable is also its own victim: started with
// RELULAB_AUTOSAVE_CHILD=<mode> it becomes a child that holds the autosave lock and saves in a
// loop until the test kills it with SIGKILL.
#include "core/datasets/datasets.h"
#include "core/network/initialisers.h"
#include "core/random.h"
#include "io/sessionfile.h"
#include "ui/autosave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace ReluLab;

namespace {

constexpr char childVariable[] = "RELULAB_AUTOSAVE_CHILD";
constexpr char directoryVariable[] = "RELULAB_AUTOSAVE_DIR";

// Two sessions told apart by their constant weights. Wide layers make each file about 2 MB, so
// a save takes long enough for a kill to land in the middle of it.
Session sessionFilledWith(double value)
{
    Session session;
    session.config.network.hidden = {256, 256};
    session.title = QStringLiteral("autosave %1").arg(value);
    Core::Rng rng(7);
    std::vector<Core::LayerWeights> weights = Core::initialWeights({2, 256, 256, 2},
                                                                   Core::InitScheme::HeNormal,
                                                                   Core::BiasInit{}, rng);
    for (Core::LayerWeights &layer : weights) {
        layer.weight.setConstant(value);
        layer.bias.setConstant(value);
    }
    session.weights = std::move(weights);
    return session;
}

// The child: take the lock, then save A, B, A, B ... forever ("saveloop"), or save once and
// finish cleanly ("clean"), or save once and wait to be killed ("crash").
int runChild(const QString &mode)
{
    Autosave autosave(qEnvironmentVariable(directoryVariable));
    if (!autosave.begin())
        return 3;
    const Session sessions[2] = {sessionFilledWith(0.25), sessionFilledWith(-0.5)};
    QString error;
    if (!autosave.save(sessions[0], &error))
        return 4;
    std::puts("saved");
    std::fflush(stdout);
    if (mode == QLatin1String("clean")) {
        autosave.finish();
        return 0;
    }
    for (int i = 1;; ++i) {
        if (mode == QLatin1String("saveloop"))
            autosave.save(sessions[i % 2], &error);
        else
            QThread::msleep(10);
    }
}

} // namespace

class TestAutosave final : public QObject
{
    Q_OBJECT

private:
    // Starts a child in `mode` on `directory` and waits for its first complete save.
    static void startChild(QProcess &child, const QString &mode, const QString &directory)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childVariable), mode);
        environment.insert(QString::fromLatin1(directoryVariable), directory);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QVERIFY(child.waitForReadyRead(30'000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("saved"));
    }

    static double firstWeight(const Session &session)
    {
        return session.weights->front().weight(0, 0);
    }

private slots:
    void freshDirectoryHasNothingToRestore()
    {
        QTemporaryDir directory;
        Autosave autosave(directory.path());
        QVERIFY(autosave.begin());
        QVERIFY(autosave.ownsAutosave());
        QVERIFY(!autosave.previousRunCrashed());
        QVERIFY(!autosave.hasSession());
    }

    void savedSessionReadsBack()
    {
        QTemporaryDir directory;
        Autosave autosave(directory.path());
        QVERIFY(autosave.begin());
        QString error;
        QVERIFY2(autosave.save(sessionFilledWith(0.25), &error), qPrintable(error));
        const ReadResult<Session> session = autosave.readSession();
        QVERIFY2(session.ok(), qPrintable(session.errorString()));
        QCOMPARE(session->config.network.hidden, (std::vector<int>{256, 256}));
        QCOMPARE(firstWeight(session.value()), 0.25);
    }

    void secondInstanceDoesNotAutosave()
    {
        QTemporaryDir directory;
        Autosave first(directory.path());
        QVERIFY(first.begin());
        Autosave second(directory.path());
        QVERIFY(!second.begin());
        QVERIFY(!second.ownsAutosave());
        QString error;
        QVERIFY(!second.save(sessionFilledWith(1.0), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!first.hasSession());
    }

    void cleanExitIsNotACrash()
    {
        QTemporaryDir directory;
        QProcess child;
        startChild(child, QStringLiteral("clean"), directory.path());
        QVERIFY(child.waitForFinished(30'000));
        QCOMPARE(child.exitCode(), 0);
        Autosave next(directory.path());
        QVERIFY(next.begin());
        QVERIFY(next.hasSession());
        QVERIFY(!next.previousRunCrashed());
    }

    void killedRunOffersRestore()
    {
        QTemporaryDir directory;
        QProcess child;
        startChild(child, QStringLiteral("crash"), directory.path());
        child.kill(); // SIGKILL: no destructor, no unlock
        QVERIFY(child.waitForFinished(30'000));
        Autosave next(directory.path());
        QVERIFY(next.begin());
        QVERIFY(next.previousRunCrashed());
        const ReadResult<Session> session = next.readSession();
        QVERIFY2(session.ok(), qPrintable(session.errorString()));
        QCOMPARE(firstWeight(session.value()), 0.25);
        next.finish();
        // Once a run has ended cleanly the question is not asked again.
        Autosave after(directory.path());
        QVERIFY(after.begin());
        QVERIFY(!after.previousRunCrashed());
    }

    // Kill the child at random moments while it saves in a loop: the file must always be the
    // complete old or the complete new session (QSaveFile writes a temporary and renames).
    void killDuringSaveLeavesOldOrNew()
    {
        QRandomGenerator random(20261123);
        for (int round = 0; round < 30; ++round) {
            QTemporaryDir directory;
            QProcess child;
            startChild(child, QStringLiteral("saveloop"), directory.path());
            QThread::msleep(random.bounded(2, 60));
            child.kill();
            QVERIFY(child.waitForFinished(30'000));
            Autosave next(directory.path());
            QVERIFY(next.begin());
            QVERIFY(next.previousRunCrashed());
            const ReadResult<Session> session = next.readSession();
            QVERIFY2(session.ok(),
                     qPrintable(
                         QStringLiteral("round %1: %2").arg(round).arg(session.errorString())));
            const double value = firstWeight(session.value());
            QVERIFY2(value == 0.25 || value == -0.5, qPrintable(QString::number(value)));
            // Nothing but the session and the lock is left in the directory.
            const QStringList files = QDir(directory.path()).entryList(QDir::Files | QDir::Hidden);
            QVERIFY2(files.size() <= 2, qPrintable(files.join(QLatin1Char(' '))));
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString mode = qEnvironmentVariable(childVariable);
    if (!mode.isEmpty())
        return runChild(mode);
    TestAutosave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
