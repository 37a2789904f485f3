// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/activation.h"
#include "io/languagemanager.h"
#include "ui/teachingcontent.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace ReluLab;

namespace {

// The 25 activations the app teaches; the catalogue test below catches additions.
const QStringList activationIds
    = {QStringLiteral("relu"),        QStringLiteral("relu6"),      QStringLiteral("leaky_relu"),
       QStringLiteral("prelu"),       QStringLiteral("rrelu"),      QStringLiteral("elu"),
       QStringLiteral("celu"),        QStringLiteral("selu"),       QStringLiteral("gelu"),
       QStringLiteral("silu"),        QStringLiteral("mish"),       QStringLiteral("softplus"),
       QStringLiteral("sigmoid"),     QStringLiteral("tanh"),       QStringLiteral("hardtanh"),
       QStringLiteral("hardsigmoid"), QStringLiteral("hardswish"),  QStringLiteral("softsign"),
       QStringLiteral("logsigmoid"),  QStringLiteral("tanhshrink"), QStringLiteral("hardshrink"),
       QStringLiteral("softshrink"),  QStringLiteral("threshold"),  QStringLiteral("identity"),
       QStringLiteral("step")};

int cjkCount(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            ++count;
    }
    return count;
}

// Well-formed XML with one <div class="teaching" lang="..."> root; returns the lang attribute
// or an error message prefixed with "!".
QString checkPage(const QString &html)
{
    QXmlStreamReader reader(html);
    QString lang;
    int roots = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && roots == 0) {
            ++roots;
            if (reader.name() != QLatin1String("div")
                || reader.attributes().value(QLatin1String("class")) != QLatin1String("teaching"))
                return QStringLiteral("!root is not <div class=\"teaching\">");
            lang = reader.attributes().value(QLatin1String("lang")).toString();
        }
    }
    if (reader.hasError())
        return QStringLiteral("!") + reader.errorString();
    return lang;
}

void addPageRows(const QStringList &ids, bool topics)
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("topic");
    for (const QString &language : LanguageManager::availableLanguages()) {
        for (const QString &id : ids) {
            const QString name = id + QLatin1Char('/') + language;
            QTest::newRow(qPrintable(name)) << id << language << topics;
        }
    }
}

} // namespace

class TestTeachingContent final : public QObject
{
    Q_OBJECT

private:
    void checkOnePage(const QString &id, const QString &language, bool topic)
    {
        const QString path = topic ? topicResourcePath(id, language)
                                   : teachingResourcePath(id, language);
        QVERIFY2(!path.isEmpty(), "page missing");
        const QString html = topic ? topicHtml(id, language) : teachingHtml(id, language);
        QVERIFY(html.size() > 300);

        const QString lang = checkPage(html);
        QVERIFY2(!lang.startsWith(QLatin1Char('!')), qPrintable(lang));
        QCOMPARE(lang, QString(language).replace(QLatin1Char('_'), QLatin1Char('-')));

        if (language == QLatin1String("en"))
            QCOMPARE(cjkCount(html), 0);
        else
            QVERIFY2(cjkCount(html) > 50, "a Chinese page must be written in Chinese");

        // Every page cites where the idea comes from: at least one "(YYYY)" reference.
        static const QRegularExpression year(QStringLiteral("\\((19|20)\\d\\d\\)"));
        QVERIFY2(html.contains(QLatin1String("class=\"reference\"")) && html.contains(year),
                 "no reference with a year");
    }

private slots:
    void activationPages_data() { addPageRows(activationIds, false); }
    void activationPages()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        QFETCH(bool, topic);
        checkOnePage(id, language, topic);
    }

    void topicPages_data() { addPageRows(teachingTopicIds(), true); }
    void topicPages()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        QFETCH(bool, topic);
        checkOnePage(id, language, topic);
    }

    void topicListIsComplete()
    {
        QCOMPARE(teachingTopicIds().size(), 9);
        QVERIFY(teachingTopicIds().contains(QStringLiteral("dead_neurons")));
        QVERIFY(teachingTopicIds().contains(QStringLiteral("batch_normalisation")));
        QVERIFY(teachingTopicIds().contains(QStringLiteral("why_relu")));
        QVERIFY(teachingTopicIds().contains(QStringLiteral("activation_properties")));
    }

    // Every activation the core offers has a page (a new activation needs its teaching text).
    void everyCatalogueActivationHasAPage()
    {
        for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
            const QString id = QString::fromStdString(info.id);
            for (const QString &language : LanguageManager::availableLanguages())
                QVERIFY2(!teachingResourcePath(id, language).isEmpty(),
                         qPrintable(id + QLatin1Char('/') + language));
        }
    }

    // Simplified and Traditional are written separately, not one page served twice.
    void chineseVariantsDiffer_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : activationIds)
            QTest::newRow(qPrintable(id)) << id;
    }

    void chineseVariantsDiffer()
    {
        QFETCH(QString, id);
        QVERIFY(teachingHtml(id, QStringLiteral("zh_CN"))
                != teachingHtml(id, QStringLiteral("zh_TW")));
    }

    void fallsBackToEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("unsupported language") << QStringLiteral("fr");
        QTest::newRow("empty language") << QString();
    }

    void fallsBackToEnglish()
    {
        QFETCH(QString, language);
        const QString english = teachingHtml(QStringLiteral("relu"), QStringLiteral("en"));
        QVERIFY(!english.isEmpty());
        QCOMPARE(teachingHtml(QStringLiteral("relu"), language), english);
        QCOMPARE(topicHtml(QStringLiteral("sparsity"), language),
                 topicHtml(QStringLiteral("sparsity"), QStringLiteral("en")));
    }

    void unknownOrUnsafeIdsGiveNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown") << QStringLiteral("no_such_activation");
        QTest::newRow("empty") << QString();
        QTest::newRow("path escape") << QStringLiteral("../glossary");
        QTest::newRow("upper case") << QStringLiteral("ReLU");
    }

    void unknownOrUnsafeIdsGiveNothing()
    {
        QFETCH(QString, id);
        QVERIFY(teachingHtml(id, QStringLiteral("en")).isEmpty());
        QVERIFY(topicHtml(id, QStringLiteral("zh_CN")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTeachingContent)
#include "tst_teachingcontent.moc"
