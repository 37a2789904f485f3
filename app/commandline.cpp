// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commandline.h"

#include "commands.h"

#include "core/limits.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <new>

namespace ReluLab::Cli {

namespace {

// The help of an option starts after column 30: the longest `--name VALUE` of the subcommands
// fits, and most help lines still fit 80 columns.
constexpr int helpColumn = 30;

QString programName(const QString &command)
{
    return command.isEmpty() ? QStringLiteral("relulab") : QStringLiteral("relulab ") + command;
}

} // namespace

QString usageHint(const QString &command)
{
    return CliText::tr("Run '%1 --help'.").arg(programName(command)) + QLatin1Char('\n');
}

QString usageMessage(const QString &command, const QString &what)
{
    return CliText::tr("%1: %2").arg(programName(command), what) + QLatin1Char('\n')
           + usageHint(command);
}

CommandLine::CommandLine(const QString &command, std::span<const OptionSpec> options)
    : m_command(command)
    , m_options(options)
{
    // -name is read as --name (as the subcommands always did), never as -n -a -m -e.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec &spec : m_options) {
        QCommandLineOption option(QString::fromLatin1(spec.name));
        if (spec.valueName)
            option.setValueName(QString::fromLatin1(spec.valueName));
        m_parser.addOption(option);
    }
    m_parser.addOption(
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
}

QString CommandLine::check(const QStringList &arguments, qsizetype maxPositional)
{
    // QCommandLineParser skips the first entry, the program's name. Its sentences
    // ("Unknown option 'x'.") come translated from Qt's own catalogue.
    if (!m_parser.parse(QStringList{programName(m_command)} + arguments))
        return usageMessage(m_parser.errorText());
    const QStringList extra = m_parser.positionalArguments();
    if (extra.size() > maxPositional && !m_parser.isSet(QStringLiteral("help")))
        return usageMessage(
            CliText::tr("unexpected argument '%1'.").arg(quoted(extra.at(maxPositional))));
    return QString();
}

bool CommandLine::parse(const QStringList &arguments, const QString &help, qsizetype maxPositional,
                        int *status)
{
    const QString problem = check(arguments, maxPositional);
    if (!problem.isEmpty()) {
        QTextStream(stderr) << problem;
        *status = 2;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << help;
        *status = 0;
        return false;
    }
    return true;
}

bool CommandLine::isSet(const char *name) const
{
    return m_parser.isSet(QString::fromLatin1(name));
}

QString CommandLine::value(const char *name) const
{
    return m_parser.value(QString::fromLatin1(name));
}

QStringList CommandLine::values(const char *name) const
{
    return m_parser.values(QString::fromLatin1(name));
}

QString CommandLine::usageMessage(const QString &what) const
{
    return Cli::usageMessage(m_command, what);
}

int CommandLine::usageError(const QString &what) const
{
    QTextStream(stderr) << usageMessage(what);
    return 2;
}

QString CommandLine::optionHelp() const
{
    QString text;
    for (const OptionSpec &spec : m_options) {
        QString left = QStringLiteral("  --%1").arg(QLatin1String(spec.name));
        if (spec.valueName)
            left += QLatin1Char(' ') + QLatin1String(spec.valueName);
        text += left.leftJustified(helpColumn) + QLatin1Char(' ')
                + QCoreApplication::translate("Cli", spec.help) + QLatin1Char('\n');
    }
    text += QStringLiteral("  -h, --help").leftJustified(helpColumn) + QLatin1Char(' ')
            + CliText::tr("show this help") + QLatin1Char('\n');
    return text;
}

int runCatchingAllocationFailure(const char *command, int (*run)(const QStringList &),
                                 const QStringList &arguments)
{
    try {
        return run(arguments);
    } catch (const std::bad_alloc &) {
        // What was being built is gone with the stack; the message needs little memory.
        std::fflush(stdout);
        QTextStream(stderr)
            << CliText::tr(
                   "relulab %1: out of memory: this machine cannot hold the run. Use fewer samples "
                   "or "
                   "fewer, narrower hidden layers (a run is at most %2 samples × hidden units).\n")
                   .arg(QLatin1String(command))
                   .arg(Core::RunLimits::maxSampleUnits);
        return 1;
    }
}

} // namespace ReluLab::Cli
