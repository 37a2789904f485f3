// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commands.h"

#include <ui/languagemanager.h>
#include <ui/mainwindow.h>
#include <ui/settings.h>

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QTabWidget>
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

// The command line speaks the language of LANG / LANGUAGE, as other command-line tools do, so
// scripts see the same output whatever language was chosen in the window.
void applyCommandLineLanguage()
{
    LanguageManager::instance()->setLanguage(LanguageManager::systemLanguage());
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
            applyCommandLineLanguage();
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
                applyCommandLineLanguage();
                return command->run(argumentsAfter(argc, argv, 2));
            }
            QCoreApplication app(argc, argv);
            applyCommandLineLanguage();
            return command->run(argumentsAfter(argc, argv, 2));
        }
        if (first[0] != '-') {
            QCoreApplication app(argc, argv);
            applyCommandLineLanguage();
            QTextStream(stderr) << QCoreApplication::translate("Cli",
                "relulab: unknown command '%1'. Run 'relulab --help'.\n")
                                       .arg(QString::fromLocal8Bit(first));
            return 2;
        }
    }

    QApplication app(argc, argv);
    // The window speaks the saved language (first start: the system's) and remembers changes.
    QSettings store;
    Settings settings(store);
    LanguageManager *languages = LanguageManager::instance();
    languages->setLanguage(settings.language());
    QObject::connect(languages, &LanguageManager::languageChanged, &app,
                     [&settings](const QString &code) { settings.setLanguage(code); });
    MainWindow window;
    // --workspace network [--scenario ID]: open on the Network Lab (screenshots, lessons).
    const QStringList options = QCoreApplication::arguments();
    const qsizetype workspaceAt = options.indexOf(QStringLiteral("--workspace"));
    if (workspaceAt > 0 && options.value(workspaceAt + 1) == QLatin1String("network")) {
        if (auto *lab = window.findChild<QWidget *>(QStringLiteral("networkLab"))) {
            window.workspaces()->setCurrentWidget(lab);
            const qsizetype scenarioAt = options.indexOf(QStringLiteral("--scenario"));
            if (scenarioAt > 0)
                QMetaObject::invokeMethod(lab, "chooseScenario",
                                          Q_ARG(QString, options.value(scenarioAt + 1)));
        }
    }
    // --theme light|dark|high_contrast and --presentation: for teachers' shortcuts and for
    // screenshots (F11 cannot be sent to an Xvfb window).
    const qsizetype themeAt = options.indexOf(QStringLiteral("--theme"));
    if (themeAt > 0) {
        const QString theme = options.value(themeAt + 1);
        if (theme == QLatin1String("dark"))
            window.setTheme(Theme::Kind::Dark);
        else if (theme == QLatin1String("high_contrast"))
            window.setTheme(Theme::Kind::HighContrast);
        else if (theme == QLatin1String("light"))
            window.setTheme(Theme::Kind::Light);
    }
    window.show();
    if (options.contains(QStringLiteral("--presentation")))
        window.setPresentationMode(true);
    return app.exec();
}
