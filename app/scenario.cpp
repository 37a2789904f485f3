// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commands.h"
#include "trainingrun.h"

#include "core/numbertext.h"
#include "io/languagemanager.h"
#include "io/scenariofile.h"

#include <QCoreApplication>
#include <QTextStream>

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

QString scenarioHelp()
{
    return CliText::tr(
        "Usage: relulab scenario NAME [--contrast N] [--epochs N] [--seed N] [--format csv|json]\n"
        "       relulab scenario --list\n"
        "\n"
        "Run a classroom scenario and print one row per epoch, as 'relulab train' does.\n"
        "\n"
        "Options:\n"
        "  --list            list the scenarios\n"
        "  --contrast N      run with the scenario's N-th contrasting activation (1, 2, ...)\n"
        "  --epochs N        train for N epochs instead of the scenario's number\n"
        "  --seed N          use another seed\n"
        "  --format csv|json output format (default csv)\n"
        "  -h, --help        show this help\n");
}

int bad(const QString &message)
{
    QTextStream(stderr) << message;
    return 2;
}

} // namespace

int runScenario(const QStringList &arguments)
{
    QString name;
    TrainingRun run;
    int contrast = 0;
    int epochs = -1;
    long long seed = -1;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto intValue = [&](long long &target) {
            if (i + 1 >= arguments.size())
                return false;
            bool ok = false;
            target = arguments.at(++i).toLongLong(&ok);
            return ok && target >= 0;
        };
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            QTextStream(stdout) << scenarioHelp();
            return 0;
        }
        if (argument == QLatin1String("--list")) {
            // Each file's title in the language of the command line.
            QTextStream out(stdout);
            const QString language = LanguageManager::instance()->language();
            for (const Scenario &scenario : ScenarioFile::bundled())
                out << scenario.id << '\t' << scenario.title.text(language) << '\n';
            return 0;
        }
        long long parsed = 0;
        if (argument == QLatin1String("--contrast") || argument == QLatin1String("--epochs")
            || argument == QLatin1String("--seed")) {
            if (!intValue(parsed))
                return bad(CliText::tr("relulab scenario: %1 expects a whole number >= 0\n")
                               .arg(quoted(argument)));
            if (argument == QLatin1String("--contrast"))
                contrast = int(parsed);
            else if (argument == QLatin1String("--epochs"))
                epochs = int(parsed);
            else
                seed = parsed;
        } else if (argument == QLatin1String("--format")) {
            const QString format = i + 1 < arguments.size() ? arguments.at(++i) : QString();
            if (format == QLatin1String("json"))
                run.format = OutputFormat::Json;
            else if (format != QLatin1String("csv"))
                return bad(CliText::tr("relulab scenario: --format expects csv or json\n"));
        } else if (argument.startsWith(QLatin1Char('-')) || !name.isEmpty()) {
            return bad(
                CliText::tr(
                    "relulab scenario: unexpected argument '%1'. Run 'relulab scenario --help'.\n")
                    .arg(quoted(argument)));
        } else {
            name = argument;
        }
    }
    if (name.isEmpty())
        return bad(
            CliText::tr("relulab scenario: name a scenario (see 'relulab scenario --list')\n"));
    const Scenario *scenario = findBundled(name);
    if (!scenario)
        return bad(
            CliText::tr("relulab scenario: unknown scenario '%1' (see 'relulab scenario --list')\n")
                .arg(quoted(name)));
    if (std::size_t(contrast) > scenario->contrasts.size())
        return bad(CliText::tr("relulab scenario: %1 has %2 contrasting activations\n")
                       .arg(name)
                       .arg(scenario->contrasts.size()));
    run.config = contrast == 0 ? scenario->config
                               : scenario->contrasts[std::size_t(contrast) - 1].config;
    if (epochs >= 0)
        run.config.epochs = epochs;
    if (seed >= 0) {
        run.config.seed = std::uint64_t(seed);
        run.config.data.seed = std::uint64_t(seed);
    }
    return runTraining(run);
}

} // namespace ReluLab::Cli
