// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// relulab code ACTIVATION [--param NAME=VALUE]... [--lang pytorch|keras|numpy|cpp]
// Writes the activation as code with these parameter values, exactly as the Explorer's
// "In code" tab shows it (io/codesnippettext.h): the tests run the NumPy and PyTorch snippets.

#include "activationhelp.h"
#include "commandline.h"
#include "commands.h"

#include "core/activation.h"
#include "core/activations/parameterparser.h"
#include "io/codesnippettext.h"
#include "io/coreerrortext.h"

#include <QTextStream>

namespace ReluLab::Cli {

namespace {

constexpr OptionSpec codeOptions[] = {
    {"param", "NAME=VALUE",
     QT_TRANSLATE_NOOP("Cli", "set a parameter by its PyTorch name, e.g. negative_slope=0.1 "
                              "(repeatable)")},
    {"lang", "pytorch|keras|numpy|cpp",
     QT_TRANSLATE_NOOP("Cli", "write only this language (default: all four, each under a "
                              "heading)")},
};

QString codeHelp(const CommandLine &commandLine)
{
    return CliText::tr("Usage: relulab code ACTIVATION [--param NAME=VALUE]...\n"
                       "                    [--lang pytorch|keras|numpy|cpp]\n"
                       "\n"
                       "Writes the activation with these parameter values as code: PyTorch "
                       "(module and\nfunction), Keras 3, NumPy (f and its derivative df) and "
                       "ReLU Lab's own C++ core,\nas the Explorer's \"In code\" tab shows "
                       "it. Comments follow LANG.\n"
                       "\n"
                       "Options:\n")
           + commandLine.optionHelp()
           + CliText::tr("\nExit status: 0 on success, 2 on an unknown activation, parameter "
                         "or language, or a\nvalue outside its valid range.\n");
}

} // namespace

int runCode(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("code"), codeOptions);
    int status = 0;
    if (!commandLine.parse(arguments,
                           codeHelp(commandLine) + QLatin1Char('\n') + activationParameterHelp(), 1,
                           &status))
        return status;
    const QStringList positional = commandLine.positional();
    if (positional.isEmpty())
        return commandLine.usageError(CliText::tr("no activation given."));
    const std::string id = positional.constFirst().toStdString();
    if (!Core::findActivationInfo(id)) {
        return commandLine.usageError(
            CliText::tr("unknown activation '%1'").arg(quoted(positional.constFirst())));
    }

    std::vector<std::pair<std::string, std::string>> rawParameters;
    for (const QString &text : commandLine.values("param")) {
        const Core::Expected<std::pair<std::string, std::string>> assignment
            = Core::splitParameterAssignment(text.toStdString());
        if (!assignment)
            return commandLine.usageError(describeCoreError(assignment.error()));
        rawParameters.push_back(*assignment);
    }
    const Core::Expected<std::map<std::string, double>> parsed
        = Core::parseActivationParameters(id, rawParameters);
    if (!parsed)
        return commandLine.usageError(describeCoreError(parsed.error()));
    const Core::Expected<Core::Activation> activation = Core::Activation::create(id, *parsed);
    if (!activation)
        return commandLine.usageError(describeCoreError(activation.error()));

    QTextStream out(stdout);
    if (commandLine.isSet("lang")) {
        const std::optional<CodeLanguage> language = codeLanguageFromKey(commandLine.value("lang"));
        if (!language)
            return commandLine.usageError(
                CliText::tr("--lang must be pytorch, keras, numpy or cpp"));
        out << codeSnippet(*activation, *language);
        return 0;
    }
    bool first = true;
    for (const CodeLanguage language : allCodeLanguages) {
        const QString marker = language == CodeLanguage::Cpp ? QStringLiteral("// ")
                                                             : QStringLiteral("# ");
        out << (first ? QString() : QStringLiteral("\n")) << marker
            << "== " << codeLanguageTitle(language) << " ==\n"
            << codeSnippet(*activation, language);
        first = false;
    }
    return 0;
}

} // namespace ReluLab::Cli
