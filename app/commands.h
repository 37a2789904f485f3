// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/numbertext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>

// The command-line subcommands. Each takes its own arguments (after the subcommand name) and
// returns the process exit status: 0 success, 1 a failure while working, 2 bad arguments or input,
// 3 training diverged.
// Messages go to stderr, results to stdout; nothing half-written on error.

namespace ReluLab::Cli {

int runEval(const QStringList &arguments);          // eval.cpp
int runRender(const QStringList &arguments);        // render.cpp
int runTrain(const QStringList &arguments);         // train.cpp
int runScenario(const QStringList &arguments);      // scenario.cpp
int runCode(const QStringList &arguments);          // code.cpp
int runPredict(const QStringList &arguments);       // predict.cpp
int runExportPytorch(const QStringList &arguments); // export.cpp
int runExportNumpy(const QStringList &arguments);   // export.cpp
int runLesson(const QStringList &arguments);        // lesson.cpp

/// Runs a subcommand as the top of the command: an allocation failure anywhere in it (a run
/// too large for the machine's memory) is reported as a message naming the run-size limit and
/// exit status 1, never an abort. Defined in commandline.cpp.
int runCatchingAllocationFailure(const char *command, int (*run)(const QStringList &),
                                 const QStringList &arguments);

/// The translation context of the subcommands' messages ("Cli"). lupdate files CliText::tr()
/// calls by the class that declares them; a free helper would land in the namespace's context
/// ("ReluLab::Cli") and never be found at run time.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Text from the command line or standard input as a message may quote it: control bytes and
/// escape sequences are shown escaped (\e, \0, \xHH), never sent to the terminal.
inline QString quoted(const std::string &text)
{
    return QString::fromStdString(Core::escapedForMessage(text));
}

inline QString quoted(const QString &text)
{
    return quoted(text.toStdString());
}

} // namespace ReluLab::Cli
