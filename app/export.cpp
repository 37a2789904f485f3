// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commandline.h"
#include "commands.h"
#include "trainingrun.h"

#include "io/languagemanager.h"
#include "io/scriptexport.h"
#include "io/sessionfile.h"

#include <QSaveFile>
#include <QTextStream>

#include <vector>

// relulab export-pytorch and export-numpy: a Python script of a run (PyTorch, trains it again
// step for step) or of a trained network (NumPy, its forward pass).

namespace ReluLab::Cli {

namespace {

constexpr OptionSpec outputOptions[] = {
    {"out", "FILE.py", QT_TRANSLATE_NOOP("Cli", "the script to write (required)")},
    {"lang", "en|zh_CN|zh_TW",
     QT_TRANSLATE_NOOP("Cli", "language of the script's comments (default: the command line's)")},
};

constexpr OptionSpec numpyOptions[] = {
    {"session", "FILE.json", QT_TRANSLATE_NOOP("Cli", "the saved session whose network to export")},
    {"out", "FILE.py", QT_TRANSLATE_NOOP("Cli", "the script to write (required)")},
    {"lang", "en|zh_CN|zh_TW",
     QT_TRANSLATE_NOOP("Cli", "language of the script's comments (default: the command line's)")},
};

int failure(const QString &message, int status)
{
    QTextStream(stderr) << message;
    return status;
}

int writeScript(const char *command, const QString &path, const QString &script)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script.toUtf8()) < 0 || !file.commit())
        return failure(CliText::tr("relulab %1: cannot write %2: %3\n")
                           .arg(QLatin1String(command), path, file.errorString()),
                       1);
    return 0;
}

// --out is required; --lang switches the comments' language (the messages keep the command
// line's).
bool readOutputOptions(const CommandLine &parser, const char *command, QString &path, int &status)
{
    path = parser.value("out");
    if (path.isEmpty()) {
        status = failure(usageMessage(QLatin1String(command),
                                      CliText::tr("--out FILE.py is required.")),
                         2);
        return false;
    }
    return true;
}

void useCommentLanguage(const CommandLine &parser)
{
    if (parser.isSet("lang"))
        LanguageManager::instance()->setLanguage(parser.value("lang"));
}

} // namespace

int runExportPytorch(const QStringList &arguments)
{
    std::vector<OptionSpec> options(trainOptionSpecs().begin(), trainOptionSpecs().end());
    options.insert(options.end(), std::begin(outputOptions), std::end(outputOptions));
    CommandLine parser(QStringLiteral("export-pytorch"), options);
    const QString help = CliText::tr("Usage: relulab export-pytorch [OPTIONS of relulab train | "
                                     "--session FILE.json] --out run.py\n"
                                     "\n"
                                     "Write a PyTorch script that trains the same network on the "
                                     "same data split with\nthe same optimiser, schedule and "
                                     "minibatch order, and prints the same rows as\n"
                                     "`relulab train` with these options (--save and --format do "
                                     "not apply).\n\nOptions:\n")
                         + parser.optionHelp();
    int status = 0;
    if (!parser.parse(arguments, help, 0, &status))
        return status;
    QString path;
    if (!readOutputOptions(parser, "export-pytorch", path, status))
        return status;
    TrainingRun run;
    status = readTrainingRun(parser, run);
    if (status >= 0)
        return status;
    const QString unsupported = ScriptExport::unsupported(run.config, true);
    if (!unsupported.isEmpty())
        return failure(CliText::tr("relulab export-pytorch: %1\n").arg(unsupported), 2);
    std::optional<Core::Trainer> trainer = startTrainer(run);
    if (!trainer)
        return 2;
    // Worded before --lang switches the language: the messages keep the command line's.
    const QString warning
        = ScriptExport::trainsRandomly(run.config)
              ? CliText::tr("relulab export-pytorch: warning: RReLU's random slopes in training "
                            "come from PyTorch's generator, not the lab's, so the script's rows "
                            "will differ from relulab train's\n")
              : QString();
    useCommentLanguage(parser);
    status = writeScript("export-pytorch", path,
                         ScriptExport::pytorchScript(*trainer, run.config.epochs));
    if (status == 0 && !warning.isEmpty())
        QTextStream(stderr) << warning;
    return status;
}

int runExportNumpy(const QStringList &arguments)
{
    CommandLine parser(QStringLiteral("export-numpy"), numpyOptions);
    const QString help = CliText::tr("Usage: relulab export-numpy --session FILE.json --out "
                                     "net.py\n\n"
                                     "Write a NumPy script with the session's trained weights: "
                                     "`python3 net.py < inputs.csv`\nprints what `relulab predict "
                                     "--session FILE.json < inputs.csv` prints.\n\nOptions:\n")
                         + parser.optionHelp();
    int status = 0;
    if (!parser.parse(arguments, help, 0, &status))
        return status;
    QString path;
    if (!readOutputOptions(parser, "export-numpy", path, status))
        return status;
    std::optional<Core::Trainer> trainer = sessionNetwork("export-numpy", parser.value("session"));
    if (!trainer)
        return 2;
    const QString unsupported = ScriptExport::unsupported(trainer->config(), false);
    if (!unsupported.isEmpty())
        return failure(CliText::tr("relulab export-numpy: %1\n").arg(unsupported), 2);
    useCommentLanguage(parser);
    return writeScript("export-numpy", path, ScriptExport::numpyScript(*trainer));
}

} // namespace ReluLab::Cli
