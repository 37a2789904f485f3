// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// relulab eval ACTIVATION [--param NAME=VALUE]... [--dtype f64|f32] [--training] [--seed N]
// Reads x values from standard input and writes CSV x,value,grad,grad2 (17 significant digits).
// Everything is parsed and computed before anything is written, so an error leaves stdout empty.

#include "activationhelp.h"
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
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace ReluLab::Cli {

namespace {

QString evalHelp()
{
    return CliText::tr(
        "Usage: relulab eval ACTIVATION [--param NAME=VALUE]... [--dtype f64|f32]\n"
        "                    [--training] [--seed N]\n"
        "\n"
        "Reads x values from standard input, one per line (decimal, C99 hex float such as\n"
        "0x1.8p+1, inf, -inf or nan), and writes CSV with the header x,value,grad,grad2:\n"
        "f(x), f'(x) and f''(x) with 17 significant digits, one row per input.\n"
        "\n"
        "Options:\n"
        "  --param NAME=VALUE  set a parameter by its PyTorch name, e.g. negative_slope=0.1,\n"
        "                      alpha=2, approximate=tanh (repeatable)\n"
        "  --dtype f64|f32     compute in double (default) or in float as PyTorch float32\n"
        "  --training          rrelu only: random slopes in [lower, upper] (training mode)\n"
        "  --seed N            seed of the random slopes of --training (default 0)\n"
        "  -h, --help          show this help\n"
        "\n"
        "Exit status: 0 on success, 2 on an unknown activation or parameter, a value outside\n"
        "its valid range, or an input line that is not a number.\n");
}

int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("relulab eval: ") << message << QLatin1Char('\n');
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

template<typename Scalar>
int evaluateStream(const Core::Activation &activation, const std::vector<std::string> &lines,
                   std::uint64_t seed, bool training)
{
    std::vector<Scalar> x;
    x.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find_first_not_of(" \t\r") == std::string::npos)
            continue; // blank lines carry no input
        const std::optional<Scalar> value = parseNumber<Scalar>(lines[i]);
        if (!value) {
            return fail(CliText::tr("line %1 of the input is not a number: '%2'")
                            .arg(i + 1)
                            .arg(quoted(lines[i])));
        }
        x.push_back(*value);
    }
    std::vector<Scalar> value(x.size()), grad(x.size()), grad2(x.size());
    Core::Rng rng(seed);
    activation.evaluate(std::span<const Scalar>(x), std::span<Scalar>(value),
                        std::span<Scalar>(grad), std::span<Scalar>(grad2),
                        training ? &rng : nullptr);

    std::string out = "x,value,grad,grad2\n";
    out.reserve(out.size() + x.size() * 80);
    for (std::size_t i = 0; i < x.size(); ++i) {
        out += formatNumber(x[i]) + ',' + formatNumber(value[i]) + ',' + formatNumber(grad[i]) + ','
               + formatNumber(grad2[i]) + '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

} // namespace

int runEval(const QStringList &arguments)
{
    QString activationId;
    std::vector<std::pair<std::string, std::string>> rawParameters;
    QString dtype = QStringLiteral("f64");
    bool training = false;
    std::uint64_t seed = 0;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto nextValue = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size())
                return std::nullopt;
            return arguments.at(++i);
        };
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            QTextStream(stdout) << evalHelp() << QLatin1Char('\n') << activationParameterHelp();
            return 0;
        }
        if (argument == QLatin1String("--param")) {
            const std::optional<QString> value = nextValue();
            if (!value)
                return fail(CliText::tr("--param needs NAME=VALUE"));
            const Core::Expected<std::pair<std::string, std::string>> assignment
                = Core::splitParameterAssignment(value->toStdString());
            if (!assignment)
                return fail(describeCoreError(assignment.error()));
            rawParameters.push_back(*assignment);
        } else if (argument == QLatin1String("--dtype")) {
            const std::optional<QString> value = nextValue();
            if (!value || (*value != QLatin1String("f64") && *value != QLatin1String("f32")))
                return fail(CliText::tr("--dtype must be f64 or f32"));
            dtype = *value;
        } else if (argument == QLatin1String("--training")) {
            training = true;
        } else if (argument == QLatin1String("--seed")) {
            const std::optional<QString> value = nextValue();
            bool ok = false;
            seed = value ? value->toULongLong(&ok) : 0;
            if (!ok)
                return fail(CliText::tr("--seed needs a non-negative whole number"));
        } else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            return fail(CliText::tr("unknown option '%1'. Run 'relulab eval --help'.")
                            .arg(quoted(argument)));
        } else if (activationId.isEmpty()) {
            activationId = argument;
        } else {
            return fail(CliText::tr("only one activation can be evaluated, got '%1' and '%2'")
                            .arg(quoted(activationId), quoted(argument)));
        }
    }
    if (activationId.isEmpty())
        return fail(CliText::tr("no activation given. Run 'relulab eval --help'."));

    const Core::ActivationInfo *info = Core::findActivationInfo(activationId.toStdString());
    if (!info) {
        return fail(CliText::tr("unknown activation '%1'. Known activations: %2")
                        .arg(quoted(activationId), activationList()));
    }
    Core::Expected<std::map<std::string, double>> parsed
        = Core::parseActivationParameters(activationId.toStdString(), rawParameters);
    if (!parsed)
        return fail(describeCoreError(parsed.error()));
    std::map<std::string, double> parameters = *parsed;
    if (training) {
        if (!info->parameter("training"))
            return fail(
                CliText::tr("--training applies only to activations with a training mode (rrelu)"));
        parameters["training"] = 1.0;
    }
    const Core::Expected<Core::Activation> activation
        = Core::Activation::create(activationId.toStdString(), parameters);
    if (!activation)
        return fail(describeCoreError(activation.error()));

    std::vector<std::string> lines;
    for (std::string line; std::getline(std::cin, line);)
        lines.push_back(line);

    if (dtype == QLatin1String("f32"))
        return evaluateStream<float>(*activation, lines, seed, training);
    return evaluateStream<double>(*activation, lines, seed, training);
}

} // namespace ReluLab::Cli
