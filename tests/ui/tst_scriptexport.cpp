// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// File ▸ Export as PyTorch script… and Export as NumPy script…: both actions are in the File
// menu, speak every language, and write a script of the lab's network (its comments in the UI
// language); each refuses only what its own target cannot express.
#include "io/languagemanager.h"
#include "io/scriptexport.h"
#include "io/sessionfile.h"
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

    // Each export asks only its own target: step has a NumPy f(x) but no torch.nn module.
    void sessionTrainerChecksTheTarget_data()
    {
        QTest::addColumn<QString>("activation");
        QTest::addColumn<bool>("pytorch");
        QTest::addColumn<bool>("exported");
        QTest::newRow("step to PyTorch") << QStringLiteral("step") << true << false;
        QTest::newRow("step to NumPy") << QStringLiteral("step") << false << true;
        QTest::newRow("hardtanh to PyTorch") << QStringLiteral("hardtanh") << true << true;
        QTest::newRow("rrelu to PyTorch") << QStringLiteral("rrelu") << true << true;
    }

    void sessionTrainerChecksTheTarget()
    {
        QFETCH(QString, activation);
        QFETCH(bool, pytorch);
        QFETCH(bool, exported);
        Session session;
        session.config.network.activations = {Core::LayerActivation{activation.toStdString(), {}}};
        QString error;
        const bool made = ScriptExport::sessionTrainer(session, &error, pytorch).has_value();
        QVERIFY2(made == exported, qPrintable(error));
        if (!exported)
            QVERIFY2(error.contains(QStringLiteral("'%1'").arg(activation)), qPrintable(error));
    }
};

QTEST_MAIN(TestScriptExport)
#include "tst_scriptexport.moc"
