// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The Lessons tab drives the real Explorer and Network Lab: each kind of step (activation,
// parameters, overlays; a configuration; N epochs; until a condition; the timeout; a switch
// mid-training; divergence; a pointer), the check questions, the keys a clicker sends, the
// finished lessons kept in the settings and the language switch.
#include "io/languagemanager.h"
#include "ui/explorer/activationplot.h"
#include "ui/explorer/explorerwidget.h"
#include "ui/lessons/callout.h"
#include "ui/lessons/lessondriver.h"
#include "ui/lessons/lessonsworkspace.h"
#include "ui/mainwindow.h"
#include "ui/networklab/gradientview.h"
#include "ui/networklab/histogramview.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/sparsityview.h"
#include "ui/networklab/trainingcontroller.h"
#include "ui/settings.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace ReluLab;

namespace {

// One small run (fast), then the step under test.
QByteArray lessonWith(const QByteArray &labStep)
{
    return R"({"format": "relulab-lesson", "version": 1, "id": "t", "title": {"en": "T"},
      "steps": [
        {"title": {"en": "Explore"}, "text": {"en": "Look."},
         "explorer": {"activation": {"id": "elu", "parameters": {"alpha": 0.5}},
                      "overlays": [{"id": "relu"}]},
         "point_at": {"target": "explorer.plot", "callout": {"en": "The curve"}},
         "question": {"kind": "choice", "prompt": {"en": "Which?"},
                      "choices": [{"en": "a"}, {"en": "b"}], "answer": 1}},
        {"title": {"en": "Run"}, "text": {"en": "Train."},
         "lab": {"config": {"dataset": {"name": "moons", "samples": 100},
                            "network": {"hidden": [8, 8]}, "batch_size": 50}}},
        )" + labStep
           + R"(]})";
}

Lesson parsed(const QByteArray &json)
{
    const ReadResult<Lesson> lesson = LessonFile::fromJson(json);
    if (!lesson)
        qFatal("%s", qPrintable(lesson.errorString()));
    return lesson.value();
}

} // namespace

class TestLessons final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReluLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lessons"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void init() { QSettings().clear(); }

    void tabAndMenu()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        QTabWidget *tabs = window.workspaces();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->widget(2), window.lessons());
        QCOMPARE(tabs->tabText(2), QStringLiteral("Lessons"));
        bool found = false;
        for (QAction *action : window.menuBar()->actions().front()->menu()->actions())
            found = found || action == window.lessons()->openLessonAction();
        QVERIFY(found);
    }

    // The Explorer step: activation, parameter, overlays and a pointer at the plot; a choice
    // question without a demo is revealed at once.
    void explorerStepAndChoice()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        LessonsWorkspace *lessons = window.lessons();
        lessons->openLesson(parsed(lessonWith(R"({"title": {"en": "x"}, "text": {"en": "y"}})")));
        QCOMPARE(window.explorer()->currentActivation(), QStringLiteral("elu"));
        QCOMPARE(window.explorer()->parameters().at("alpha"), 0.5);
        QCOMPARE(window.explorer()->plot()->overlays().size(), 1);
        Callout *callout = lessons->driver()->callout(QStringLiteral("explorer"));
        QCOMPARE(callout->target(), window.explorer()->plot());
        QCOMPARE(callout->text(), QStringLiteral("The curve"));
        QCOMPARE(lessons->progressText(), QStringLiteral("Step 1 of 3"));

        QSignalSpy finished(lessons->driver(), &LessonDriver::demoFinished);
        lessons->answerChoice(0);
        lessons->checkAnswer();
        QVERIFY(finished.wait(10000));
        QVERIFY2(lessons->resultText().contains(QStringLiteral("Not quite: the answer is b")),
                 qPrintable(lessons->resultText()));
    }

    // The Lab steps: each runs the demo by the step rule and reports its outcome.
    void labSteps_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("epoch");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("N epochs") << QByteArray(R"({"title": {"en": "A"}, "text": {"en": "B"},
                  "lab": {"train": {"epochs": 3}}})")
                                  << int(LessonAction::Done) << 3
                                  << QStringLiteral("Trained to epoch 3.");
        QTest::newRow("until reached")
            << QByteArray(R"({"title": {"en": "A"}, "text": {"en": "B"},
                  "lab": {"train": {"epochs": 5, "until": {"kind": "epoch", "at_least": 2}}}})")
            << int(LessonAction::Reached) << 2 << QStringLiteral("Reached: epoch ≥ 2, at epoch 2.");
        QTest::newRow("timeout")
            << QByteArray(R"({"title": {"en": "A"}, "text": {"en": "B"},
                  "lab": {"train": {"epochs": 2,
                                    "until": {"kind": "sparsity", "layer": 1, "at_least": 1}}}})")
            << int(LessonAction::NotReached) << 2
            << QStringLiteral("Not reached: sparsity of layer 1 ≥ 100 % did not happen within "
                              "the step's limit of 2 epochs.");
        QTest::newRow("diverged") << QByteArray(R"({"title": {"en": "A"}, "text": {"en": "B"},
                  "lab": {"config": {"dataset": {"name": "moons", "samples": 100},
                                     "network": {"hidden": [8]}, "batch_size": 50,
                                     "optimizer": {"lr": 1000000}},
                          "train": {"epochs": 20, "until": {"kind": "diverged"}}}})")
                                  << int(LessonAction::Reached) << -1
                                  << QStringLiteral("Reached: the run diverged");
    }

    void labSteps()
    {
        QFETCH(QByteArray, step);
        QFETCH(int, outcome);
        QFETCH(int, epoch);
        QFETCH(QString, sentence);
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        LessonsWorkspace *lessons = window.lessons();
        lessons->openLesson(parsed(lessonWith(step)));
        QSignalSpy finished(lessons->driver(), &LessonDriver::demoFinished);
        lessons->goToStep(1); // the small run
        QVERIFY(finished.wait(60000));
        finished.clear();
        lessons->goToStep(2);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<LessonAction>(), LessonAction(outcome));
        if (epoch >= 0)
            QCOMPARE(lessons->driver()->latest().epoch, epoch);
        QVERIFY2(lessons->resultText().contains(sentence), qPrintable(lessons->resultText()));
        // Try it yourself leaves the student in the Lab, with the run as the demo left it.
        lessons->tryItYourself();
        QCOMPARE(window.workspaces()->currentWidget(), window.networkLab());
    }

    // A step pointing at one per-layer view turns the Lab's chart tabs to it, and the pointer
    // frames the tabs.
    void chartViewTargets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("gradient norms") << QStringLiteral("lab.charts.gradient_norms");
        QTest::newRow("pre-activations") << QStringLiteral("lab.charts.pre_activations");
        QTest::newRow("sparsity") << QStringLiteral("lab.charts.sparsity");
    }

    void chartViewTargets()
    {
        QFETCH(QString, target);
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        LessonsWorkspace *lessons = window.lessons();
        const QByteArray step = QByteArray("{\"title\": {\"en\": \"A\"}, \"text\": {\"en\": "
                                           "\"B\"}, \"point_at\": {\"target\": \"")
                                + target.toUtf8()
                                + QByteArray("\", \"callout\": {\"en\": \"Here\"}}}");
        lessons->openLesson(parsed(lessonWith(step)));
        NetworkLabWorkspace *lab = window.networkLab();
        QWidget *view = target.endsWith(QLatin1String("gradient_norms"))
                            ? static_cast<QWidget *>(lab->gradientView())
                        : target.endsWith(QLatin1String("pre_activations"))
                            ? static_cast<QWidget *>(lab->histogramView())
                            : static_cast<QWidget *>(lab->sparsityView());
        QWidget *parent = view;
        while (parent && !qobject_cast<QTabWidget *>(parent))
            parent = parent->parentWidget();
        auto *tabs = qobject_cast<QTabWidget *>(parent);
        QVERIFY(tabs);
        tabs->setCurrentIndex(tabs->count() - 1); // away from every view named above
        QSignalSpy finished(lessons->driver(), &LessonDriver::demoFinished);
        lessons->goToStep(1);
        QVERIFY(finished.wait(60000));
        lessons->goToStep(2);
        QCOMPARE(tabs->currentWidget(), view);
        QCOMPARE(lessons->driver()->callout(QStringLiteral("network"))->target(),
                 static_cast<QWidget *>(tabs));
    }

    // A switch mid-training: after one epoch of the step every layer becomes Leaky ReLU, and a
    // number question is answered by the measured value.
    void switchAndNumberQuestion()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        LessonsWorkspace *lessons = window.lessons();
        lessons->openLesson(parsed(lessonWith(R"({"title": {"en": "A"}, "text": {"en": "B"},
            "lab": {"train": {"epochs": 2},
                    "switch": {"at_epoch": 1, "activation": {"id": "leaky_relu"}}},
            "question": {"kind": "number", "prompt": {"en": "Dead share?"},
                         "measure": {"kind": "dead_fraction", "layer": 1},
                         "tolerance": 0.05}})")));
        QSignalSpy configured(lessons->driver(), &LessonDriver::demoFinished);
        lessons->goToStep(1); // the small run
        QVERIFY(configured.wait(60000));
        lessons->goToStep(2);
        QVERIFY(!lessons->isDemoRunning()); // it waits for the answer
        QSignalSpy finished(lessons->driver(), &LessonDriver::demoFinished);
        lessons->answerNumber(0);
        lessons->checkAnswer();
        QVERIFY(finished.wait(60000));
        const TrainingSnapshot &last = window.networkLab()->controller()->lastSnapshot();
        QCOMPARE(last.activations.size(), std::size_t(2));
        QCOMPARE(last.activations[0].id, std::string("leaky_relu"));
        QCOMPARE(last.activations[1].id, std::string("leaky_relu"));
        QCOMPARE(lessons->driver()->latest().epoch, 2);
        // Leaky ReLU is never exactly 0: no dead unit, so 0 % was right.
        QVERIFY2(lessons->resultText().contains(QStringLiteral("Measured: 0 %. You said 0 %")),
                 qPrintable(lessons->resultText()));
        QVERIFY(lessons->resultText().contains(QStringLiteral("Well predicted")));
    }

    // A step that goes on with an earlier step's run: moving forward it continues the run; back
    // from a step that started another run, the earlier step's run starts again.
    void continuingStepAfterBack()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        LessonsWorkspace *lessons = window.lessons();
        lessons->openLesson(parsed(lessonWith(R"({"title": {"en": "A"}, "text": {"en": "B"},
            "lab": {"train": {"epochs": 2}}},
            {"title": {"en": "C"}, "text": {"en": "D"},
             "lab": {"config": {"dataset": {"name": "xor", "samples": 100},
                                "network": {"hidden": [4]}, "batch_size": 50},
                     "train": {"epochs": 1}}})")));
        QSignalSpy finished(lessons->driver(), &LessonDriver::demoFinished);
        for (const int step : {1, 2, 3, 2}) {
            finished.clear();
            lessons->goToStep(step);
            QVERIFY(finished.wait(60000));
        }
        QCOMPARE(lessons->driver()->latest().epoch, 2);
        QCOMPARE(lessons->driver()->latest().layers.size(), std::size_t(2));
    }

    // A clicker's keys in the Lessons tab; the finished lesson is ticked in the settings.
    void keysAndDone()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        window.show();
        window.workspaces()->setCurrentWidget(window.lessons());
        LessonsWorkspace *lessons = window.lessons();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Lesson lesson = LessonFile::bundled().front();
        lessons->openLesson(lesson);
        lessons->setFocus();
        QTest::keyClick(lessons, Qt::Key_PageDown);
        QCOMPARE(lessons->currentStep(), 1);
        QTest::keyClick(lessons, Qt::Key_Right);
        QCOMPARE(lessons->currentStep(), 2);
        QTest::keyClick(lessons, Qt::Key_PageUp);
        QCOMPARE(lessons->currentStep(), 1);
        QTest::keyClick(lessons, Qt::Key_Left);
        QCOMPARE(lessons->currentStep(), 0);
        QVERIFY(!settings.doneLessons().contains(lesson.id));
        for (std::size_t i = 0; i < lesson.steps.size(); ++i)
            lessons->next();
        QVERIFY(settings.doneLessons().contains(lesson.id));
    }

    // The language switch re-renders the step; a lesson without Chinese shows English and says
    // so.
    void languageSwitch()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        LessonsWorkspace *lessons = window.lessons();
        const Lesson &bundled = LessonFile::bundled().front();
        lessons->openLesson(bundled);
        // The widgets hear of a new language through a posted event.
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(lessons->stepTitleText(), bundled.steps[0].title.zhCN);
        QVERIFY(lessons->noticeText().isEmpty());
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_TW"));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(lessons->stepBodyText(), bundled.steps[0].text.zhTW);
        lessons->openLesson(parsed(lessonWith(R"({"title": {"en": "x"}, "text": {"en": "y"}})")));
        QCOMPARE(lessons->stepTitleText(), QStringLiteral("Explore"));
        QVERIFY(!lessons->noticeText().isEmpty());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents();
        QVERIFY(lessons->noticeText().isEmpty());
    }
};

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
