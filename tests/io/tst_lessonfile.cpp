// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Lesson files: the bundled ones are complete in three languages and together use every kind
// of step; a teacher's English-only file reads; broken files are refused with the JSON path of
// the problem (and the file's name); the step rule (conditions, their timeout, the switch) and
// the headless runner behind `relulab lesson --check`.
#include "io/lessonfile.h"
#include "io/lessonrunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ReluLab;

namespace {

// A small teacher's lesson in English only: a Lab step on a small data set, then an Explorer
// step. The broken rows below replace one piece of this text.
const QByteArray teacherLesson = R"({
  "format": "relulab-lesson", "version": 1, "id": "teacher", "title": {"en": "Mine"},
  "steps": [
    {"title": {"en": "One"}, "text": {"en": "Train."},
     "lab": {"config": {"dataset": {"name": "moons", "samples": 100},
                        "network": {"hidden": [8, 8]}, "batch_size": 25},
             "train": {"epochs": 3, "until": {"kind": "epoch", "at_least": 2}}},
     "question": {"kind": "number", "prompt": {"en": "How sparse?"},
                  "measure": {"kind": "sparsity", "layer": 1}, "tolerance": 0.1},
     "expect": [{"kind": "epoch", "at_least": 2}]},
    {"title": {"en": "Two"}, "text": {"en": "Look."},
     "explorer": {"activation": {"id": "elu", "parameters": {"alpha": 0.5}},
                  "overlays": [{"id": "relu"}]},
     "point_at": {"target": "explorer.plot", "callout": {"en": "Here"}},
     "question": {"kind": "choice", "prompt": {"en": "Which?"},
                  "choices": [{"en": "a"}, {"en": "b"}], "answer": 1}}
  ]})";

Core::Diagnostics atEpoch(int epoch, double deadFraction, bool diverged = false)
{
    Core::Diagnostics d;
    d.epoch = epoch;
    Core::LayerDiagnostics layer;
    layer.units = 10;
    layer.deadUnits = int(deadFraction * 10);
    d.layers.push_back(layer);
    d.status = diverged ? Core::TrainingStatus::Diverged : Core::TrainingStatus::Ok;
    return d;
}

} // namespace

class TestLessonFile final : public QObject
{
    Q_OBJECT

private slots:
    void bundledLessonsAreComplete()
    {
        const std::vector<Lesson> &lessons = LessonFile::bundled();
        // Every lesson file of resources/lessons is bundled and reads.
        const QDir folder(QStringLiteral(RELULAB_TEST_DATA_DIR "/../resources/lessons"));
        const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 2);
        QCOMPARE(lessons.size(), std::size_t(files.size()));
        bool explorer = false, overlays = false, scenario = false, config = false, epochs = false,
             until = false, switched = false, pointAt = false, choice = false, number = false;
        for (const Lesson &lesson : lessons) {
            QVERIFY2(!lesson.lacksChinese, qPrintable(lesson.id));
            QVERIFY(lesson.bundled);
            QVERIFY(!lesson.title.zhCN.isEmpty() && lesson.title.zhCN != lesson.title.en);
            for (const LessonStep &step : lesson.steps) {
                QVERIFY(!step.text.zhTW.isEmpty() && step.text.zhTW != step.text.zhCN);
                explorer = explorer || (step.explorer && step.explorer->activation);
                overlays = overlays || (step.explorer && step.explorer->overlays);
                if (step.lab) {
                    scenario = scenario || !step.lab->scenario.isEmpty();
                    config = config || (step.lab->config && step.lab->scenario.isEmpty())
                             || step.lab->config;
                    epochs = epochs || (step.lab->epochs > 0 && !step.lab->until);
                    until = until || step.lab->until;
                    switched = switched || step.lab->switchActivation;
                }
                pointAt = pointAt || !step.pointAt.isEmpty();
                if (step.question) {
                    choice = choice || step.question->kind == LessonQuestion::Kind::Choice;
                    number = number || step.question->kind == LessonQuestion::Kind::Number;
                }
            }
        }
        QVERIFY(explorer && overlays && scenario && config && epochs && until && switched && pointAt
                && choice && number);
    }

    void teacherLessonReads()
    {
        const ReadResult<Lesson> lesson = LessonFile::fromJson(teacherLesson);
        QVERIFY2(lesson, qPrintable(lesson.errorString()));
        QCOMPARE(lesson->id, QStringLiteral("teacher"));
        QVERIFY(lesson->lacksChinese);
        QCOMPARE(lesson->steps.size(), std::size_t(2));
        const LessonStep &first = lesson->steps[0];
        QVERIFY(first.lab && first.lab->config);
        QCOMPARE(first.lab->config->network.hidden, (std::vector<int>{8, 8}));
        QCOMPARE(first.lab->epochs, 3);
        QVERIFY(first.lab->until);
        QCOMPARE(first.shownWorkspace(), QStringLiteral("network"));
        const LessonStep &second = lesson->steps[1];
        QCOMPARE(second.explorer->activation->id, QStringLiteral("elu"));
        QCOMPARE(second.explorer->activation->parameters.at("alpha"), 0.5);
        QCOMPARE(second.explorer->overlays->size(), std::size_t(1));
        QCOMPARE(second.pointAt, QStringLiteral("explorer.plot"));
        QCOMPARE(second.question->answer, 1);
        QCOMPARE(second.shownWorkspace(), QStringLiteral("explorer"));
        // Without Chinese the English text is shown.
        QCOMPARE(second.title.text(QStringLiteral("zh_CN")), QStringLiteral("Two"));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        const auto row =
            [](const char *name, const char *from, const char *to, const char *message) {
            QTest::newRow(name) << QByteArray(from) << QByteArray(to) << QString::fromUtf8(message);
        };
        row("not JSON", "\"steps\": [", "\"steps\" [", "not valid JSON");
        row("wrong format", "relulab-lesson", "relulab-session", "format:");
        row("bad id", "\"teacher\"", "\"Teacher!\"", "id:");
        row("no English", "{\"en\": \"Two\"}", "{\"zh_CN\": \"二\"}", "steps[1].title");
        row("unknown key", "\"point_at\"", "\"pointat\"", "steps[1].pointat");
        row("unknown target", "explorer.plot", "explorer.nowhere", "steps[1].point_at.target");
        row("unknown activation", "\"elu\"", "\"elux\"", "steps[1].explorer.activation");
        row("bad parameter", "\"alpha\": 0.5", "\"beta\": 0.5", "steps[1].explorer.activation");
        row("unknown condition", "\"kind\": \"epoch\", \"at_least\": 2}}",
            "\"kind\": \"gradient\", \"at_least\": 2}}", "steps[0].lab.train.until.kind");
        row("both comparisons", "\"kind\": \"epoch\", \"at_least\": 2}]",
            "\"kind\": \"epoch\", \"at_least\": 2, \"at_most\": 3}]", "steps[0].expect[0]");
        row("at most a fraction above 1", "\"kind\": \"epoch\", \"at_least\": 2}]",
            "\"kind\": \"dead_fraction\", \"layer\": 1, \"at_most\": 1.5}]", "steps[0].expect[0]");
        row("no comparison", "\"kind\": \"epoch\", \"at_least\": 2}]", "\"kind\": \"loss\"}]",
            "steps[0].expect[0]");
        row("claim id beyond T32", "\"title\": {\"en\": \"Two\"},",
            "\"title\": {\"en\": \"Two\"}, \"teaches\": [\"T2\", \"T33\"],", "steps[1].teaches[1]");
        row("claim id T0", "\"title\": {\"en\": \"Two\"},",
            "\"title\": {\"en\": \"Two\"}, \"teaches\": [\"T0\"],", "steps[1].teaches[0]");
        row("claim id not a string", "\"title\": {\"en\": \"Two\"},",
            "\"title\": {\"en\": \"Two\"}, \"teaches\": [13],", "steps[1].teaches[0]");
        row("layer out of range", "\"layer\": 1}", "\"layer\": 3}",
            "steps[0].question.measure.layer");
        row("fraction above 1", "\"kind\": \"epoch\", \"at_least\": 2}]",
            "\"kind\": \"sparsity\", \"layer\": 1, \"at_least\": 2}]", "steps[0].expect[0]");
        row("no epochs", "\"epochs\": 3, ", "", "steps[0].lab.train");
        row("bad config", "\"hidden\": [8, 8]", "\"hidden\": [8, -8]", "config.network.hidden[1]");
        row("answer out of range", "\"answer\": 1", "\"answer\": 2", "steps[1].question.answer");
        row("one choice", "[{\"en\": \"a\"}, {\"en\": \"b\"}]", "[{\"en\": \"a\"}]",
            "steps[1].question.choices");
        row("no tolerance", ", \"tolerance\": 0.1", "", "steps[0].question");
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray json = teacherLesson;
        QVERIFY(json.contains(from));
        json.replace(from, to);
        const ReadResult<Lesson> lesson = LessonFile::fromJson(json);
        QVERIFY(!lesson);
        QVERIFY2(lesson.errorString().contains(message), qPrintable(lesson.errorString()));

        // Read from a file, the message names it too.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const ReadResult<Lesson> read = LessonFile::read(path);
        QVERIFY(!read);
        QVERIFY2(read.errorString().contains(QStringLiteral("broken.json"))
                     && read.errorString().contains(message),
                 qPrintable(read.errorString()));
    }

    void labStepNeedsARun()
    {
        const ReadResult<Lesson> lesson = LessonFile::fromJson(R"({
            "format": "relulab-lesson", "version": 1, "id": "x", "title": {"en": "X"},
            "steps": [{"title": {"en": "A"}, "text": {"en": "B"},
                       "lab": {"train": {"epochs": 2}}}]})");
        QVERIFY(!lesson);
        QVERIFY2(lesson.errorString().startsWith(QStringLiteral("steps[0].lab:")),
                 qPrintable(lesson.errorString()));
    }

    void openByIdOrPath()
    {
        QVERIFY(LessonFile::open(QStringLiteral("dead_neurons")));
        const ReadResult<Lesson> unknown = LessonFile::open(QStringLiteral("no_such_lesson"));
        QVERIFY(!unknown);
        QVERIFY(unknown.errorString().contains(QStringLiteral("no_such_lesson")));
    }

    // The step rule: the condition first (it may hold at once), then divergence, then the
    // most epochs (the timeout), then the switch when its epoch comes.
    void stepRule_data()
    {
        QTest::addColumn<int>("trained");
        QTest::addColumn<bool>("switched");
        QTest::addColumn<double>("dead");
        QTest::addColumn<bool>("diverged");
        QTest::addColumn<bool>("withCondition");
        QTest::addColumn<int>("action");
        QTest::newRow("condition holds at once")
            << 0 << false << 0.5 << false << true << int(LessonAction::Reached);
        QTest::newRow("keeps training")
            << 1 << false << 0.2 << false << true << int(LessonAction::TrainEpoch);
        QTest::newRow("switch when due")
            << 2 << false << 0.2 << false << true << int(LessonAction::Switch);
        QTest::newRow("switch made")
            << 2 << true << 0.2 << false << true << int(LessonAction::TrainEpoch);
        QTest::newRow("timeout") << 4 << true << 0.2 << false << true
                                 << int(LessonAction::NotReached);
        QTest::newRow("reached on the last epoch")
            << 4 << true << 0.5 << false << true << int(LessonAction::Reached);
        QTest::newRow("diverged") << 1 << false << 0.2 << true << true
                                  << int(LessonAction::Diverged);
        QTest::newRow("plain epochs done")
            << 4 << true << 0.0 << false << false << int(LessonAction::Done);
    }

    void stepRule()
    {
        QFETCH(int, trained);
        QFETCH(bool, switched);
        QFETCH(double, dead);
        QFETCH(bool, diverged);
        QFETCH(bool, withCondition);
        QFETCH(int, action);
        LessonLabState lab;
        lab.epochs = 4;
        if (withCondition)
            lab.until = Core::StopCondition{Core::ConditionKind::DeadFraction, 1, 0.5};
        lab.switchActivation = LessonSwitch{2, 0, Core::LayerActivation{"leaky_relu", {}}};
        const LessonProgress progress{trained, switched};
        QCOMPARE(int(nextLessonAction(lab, progress, atEpoch(trained, dead, diverged))), action);
    }

    // The headless run: the until-condition met within the limit, a timeout, a switch, and a
    // continued run; the claims and the number question's measured answer.
    void headlessRun()
    {
        QByteArray json = teacherLesson;
        // A third step continues the run: at most 2 more epochs until epoch 10 (not reached),
        // switching every layer to Leaky ReLU after one.
        json.replace(R"(  ]})", R"(,
    {"title": {"en": "Three"}, "text": {"en": "More."},
     "lab": {"train": {"epochs": 2, "until": {"kind": "epoch", "at_least": 10}},
             "switch": {"at_epoch": 1, "activation": {"id": "leaky_relu"}}},
     "expect": [{"kind": "epoch", "at_least": 10}]}
  ]})");
        const ReadResult<Lesson> lesson = LessonFile::fromJson(json);
        QVERIFY2(lesson, qPrintable(lesson.errorString()));
        const std::vector<LessonStepReport> reports = LessonRunner::run(lesson.value());
        QCOMPARE(reports.size(), std::size_t(3));
        QVERIFY(reports[0].ran && reports[0].error.isEmpty());
        QCOMPARE(int(reports[0].outcome), int(LessonAction::Reached));
        QCOMPARE(reports[0].epoch, 2);
        QCOMPARE(reports[0].epochsTrained, 2);
        QVERIFY(reports[0].measured && *reports[0].measured >= 0.0 && *reports[0].measured <= 1.0);
        QCOMPARE(reports[0].claims.size(), std::size_t(1));
        QVERIFY(reports[0].claims[0].holds);
        QVERIFY(!reports[1].ran);
        QCOMPARE(int(reports[2].outcome), int(LessonAction::NotReached));
        QCOMPARE(reports[2].epochsTrained, 2);
        QCOMPARE(reports[2].epoch, 4);
        QVERIFY(reports[2].switched);
        QVERIFY(!reports[2].claims[0].holds);
    }

    void conditionsInWords()
    {
        QCOMPARE(LessonRunner::describe({Core::ConditionKind::Epoch, 1, 20}),
                 QStringLiteral("epoch ≥ 20"));
        QCOMPARE(LessonRunner::describe({Core::ConditionKind::DeadFraction, 2, 0.3}),
                 QStringLiteral("dead units in layer 2 ≥ 30 %"));
        QCOMPARE(LessonRunner::describe({Core::ConditionKind::Sparsity, 1, 0.55, true}),
                 QStringLiteral("sparsity of layer 1 ≤ 55 %"));
        QCOMPARE(LessonRunner::describe({Core::ConditionKind::GradientRatio, 1, 1e-3, true}),
                 QStringLiteral("gradient norm of layer 1 / output layer ≤ 1.0e-03"));
        QCOMPARE(LessonRunner::describe({Core::ConditionKind::Loss, 1, 0.25, true}),
                 QStringLiteral("training loss ≤ 0.25"));
    }

    // "teaches" names the syllabus's claims; "at_most" bounds a value from above; a step may
    // look at a fresh network (0 epochs); the claims are measured on the run as the step left it.
    void claimIdsUpperBoundsAndFreshRuns()
    {
        QByteArray json = teacherLesson;
        json.replace(R"("title": {"en": "Two"},)",
                     R"("title": {"en": "Two"}, "teaches": ["T10", "T2", "T10"],)");
        json.replace(R"(  ]})", R"(,
    {"title": {"en": "Three"}, "text": {"en": "Fresh."}, "teaches": ["T15"],
     "lab": {"config": {"dataset": {"name": "moons", "samples": 200, "standardise": true},
                        "network": {"hidden": [32], "bias_init": 0}},
             "train": {"epochs": 0}},
     "expect": [{"kind": "epoch", "at_most": 0},
                {"kind": "sparsity", "layer": 1, "at_least": 0.3},
                {"kind": "sparsity", "layer": 1, "at_most": 0.7},
                {"kind": "inactive_fraction", "layer": 1, "at_most": 0.2},
                {"kind": "mean_activation", "layer": 1, "at_least": 0},
                {"kind": "gradient_ratio", "at_least": 0}]}
  ]})");
        const ReadResult<Lesson> lesson = LessonFile::fromJson(json);
        QVERIFY2(lesson, qPrintable(lesson.errorString()));
        QCOMPARE(lesson->steps[0].teaches, QStringList());
        QCOMPARE(lesson->steps[1].teaches,
                 (QStringList{QStringLiteral("T10"), QStringLiteral("T2")}));
        const LessonStep &fresh = lesson->steps[2];
        QCOMPARE(fresh.lab->epochs, 0);
        QCOMPARE(fresh.claims.size(), std::size_t(6));
        QVERIFY(fresh.claims[0].atMost && !fresh.claims[1].atMost && fresh.claims[2].atMost);

        const std::vector<LessonStepReport> reports = LessonRunner::run(lesson.value());
        const LessonStepReport &report = reports[2];
        QCOMPARE(report.epoch, 0);
        QCOMPARE(report.epochsTrained, 0);
        for (const LessonStepReport::Claim &claim : report.claims)
            QVERIFY2(claim.holds, qPrintable(LessonRunner::describe(claim.condition)));

        // Another seed is another initialisation: the fresh layer's sparsity moves, the data
        // does not (the dataset keeps its seed).
        const std::vector<LessonStepReport> other = LessonRunner::run(lesson.value(), 3);
        QCOMPARE(other[2].claims.size(), report.claims.size());
        QVERIFY(other[2].claims[1].value != report.claims[1].value);
    }
};

QTEST_GUILESS_MAIN(TestLessonFile)
#include "tst_lessonfile.moc"
