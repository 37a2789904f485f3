// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commands.h"

#include <ui/mainwindow.h>

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

using namespace ReluLab;

namespace {

struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &);
    bool needsGui; // render draws widgets offscreen: it needs a QApplication
};

constexpr Subcommand subcommands[] = {
    {"eval", &Cli::runEval, false},
    {"render", &Cli::runRender, true},
    {"train", &Cli::runTrain, false},
    {"scenario", &Cli::runScenario, false},
};

const Subcommand *findSubcommand(const char *name)
{
    for (const Subcommand &command : subcommands) {
        if (std::strcmp(command.name, name) == 0)
            return &command;
    }
    return nullptr;
}

QStringList argumentsAfter(int argc, char *argv[], int first)
{
    QStringList arguments;
    for (int i = first; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

QString mainHelp()
{
    return QCoreApplication::translate("Cli",
        "Usage: relulab [COMMAND] [OPTIONS]\n"
        "\n"
        "ReLU Lab: interactive lessons on neural-network activation functions.\n"
        "Without a command, the application window opens.\n"
        "\n"
        "Commands:\n"
        "  eval ACTIVATION      evaluate f, f' and f'' at x values read from standard input\n"
        "  render ACTIVATION    draw an activation plot to a PNG, SVG or PDF file\n"
        "  train                train a small network and print one CSV row per epoch\n"
        "  scenario NAME        run a classroom scenario (scenario --list lists them)\n"
        "\n"
        "Options:\n"
        "  -h, --help           show this help\n"
        "  -v, --version        show the version\n"
        "\n"
        "Run 'relulab COMMAND --help' for the options of a command.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReluLab"));
    QCoreApplication::setApplicationName(QStringLiteral("relulab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELULAB_VERSION));

    if (argc > 1) {
        const char *first = argv[1];
        if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0) {
            QCoreApplication app(argc, argv);
            QTextStream(stdout) << mainHelp();
            return 0;
        }
        if (std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0) {
            std::printf("relulab %s\n", RELULAB_VERSION);
            return 0;
        }
        if (const Subcommand *command = findSubcommand(first)) {
            if (command->needsGui) {
                if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                    qputenv("QT_QPA_PLATFORM", "offscreen");
                QApplication app(argc, argv);
                return command->run(argumentsAfter(argc, argv, 2));
            }
            QCoreApplication app(argc, argv);
            return command->run(argumentsAfter(argc, argv, 2));
        }
        if (first[0] != '-') {
            QCoreApplication app(argc, argv);
            QTextStream(stderr) << QCoreApplication::translate("Cli",
                "relulab: unknown command '%1'. Run 'relulab --help'.\n")
                                       .arg(QString::fromLocal8Bit(first));
            return 2;
        }
    }

    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return app.exec();
}
