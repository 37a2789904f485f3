// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// One training log: the lab's File ▸ Export training log and `relulab scenario` / `relulab train`
// write the same columns in the same order (both go through io's TrainingLogWriter), for the
// same run the same epochs.

#include "io/traininglogwriter.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ReluLab;

namespace {

QStringList csvLines(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().split(QLatin1Char('\n'));
}

QStringList relulabLines(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RELULAB_BINARY_DIR "/bin/relulab"), arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {QString::fromUtf8(process.readAllStandardError())};
    return csvLines(process.readAllStandardOutput());
}

} // namespace

class TestTrainingLogColumns final : public QObject
{
    Q_OBJECT

private slots:
    void guiExportAndCliAgree()
    {
        NetworkLabWorkspace lab;
        QVERIFY(lab.chooseScenario(QStringLiteral("half_active")));
        lab.controlBar()->setStopAfterEpochs(2);
        lab.play();
        QTRY_VERIFY_WITH_TIMEOUT(lab.log().size() == 3 && !lab.controller()->isPlaying(), 20000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.csv"));
        QString error;
        QVERIFY2(lab.exportLog(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList gui = csvLines(file.readAll());

        const QStringList cli = relulabLines({QStringLiteral("scenario"),
                                              QStringLiteral("half_active"),
                                              QStringLiteral("--epochs"), QStringLiteral("2")});
        QCOMPARE(cli.size(), 4); // header + epochs 0..2
        QCOMPARE(gui.size(), 4);
        QCOMPARE(gui.front(), cli.front());
        QCOMPARE(gui.front(), TrainingLogWriter::csvHeader(2));
        QVERIFY(gui.front().endsWith(
            QStringLiteral(",learning_rate,inactive_1,inactive_2,revived_1,revived_2")));
        // Every row has a cell per column, and the same epochs.
        const qsizetype columns = gui.front().split(QLatin1Char(',')).size();
        for (qsizetype i = 1; i < gui.size(); ++i) {
            QCOMPARE(gui.at(i).split(QLatin1Char(',')).size(), columns);
            QCOMPARE(cli.at(i).split(QLatin1Char(',')).size(), columns);
            QCOMPARE(gui.at(i).section(QLatin1Char(','), 0, 0), QString::number(i - 1));
            QCOMPARE(cli.at(i).section(QLatin1Char(','), 0, 0), QString::number(i - 1));
        }
        // Before training both runs are the scenario's seed: the same numbers.
        QCOMPARE(gui.at(1), cli.at(1));
    }
};

QTEST_MAIN(TestTrainingLogColumns)
#include "tst_traininglogcolumns.moc"
