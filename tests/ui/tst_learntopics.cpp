// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The topic pages are reached from the Learn panel: its page lists every topic, a topic link
// shows the topic in place with a link back, and choosing another activation returns to its page.
#include "core/activation.h"
#include "io/languagemanager.h"
#include "ui/explorer/learnpanel.h"
#include "ui/teachingcontent.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace ReluLab;

namespace {

Core::Activation activation(const char *id)
{
    Core::Expected<Core::Activation> made = Core::Activation::create(id);
    return made ? *made : Core::Activation();
}

// The <h2> title of a topic page in a language.
QString topicTitle(const QString &id, const QString &language)
{
    static const QRegularExpression title(QStringLiteral("<h2>([^<]*)</h2>"));
    return title.match(topicHtml(id, language)).captured(1);
}

QString plainText(const LearnPanel &panel)
{
    return panel.findChild<QTextBrowser *>(QStringLiteral("learnBrowser"))->toPlainText();
}

} // namespace

class TestLearnTopics final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void everyTopicIsLinkedAndOpens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("topic");
        for (const QString &language : LanguageManager::availableLanguages()) {
            for (const QString &topic : teachingTopicIds())
                QTest::addRow("%s/%s", qPrintable(language), qPrintable(topic))
                    << language << topic;
        }
    }

    void everyTopicIsLinkedAndOpens()
    {
        QFETCH(QString, language);
        QFETCH(QString, topic);
        LanguageManager::instance()->setLanguage(language);
        LearnPanel panel;
        panel.setActivation(activation("relu"));
        const QString title = topicTitle(topic, language);
        QVERIFY(!title.isEmpty());
        QVERIFY(panel.html().contains(QStringLiteral("topic:") + topic));
        QVERIFY(plainText(panel).contains(title));

        // A click on the link, as QTextBrowser reports it.
        auto *browser = panel.findChild<QTextBrowser *>(QStringLiteral("learnBrowser"));
        emit browser->anchorClicked(QUrl(QStringLiteral("topic:") + topic));
        QCOMPARE(panel.topic(), topic);
        QVERIFY(plainText(panel).contains(title));
        QVERIFY(panel.html().contains(QStringLiteral("activation:")));

        emit browser->anchorClicked(QUrl(QStringLiteral("activation:")));
        QVERIFY(panel.topic().isEmpty());
        QVERIFY(panel.html().contains(QStringLiteral("topic:") + topic));
    }

    void unknownTopicShowsTheActivation()
    {
        LearnPanel panel;
        panel.setActivation(activation("relu"));
        panel.showTopic(QStringLiteral("no_such_topic"));
        QVERIFY(panel.topic().isEmpty());
        QVERIFY(plainText(panel).contains(QStringLiteral("max(0, x)")));
    }

    void anotherActivationLeavesTheTopic()
    {
        LearnPanel panel;
        panel.setActivation(activation("relu"));
        panel.showTopic(QStringLiteral("sparsity"));
        panel.setActivation(activation("relu")); // a parameter change keeps the topic
        QCOMPARE(panel.topic(), QStringLiteral("sparsity"));
        panel.setActivation(activation("tanh"));
        QVERIFY(panel.topic().isEmpty());
    }

    // Identity, Step and Threshold are plain words: the panel's heading is translated.
    void plainNamesAreTranslated()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        LearnPanel panel;
        panel.setActivation(activation("identity"));
        QVERIFY(!panel.html().contains(QStringLiteral(">Identity<")));
        QVERIFY(plainText(panel).contains(QStringLiteral("恒等函数")));
    }

    // Smoothness classes are written one way, C⁰ / C¹ / C^∞ as superscripts, in the property
    // table and in the topic that explains them, in every language.
    void smoothnessIsWrittenWithSuperscripts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("notation");
        for (const QString &language : LanguageManager::availableLanguages()) {
            QTest::addRow("%s/relu", qPrintable(language))
                << language << QStringLiteral("relu") << QStringLiteral("0");
            QTest::addRow("%s/celu", qPrintable(language))
                << language << QStringLiteral("celu") << QStringLiteral("1");
            QTest::addRow("%s/tanh", qPrintable(language))
                << language << QStringLiteral("tanh") << QStringLiteral("∞");
        }
    }

    void smoothnessIsWrittenWithSuperscripts()
    {
        QFETCH(QString, language);
        QFETCH(QString, id);
        QFETCH(QString, notation);
        LanguageManager::instance()->setLanguage(language);
        LearnPanel panel;
        panel.setActivation(activation(id.toLatin1().constData()));
        static const QRegularExpression otherForms(QStringLiteral("C\\^|C[⁰¹²]|C∞"));
        // QTextDocument::toHtml() writes <sup> back as a superscript span.
        const QString superscript
            = QStringLiteral("C<span style=\" vertical-align:super;\">%1</span>").arg(notation);
        QVERIFY2(panel.html().contains(superscript), qPrintable(panel.html()));
        QVERIFY(!panel.html().contains(otherForms));
        const QString topic = topicHtml(QStringLiteral("activation_properties"), language);
        QVERIFY(topic.contains(QStringLiteral("C<sup>∞</sup>")));
        QVERIFY(!topic.contains(otherForms));
    }
};

QTEST_MAIN(TestLearnTopics)
#include "tst_learntopics.moc"
