// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The main window's file handling and memory: File ▸ Open / Save / Open
// recent, the autosave it drives, a bad file that leaves the session intact, and the window
// geometry and layout that survive a restart.
#include "ui/autosave.h"
#include "ui/explorer/explorerwidget.h"
#include "ui/mainwindow.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/trainingcontroller.h"
#include "ui/sessionactions.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ReluLab;

namespace {

// Answers the next modal message box (a warning) and hands back its text.
class MessageBoxCatcher final : public QObject
{
public:
    MessageBoxCatcher()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_text = box->text();
                box->reject();
                m_timer.stop();
            }
        });
        m_timer.start();
    }
    QString text() const { return m_text; }

private:
    QTimer m_timer;
    QString m_text;
};

QList<QAction *> menuActions(QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            actions << action;
    }
    return actions;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString path(const QString &name) const { return m_directory.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReluLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_directory.isValid());
    }

    void init() { QSettings().clear(); }

    void fileMenuHasSessionActions()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        auto *open = window.findChild<QAction *>(QStringLiteral("openSessionAction"));
        auto *save = window.findChild<QAction *>(QStringLiteral("saveSessionAction"));
        QVERIFY(open && save);
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        QMenu *file = window.menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(open));
        QVERIFY(file->actions().contains(save));
        QVERIFY(file->actions().contains(window.sessions()->recentMenu()->menuAction()));
    }

    // "Copy plot image" says that it copied, and the message has room to be read: the readout
    // (the status bar's normal widget) steps aside while it shows.
    void copyingAPlotSaysSo()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.explorer()->copyImageAction()->trigger();
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Plot copied to the clipboard."));
        const QFontMetrics metrics(window.statusBar()->font());
        const int needed = metrics.horizontalAdvance(window.statusBar()->currentMessage());
        for (QWidget *child :
             window.statusBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (child->isVisible())
                QVERIFY2(child->geometry().left() > needed, child->metaObject()->className());
        }
    }

    void sessionNamesGetOneSuffix_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("saved");
        QTest::newRow("bare") << QStringLiteral("/tmp/run") << QStringLiteral("/tmp/run.json");
        QTest::newRow("json") << QStringLiteral("/tmp/run.json") << QStringLiteral("/tmp/run.json");
        QTest::newRow("other") << QStringLiteral("/tmp/run.txt") << QStringLiteral("/tmp/run.txt");
        QTest::newRow("dotted folder")
            << QStringLiteral("/tmp/v1.2/run") << QStringLiteral("/tmp/v1.2/run.json");
    }

    void sessionNamesGetOneSuffix()
    {
        QFETCH(QString, typed);
        QFETCH(QString, saved);
        QCOMPARE(SessionActions::withSessionSuffix(typed), saved);
    }

    void labButtonsUseTheWindowsSessionPath()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        // One Open and one Save in the File menu, and no second pair that does the same job.
        QMenu *file = window.menuBar()->actions().first()->menu();
        int sessionEntries = 0;
        for (QAction *action : file->actions())
            sessionEntries += action->text().contains(QStringLiteral("session"),
                                                      Qt::CaseInsensitive);
        QCOMPARE(sessionEntries, 2);
        QSignalSpy opened(window.networkLab(), &NetworkLabWorkspace::openSessionRequested);
        auto *button = window.networkLab()->findChild<QPushButton *>(
            QStringLiteral("openSessionButton"));
        QVERIFY(button);
        // The window answers with its file dialog: close it as soon as it shows.
        QTimer::singleShot(0, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        button->click();
        QCOMPARE(opened.count(), 1);
    }

    // The lab's Open and Save buttons and the File menu's actions are one path: each dialog
    // starts in the folder of the most recent session.
    void sessionDialogsStartInTheLastFolder_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("lab open") << QStringLiteral("openSessionButton");
        QTest::newRow("lab save") << QStringLiteral("saveSessionButton");
        QTest::newRow("menu open") << QStringLiteral("openSessionAction");
        QTest::newRow("menu save") << QStringLiteral("saveSessionAction");
    }

    void sessionDialogsStartInTheLastFolder()
    {
        QFETCH(QString, button);
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        QTemporaryDir folder;
        QVERIFY(window.sessions()->saveFile(folder.filePath(QStringLiteral("last.json"))));
        QString shownFolder;
        QTimer::singleShot(0, [&shownFolder] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                shownFolder = dialog->directory().absolutePath();
                dialog->reject();
            }
        });
        if (auto *push = window.networkLab()->findChild<QPushButton *>(button))
            push->click();
        else if (auto *action = window.findChild<QAction *>(button))
            action->trigger();
        else
            QFAIL("no such button or action");
        QCOMPARE(shownFolder, QDir(folder.path()).absolutePath());
    }

    void savedAndOpenedSessionsBecomeRecent()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        const QString first = path(QStringLiteral("first.json"));
        const QString second = path(QStringLiteral("second.json"));
        QString error;
        QVERIFY2(window.sessions()->saveFile(first), qPrintable(error));
        QVERIFY2(window.sessions()->saveFile(second), qPrintable(error));
        QVERIFY(window.sessions()->openFile(first));
        QCOMPARE(window.workspaces()->currentWidget(), window.networkLab());

        emit window.sessions()->recentMenu()->aboutToShow();
        const QList<QAction *> recent = menuActions(window.sessions()->recentMenu());
        // Most recent first, each file once, then "Clear the list".
        QVERIFY(recent.size() >= 3);
        QCOMPARE(recent.at(0)->data().toString(), first);
        QCOMPARE(recent.at(1)->data().toString(), second);
        QVERIFY(recent.at(0)->text().contains(QStringLiteral("first.json")));
        recent.last()->trigger();
        emit window.sessions()->recentMenu()->aboutToShow();
        const QList<QAction *> cleared = menuActions(window.sessions()->recentMenu());
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!cleared.first()->isEnabled());
    }

    void recentFileThatVanishedIsRemoved()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        const QString gone = path(QStringLiteral("gone.json"));
        QString error;
        QVERIFY(window.sessions()->saveFile(gone));
        QVERIFY(QFile::remove(gone));
        emit window.sessions()->recentMenu()->aboutToShow();
        QAction *entry = menuActions(window.sessions()->recentMenu()).first();
        QCOMPARE(entry->data().toString(), gone);
        MessageBoxCatcher catcher;
        entry->trigger();
        QVERIFY(catcher.text().contains(QStringLiteral("gone.json")));
        QVERIFY(!settings.recentSessions().contains(gone));
    }

    void badFileLeavesSessionIntact()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        const QString good = path(QStringLiteral("good.json"));
        QString error;
        QVERIFY(window.networkLab()->saveSession(good, &error));
        QVERIFY(window.sessions()->openFile(good));
        const std::vector<int> hidden = window.networkLab()->configuration().network.hidden;

        const QString bad = path(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "relulab-session", "version": 1, "config": {"network": )"
                   R"({"hidden": [1000000000]}}})");
        file.close();
        MessageBoxCatcher catcher;
        QVERIFY(!window.sessions()->openFile(bad));
        QVERIFY(catcher.text().contains(QStringLiteral("bad.json")));
        QVERIFY(catcher.text().contains(QStringLiteral("hidden")));
        QCOMPARE(window.networkLab()->configuration().network.hidden, hidden);
        QVERIFY(!settings.recentSessions().contains(bad));
    }

    void autosaveWritesTheCurrentSession()
    {
        QTemporaryDir data;
        Autosave autosave(data.path());
        QVERIFY(autosave.begin());
        {
            QSettings store;
            Settings settings(store);
            MainWindow window(settings);
            window.setAutosave(&autosave);
            QVERIFY(window.networkLab()->chooseScenario(QStringLiteral("negative_bias")));
            // The weights saved are those of the lab's last snapshot (the window never waits
            // for the training thread): the new network's first one.
            QTRY_VERIFY(window.networkLab()->controller()->hasSnapshot());
            QVERIFY(window.autosaveNow());
            const ReadResult<Session> saved = autosave.readSession();
            QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
            QCOMPARE(saved->config.network.hidden,
                     window.networkLab()->configuration().network.hidden);
            QCOMPARE(saved->config.network.bias.value, -3.0);
            QVERIFY(saved->weights.has_value());
            QVERIFY(QFile::remove(autosave.sessionPath()));
            window.close(); // closing saves once more
        }
        QVERIFY(autosave.hasSession());
        QVERIFY(autosave.readSession().ok());
    }

    void geometryAndLayoutSurviveRestart()
    {
        QByteArray state;
        QRect geometry;
        {
            QSettings store;
            Settings settings(store);
            MainWindow window(settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(40, 50, 1320, 800);
            QTRY_COMPARE(window.size(), QSize(1320, 800));
            geometry = window.geometry();
            state = window.saveState();
            window.close();
        }
        QSettings store;
        Settings settings(store);
        QVERIFY(!settings.windowGeometry().isEmpty());
        QCOMPARE(settings.windowState(), state);
        MainWindow again(settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.geometry(), geometry);
        QCOMPARE(again.saveState(), state);
    }
};

// A 1440 × 900 offscreen screen (the default 800 × 600 is smaller than the window's minimum, so
// a restored geometry could never be seen to fit).
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            "offscreen:configfile=" RELULAB_TEST_DATA_DIR "/data/offscreen-1440x900.json");
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
