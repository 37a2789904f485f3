// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "io/languagemanager.h"
#include "ui/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace ReluLab;

class TestSettings final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_directory;

    QString path() const { return m_directory->filePath(QStringLiteral("relulab.ini")); }

private slots:
    void init()
    {
        m_directory = std::make_unique<QTemporaryDir>();
        QVERIFY(m_directory->isValid());
    }

    void defaults()
    {
        QSettings store(path(), QSettings::IniFormat);
        const Settings settings(store);
        QCOMPARE(settings.language(), LanguageManager::systemLanguage());
        QVERIFY(!settings.hasLanguage());
        QCOMPARE(settings.theme(), Settings::Theme::Light);
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QCOMPARE(settings.lastActivation(), QStringLiteral("relu"));
        QVERIFY(settings.lastParameters().isEmpty());
        QVERIFY(settings.recentSessions().isEmpty());
        QCOMPARE(settings.explorerXRange().min, -5.0);
        QCOMPARE(settings.explorerXRange().max, 5.0);
    }

    void roundTrip()
    {
        const QByteArray geometry("\x01\x02\x00\xff geometry", 14);
        const QByteArray state("\x00\x10 state", 8);
        const QVariantMap parameters{{QStringLiteral("negative_slope"), 0.2}};
        {
            QSettings store(path(), QSettings::IniFormat);
            Settings settings(store);
            settings.setLanguage(QStringLiteral("zh_CN"));
            settings.setTheme(Settings::Theme::HighContrast);
            settings.setWindowGeometry(geometry);
            settings.setWindowState(state);
            settings.setLastActivation(QStringLiteral("leaky_relu"));
            settings.setLastParameters(parameters);
            settings.setRecentSessions(
                {QStringLiteral("/a.relulab"), QStringLiteral("/b.relulab")});
            settings.setExplorerXRange({-2.5, 7.0});
            settings.sync();
        }
        QSettings store(path(), QSettings::IniFormat);
        const Settings settings(store);
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.theme(), Settings::Theme::HighContrast);
        QCOMPARE(settings.windowGeometry(), geometry);
        QCOMPARE(settings.windowState(), state);
        QCOMPARE(settings.lastActivation(), QStringLiteral("leaky_relu"));
        QCOMPARE(settings.lastParameters().value(QStringLiteral("negative_slope")).toDouble(), 0.2);
        QCOMPARE(settings.recentSessions(),
                 QStringList({QStringLiteral("/a.relulab"), QStringLiteral("/b.relulab")}));
        QCOMPARE(settings.explorerXRange().min, -2.5);
        QCOMPARE(settings.explorerXRange().max, 7.0);
    }

    void language_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("stored");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("zh_TW");
        QTest::newRow("bcp47 normalised")
            << QStringLiteral("zh-Hant-TW") << QStringLiteral("zh_TW");
        QTest::newRow("unsupported: system") << QStringLiteral("fr") << QString();
    }

    void language()
    {
        QFETCH(QString, given);
        QFETCH(QString, stored);
        QSettings store(path(), QSettings::IniFormat);
        Settings settings(store);
        settings.setLanguage(given);
        QCOMPARE(settings.hasLanguage(), !stored.isEmpty());
        QCOMPARE(settings.language(),
                 stored.isEmpty() ? LanguageManager::systemLanguage() : stored);
    }

    void themeIds_data()
    {
        QTest::addColumn<Settings::Theme>("theme");
        QTest::addColumn<QString>("id");
        QTest::newRow("light") << Settings::Theme::Light << QStringLiteral("light");
        QTest::newRow("dark") << Settings::Theme::Dark << QStringLiteral("dark");
        QTest::newRow("high contrast")
            << Settings::Theme::HighContrast << QStringLiteral("high_contrast");
    }

    void themeIds()
    {
        QFETCH(Settings::Theme, theme);
        QFETCH(QString, id);
        QCOMPARE(Settings::themeId(theme), id);
        QCOMPARE(Settings::themeFromId(id), std::optional<Settings::Theme>(theme));
        QSettings store(path(), QSettings::IniFormat);
        Settings settings(store);
        settings.setTheme(theme);
        QCOMPARE(settings.theme(), theme);
    }

    // A hand-edited or damaged file never yields an unusable value: each reader falls back.
    void damagedValuesFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown theme")
            << QStringLiteral("Interface/Theme") << QVariant(QStringLiteral("purple"));
        QTest::newRow("unknown language")
            << QStringLiteral("Interface/Language") << QVariant(QStringLiteral("xx"));
        QTest::newRow("x min not a number")
            << QStringLiteral("Explorer/XMin") << QVariant(QStringLiteral("abc"));
        QTest::newRow("x min above max") << QStringLiteral("Explorer/XMin") << QVariant(9.0);
        QTest::newRow("x min infinite") << QStringLiteral("Explorer/XMin")
                                        << QVariant(-std::numeric_limits<double>::infinity());
        QTest::newRow("x max NaN") << QStringLiteral("Explorer/XMax")
                                   << QVariant(std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("empty activation")
            << QStringLiteral("Explorer/LastActivation") << QVariant(QString());
    }

    void damagedValuesFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QSettings store(path(), QSettings::IniFormat);
        store.setValue(QStringLiteral("Explorer/XMin"), -1.0);
        store.setValue(QStringLiteral("Explorer/XMax"), 1.0);
        store.setValue(key, value);
        const Settings settings(store);
        QCOMPARE(settings.theme(), Settings::Theme::Light);
        QCOMPARE(settings.lastActivation(), QStringLiteral("relu"));
        QVERIFY(LanguageManager::availableLanguages().contains(settings.language()));
        const Settings::XRange range = settings.explorerXRange();
        QVERIFY(std::isfinite(range.min) && std::isfinite(range.max) && range.min < range.max);
        if (key.startsWith(QLatin1String("Explorer/X"))) {
            QCOMPARE(range.min, -5.0);
            QCOMPARE(range.max, 5.0);
        }
    }

    void nonNumericParametersAreDropped()
    {
        QSettings store(path(), QSettings::IniFormat);
        Settings settings(store);
        settings.setLastParameters(
            {{QStringLiteral("alpha"), 1.5},
             {QStringLiteral("beta"), QStringLiteral("abc")},
             {QStringLiteral("gamma"), std::numeric_limits<double>::infinity()}});
        const QVariantMap parameters = settings.lastParameters();
        QCOMPARE(parameters.keys(), QStringList({QStringLiteral("alpha")}));
        QCOMPARE(parameters.value(QStringLiteral("alpha")).toDouble(), 1.5);
    }

    void recentSessionsAreMostRecentFirstAndBounded()
    {
        QSettings store(path(), QSettings::IniFormat);
        Settings settings(store);
        for (int i = 0; i < Settings::maxRecentSessions + 3; ++i)
            settings.addRecentSession(QStringLiteral("/s%1.relulab").arg(i));
        QStringList recent = settings.recentSessions();
        QCOMPARE(recent.size(), Settings::maxRecentSessions);
        QCOMPARE(recent.first(), QStringLiteral("/s12.relulab"));
        QCOMPARE(recent.last(), QStringLiteral("/s3.relulab"));

        settings.addRecentSession(QStringLiteral("/s5.relulab")); // reopened: moves to the front
        recent = settings.recentSessions();
        QCOMPARE(recent.size(), Settings::maxRecentSessions);
        QCOMPARE(recent.first(), QStringLiteral("/s5.relulab"));
        QCOMPARE(recent.count(QStringLiteral("/s5.relulab")), 1);

        settings.removeRecentSession(QStringLiteral("/s12.relulab"));
        QVERIFY(!settings.recentSessions().contains(QStringLiteral("/s12.relulab")));
        QCOMPARE(settings.recentSessions().size(), Settings::maxRecentSessions - 1);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
