// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Classroom scenarios are data: one session file each in resources/scenarios. The
// bundled files must describe exactly the presets that `relulab scenario` and the PyTorch
// comparison run (core/network/scenarios.cpp), in all three languages; a teacher's own
// scenario saves, reads back and can be removed; a hostile file is refused with its path.
#include "core/network/scenarios.h"
#include "io/languagemanager.h"
#include "io/scenariofile.h"
#include "ui/networklab/scenariopanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace ReluLab;

namespace {

// Two configurations are equal when they serialise to the same session JSON: every field the
// file format knows, with no hand-written comparison to forget one.
QByteArray canonical(const Core::TrainingConfig &config)
{
    Session session;
    session.config = config;
    QString error;
    const std::optional<QByteArray> json = SessionFile::toJson(session, &error);
    return json ? *json : error.toUtf8();
}

const Scenario *bundledScenario(const QString &id)
{
    for (const Scenario &scenario : ScenarioFile::bundled()) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

} // namespace

class TestScenarioFiles final : public QObject
{
    Q_OBJECT

private slots:
    void bundledFilesMatchCorePresets_data()
    {
        QTest::addColumn<QString>("id");
        for (const Core::ScenarioPreset &preset : Core::scenarioPresets())
            QTest::newRow(preset.id.c_str()) << QString::fromStdString(preset.id);
    }

    void bundledFilesMatchCorePresets()
    {
        QFETCH(QString, id);
        const Core::ScenarioPreset *preset = Core::findScenario(id.toStdString());
        QVERIFY(preset);
        const Scenario *scenario = bundledScenario(id);
        QVERIFY2(scenario, "no resources/scenarios file for this preset");
        QVERIFY(scenario->bundled);
        QCOMPARE(canonical(scenario->config), canonical(Core::scenarioConfig(*preset, 0)));
        QCOMPARE(scenario->contrasts.size(), preset->contrasts.size());
        for (std::size_t i = 0; i < scenario->contrasts.size(); ++i) {
            QCOMPARE(canonical(scenario->contrasts[i].config),
                     canonical(Core::scenarioConfig(*preset, i + 1)));
            const LocalizedText &label = scenario->contrasts[i].label;
            QVERIFY(!label.en.isEmpty() && !label.zhCN.isEmpty() && !label.zhTW.isEmpty());
        }
        for (const LocalizedText *text : {&scenario->title, &scenario->explanation}) {
            QVERIFY(!text->en.isEmpty());
            QVERIFY(!text->zhCN.isEmpty());
            QVERIFY(!text->zhTW.isEmpty());
            QVERIFY(text->zhCN != text->en && text->zhTW != text->en);
        }
        QCOMPARE(scenario->bornDeadCount, id == QLatin1String("born_dead"));
        // The explanation of vanishing gradients talks about the gradient norms.
        QCOMPARE(scenario->view, id == QLatin1String("vanishing_gradients")
                                     ? QStringLiteral("gradient_norms")
                                     : QStringLiteral("sparsity"));
    }

    void bundledFilesAreInTeachingOrder()
    {
        QStringList files;
        for (const Scenario &scenario : ScenarioFile::bundled())
            files << scenario.id;
        QStringList presets;
        for (const Core::ScenarioPreset &preset : Core::scenarioPresets())
            presets << QString::fromStdString(preset.id);
        QCOMPARE(files, presets);
    }

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

    void oneLanguageTextShowsEverywhere()
    {
        const LocalizedText english{QStringLiteral("Mine"), QString(), QString()};
        QCOMPARE(english.text(QStringLiteral("zh_TW")), QStringLiteral("Mine"));
        const LocalizedText simplified{QString(), QStringLiteral("我的"), QString()};
        QCOMPARE(simplified.text(QStringLiteral("zh_TW")), QStringLiteral("我的"));
        QCOMPARE(simplified.text(QStringLiteral("en")), QStringLiteral("我的"));
    }

    void teacherScenarioRoundTrip()
    {
        QTemporaryDir user;
        Core::TrainingConfig config = Core::findScenario("negative_bias")->config;
        config.network.hidden = {32, 16, 8};
        config.optimizer.learningRate = 0.03;
        QString error;
        const QString first
            = ScenarioFile::saveUserScenario(user.path(), config,
                                             QStringLiteral("  Dead at -3, deeper  "),
                                             QStringLiteral("Watch layer 3."), &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("dead_at_3_deeper.json"));
        const QString second = ScenarioFile::saveUserScenario(user.path(), config,
                                                              QStringLiteral("Dead at -3, deeper"),
                                                              QString(), &error);
        QCOMPARE(QFileInfo(second).fileName(), QStringLiteral("dead_at_3_deeper_2.json"));
        const QString chinese = ScenarioFile::saveUserScenario(user.path(), config,
                                                               QStringLiteral("负偏置"), QString(),
                                                               &error);
        QCOMPARE(QFileInfo(chinese).fileName(), QStringLiteral("scenario.json"));

        const ReadResult<Scenario> read = ScenarioFile::read(first);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read->id, QStringLiteral("user_dead_at_3_deeper"));
        QCOMPARE(read->title.text(QStringLiteral("zh_CN")), QStringLiteral("Dead at -3, deeper"));
        QCOMPARE(read->explanation.text(QStringLiteral("en")), QStringLiteral("Watch layer 3."));
        QCOMPARE(canonical(read->config), canonical(config));
        QVERIFY(!read->bundled);
        // A scenario file is also a session file: File ▸ Open reads it.
        QVERIFY(SessionFile::read(first).ok());

        QStringList problems;
        QCOMPARE(ScenarioFile::userScenarios(user.path(), &problems).size(), std::size_t(3));
        QVERIFY(problems.isEmpty());
        QVERIFY(ScenarioFile::saveUserScenario(user.path(), config, QStringLiteral("   "),
                                               QString(), &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void panelListsChoosesAndRemovesTeacherScenarios()
    {
        QTemporaryDir user;
        ScenarioPanel panel(nullptr, user.path());
        const std::size_t bundledCount = panel.scenarios().size();
        Core::TrainingConfig config = Core::findScenario("why_nonlinear")->config;
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

    void refusesBadScenarios_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = R"({"format": "relulab-session", "version": 1, )";
        QTest::newRow("plain session") << head + R"("config": {}})" << QStringLiteral("scenario");
        QTest::newRow("bad id") << head + R"("scenario": {"id": "Bad Id!", "title": "x"}})"
                                << QStringLiteral("scenario.id");
        QTest::newRow("title is a number")
            << head + R"("scenario": {"id": "a", "title": 3}})" << QStringLiteral("scenario.title");
        QTest::newRow("contrast of 10^9 units")
            << head
                   + R"("scenario": {"id": "a", "title": "x", "contrasts": [{"label": "y", )"
                     R"("network": {"hidden": [1000000000]}}]}})"
            << QStringLiteral("scenario.contrasts[0]");
        QTest::newRow("unknown activation in contrast")
            << head
                   + R"("scenario": {"id": "a", "title": "x", "contrasts": [{"label": "y", )"
                     R"("network": {"activations": [{"id": "nope"}]}}]}})"
            << QStringLiteral("nope");
        QTest::newRow("too many contrasts")
            << head + R"("scenario": {"id": "a", "title": "x", "contrasts": [)"
                   + QByteArray("{},").repeated(9) + R"({}]}})"
            << QStringLiteral("scenario.contrasts");
        QTest::newRow("unknown view")
            << head + R"("scenario": {"id": "a", "title": "x", "view": "everything"}})"
            << QStringLiteral("scenario.view");
        QTest::newRow("bad config")
            << head + R"("config": {"epochs": -5}, "scenario": {"id": "a", "title": "x"}})"
            << QStringLiteral("epochs");
    }

    void refusesBadScenarios()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const ReadResult<Scenario> scenario = ScenarioFile::fromJson(json);
        QVERIFY(!scenario.ok());
        QVERIFY2(scenario.errorString().contains(mentions), qPrintable(scenario.errorString()));
    }
};

QTEST_MAIN(TestScenarioFiles)
#include "tst_scenariofiles.moc"
