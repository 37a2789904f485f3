// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commandline.h"
#include "commands.h"

#include "io/languagemanager.h"
#include "io/lessonfile.h"
#include "io/lessonrunner.h"

#include <QTextStream>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace ReluLab::Cli {

namespace {

constexpr OptionSpec lessonOptions[] = {
    {"list", nullptr, QT_TRANSLATE_NOOP("Cli", "list the bundled lessons")},
    {"check", "FILE",
     QT_TRANSLATE_NOOP("Cli", "check a lesson file and run its steps without a window")},
    {"seeds", "N",
     QT_TRANSLATE_NOOP("Cli", "with --check: run every demo with N seeds (1 to 100, default 1)")},
};

constexpr int maxSeeds = 100;

QString lessonHelp(const CommandLine &commandLine)
{
    return CliText::tr(
               "Usage: relulab lesson --list\n"
               "       relulab lesson --check FILE|ID [--seeds N]\n"
               "\n"
               "List the bundled lessons, or check a lesson file: it is read and\n"
               "validated, then every step's Network Lab state is run as the Lessons tab\n"
               "runs it, and each condition and claimed effect is reported. With --seeds N\n"
               "every new run is repeated with its seed plus 0 … N-1 (the data set keeps\n"
               "its seed), and a claim must hold for every seed. Exit status 0 when every\n"
               "claim holds, 1 when one does not, 2 for a file that cannot be read.\n"
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

// The claims of every step over several seeds: each claim's smallest and largest measured value,
// and for how many seeds it held. Returns the number of claims that failed for some seed.
int reportSeeds(QTextStream &out, const Lesson &lesson, const QString &language, int seeds)
{
    std::vector<std::vector<LessonStepReport>> runs;
    for (int seed = 0; seed < seeds; ++seed)
        runs.push_back(LessonRunner::run(lesson, std::uint64_t(seed)));
    int failedClaims = 0;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &step = lesson.steps[i];
        out << CliText::tr("step %1: %2").arg(i + 1).arg(step.title.text(language)) << '\n';
        if (!runs.front()[i].ran) {
            out << "  " << CliText::tr("no Network Lab run") << '\n';
            continue;
        }
        for (int seed = 0; seed < seeds; ++seed) {
            const LessonStepReport &report = runs[std::size_t(seed)][i];
            const QString what = report.error.isEmpty()
                                     ? outcomeText(step, report)
                                     : CliText::tr("FAILED: %1").arg(report.error);
            out << "  " << CliText::tr("seed +%1: %2").arg(seed).arg(what) << '\n';
            failedClaims += report.error.isEmpty() ? 0 : 1;
        }
        for (std::size_t c = 0; c < step.claims.size(); ++c) {
            const Core::StopCondition &condition = step.claims[c];
            double lowest = std::numeric_limits<double>::infinity();
            double highest = -lowest;
            int held = 0;
            for (const std::vector<LessonStepReport> &run : runs) {
                if (c >= run[i].claims.size())
                    continue;
                const LessonStepReport::Claim &claim = run[i].claims[c];
                lowest = std::min(lowest, claim.value);
                highest = std::max(highest, claim.value);
                held += claim.holds ? 1 : 0;
            }
            const QString low = LessonRunner::formatValue(condition, lowest);
            const QString high = LessonRunner::formatValue(condition, highest);
            const QString range = low == high ? low : CliText::tr("%1 to %2").arg(low, high);
            const QString line = held == seeds
                                     ? CliText::tr("claim %1 holds for every seed (measured %2)")
                                           .arg(LessonRunner::describe(condition), range)
                                     : CliText::tr(
                                           "claim %1 FAILS for %2 of %3 seeds (measured %4)")
                                           .arg(LessonRunner::describe(condition))
                                           .arg(seeds - held)
                                           .arg(seeds)
                                           .arg(range);
            out << "  " << line << '\n';
            failedClaims += held == seeds ? 0 : 1;
        }
    }
    return failedClaims;
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
    int seeds = 1;
    if (commandLine.isSet("seeds")) {
        bool ok = false;
        seeds = commandLine.value("seeds").toInt(&ok);
        if (!ok || seeds < 1 || seeds > maxSeeds)
            return commandLine.usageError(
                CliText::tr("--seeds needs a whole number from 1 to %1, not '%2'.")
                    .arg(maxSeeds)
                    .arg(commandLine.value("seeds")));
    }

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
    int failedClaims = 0;
    const std::vector<LessonStepReport> reports = seeds == 1 ? LessonRunner::run(lesson.value())
                                                             : std::vector<LessonStepReport>{};
    if (seeds > 1)
        failedClaims = reportSeeds(out, lesson.value(), language, seeds);
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
