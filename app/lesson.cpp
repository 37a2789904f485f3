// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commandline.h"
#include "commands.h"

#include "io/languagemanager.h"
#include "io/lessonfile.h"
#include "io/lessonrunner.h"

#include <QTextStream>

namespace ReluLab::Cli {

namespace {

constexpr OptionSpec lessonOptions[] = {
    {"list", nullptr, QT_TRANSLATE_NOOP("Cli", "list the bundled lessons")},
    {"check", "FILE",
     QT_TRANSLATE_NOOP("Cli", "check a lesson file and run its steps without a window")},
};

QString lessonHelp(const CommandLine &commandLine)
{
    return CliText::tr("Usage: relulab lesson --list\n"
                       "       relulab lesson --check FILE|ID\n"
                       "\n"
                       "List the bundled lessons, or check a lesson file: it is read and\n"
                       "validated, then every step's Network Lab state is run as the Lessons tab\n"
                       "runs it, and each condition and claimed effect is reported. Exit status 0\n"
                       "when every claim holds, 1 when one does not, 2 for a file that cannot be\n"
                       "read.\n"
                       "\n"
                       "Options:\n")
           + commandLine.optionHelp();
}

QString outcomeText(const LessonStep &step, const LessonStepReport &report)
{
    const LessonLabState &lab = *step.lab;
    switch (report.outcome) {
    case LessonAction::Reached:
        return CliText::tr("condition %1 reached at epoch %2")
            .arg(LessonRunner::describe(*lab.until))
            .arg(report.epoch);
    case LessonAction::NotReached:
        return CliText::tr("condition %1 NOT reached within %2 epochs")
            .arg(LessonRunner::describe(*lab.until))
            .arg(lab.epochs);
    case LessonAction::Diverged:
        return CliText::tr("the run diverged at epoch %1").arg(report.epoch);
    case LessonAction::Done:
    case LessonAction::TrainEpoch:
    case LessonAction::Switch:
        break;
    }
    // No "%n ...(s)": English is the source language and has no catalogue to pluralise it.
    return CliText::tr("epochs trained: %1, now at epoch %2")
        .arg(report.epochsTrained)
        .arg(report.epoch);
}

} // namespace

int runLesson(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("lesson"), lessonOptions);
    int status = 0;
    if (!commandLine.parse(arguments, lessonHelp(commandLine), 0, &status))
        return status;
    QTextStream out(stdout);
    const QString language = LanguageManager::instance()->language();
    if (commandLine.isSet("list")) {
        for (const Lesson &lesson : LessonFile::bundled())
            out << lesson.id << '\t' << lesson.title.text(language) << '\n';
        return 0;
    }
    if (!commandLine.isSet("check"))
        return commandLine.usageError(CliText::tr("give --list or --check FILE."));

    const ReadResult<Lesson> lesson = LessonFile::open(commandLine.value("check"));
    if (!lesson) {
        QTextStream(stderr) << CliText::tr("relulab lesson: %1\n").arg(lesson.errorString());
        return 2;
    }
    out << CliText::tr("%1: %2 (steps: %3)")
               .arg(lesson->id, lesson->title.text(language))
               .arg(lesson->steps.size())
        << '\n';
    if (lesson->lacksChinese)
        out << CliText::tr("note: some texts have no Chinese version; English is shown instead")
            << '\n';
    const std::vector<LessonStepReport> reports = LessonRunner::run(lesson.value());
    int failedClaims = 0;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const LessonStep &step = lesson->steps[i];
        const LessonStepReport &report = reports[i];
        out << CliText::tr("step %1: %2").arg(i + 1).arg(step.title.text(language)) << '\n';
        if (!report.ran) {
            out << "  " << CliText::tr("no Network Lab run") << '\n';
            continue;
        }
        if (!report.error.isEmpty()) {
            out << "  " << CliText::tr("FAILED: %1").arg(report.error) << '\n';
            ++failedClaims;
            continue;
        }
        if (step.lab->config)
            out << "  "
                << (step.lab->scenario.isEmpty()
                        ? CliText::tr("new run")
                        : CliText::tr("new run from scenario %1").arg(step.lab->scenario))
                << '\n';
        if (report.switched)
            out << "  "
                << CliText::tr("switched to %1 after %2 epoch(s)")
                       .arg(QString::fromStdString(step.lab->switchActivation->activation.id))
                       .arg(step.lab->switchActivation->atEpoch)
                << '\n';
        out << "  " << outcomeText(step, report) << '\n';
        if (report.measured)
            out << "  "
                << CliText::tr("answer to the question: %1")
                       .arg(LessonRunner::formatValue(step.question->measure, *report.measured))
                << '\n';
        for (const LessonStepReport::Claim &claim : report.claims) {
            const QString value = LessonRunner::formatValue(claim.condition, claim.value);
            out << "  "
                << (claim.holds ? CliText::tr("claim %1 holds (measured %2)")
                                : CliText::tr("claim %1 FAILS (measured %2)"))
                       .arg(LessonRunner::describe(claim.condition), value)
                << '\n';
            failedClaims += claim.holds ? 0 : 1;
        }
    }
    if (failedClaims > 0) {
        out << CliText::tr("problems found: %1").arg(failedClaims) << '\n';
        return 1;
    }
    out << CliText::tr("every claim holds") << '\n';
    return 0;
}

} // namespace ReluLab::Cli
