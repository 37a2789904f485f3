// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "io/languagemanager.h"
#include "ui/settings.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace ReluLab;

namespace {

// Counts the LanguageChange events a widget receives: how every widget learns to retranslate.
class ListeningWidget final : public QWidget
{
public:
    int languageChanges = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++languageChanges;
        QWidget::changeEvent(event);
    }
};

} // namespace

class TestLanguageManager final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void availableLanguages()
    {
        QCOMPARE(LanguageManager::availableLanguages(),
                 QStringList(
                     {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}));
    }

    void displayName_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("English");
        QTest::newRow("simplified") << QStringLiteral("zh_CN") << QStringLiteral("简体中文");
        QTest::newRow("traditional") << QStringLiteral("zh_TW") << QStringLiteral("繁體中文");
    }

    void displayName()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(LanguageManager::displayName(code), name);
    }

    void matchLanguage_data()
    {
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("en-US bcp47") << QStringLiteral("en-US") << QStringLiteral("en");
        QTest::newRow("zh alone") << QStringLiteral("zh") << QStringLiteral("zh_CN");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh-Hans-SG") << QStringLiteral("zh-Hans-SG") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("zh_TW");
        QTest::newRow("zh-Hant") << QStringLiteral("zh-Hant") << QStringLiteral("zh_TW");
        QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << QStringLiteral("zh_TW");
        QTest::newRow("french") << QStringLiteral("fr_FR") << QString();
        QTest::newRow("C") << QStringLiteral("C") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void matchLanguage()
    {
        QFETCH(QString, localeName);
        QFETCH(QString, expected);
        QCOMPARE(LanguageManager::matchLanguage(localeName), expected);
    }

    void bestMatch_data()
    {
        QTest::addColumn<QStringList>("preferences");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first supported wins") << QStringList(
            {QStringLiteral("fr-FR"), QStringLiteral("zh-TW"), QStringLiteral("en-US")})
                                              << QStringLiteral("zh_TW");
        QTest::newRow("none supported")
            << QStringList({QStringLiteral("de-DE")}) << QStringLiteral("en");
        QTest::newRow("empty list") << QStringList() << QStringLiteral("en");
    }

    void bestMatch()
    {
        QFETCH(QStringList, preferences);
        QFETCH(QString, expected);
        QCOMPARE(LanguageManager::bestMatch(preferences), expected);
    }

    void systemLanguageIsSupported()
    {
        QVERIFY(LanguageManager::availableLanguages().contains(LanguageManager::systemLanguage()));
    }

    void applicationCataloguesAreEmbedded_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
    }

    void applicationCataloguesAreEmbedded()
    {
        QFETCH(QString, code);
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/relulab_%1.qm").arg(code)));
    }

    // Qt's own catalogue proves the translators are really installed: a standard button's text
    // comes out in the chosen language.
    void switchInstallsTranslatorsAndEmits_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("translated");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << true << QStringLiteral("取消");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << true << QStringLiteral("取消");
        QTest::newRow("back to en") << QStringLiteral("en") << false << QStringLiteral("Cancel");
    }

    void switchInstallsTranslatorsAndEmits()
    {
        QFETCH(QString, code);
        QFETCH(bool, translated);
        QFETCH(QString, cancel);
        LanguageManager *manager = LanguageManager::instance();
        // Start from the other side so that every row really switches.
        manager->setLanguage(code == QLatin1String("en") ? QStringLiteral("zh_CN")
                                                         : QStringLiteral("en"));
        QSignalSpy spy(manager, &LanguageManager::languageChanged);

        manager->setLanguage(code);

        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), code);
        QCOMPARE(manager->language(), code);
        QCOMPARE(manager->hasQtTranslator(), translated);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    }

    void settingTheSameLanguageAgainDoesNothing()
    {
        LanguageManager *manager = LanguageManager::instance();
        manager->setLanguage(QStringLiteral("zh_TW"));
        QSignalSpy spy(manager, &LanguageManager::languageChanged);
        manager->setLanguage(QStringLiteral("zh_TW"));
        manager->setLanguage(QStringLiteral("zh-Hant-TW"));
        QCOMPARE(spy.count(), 0);
    }

    void unsupportedLanguageFallsBackToEnglish()
    {
        LanguageManager *manager = LanguageManager::instance();
        manager->setLanguage(QStringLiteral("zh_CN"));
        manager->setLanguage(QStringLiteral("fr_FR"));
        QCOMPARE(manager->language(), QStringLiteral("en"));
        QVERIFY(!manager->hasQtTranslator());
    }

    void widgetsReceiveLanguageChange()
    {
        ListeningWidget widget;
        widget.show();
        QCoreApplication::processEvents();
        widget.languageChanges = 0;

        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        // QApplication forwards the change to top-level widgets as posted events.
        QCoreApplication::processEvents();
        QVERIFY(widget.languageChanges > 0);
    }

    // Numbers and dates where the user reads them follow the chosen language.
    void numbersFollowTheLocale_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QLocale::Territory>("territory");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("date");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QLocale::Chinese << QLocale::China
                               << QStringLiteral("1,234.5") << QStringLiteral("2026年3月1日");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QLocale::Chinese << QLocale::Taiwan
                               << QStringLiteral("1,234.5") << QStringLiteral("2026年3月1日");
    }

    void numbersFollowTheLocale()
    {
        QFETCH(QString, code);
        QFETCH(QLocale::Language, language);
        QFETCH(QLocale::Territory, territory);
        QFETCH(QString, number);
        QFETCH(QString, date);
        LanguageManager::instance()->setLanguage(code);
        const QLocale locale;
        QCOMPARE(locale.language(), language);
        QCOMPARE(locale.territory(), territory);
        QCOMPARE(locale.toString(1234.5, 'f', 1), number);
        QVERIFY2(locale.toString(QDate(2026, 3, 1), QLocale::LongFormat).contains(date),
                 qPrintable(locale.toString(QDate(2026, 3, 1), QLocale::LongFormat)));
    }

    // The application wires languageChanged to Settings::setLanguage (app/main.cpp): a choice
    // made now is what the next start reads.
    void choicePersistsThroughSettings()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("relulab.ini"));
        {
            QSettings store(path, QSettings::IniFormat);
            Settings settings(store);
            QVERIFY(!settings.hasLanguage());
            const QMetaObject::Connection connection
                = connect(LanguageManager::instance(), &LanguageManager::languageChanged, this,
                          [&settings](const QString &code) { settings.setLanguage(code); });
            LanguageManager::instance()->setLanguage(QStringLiteral("zh_TW"));
            disconnect(connection);
            settings.sync();
        }
        QSettings reopened(path, QSettings::IniFormat);
        const Settings settings(reopened);
        QVERIFY(settings.hasLanguage());
        QCOMPARE(settings.language(), QStringLiteral("zh_TW"));
    }
};

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
