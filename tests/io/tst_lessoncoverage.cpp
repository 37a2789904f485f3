// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The bundled lessons cover the syllabus: every claim T1 … T32 is taught by some step, every
// step names what it teaches, every text is there in English, simplified and traditional
// Chinese, and every lesson asks at least two check questions.
#include "io/lessonfile.h"

#include <QSet>
#include <QTest>

using namespace ReluLab;

namespace {

bool complete(const LocalizedText &text)
{
    return !text.en.trimmed().isEmpty() && !text.zhCN.trimmed().isEmpty()
           && !text.zhTW.trimmed().isEmpty();
}

} // namespace

class TestLessonCoverage final : public QObject
{
    Q_OBJECT

private slots:
    void everyClaimIsTaught()
    {
        QSet<QString> taught;
        for (const Lesson &lesson : LessonFile::bundled()) {
            for (const LessonStep &step : lesson.steps) {
                for (const QString &id : step.teaches)
                    taught.insert(id);
            }
        }
        QStringList missing;
        for (int i = 1; i <= LessonFile::claimIdCount; ++i) {
            if (!taught.contains(QStringLiteral("T%1").arg(i)))
                missing << QStringLiteral("T%1").arg(i);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void everyStepNamesItsClaimsInThreeLanguages()
    {
        for (const Lesson &lesson : LessonFile::bundled()) {
            QVERIFY2(complete(lesson.title) && complete(lesson.summary), qPrintable(lesson.id));
            for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
                const LessonStep &step = lesson.steps[i];
                const QByteArray where = lesson.id.toUtf8() + " step " + QByteArray::number(i + 1);
                QVERIFY2(!step.teaches.isEmpty(), where.constData());
                QVERIFY2(complete(step.title) && complete(step.text), where.constData());
                if (!step.pointAt.isEmpty())
                    QVERIFY2(complete(step.callout), where.constData());
                if (step.question) {
                    QVERIFY2(complete(step.question->prompt), where.constData());
                    for (const LocalizedText &choice : step.question->choices)
                        QVERIFY2(complete(choice), where.constData());
                }
                // Traditional Chinese is its own text, not a copy of the simplified one.
                QVERIFY2(step.text.zhTW != step.text.zhCN, where.constData());
            }
        }
    }

    void everyLessonAsksQuestions()
    {
        const std::vector<Lesson> &lessons = LessonFile::bundled();
        QVERIFY(lessons.size() >= 8);
        for (const Lesson &lesson : lessons) {
            const auto questions = std::count_if(lesson.steps.begin(), lesson.steps.end(),
                                                 [](const LessonStep &step) {
                return step.question.has_value();
            });
            QVERIFY2(questions >= 2, qPrintable(lesson.id));
        }
    }

    // The syllabus in order: lesson k's claims come from the sections the plan gives it, so a
    // lecturer can follow the lessons from "what a neuron computes" to "keeping units alive".
    void lessonsFollowTheSyllabus()
    {
        QStringList order;
        for (const Lesson &lesson : LessonFile::bundled())
            order << lesson.id;
        const QStringList expected{QStringLiteral("neurons"),
                                   QStringLiteral("sigmoid_tanh"),
                                   QStringLiteral("relu"),
                                   QStringLiteral("sparsity"),
                                   QStringLiteral("dead_neurons"),
                                   QStringLiteral("alternatives"),
                                   QStringLiteral("initialisation"),
                                   QStringLiteral("history_biology")};
        QCOMPARE(order, expected);
    }
};

QTEST_GUILESS_MAIN(TestLessonCoverage)
#include "tst_lessoncoverage.moc"
