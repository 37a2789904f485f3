// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "activationhelp.h"
#include "commands.h"

#include "core/activation.h"
#include "core/activations/parameterparser.h"
#include "core/numbertext.h"
#include "core/trainingconfigio.h"
#include "io/coreerrortext.h"
#include "io/languagemanager.h"
#include "ui/explorer/activationplot.h"
#include "ui/explorer/explorertext.h"
#include "ui/plotexport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>
#include <map>
#include <optional>
#include <string>

// relulab render: the explorer's figure written to a file without a window (the offscreen
// platform), so a teacher can script the figures of a handout.

namespace ReluLab::Cli {

namespace {

QString renderHelp()
{
    return CliText::tr(
        "Usage: relulab render ACTIVATION [OPTIONS] --out FILE.png|svg|pdf\n"
        "\n"
        "Draws the explorer's plot of an activation to a file.\n"
        "\n"
        "Options:\n"
        "  --param NAME=VALUE          set a parameter (PyTorch's name); repeatable\n"
        "  --overlay ID[:NAME=VALUE,...]  add an overlay curve (at most six); repeatable\n"
        "  --derivative                also draw f'\n"
        "  --second-derivative         also draw f''\n"
        "  --xmin A --xmax B           the x range (default -5 to 5; within -1e6 to 1e6,\n"
        "                              at least 1e-6 wide)\n"
        "  --lang en|zh_CN|zh_TW       language of the labels (default en)\n"
        "  --size WxH                  layout size in pixels (default 1200x800, at least\n"
        "                              320x240)\n"
        "  --dpi N                     resolution of PNG output (default 96)\n"
        "  --out FILE                  the figure: .png, .svg or .pdf\n"
        "  -h, --help                  show this help\n");
}

int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("relulab render: ") << message << QLatin1Char('\n');
    return 2;
}

// The x range a figure can show: QCustomPlot's axes and the tick labels stay exact and readable
// for |x| <= 1e6 and a span of at least 1e-6; anything else is refused, never silently redrawn
// at the default range.
constexpr double maxAbsX = 1e6;
constexpr double minXSpan = 1e-6;
// The smallest figure whose axes, tick labels and legend can still be read.
constexpr int minWidth = 320;
constexpr int minHeight = 240;
constexpr int maxSide = 10000;

QString shortest(double value)
{
    return QString::fromStdString(Core::shortestText(value));
}

std::optional<double> parseNumber(const QString &text)
{
    const Core::Expected<double> value = Core::parseFiniteNumber(text.trimmed().toStdString());
    if (!value)
        return std::nullopt;
    return *value;
}

// "NAME=VALUE" texts of activation `id` through the one parameter parser: the map, or the
// translated error.
std::optional<QString> parseAssignments(const QString &id, const QStringList &texts,
                                        std::map<std::string, double> &out)
{
    std::vector<std::pair<std::string, std::string>> assignments;
    for (const QString &text : texts) {
        const Core::Expected<std::pair<std::string, std::string>> assignment
            = Core::splitParameterAssignment(text.toStdString());
        if (!assignment)
            return describeCoreError(assignment.error());
        assignments.push_back(*assignment);
    }
    const Core::Expected<std::map<std::string, double>> parsed
        = Core::parseActivationParameters(id.toStdString(), assignments);
    if (!parsed)
        return describeCoreError(parsed.error());
    out = *parsed;
    return std::nullopt;
}

} // namespace

int runRender(const QStringList &arguments)
{
    QString id;
    std::map<std::string, double> parameters;
    QStringList overlayTexts;
    bool derivative = false;
    bool secondDerivative = false;
    std::optional<double> xMin;
    std::optional<double> xMax;
    QString language = QStringLiteral("en");
    QString out;
    PlotExportOptions options;
    QStringList paramTexts;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        auto next = [&](QString *value) {
            if (i + 1 >= arguments.size())
                return false;
            *value = arguments[++i];
            return true;
        };
        QString value;
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            QTextStream(stdout) << renderHelp() << QLatin1Char('\n') << activationParameterHelp();
            return 0;
        } else if (arg == QLatin1String("--derivative")) {
            derivative = true;
        } else if (arg == QLatin1String("--second-derivative")) {
            secondDerivative = true;
        } else if (arg == QLatin1String("--param") || arg == QLatin1String("--overlay")
                   || arg == QLatin1String("--xmin") || arg == QLatin1String("--xmax")
                   || arg == QLatin1String("--lang") || arg == QLatin1String("--out")
                   || arg == QLatin1String("--size") || arg == QLatin1String("--dpi")) {
            if (!next(&value))
                return fail(CliText::tr("the option %1 needs a value.").arg(arg));
            if (arg == QLatin1String("--param")) {
                paramTexts << value;
            } else if (arg == QLatin1String("--overlay")) {
                overlayTexts << value;
            } else if (arg == QLatin1String("--xmin") || arg == QLatin1String("--xmax")) {
                const std::optional<double> number = parseNumber(value);
                if (!number)
                    return fail(
                        CliText::tr("%1 needs a finite number, not '%2'.").arg(arg, quoted(value)));
                (arg == QLatin1String("--xmin") ? xMin : xMax) = number;
            } else if (arg == QLatin1String("--lang")) {
                if (!LanguageManager::availableLanguages().contains(value))
                    return fail(CliText::tr("unknown language '%1': use en, zh_CN or zh_TW.")
                                    .arg(quoted(value)));
                language = value;
            } else if (arg == QLatin1String("--out")) {
                out = value;
            } else if (arg == QLatin1String("--size")) {
                static const QRegularExpression sizePattern(
                    QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
                const QRegularExpressionMatch match = sizePattern.match(value);
                const int w = match.hasMatch() ? match.captured(1).toInt() : 0;
                const int h = match.hasMatch() ? match.captured(2).toInt() : 0;
                if (w < minWidth || h < minHeight || w > maxSide || h > maxSide)
                    return fail(CliText::tr("--size needs WIDTHxHEIGHT from %1x%2 (smaller is not "
                                            "readable) to %3x%3, not '%4'.")
                                    .arg(minWidth)
                                    .arg(minHeight)
                                    .arg(maxSide)
                                    .arg(quoted(value)));
                options.size = QSize(w, h);
            } else {
                bool ok = false;
                const int dpi = value.toInt(&ok);
                if (!ok || dpi < 24 || dpi > 1200)
                    return fail(CliText::tr("--dpi needs a whole number from 24 to 1200, not '%1'.")
                                    .arg(value));
                options.dpi = dpi;
            }
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return fail(
                CliText::tr("unknown option '%1'. Run 'relulab render --help'.").arg(quoted(arg)));
        } else if (id.isEmpty()) {
            id = arg;
        } else {
            return fail(CliText::tr("only one activation can be drawn; use --overlay for '%1'.")
                            .arg(quoted(arg)));
        }
    }
    if (id.isEmpty())
        return fail(CliText::tr("no activation given. Run 'relulab render --help'."));
    if (out.isEmpty())
        return fail(CliText::tr("no output file given (--out FILE.png|svg|pdf)."));
    if (!plotFileFormat(out))
        return fail(
            CliText::tr("the output file must end in .png, .svg or .pdf: '%1'.").arg(quoted(out)));
    if (xMin.has_value() != xMax.has_value())
        return fail(CliText::tr("--xmin and --xmax go together."));
    if (xMin && !(*xMin < *xMax))
        return fail(CliText::tr("--xmin must be smaller than --xmax."));
    if (xMin && (std::abs(*xMin) > maxAbsX || std::abs(*xMax) > maxAbsX))
        return fail(CliText::tr("the x range %1 to %2 is outside what can be drawn: --xmin and "
                                "--xmax must lie within -%3 and %3.")
                        .arg(shortest(*xMin), shortest(*xMax), shortest(maxAbsX)));
    if (xMin && *xMax - *xMin < minXSpan)
        return fail(CliText::tr("the x range %1 to %2 is too narrow to draw: it must be at least "
                                "%3 wide.")
                        .arg(shortest(*xMin), shortest(*xMax), shortest(minXSpan)));
    if (overlayTexts.size() > ActivationPlot::MaxOverlays)
        return fail(CliText::tr("at most six overlays can be drawn."));

    LanguageManager::instance()->setLanguage(language);

    if (const std::optional<QString> problem = parseAssignments(id, paramTexts, parameters))
        return fail(*problem);
    Core::Expected<Core::Activation> main = Core::Activation::create(id.toStdString(), parameters);
    if (!main)
        return fail(describeCoreError(main.error()));

    QList<PlotCurveSpec> overlays;
    for (const QString &text : std::as_const(overlayTexts)) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString overlayId = colon < 0 ? text : text.left(colon);
        std::map<std::string, double> overlayParameters;
        const QStringList pairs = colon < 0 ? QStringList()
                                            : text.mid(colon + 1).split(QLatin1Char(','),
                                                                        Qt::SkipEmptyParts);
        if (const std::optional<QString> problem = parseAssignments(overlayId, pairs,
                                                                    overlayParameters))
            return fail(*problem);
        Core::Expected<Core::Activation> overlay = Core::Activation::create(overlayId.toStdString(),
                                                                            overlayParameters);
        if (!overlay)
            return fail(describeCoreError(overlay.error()));
        PlotCurveSpec spec;
        spec.activation = *overlay;
        spec.label = activationLabel(*overlay);
        overlays << spec;
    }

    ActivationPlot plot;
    plot.resize(options.size);
    plot.setShowDerivative(derivative);
    plot.setShowSecondDerivative(secondDerivative);
    plot.setActivation(*main, activationLabel(*main));
    plot.setOverlays(overlays);
    if (xMin)
        plot.setXRange(*xMin, *xMax);
    plot.fitYRange();

    QString error;
    if (!exportPlot(plot.customPlot(), out, options, &error)) {
        QTextStream(stderr) << QStringLiteral("relulab render: ") << error << QLatin1Char('\n');
        return 1;
    }
    return 0;
}

} // namespace ReluLab::Cli
