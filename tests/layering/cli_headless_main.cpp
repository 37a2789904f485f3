// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The headless subcommands linked into an executable with core and io only (no QtGui, no
// QtWidgets on the link line): if eval, train, scenario, code, predict or the script exports ever
// needed ui, this would not link.
// It runs them as relulab does without a window: `cli_headless COMMAND ARGUMENTS...`.
#include "app/commands.h"
#include "io/languagemanager.h"

#include <QCoreApplication>

#include <clocale>
#include <cstring>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setlocale(LC_NUMERIC, "C");
    ReluLab::LanguageManager::instance()->setLanguage(ReluLab::LanguageManager::systemLanguage());
    QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty())
        return 2;
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("eval"))
        return ReluLab::Cli::runEval(arguments);
    if (command == QLatin1String("train"))
        return ReluLab::Cli::runTrain(arguments);
    if (command == QLatin1String("scenario"))
        return ReluLab::Cli::runScenario(arguments);
    if (command == QLatin1String("code"))
        return ReluLab::Cli::runCode(arguments);
    if (command == QLatin1String("predict"))
        return ReluLab::Cli::runPredict(arguments);
    if (command == QLatin1String("export-pytorch"))
        return ReluLab::Cli::runExportPytorch(arguments);
    if (command == QLatin1String("export-numpy"))
        return ReluLab::Cli::runExportNumpy(arguments);
    return 2;
}
