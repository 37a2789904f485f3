// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The Explorer's "In code" tab: it follows the parameters live, Copy puts the snippet on the
// clipboard, the comments follow the language and the code does not, and every descriptor's
// PyTorch code names the module its descriptor names.

#include "core/activation.h"
#include "core/activationcode.h"
#include "core/numbertext.h"
#include "io/codesnippettext.h"
#include "io/languagemanager.h"
#include "ui/explorer/codepanel.h"
#include "ui/explorer/explorerwidget.h"
#include "ui/explorer/parameterpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <QTextEdit>

using namespace ReluLab;

class TestCodePanel : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void followsTheSlider();
    void copyPutsTheSnippetOnTheClipboard_data();
    void copyPutsTheSnippetOnTheClipboard();
    void commentsFollowTheLanguage();
    void moduleMatchesTheDescriptor_data();
    void moduleMatchesTheDescriptor();
};

void TestCodePanel::cleanup()
{
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
}

void TestCodePanel::followsTheSlider()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("leaky_relu"));
    auto *dock = explorer.findChild<QDockWidget *>(QStringLiteral("codeDock"));
    QVERIFY(dock);
    auto *view = dock->findChild<QTextEdit *>(QStringLiteral("code_pytorch"));
    QVERIFY(view);
    QVERIFY(view->toPlainText().contains(QStringLiteral("LeakyReLU(negative_slope=0.01)")));
    auto *slider = explorer.parameterPanel()->findChild<QSlider *>(
        QStringLiteral("negative_slopeSlider"));
    QVERIFY(slider);
    slider->setValue(slider->maximum() / 2); // as a drag does: no timer in between
    const double slope = explorer.parameterPanel()->value(QStringLiteral("negative_slope"));
    QVERIFY(slope != 0.01);
    const QString text = QString::fromStdString(Core::shortestText(slope));
    QVERIFY2(view->toPlainText().contains(QStringLiteral("negative_slope=") + text),
             qPrintable(view->toPlainText()));
    auto *numpy = dock->findChild<QTextEdit *>(QStringLiteral("code_numpy"));
    QVERIFY(numpy->toPlainText().contains(text + QStringLiteral(" * x")));
    auto *cpp = dock->findChild<QTextEdit *>(QStringLiteral("code_cpp"));
    QVERIFY(cpp->toPlainText().contains(QStringLiteral("{\"negative_slope\", ") + text
                                        + QLatin1Char('}')));
}

void TestCodePanel::copyPutsTheSnippetOnTheClipboard_data()
{
    QTest::addColumn<QString>("key");
    for (const CodeLanguage language : allCodeLanguages)
        QTest::newRow(qPrintable(codeLanguageKey(language))) << codeLanguageKey(language);
}

void TestCodePanel::copyPutsTheSnippetOnTheClipboard()
{
    QFETCH(QString, key);
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("gelu"));
    explorer.setParameter(QStringLiteral("approximate"), 1.0);
    auto *panel = explorer.findChild<CodePanel *>();
    QVERIFY(panel);
    auto *copy = panel->findChild<QPushButton *>(QStringLiteral("copy_") + key);
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString expected = panel->snippet(*codeLanguageFromKey(key));
    QCOMPARE(QApplication::clipboard()->text(), expected);
    QVERIFY(expected.contains(QStringLiteral("tanh")) || expected.contains(QStringLiteral("True"))
            || expected.contains(QStringLiteral("\"approximate\", 1")));
}

void TestCodePanel::commentsFollowTheLanguage()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("softplus"));
    auto *dock = explorer.findChild<QDockWidget *>(QStringLiteral("codeDock"));
    auto *view = dock->findChild<QTextEdit *>(QStringLiteral("code_pytorch"));
    const char *source = "Functional form: the same computation as a function call";
    QVERIFY(view->toPlainText().contains(QLatin1String(source)));
    const QString english = view->toPlainText();

    LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    const QString chinese = QCoreApplication::translate("CodeSnippets", source);
    QVERIFY(chinese != QLatin1String(source));
    QVERIFY2(view->toPlainText().contains(chinese), qPrintable(view->toPlainText()));
    QVERIFY(dock->windowTitle() != QStringLiteral("In code"));
    // The code itself stays code.
    QVERIFY(view->toPlainText().contains(
        QStringLiteral("torch.nn.functional.softplus(x, beta=1, threshold=20)")));

    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    QCOMPARE(view->toPlainText(), english);
}

void TestCodePanel::moduleMatchesTheDescriptor_data()
{
    QTest::addColumn<QString>("id");
    for (const Core::ActivationInfo &info : Core::activationCatalogue())
        QTest::newRow(info.id.c_str()) << QString::fromStdString(info.id);
}

void TestCodePanel::moduleMatchesTheDescriptor()
{
    QFETCH(QString, id);
    const Core::Expected<Core::Activation> activation = Core::Activation::create(id.toStdString());
    QVERIFY(activation);
    const Core::CodeTemplates code = Core::activationCode(*activation);
    const std::string &name = activation->info().pytorchName;
    const std::string &call = code.torchModule.empty() ? code.torchFunctional : code.torchModule;
    QVERIFY2(call.rfind(name + '(', 0) == 0, (call + " does not call " + name).c_str());
    for (const std::string *text : {&code.torchModule, &code.torchFunctional, &code.kerasLayer,
                                    &code.kerasFunction, &code.numpyValue, &code.numpyGradient})
        QVERIFY2(text->find('{') == std::string::npos, text->c_str()); // every placeholder filled
    QVERIFY(!code.kerasFunction.empty());
    QVERIFY(code.numpyValue.find("return ") != std::string::npos);
    QVERIFY(code.numpyGradient.find("return ") != std::string::npos);
}

QTEST_MAIN(TestCodePanel)
#include "tst_codepanel.moc"
