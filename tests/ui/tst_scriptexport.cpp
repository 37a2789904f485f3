// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// File ▸ Export as PyTorch script… and Export as NumPy script…: both actions are in the File
// menu, speak every language, and write a script of the lab's network (its comments in the UI
// language).
#include "io/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/scriptexportactions.h"
#include "ui/settings.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ReluLab;

class TestScriptExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ReluLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_scriptexport"));
    }

    void init() { QSettings().clear(); }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void actionsAreInTheFileMenuAndTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pytorchText");
        QTest::addColumn<QString>("numpyText");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Export as PyTorch script…")
                            << QStringLiteral("Export as NumPy script…");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("导出为 PyTorch 脚本…")
                               << QStringLiteral("导出为 NumPy 脚本…");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW")
                               << QStringLiteral("匯出為 PyTorch 指令碼…")
                               << QStringLiteral("匯出為 NumPy 指令碼…");
    }

    void actionsAreInTheFileMenuAndTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, pytorchText);
        QFETCH(QString, numpyText);
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        LanguageManager::instance()->setLanguage(language);
        // The window retranslates on the LanguageChange event it is sent.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        auto *pytorch = window.findChild<QAction *>(QStringLiteral("exportPytorchAction"));
        auto *numpy = window.findChild<QAction *>(QStringLiteral("exportNumpyAction"));
        QVERIFY(pytorch && numpy);
        QMenu *file = window.menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(pytorch));
        QVERIFY(file->actions().contains(numpy));
        QVERIFY(pytorch->isEnabled() && numpy->isEnabled());
        QCOMPARE(pytorch->text(), pytorchText);
        QCOMPARE(numpy->text(), numpyText);
    }

    void scriptsAreWritten_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("comment");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("# The loss: softmax");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("# 损失");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("# 損失");
    }

    void scriptsAreWritten()
    {
        QFETCH(QString, language);
        QFETCH(QString, comment);
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        LanguageManager::instance()->setLanguage(language);
        QTemporaryDir folder;
        QString error;
        const QString run = folder.filePath(QStringLiteral("run.py"));
        QVERIFY2(window.scriptExports()->exportPytorch(run, &error), qPrintable(error));
        const QString net = folder.filePath(QStringLiteral("net.py"));
        QVERIFY2(window.scriptExports()->exportNumpy(net, &error), qPrintable(error));
        QFile runFile(run);
        QVERIFY(runFile.open(QIODevice::ReadOnly));
        const QString runText = QString::fromUtf8(runFile.readAll());
        QVERIFY(runText.contains(QStringLiteral("torch.optim.")));
        QVERIFY(runText.contains(QStringLiteral("nn.Sequential(")));
        QVERIFY2(runText.contains(comment), qPrintable(runText.left(2000)));
        QFile netFile(net);
        QVERIFY(netFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(netFile.readAll()).contains(QStringLiteral("def forward(x)")));
    }
};

QTEST_MAIN(TestScriptExport)
#include "tst_scriptexport.moc"
