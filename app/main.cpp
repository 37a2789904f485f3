// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commandline.h"
#include "commands.h"
#include "quitsignals.h"

#include "io/languagemanager.h"
#include "io/lessonfile.h"
#include "io/scenariofile.h"
#include "ui/autosave.h"
#include "ui/lessons/lessonsworkspace.h"
#include "ui/mainwindow.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/sessionactions.h"
#include "ui/settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>
#include <QTextStream>

#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cstring>
#include <optional>

using namespace ReluLab;

namespace {

struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &);
    bool needsGui; // render draws widgets offscreen: it needs a QApplication
};

// One subcommand a line (clang-format would pack five entries two a line).
// clang-format off
constexpr Subcommand subcommands[] = {
    {"eval", &Cli::runEval, false},
    {"render", &Cli::runRender, true},
    {"train", &Cli::runTrain, false},
    {"scenario", &Cli::runScenario, false},
    {"code", &Cli::runCode, false},
    {"predict", &Cli::runPredict, false},
    {"export-pytorch", &Cli::runExportPytorch, false},
    {"export-numpy", &Cli::runExportNumpy, false},
    {"lesson", &Cli::runLesson, false},
};
// clang-format on

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

// Q*Application's constructor calls setlocale(LC_ALL, ""): under de_DE or fr_FR strtod() would
// then read "0,5" and printf() write it. Machine-readable numbers (CLI input and output, CSV,
// JSON, session files) are in the C locale whatever the user's locale, so LC_NUMERIC goes back
// to "C" right after the application object exists; text for a person is localised by QLocale.
void pinNumericLocale()
{
    std::setlocale(LC_NUMERIC, "C");
}

QString mainHelp()
{
    return QCoreApplication::translate(
        "Cli",
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
        "  code ACTIVATION      write the activation as PyTorch, Keras, NumPy and C++ code\n"
        "  predict              a saved network's predictions for input rows on standard input\n"
        "  export-pytorch       write a PyTorch script that trains a run identically\n"
        "  export-numpy         write a NumPy script of a saved network's forward pass\n"
        "  lesson               list the lessons or check a lesson file\n"
        "\n"
        "Options:\n"
        "  -h, --help           show this help\n"
        "  -v, --version        show the version\n"
        "\n"
        "Run 'relulab COMMAND --help' for the options of a command.\n");
}

QString windowHelp()
{
    return QCoreApplication::translate(
        "Cli", "\n"
               "Window options (without a command):\n"
               "  relulab [OPTIONS] [SESSION.json]\n"
               "  --workspace explorer|network|lessons\n"
               "                                 open on this workspace\n"
               "  --lesson ID|FILE               open a lesson (relulab lesson --list)\n"
               "  --scenario ID                  open the Network Lab on a classroom scenario\n"
               "  --theme light|dark|high_contrast\n"
               "                                 use this theme\n"
               "  --presentation                 start in presentation mode (F11)\n"
               "  SESSION.json                   open this Network Lab session\n");
}

struct WindowOptions
{
    QString workspace;
    QString scenario;
    std::optional<Lesson> lesson;
    std::optional<Theme::Kind> theme;
    bool presentation = false;
    QString session;
    QString error; ///< the translated complaint; empty when the options are good
};

constexpr Cli::OptionSpec windowOptionSpecs[] = {
    {"workspace", "explorer|network|lessons", nullptr},
    {"scenario", "ID", nullptr},
    {"lesson", "ID|FILE", nullptr},
    {"theme", "light|dark|high_contrast", nullptr},
    {"presentation", nullptr, nullptr},
};

WindowOptions parseWindowOptions(const QStringList &arguments)
{
    Cli::CommandLine commandLine(QString(), windowOptionSpecs);
    const auto fail = [&commandLine](const QString &sentence) {
        WindowOptions failed;
        failed.error = commandLine.usageMessage(sentence);
        return failed;
    };
    WindowOptions options;
    // QApplication has taken its own options (-platform, -style ...); --help was handled before.
    options.error = commandLine.check(arguments.mid(1), 1);
    if (!options.error.isEmpty())
        return options;
    if (commandLine.isSet("workspace")) {
        const QString name = commandLine.value("workspace");
        if (name != QLatin1String("explorer") && name != QLatin1String("network")
            && name != QLatin1String("lessons"))
            return fail(QCoreApplication::translate(
                "Cli", "--workspace takes 'explorer', 'network' or 'lessons'."));
        options.workspace = name;
    }
    if (commandLine.isSet("scenario")) {
        const QString id = commandLine.value("scenario");
        const std::vector<Scenario> &bundled = ScenarioFile::bundled();
        if (std::none_of(bundled.begin(), bundled.end(),
                         [&](const Scenario &scenario) { return scenario.id == id; }))
            return fail(
                QCoreApplication::translate("Cli",
                                            "unknown scenario '%1' (relulab scenario --list).")
                    .arg(Cli::quoted(id)));
        options.scenario = id;
    }
    if (commandLine.isSet("lesson")) {
        const ReadResult<Lesson> lesson = LessonFile::open(commandLine.value("lesson"));
        if (!lesson)
            return fail(lesson.errorString());
        options.lesson = lesson.value();
    }
    if (commandLine.isSet("theme")) {
        const std::optional<Settings::Theme> theme = Settings::themeFromId(
            commandLine.value("theme"));
        if (!theme)
            return fail(
                QCoreApplication::translate("Cli",
                                            "--theme takes 'light', 'dark' or 'high_contrast'."));
        options.theme = *theme == Settings::Theme::Dark           ? Theme::Kind::Dark
                        : *theme == Settings::Theme::HighContrast ? Theme::Kind::HighContrast
                                                                  : Theme::Kind::Light;
    }
    options.presentation = commandLine.isSet("presentation");
    options.session = commandLine.positional().value(0);
    return options;
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
            pinNumericLocale();
            applyCommandLineLanguage();
            QTextStream(stdout) << mainHelp() << windowHelp();
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
                pinNumericLocale();
                applyCommandLineLanguage();
                return Cli::runCatchingAllocationFailure(command->name, command->run,
                                                         argumentsAfter(argc, argv, 2));
            }
            QCoreApplication app(argc, argv);
            pinNumericLocale();
            applyCommandLineLanguage();
            return Cli::runCatchingAllocationFailure(command->name, command->run,
                                                     argumentsAfter(argc, argv, 2));
        }
        // Anything else that is neither an option nor a session file to open is a typo.
        const QString firstText = QString::fromLocal8Bit(first);
        if (first[0] != '-' && !QFileInfo::exists(firstText)
            && !firstText.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            QCoreApplication app(argc, argv);
            pinNumericLocale();
            applyCommandLineLanguage();
            QTextStream(stderr) << Cli::usageMessage(
                QString(), QCoreApplication::translate("Cli", "unknown command '%1'.")
                               .arg(Cli::quoted(QString::fromLocal8Bit(first))));
            return 2;
        }
    }

    QApplication app(argc, argv);
    pinNumericLocale();
    // The window speaks the saved language (first start: the system's) and remembers changes.
    QSettings store;
    Settings settings(store);
    LanguageManager *languages = LanguageManager::instance();
    languages->setLanguage(settings.language());

    // Window options, checked before any window appears: a typo is a message and exit 2.
    // QApplication has already taken its own options (-platform, -style ...).
    const WindowOptions options = parseWindowOptions(app.arguments());
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << options.error;
        return 2;
    }
    QObject::connect(languages, &LanguageManager::languageChanged, &app,
                     [&settings](const QString &code) { settings.setLanguage(code); });

    MainWindow window(settings);
    Autosave autosave(Autosave::defaultDirectory());
    if (autosave.begin())
        window.setAutosave(&autosave);
    if (options.workspace == QLatin1String("network"))
        window.workspaces()->setCurrentWidget(window.networkLab());
    if (options.workspace == QLatin1String("lessons") || options.lesson)
        window.workspaces()->setCurrentWidget(window.lessons());
    if (!options.scenario.isEmpty()) {
        window.workspaces()->setCurrentWidget(window.networkLab());
        window.networkLab()->chooseScenario(options.scenario);
    }
    if (options.theme)
        window.setTheme(*options.theme);
    // SIGTERM / SIGHUP quit as the window's close button does: the on-exit autosave runs.
    quitOnTerminationSignals(&app, [&window] {
        window.close();
        QCoreApplication::quit(); // also when another top-level window (the glossary) is open
    });
    window.show();
    if (options.presentation)
        window.setPresentationMode(true);
    if (options.lesson)
        window.lessons()->openLesson(*options.lesson);
    // A session named on the command line wins over the crash-restore question.
    if (!options.session.isEmpty())
        window.sessions()->openFile(options.session);
    else
        window.offerRestore();
    const int status = app.exec();
    autosave.finish();
    return status;
}
