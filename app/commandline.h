// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <span>

// The one way the subcommands read their arguments: each declares its options in a table and
// parses them with CommandLine (QCommandLineParser underneath: --name value, --name=value,
// repeatable options, `--` before positional arguments). Every complaint has the same form,
//   relulab COMMAND: WHAT
//   Run 'relulab COMMAND --help'.
// on stderr with exit status 2 (relulab(1), DIAGNOSTICS); the hint names the command being run.

namespace ReluLab::Cli {

/// For CommandLine::parse: the command checks its positional arguments itself.
inline constexpr qsizetype maxPositionalUnchecked = 1 << 20;

/// One option of a subcommand: its long name, the name of its value (nullptr for a flag) and
/// its help line, marked with QT_TRANSLATE_NOOP("Cli", ...) and translated when shown.
struct OptionSpec
{
    const char *name;
    const char *valueName;
    const char *help;
};

class CommandLine
{
public:
    /// `command` is the subcommand's name ("train"); empty for relulab itself.
    CommandLine(const QString &command, std::span<const OptionSpec> options);

    /// Parses `arguments` (those after the subcommand's name). Returns true when the command
    /// should run; otherwise *status is set: 0 after printing `help` for -h/--help, 2 after a
    /// usage error (an unknown option, a missing value, more positional arguments than
    /// maxPositional).
    bool parse(const QStringList &arguments, const QString &help, qsizetype maxPositional,
               int *status);

    /// The same without printing or help: the usage error message, empty when the arguments
    /// are good (for the window's options, checked before any window appears).
    QString check(const QStringList &arguments, qsizetype maxPositional);

    bool isSet(const char *name) const;
    QString value(const char *name) const;
    QStringList values(const char *name) const;
    QStringList positional() const { return m_parser.positionalArguments(); }

    /// Prints the usage error `what` (one sentence) and the hint; returns 2.
    int usageError(const QString &what) const;
    /// "relulab COMMAND: " + what + the hint, without printing it.
    QString usageMessage(const QString &what) const;
    /// The help lines of the options, their names aligned in a column, and -h/--help last.
    QString optionHelp() const;

private:
    QString m_command;
    std::span<const OptionSpec> m_options;
    QCommandLineParser m_parser;
};

/// The usage error of `command` ("" for relulab itself) as CommandLine prints it.
QString usageMessage(const QString &command, const QString &what);
/// Its second line alone, "Run 'relulab COMMAND --help'.\n", for a message that already
/// begins with "relulab COMMAND: ".
QString usageHint(const QString &command);

} // namespace ReluLab::Cli
