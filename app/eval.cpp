// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// relulab eval ACTIVATION [--param NAME=VALUE]... [--dtype f64|f32] [--training] [--seed N]
// Reads x values from standard input and writes CSV x,value,grad,grad2 (17 significant digits).
// The input is read and computed in blocks into a temporary file that reaches stdout only when
// all of it was read: memory stays one block whatever the input, and an error leaves stdout
// empty.

#include "activationhelp.h"
#include "commandline.h"
#include "commands.h"

#include "core/activation.h"
#include "core/activations/parameterparser.h"
#include "core/numbertext.h"
#include "core/random.h"
#include "io/coreerrortext.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <locale.h>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace ReluLab::Cli {

namespace {

constexpr OptionSpec evalOptions[] = {
    {"param", "NAME=VALUE",
     QT_TRANSLATE_NOOP("Cli", "set a parameter by its PyTorch name, e.g. negative_slope=0.1 "
                              "(repeatable)")},
    {"dtype", "f64|f32",
     QT_TRANSLATE_NOOP("Cli", "compute in double (default) or in float as PyTorch float32")},
    {"training", nullptr,
     QT_TRANSLATE_NOOP("Cli", "rrelu only: random slopes in [lower, upper] (training mode)")},
    {"seed", "N", QT_TRANSLATE_NOOP("Cli", "seed of the random slopes of --training (default 0)")},
};

QString evalHelp(const CommandLine &commandLine)
{
    return CliText::tr(
               "Usage: relulab eval ACTIVATION [--param NAME=VALUE]... [--dtype f64|f32]\n"
               "                    [--training] [--seed N]\n"
               "\n"
               "Reads x values from standard input, one per line (decimal, C99 hex float such "
               "as\n0x1.8p+1, inf, -inf or nan), and writes CSV with the header "
               "x,value,grad,grad2:\nf(x), f'(x) and f''(x) with 17 significant digits, one row "
               "per input.\n"
               "\n"
               "Options:\n")
           + commandLine.optionHelp()
           + CliText::tr("\nExit status: 0 on success, 2 on an unknown activation or parameter, "
                         "a value outside\nits valid range, or an input line that is not a "
                         "number.\n");
}

// A problem with the input on standard input: the command line was fine, so no hint.
int fail(const QString &message)
{
    QTextStream(stderr) << CliText::tr("%1: %2").arg(QStringLiteral("relulab eval"), message)
                        << QLatin1Char('\n');
    return 2;
}

QString activationList()
{
    QStringList ids;
    for (const Core::ActivationInfo &info : Core::activationCatalogue())
        ids << QString::fromStdString(info.id);
    return ids.join(QStringLiteral(", "));
}

/// Parses the whole of `text` (surrounding blanks allowed) as a double or float.
template<typename Scalar>
std::optional<Scalar> parseNumber(const std::string &text)
{
    std::size_t begin = text.find_first_not_of(" \t\r");
    if (begin == std::string::npos)
        return std::nullopt;
    const std::size_t end = text.find_last_not_of(" \t\r") + 1;
    const std::string trimmed = text.substr(begin, end - begin);
    const char *start = trimmed.c_str();
    char *stop = nullptr;
    errno = 0;
    // strtof rounds once from the decimal (or hex) text to float; strtod then a cast would round
    // twice. Overflow gives ±inf and underflow a subnormal or 0, as C99 says: both are accepted.
    // The _l variants read in the C locale whatever setlocale() says ("0,5" is not a number).
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    Scalar value;
    if constexpr (std::is_same_v<Scalar, float>)
        value = strtof_l(start, &stop, cLocale);
    else
        value = strtod_l(start, &stop, cLocale);
    // The whole text must be the number: a NUL byte inside ("1\0abc") stops strtod early.
    if (stop == start || stop != start + trimmed.size())
        return std::nullopt;
    return value;
}

std::string formatNumber(double value)
{
    return Core::seventeenDigitText(value);
}

// Input lines per block: the memory of `eval` is one block, whatever the length of the input.
constexpr std::size_t blockLines = 4096;

// Writes the spooled rows to standard output in pieces; false on a write error.
bool copyToStdout(std::FILE *spool)
{
    std::rewind(spool);
    char buffer[1 << 16];
    for (std::size_t read; (read = std::fread(buffer, 1, sizeof buffer, spool)) > 0;) {
        if (std::fwrite(buffer, 1, read, stdout) != read)
            return false;
    }
    return !std::ferror(spool) && std::fflush(stdout) == 0;
}

// Standard input block by block: each block is parsed, evaluated and formatted into an unnamed
// temporary file, which goes to standard output once the whole input was read without error (so
// an error still leaves stdout empty). The random slopes of --training are drawn block after
// block from one generator: the same draws as one pass over the whole input.
template<typename Scalar>
int evaluateStream(const Core::Activation &activation, std::istream &input, std::uint64_t seed,
                   bool training)
{
    const std::unique_ptr<std::FILE, int (*)(std::FILE *)> spool(std::tmpfile(), &std::fclose);
    if (!spool) {
        QTextStream(stderr) << CliText::tr("relulab eval: cannot create a temporary file\n");
        return 1;
    }
    std::vector<Scalar> x, value, grad, grad2;
    x.reserve(blockLines);
    Core::Rng rng(seed);
    std::string out = "x,value,grad,grad2\n";
    std::size_t lineNumber = 0;
    bool more = true;
    while (more) {
        x.clear();
        std::string line;
        while (x.size() < blockLines && (more = bool(std::getline(input, line)))) {
            ++lineNumber;
            if (line.find_first_not_of(" \t\r") == std::string::npos)
                continue; // blank lines carry no input
            const std::optional<Scalar> parsed = parseNumber<Scalar>(line);
            if (!parsed) {
                return fail(CliText::tr("line %1 of the input is not a number: '%2'")
                                .arg(lineNumber)
                                .arg(quoted(line)));
            }
            x.push_back(*parsed);
        }
        value.resize(x.size());
        grad.resize(x.size());
        grad2.resize(x.size());
        activation.evaluate(std::span<const Scalar>(x), std::span<Scalar>(value),
                            std::span<Scalar>(grad), std::span<Scalar>(grad2),
                            training ? &rng : nullptr);
        for (std::size_t i = 0; i < x.size(); ++i) {
            out += formatNumber(x[i]) + ',' + formatNumber(value[i]) + ',' + formatNumber(grad[i])
                   + ',' + formatNumber(grad2[i]) + '\n';
        }
        if (std::fwrite(out.data(), 1, out.size(), spool.get()) != out.size()) {
            QTextStream(stderr) << CliText::tr("relulab eval: cannot write a temporary file\n");
            return 1;
        }
        out.clear();
    }
    return copyToStdout(spool.get()) ? 0 : 1;
}

} // namespace

int runEval(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("eval"), evalOptions);
    int status = 0;
    if (!commandLine.parse(arguments,
                           evalHelp(commandLine) + QLatin1Char('\n') + activationParameterHelp(),
                           maxPositionalUnchecked, &status))
        return status;
    const QStringList positional = commandLine.positional();
    if (positional.isEmpty())
        return commandLine.usageError(CliText::tr("no activation given."));
    if (positional.size() > 1)
        return commandLine.usageError(
            CliText::tr("only one activation can be evaluated, got '%1' and '%2'")
                .arg(quoted(positional.at(0)), quoted(positional.at(1))));
    const QString activationId = positional.constFirst();

    std::vector<std::pair<std::string, std::string>> rawParameters;
    for (const QString &text : commandLine.values("param")) {
        const Core::Expected<std::pair<std::string, std::string>> assignment
            = Core::splitParameterAssignment(text.toStdString());
        if (!assignment)
            return commandLine.usageError(describeCoreError(assignment.error()));
        rawParameters.push_back(*assignment);
    }
    const QString dtype = commandLine.isSet("dtype") ? commandLine.value("dtype")
                                                     : QStringLiteral("f64");
    if (dtype != QLatin1String("f64") && dtype != QLatin1String("f32"))
        return commandLine.usageError(CliText::tr("--dtype must be f64 or f32"));
    const bool training = commandLine.isSet("training");
    std::uint64_t seed = 0;
    if (commandLine.isSet("seed")) {
        bool ok = false;
        seed = commandLine.value("seed").toULongLong(&ok);
        if (!ok)
            return commandLine.usageError(CliText::tr("--seed needs a non-negative whole number"));
    }

    const Core::ActivationInfo *info = Core::findActivationInfo(activationId.toStdString());
    if (!info) {
        return commandLine.usageError(CliText::tr("unknown activation '%1'. Known activations: %2")
                                          .arg(quoted(activationId), activationList()));
    }
    Core::Expected<std::map<std::string, double>> parsed
        = Core::parseActivationParameters(activationId.toStdString(), rawParameters);
    if (!parsed)
        return commandLine.usageError(describeCoreError(parsed.error()));
    std::map<std::string, double> parameters = *parsed;
    if (training) {
        if (!info->parameter("training"))
            return commandLine.usageError(
                CliText::tr("--training applies only to activations with a training mode (rrelu)"));
        parameters["training"] = 1.0;
    }
    const Core::Expected<Core::Activation> activation
        = Core::Activation::create(activationId.toStdString(), parameters);
    if (!activation)
        return commandLine.usageError(describeCoreError(activation.error()));

    if (dtype == QLatin1String("f32"))
        return evaluateStream<float>(*activation, std::cin, seed, training);
    return evaluateStream<double>(*activation, std::cin, seed, training);
}

} // namespace ReluLab::Cli
