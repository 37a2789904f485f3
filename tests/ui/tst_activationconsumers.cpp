// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Every activation of the catalogue reaches every consumer of its descriptor: the kernel entry
// points and the properties rule, the plain formula (CLI, glossary, exports) and the typeset
// one (Explorer), the translated family name, the teaching page and the Learn panel. A
// descriptor added without one of these fails here. (The CLI help: tst_cliparameters.)

#include "core/activation.h"
#include "io/languagemanager.h"
#include "ui/explorer/explorertext.h"
#include "ui/explorer/formulas.h"
#include "ui/explorer/learnpanel.h"

#include <QTest>

using namespace ReluLab;

class TestActivationConsumers : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void consumers_data();
    void consumers();
};

void TestActivationConsumers::cleanup()
{
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
}

void TestActivationConsumers::consumers_data()
{
    QTest::addColumn<QString>("id");
    for (const Core::ActivationInfo &info : Core::activationCatalogue())
        QTest::newRow(info.id.c_str()) << QString::fromStdString(info.id);
}

void TestActivationConsumers::consumers()
{
    QFETCH(QString, id);
    const Core::ActivationInfo *info = Core::findActivationInfo(id.toStdString());
    QVERIFY(info);
    QVERIFY(info->evaluateFloat && info->evaluateDouble && info->describe);
    QVERIFY(!info->displayName.empty());
    QVERIFY(info->pytorchName.rfind("torch.", 0) == 0);

    // Plain formulas: "f(x) = …" / "f′(x) = …" with the markup fully expanded.
    const QString plain = QString::fromStdString(info->formula);
    const QString plainDerivative = QString::fromStdString(info->derivativeFormula);
    QVERIFY2(plain.startsWith(QStringLiteral("f(x) = ")), qPrintable(plain));
    QVERIFY2(plainDerivative.startsWith(QStringLiteral("f′(x) = ")), qPrintable(plainDerivative));
    for (const QString &text : {plain, plainDerivative})
        QVERIFY2(!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('}')),
                 qPrintable(text));
    // Every parameter appears in the formula by its PyTorch name or its symbol.
    for (const Core::ParameterSpec &spec : info->parameters) {
        const QString name = QString::fromStdString(spec.name);
        const bool named = plain.contains(name) || plainDerivative.contains(name)
                           || (name == QLatin1String("alpha")
                               && plain.contains(QStringLiteral("α")))
                           || (name == QLatin1String("beta") && plain.contains(QStringLiteral("β")))
                           || (name == QLatin1String("approximate")
                               && plain.contains(QStringLiteral("tanh")));
        QVERIFY2(named, qPrintable(name + QStringLiteral(": ") + plain));
    }

    // Typeset formulas, from the same source, in both languages, words translated.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        LanguageManager::instance()->setLanguage(language);
        for (bool derivative : {false, true}) {
            const QString html = formulaHtml(id, derivative);
            QVERIFY2(html.startsWith(QStringLiteral("<table")), qPrintable(html));
            for (const auto &[word, english] : Core::formulaWords())
                QVERIFY2(!html.contains(QStringLiteral("{%1}").arg(QString::fromStdString(word))),
                         qPrintable(html));
            if (language != QLatin1String("en")) {
                for (const auto &[word, english] : Core::formulaWords())
                    QVERIFY2(!html.contains(QString::fromStdString(english)), qPrintable(html));
            }
        }
        const QString family = familyDisplayName(info->family);
        QVERIFY(!family.isEmpty());
        QVERIFY2(!teachingText(id, language).isEmpty(), qPrintable(language));
    }
    LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
    const QString chineseFamily = familyDisplayName(info->family);
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QVERIFY2(chineseFamily != familyDisplayName(info->family), qPrintable(chineseFamily));

    // Properties and the Learn panel that shows them.
    const Core::Expected<Core::Activation> activation = Core::Activation::create(id.toStdString());
    QVERIFY(activation.hasValue());
    const Core::ActivationProperties p = activation->properties();
    QVERIFY(p.rangeMin <= p.rangeMax);
    QVERIFY(p.outputSd >= 0.0);
    LearnPanel panel;
    panel.setActivation(*activation);
    const QString shown = panel.html();
    QVERIFY(shown.contains(QString::fromStdString(info->displayName).toHtmlEscaped()));
    QVERIFY(shown.contains(QStringLiteral("Zero-centred")));
    for (const Core::BreakPoint &b : p.breakPoints)
        QVERIFY2(shown.contains(b.kind == Core::BreakPoint::Kind::Jump ? QStringLiteral("jump at")
                                                                       : QStringLiteral("kink at")),
                 qPrintable(id));
}

QTEST_MAIN(TestActivationConsumers)

#include "tst_activationconsumers.moc"
