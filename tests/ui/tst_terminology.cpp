// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// One term per concept: every teaching page, scenario text, glossary entry and translation uses
// the glossary's term, never one of the aliases the glossary lists for it (批归一化 for
// 批量规范化, 生而死亡 for 初始即死亡 ...), and the Traditional texts use Taiwan wording and
// Traditional characters only.
#include "core/activation.h"
#include "io/languagemanager.h"
#include "io/scenariofile.h"
#include "ui/teachingcontent.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace ReluLab;

namespace {

// An alias to refuse in one language, the term to write instead, and longer words that contain
// the alias but are right (单元 is refused for 神经元, yet 修正线性单元 is the name of ReLU).
struct Rule
{
    QString alias;
    QString term;
    QStringList contexts;
};

using Rules = QMap<QString, QList<Rule>>; // by language code

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

// The rules stored in the glossary: each term's "aliases" and "alias_contexts" per language,
// and the "usage" list (Taiwan wording such as 實作 rather than 實現).
Rules rulesFrom(const QByteArray &json)
{
    Rules rules;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &value : root.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonObject aliases = entry.value(QStringLiteral("aliases")).toObject();
        const QJsonObject contexts = entry.value(QStringLiteral("alias_contexts")).toObject();
        const QJsonObject terms = entry.value(QStringLiteral("term")).toObject();
        for (auto it = aliases.begin(); it != aliases.end(); ++it) {
            for (const QString &alias : stringList(it.value()))
                rules[it.key()].append({alias, terms.value(it.key()).toString(),
                                        stringList(contexts.value(it.key()))});
        }
    }
    for (const QJsonValue &value : root.value(QStringLiteral("usage")).toArray()) {
        const QJsonObject usage = value.toObject();
        const QString language = usage.value(QStringLiteral("language")).toString();
        for (const QString &alias : stringList(usage.value(QStringLiteral("refuse"))))
            rules[language].append({alias, usage.value(QStringLiteral("use")).toString(), {}});
    }
    return rules;
}

Rules bundledRules()
{
    QFile file(QStringLiteral(":/teaching/glossary.json"));
    return file.open(QIODevice::ReadOnly) ? rulesFrom(file.readAll()) : Rules();
}

// Characters that exist only in Simplified Chinese (from the Simplified texts of the app, by
// OpenCC's s2t table, minus characters that are also valid Traditional such as 后, 准, 里).
const QString simplifiedOnly = QStringLiteral(
    "万与专东两严丧个为么义习乱争产亲仅从们价优会传体侧偿关内写决况减击则创删别办务动励势匀区协单却"
    "历压参双发变叠号吗启响围图圆场坏块声处复够头夹学实宽对导将尔层带帮广库应开异弥弯归当径态总恒悬"
    "惩执扫报拟择挤损换数断无时显暂术机权条来极构标栏样档检残没浅测溃满滤点状独环现电画监盖盘码确种"
    "积称稳穷签简类紧约级纪纯线练组经结绕绘给络统继续维缓编缩网罚脉脑节获虚补见观规视览觉计认让训许"
    "论设证评识词试话该语误说请读课调负败质贴贵赋赖趋跃转轮软轴轻载较输边达过运还这进远连适选递邻释"
    "链销键长门闭问间阅阈阴阵阶际险随隐难项顺须预题额风饱验");

// "alias → term" for every refused alias in text; English is matched without case.
QStringList violations(QString text, const QString &language, const Rules &rules)
{
    QStringList found;
    const Qt::CaseSensitivity cs = language == QLatin1String("en") ? Qt::CaseInsensitive
                                                                   : Qt::CaseSensitive;
    for (const Rule &rule : rules.value(language)) {
        QString masked = text;
        for (const QString &context : rule.contexts)
            masked.replace(context, QStringLiteral("\u25A1"), cs);
        if (masked.contains(rule.alias, cs))
            found << rule.alias + QStringLiteral(" → ") + rule.term;
    }
    if (language == QLatin1String("zh_TW")) {
        for (const QChar c : text) {
            if (simplifiedOnly.contains(c) && !found.contains(c))
                found << QString(c);
        }
    }
    return found;
}

// A page without its reference lines: paper titles are quoted as published.
QString withoutReferences(QString html)
{
    static const QRegularExpression reference(QStringLiteral("<p class=\"reference\">[^\\n]*</p>"));
    static const QRegularExpression latin(QStringLiteral("^[^\\x{4E00}-\\x{9FFF}]*$"));
    QStringList kept;
    for (const QString &line : html.split(QLatin1Char('\n'))) {
        // Chinese notes in a reference line ("no paper introduced it") are checked; titles not.
        if (!reference.match(line).hasMatch() || !latin.match(line).hasMatch())
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

// The <source> texts (English) or the <translation> texts of a Qt Linguist catalogue.
QStringList catalogueTexts(const QString &path, bool sources)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    QXmlStreamReader reader(&file);
    const QLatin1String element = sources ? QLatin1String("source") : QLatin1String("translation");
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == element)
            texts << reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return texts;
}

QString catalogue(const QString &language)
{
    return QStringLiteral(RELULAB_TEST_DATA_DIR "/../translations/relulab_%1.ts").arg(language);
}

} // namespace

class TestTerminology final : public QObject
{
    Q_OBJECT

private slots:
    void glossaryListsAliases()
    {
        const Rules rules = bundledRules();
        QVERIFY(rules.value(QStringLiteral("zh_CN")).size() >= 10);
        QVERIFY(rules.value(QStringLiteral("zh_TW")).size() >= 10);
    }

    // The check itself, on texts written to break it: a test that cannot fail proves nothing.
    void aliasesAreCaught_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("zh_CN alias")
            << QStringLiteral("zh_CN") << QStringLiteral("深而窄的网络生而死亡") << 1;
        QTest::newRow("zh_CN two aliases")
            << QStringLiteral("zh_CN") << QStringLiteral("批归一化使函数平滑") << 2;
        QTest::newRow("zh_CN alias inside a name is fine")
            << QStringLiteral("zh_CN") << QStringLiteral("修正线性单元与指数线性单元") << 0;
        QTest::newRow("zh_CN unit for neuron")
            << QStringLiteral("zh_CN") << QStringLiteral("每层三个 ReLU 单元") << 1;
        QTest::newRow("zh_TW Taiwan wording")
            << QStringLiteral("zh_TW") << QStringLiteral("點擊預覽圖") << 1;
        QTest::newRow("zh_TW simplified character")
            << QStringLiteral("zh_TW") << QStringLiteral("它没有出處論文") << 1;
        QTest::newRow("zh_TW clean")
            << QStringLiteral("zh_TW") << QStringLiteral("深而窄的網路初始即死亡") << 0;
        QTest::newRow("en alias, any case")
            << QStringLiteral("en") << QStringLiteral("Batch Normalization helps") << 1;
    }

    void aliasesAreCaught()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(int, expected);
        const QStringList found = violations(text, language, bundledRules());
        QVERIFY2(found.size() == expected, qPrintable(found.join(QStringLiteral(", "))));
    }

    void textsUseTheTerms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("texts");
        QStringList activationIds;
        for (const Core::ActivationInfo &info : Core::activationCatalogue())
            activationIds << QString::fromStdString(info.id);
        for (const QString &language : LanguageManager::availableLanguages()) {
            for (const QString &id : activationIds)
                QTest::addRow("page %s/%s", qPrintable(language), qPrintable(id))
                    << language << QStringList{withoutReferences(teachingHtml(id, language))};
            for (const QString &id : teachingTopicIds())
                QTest::addRow("topic %s/%s", qPrintable(language), qPrintable(id))
                    << language << QStringList{withoutReferences(topicHtml(id, language))};
            for (const Scenario &scenario : ScenarioFile::bundled()) {
                QStringList texts{scenario.title.text(language),
                                  scenario.explanation.text(language)};
                for (const ScenarioContrast &contrast : scenario.contrasts)
                    texts << contrast.title.text(language);
                QTest::addRow("scenario %s/%s", qPrintable(language), qPrintable(scenario.id))
                    << language << texts;
            }
        }
        QFile file(QStringLiteral(":/teaching/glossary.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray terms = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("terms"))
                                     .toArray();
        for (const QJsonValue &value : terms) {
            const QJsonObject entry = value.toObject();
            for (const QString &language : LanguageManager::availableLanguages()) {
                const QString key = language;
                QTest::addRow("glossary %s/%s", qPrintable(language),
                              qPrintable(entry.value(QStringLiteral("id")).toString()))
                    << language
                    << QStringList{entry.value(QStringLiteral("term"))
                                       .toObject()
                                       .value(key)
                                       .toString(),
                                   entry.value(QStringLiteral("definition"))
                                       .toObject()
                                       .value(key)
                                       .toString()};
            }
        }
        QTest::newRow("catalogue en (sources)")
            << QStringLiteral("en") << catalogueTexts(catalogue(QStringLiteral("zh_CN")), true);
        QTest::newRow("catalogue zh_CN")
            << QStringLiteral("zh_CN") << catalogueTexts(catalogue(QStringLiteral("zh_CN")), false);
        QTest::newRow("catalogue zh_TW")
            << QStringLiteral("zh_TW") << catalogueTexts(catalogue(QStringLiteral("zh_TW")), false);
    }

    void textsUseTheTerms()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, texts);
        const Rules rules = bundledRules();
        QVERIFY(!texts.isEmpty());
        QStringList problems;
        for (const QString &text : texts) {
            QVERIFY(!text.isEmpty());
            const QStringList found = violations(text, language, rules);
            if (!found.isEmpty())
                problems << found.join(QStringLiteral(", ")) + QStringLiteral(" in: ")
                                + text.left(80);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTerminology)
#include "tst_terminology.moc"
