// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commandline.h"
#include "commands.h"
#include "trainingrun.h"

#include "core/numbertext.h"
#include "io/languagemanager.h"
#include "io/scenariofile.h"

#include <QCoreApplication>
#include <QTextStream>

#include <limits>

namespace ReluLab::Cli {

namespace {

// The bundled scenario with this id (resources/scenarios, the one source of the presets), or
// nullptr.
const Scenario *findBundled(const QString &id)
{
    for (const Scenario &scenario : ScenarioFile::bundled()) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

constexpr OptionSpec scenarioOptions[] = {
    {"list", nullptr, QT_TRANSLATE_NOOP("Cli", "list the scenarios")},
    {"contrast", "N",
     QT_TRANSLATE_NOOP("Cli", "run with the scenario's N-th contrasting activation (1, 2, ...)")},
    {"epochs", "N",
     QT_TRANSLATE_NOOP("Cli", "train for N epochs instead of the scenario's number")},
    {"seed", "N", QT_TRANSLATE_NOOP("Cli", "use another seed")},
    {"format", "csv|json", QT_TRANSLATE_NOOP("Cli", "output format (default csv)")},
};

QString scenarioHelp(const CommandLine &commandLine)
{
    return CliText::tr(
               "Usage: relulab scenario NAME [--contrast N] [--epochs N] [--seed N] "
               "[--format csv|json]\n"
               "       relulab scenario --list\n"
               "\n"
               "Run a classroom scenario and print one row per epoch, as 'relulab train' does.\n"
               "\n"
               "Options:\n")
           + commandLine.optionHelp();
}

} // namespace

int runScenario(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("scenario"), scenarioOptions);
    int status = 0;
    if (!commandLine.parse(arguments, scenarioHelp(commandLine), 1, &status))
        return status;
    if (commandLine.isSet("list")) {
        // Each file's title in the language of the command line.
        QTextStream out(stdout);
        const QString language = LanguageManager::instance()->language();
        for (const Scenario &scenario : ScenarioFile::bundled())
            out << scenario.id << '\t' << scenario.title.text(language) << '\n';
        return 0;
    }
    TrainingRun run;
    long long numbers[3] = {0, -1, -1}; // --contrast, --epochs, --seed
    const char *numberOptions[3] = {"contrast", "epochs", "seed"};
    for (int k = 0; k < 3; ++k) {
        if (!commandLine.isSet(numberOptions[k]))
            continue;
        bool ok = false;
        numbers[k] = commandLine.value(numberOptions[k]).toLongLong(&ok);
        if (!ok || numbers[k] < 0 || (k < 2 && numbers[k] > std::numeric_limits<int>::max()))
            return commandLine.usageError(CliText::tr("--%1 expects a whole number >= 0, got '%2'.")
                                              .arg(QLatin1String(numberOptions[k]),
                                                   quoted(commandLine.value(numberOptions[k]))));
    }
    if (commandLine.isSet("format")) {
        const QString format = commandLine.value("format");
        if (format == QLatin1String("json"))
            run.format = OutputFormat::Json;
        else if (format != QLatin1String("csv"))
            return commandLine.usageError(
                CliText::tr("--format expects csv or json, got '%1'.").arg(quoted(format)));
    }
    if (commandLine.positional().isEmpty())
        return commandLine.usageError(CliText::tr("name a scenario (relulab scenario --list)."));
    const QString name = commandLine.positional().constFirst();
    const Scenario *scenario = findBundled(name);
    if (!scenario)
        return commandLine.usageError(
            CliText::tr("unknown scenario '%1' (relulab scenario --list).").arg(quoted(name)));
    const auto contrast = std::size_t(numbers[0]);
    if (contrast > scenario->contrasts.size())
        return commandLine.usageError(CliText::tr("%1 has %2 contrasting activations.")
                                          .arg(name)
                                          .arg(scenario->contrasts.size()));
    run.config = contrast == 0 ? scenario->config : scenario->contrasts[contrast - 1].config;
    if (numbers[1] >= 0)
        run.config.epochs = int(numbers[1]);
    if (numbers[2] >= 0) {
        run.config.seed = std::uint64_t(numbers[2]);
        run.config.data.seed = std::uint64_t(numbers[2]);
    }
    return runTraining(run);
}

} // namespace ReluLab::Cli
