// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Classroom scenarios are data: one session file each in resources/scenarios, the one source
// the lab, `relulab scenario` and the PyTorch comparison read. The bundled files are complete in
// all three languages; a teacher's own scenario saves, reads back and can be listed; a hostile
// file is refused with its path.
#include "io/scenariofile.h"
#include "scenariotesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ReluLab;
using namespace ReluLab::Testing;

class TestScenarioFiles final : public QObject
{
    Q_OBJECT

private slots:
    void bundledFilesAreComplete_data()
    {
        QTest::addColumn<QString>("id");
        for (const Scenario &scenario : ScenarioFile::bundled())
            QTest::newRow(qPrintable(scenario.id)) << scenario.id;
    }

    void bundledFilesAreComplete()
    {
        QFETCH(QString, id);
        const Scenario *scenario = bundledScenario(id);
        QVERIFY(scenario);
        QVERIFY(scenario->bundled);
        QVERIFY(!scenario->contrasts.empty());
        for (const ScenarioContrast &contrast : scenario->contrasts) {
            const LocalizedText &title = contrast.title;
            QVERIFY(!title.en.isEmpty() && !title.zhCN.isEmpty() && !title.zhTW.isEmpty());
            // A contrast that changes nothing would show the same run under another title.
            QVERIFY2(canonical(contrast.config) != canonical(scenario->config),
                     qPrintable(title.en));
        }
        for (const LocalizedText *text : {&scenario->title, &scenario->explanation}) {
            QVERIFY(!text->en.isEmpty());
            QVERIFY(!text->zhCN.isEmpty());
            QVERIFY(!text->zhTW.isEmpty());
            QVERIFY(text->zhCN != text->en && text->zhTW != text->en);
        }
        QCOMPARE(scenario->bornDeadCount, id == QLatin1String("born_dead"));
        QVERIFY(scenario->focusLayer >= 1
                && scenario->focusLayer <= int(scenario->config.network.hidden.size()));
        // The explanation of vanishing gradients talks about the gradient norms.
        QCOMPARE(scenario->view, id == QLatin1String("vanishing_gradients")
                                     ? QStringLiteral("gradient_norms")
                                     : QStringLiteral("sparsity"));
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
        Core::TrainingConfig config = bundledScenario(QStringLiteral("negative_bias"))->config;
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

    // A contrast may change any setting, not only the network: its "config" is merged over the
    // scenario's, objects key by key and lists whole.
    void contrastOverridesAnySetting()
    {
        const QByteArray json = R"({"format": "relulab-session", "version": 1,
            "config": {"activity_l1": 0.001, "seed": 3, "dataset": {"name": "moons", "noise": 0.2},
                       "network": {"hidden": [8, 8, 8], "init": "he_normal"}},
            "scenario": {"id": "a", "title": "x", "focus_layer": 3, "contrasts": [
                {"title": {"en": "No penalty", "zh_CN": "无惩罚", "zh_TW": "無懲罰"},
                 "config": {"activity_l1": 0, "seed": 7, "dataset": {"noise": 0.05},
                            "network": {"hidden": [4, 4]}}}]}})";
        const ReadResult<Scenario> scenario = ScenarioFile::fromJson(json);
        QVERIFY2(scenario.ok(), qPrintable(scenario.errorString()));
        QCOMPARE(scenario->focusLayer, 3);
        QCOMPARE(scenario->contrasts.size(), std::size_t(1));
        const ScenarioContrast &contrast = scenario->contrasts.front();
        QCOMPARE(contrast.title.text(QStringLiteral("zh_TW")), QStringLiteral("無懲罰"));
        QCOMPARE(contrast.config.activityL1, 0.0);
        QCOMPARE(contrast.config.seed, std::uint64_t(7));
        QCOMPARE(contrast.config.data.noise, 0.05);
        QCOMPARE(contrast.config.data.name, std::string("moons"));
        QCOMPARE(contrast.config.network.hidden, (std::vector<int>{4, 4}));
        QVERIFY(contrast.config.network.init == Core::InitScheme::HeNormal);
        QCOMPARE(scenario->config.activityL1, 0.001);
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
                   + R"("scenario": {"id": "a", "title": "x", "contrasts": [{"title": "y", )"
                     R"("config": {"network": {"hidden": [1000000000]}}}]}})"
            << QStringLiteral("scenario.contrasts[0]");
        QTest::newRow("unknown activation in contrast")
            << head
                   + R"("scenario": {"id": "a", "title": "x", "contrasts": [{"title": "y", )"
                     R"("config": {"network": {"activations": [{"id": "nope"}]}}}]}})"
            << QStringLiteral("nope");
        QTest::newRow("too many contrasts")
            << head + R"("scenario": {"id": "a", "title": "x", "contrasts": [)"
                   + QByteArray("{},").repeated(9) + R"({}]}})"
            << QStringLiteral("scenario.contrasts");
        QTest::newRow("contrast without config")
            << head + R"("scenario": {"id": "a", "title": "x", "contrasts": [{"title": "y"}]}})"
            << QStringLiteral("scenario.contrasts[0]");
        QTest::newRow("focus layer beyond the network")
            << head
                   + R"("config": {"network": {"hidden": [8, 8]}}, )"
                     R"("scenario": {"id": "a", "title": "x", "focus_layer": 3}})"
            << QStringLiteral("scenario.focus_layer");
        QTest::newRow("focus layer 0")
            << head + R"("scenario": {"id": "a", "title": "x", "focus_layer": 0}})"
            << QStringLiteral("scenario.focus_layer");
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

QTEST_GUILESS_MAIN(TestScenarioFiles)
#include "tst_scenariofiles.moc"
