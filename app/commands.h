// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QStringList>

// The command-line subcommands. Each takes its own arguments (after the subcommand name) and
// returns the process exit status: 0 success, 1 a failure while working, 2 bad arguments or input.
// Messages go to stderr, results to stdout; nothing half-written on error.

namespace ReluLab::Cli {

int runEval(const QStringList &arguments);     // eval.cpp
int runRender(const QStringList &arguments);   // render.cpp
int runTrain(const QStringList &arguments);    // train.cpp
int runScenario(const QStringList &arguments); // scenario.cpp

} // namespace ReluLab::Cli
