// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The lab's scenario picker: the bundled scenarios' titles follow the language; a teacher's own
// scenario is listed, chosen and removed.
#include "io/languagemanager.h"
#include "io/scenariofile.h"
#include "scenariotesting.h"
#include "ui/networklab/scenariopanel.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
using namespace ReluLab;
using namespace ReluLab::Testing;

class TestScenarioPanel final : public QObject
{
    Q_OBJECT

private slots:
    void textFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Negative bias kills");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << bundledScenario(QStringLiteral("negative_bias"))->title.zhCN;
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW")
                               << bundledScenario(QStringLiteral("negative_bias"))->title.zhTW;
    }

    void textFollowsTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTemporaryDir user;
        LanguageManager::instance()->setLanguage(language);
        ScenarioPanel panel(nullptr, user.path());
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("scenario_negative_bias"));
        QVERIFY(button);
        QCOMPARE(button->text(), expected);
        // The switch arrives as a posted LanguageChange event.
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(button->text(), QStringLiteral("Negative bias kills"));
    }

    void panelListsChoosesAndRemovesTeacherScenarios()
    {
        QTemporaryDir user;
        ScenarioPanel panel(nullptr, user.path());
        const std::size_t bundledCount = panel.scenarios().size();
        Core::TrainingConfig config = bundledScenario(QStringLiteral("why_nonlinear"))->config;
        config.seed = 42;
        QString error;
        const QString path = panel.saveUserScenario(config, QStringLiteral("XOR again"),
                                                    QStringLiteral("Watch the boundary."), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(panel.scenarios().size(), bundledCount + 1);
        QCOMPARE(panel.currentId(), QStringLiteral("user_xor_again"));
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("scenario_user_xor_again"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("XOR again"));

        Core::TrainingConfig chosen;
        connect(&panel, &ScenarioPanel::scenarioChosen, this,
                [&chosen](const Core::TrainingConfig &c) { chosen = c; });
        QVERIFY(panel.choose(QStringLiteral("user_xor_again")));
        QCOMPARE(chosen.seed, std::uint64_t(42));
        QCOMPARE(canonical(chosen), canonical(config));

        QVERIFY(!panel.removeUserScenario(QStringLiteral("negative_bias"), &error));
        QVERIFY(panel.removeUserScenario(QStringLiteral("user_xor_again"), &error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(panel.scenarios().size(), bundledCount);
    }
};

QTEST_MAIN(TestScenarioPanel)
#include "tst_scenariopanel.moc"
