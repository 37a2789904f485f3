// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "activationhelp.h"
#include "commandline.h"
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
#include <cstring>
#include <map>
#include <optional>
#include <string>

// relulab render: the explorer's figure written to a file without a window (the offscreen
// platform), so a teacher can script the figures of a handout.

namespace ReluLab::Cli {

namespace {

constexpr OptionSpec renderOptions[] = {
    {"param", "NAME=VALUE",
     QT_TRANSLATE_NOOP("Cli", "set a parameter (PyTorch's name); repeatable")},
    {"overlay", "ID[:NAME=VALUE,...]",
     QT_TRANSLATE_NOOP("Cli", "add an overlay curve (at most six); repeatable")},
    {"derivative", nullptr, QT_TRANSLATE_NOOP("Cli", "also draw f'")},
    {"second-derivative", nullptr, QT_TRANSLATE_NOOP("Cli", "also draw f''")},
    {"xmin", "A", QT_TRANSLATE_NOOP("Cli", "the left end of the x range (default -5)")},
    {"xmax", "B",
     QT_TRANSLATE_NOOP("Cli", "the right end (default 5; within -1e6 to 1e6, at least 1e-6 wide)")},
    {"lang", "en|zh_CN|zh_TW", QT_TRANSLATE_NOOP("Cli", "language of the labels (default en)")},
    {"size", "WxH",
     QT_TRANSLATE_NOOP("Cli", "layout size in pixels (default 1200x800, at least 320x240)")},
    {"dpi", "N", QT_TRANSLATE_NOOP("Cli", "resolution of PNG output (default 96)")},
    {"out", "FILE", QT_TRANSLATE_NOOP("Cli", "the figure: .png, .svg or .pdf")},
};

QString renderHelp(const CommandLine &commandLine)
{
    return CliText::tr("Usage: relulab render ACTIVATION [OPTIONS] --out FILE.png|svg|pdf\n"
                       "\n"
                       "Draws the explorer's plot of an activation to a file.\n"
                       "\n"
                       "Options:\n")
           + commandLine.optionHelp();
}

// Every refusal of render is about its arguments: the message and the hint to --help.
int fail(const QString &message)
{
    QTextStream(stderr) << usageMessage(QStringLiteral("render"), message);
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
    CommandLine commandLine(QStringLiteral("render"), renderOptions);
    int status = 0;
    if (!commandLine.parse(arguments,
                           renderHelp(commandLine) + QLatin1Char('\n') + activationParameterHelp(),
                           maxPositionalUnchecked, &status))
        return status;
    if (commandLine.positional().size() > 1)
        return fail(CliText::tr("only one activation can be drawn; use --overlay for '%1'.")
                        .arg(quoted(commandLine.positional().at(1))));
    const QString id = commandLine.positional().value(0);
    std::map<std::string, double> parameters;
    const QStringList overlayTexts = commandLine.values("overlay");
    const bool derivative = commandLine.isSet("derivative");
    const bool secondDerivative = commandLine.isSet("second-derivative");
    std::optional<double> xMin;
    std::optional<double> xMax;
    QString language = QStringLiteral("en");
    const QString out = commandLine.value("out");
    PlotExportOptions options;
    const QStringList paramTexts = commandLine.values("param");

    for (const char *name : {"xmin", "xmax"}) {
        if (!commandLine.isSet(name))
            continue;
        const QString value = commandLine.value(name);
        const std::optional<double> number = parseNumber(value);
        if (!number)
            return fail(CliText::tr("%1 needs a finite number, not '%2'.")
                            .arg(QStringLiteral("--") + QLatin1String(name), quoted(value)));
        (std::strcmp(name, "xmin") == 0 ? xMin : xMax) = number;
    }
    if (commandLine.isSet("lang")) {
        const QString value = commandLine.value("lang");
        if (!LanguageManager::availableLanguages().contains(value))
            return fail(
                CliText::tr("unknown language '%1': use en, zh_CN or zh_TW.").arg(quoted(value)));
        language = value;
    }
    if (commandLine.isSet("size")) {
        const QString value = commandLine.value("size");
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
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
    }
    if (commandLine.isSet("dpi")) {
        const QString value = commandLine.value("dpi");
        bool ok = false;
        const int dpi = value.toInt(&ok);
        if (!ok || dpi < 24 || dpi > 1200)
            return fail(
                CliText::tr("--dpi needs a whole number from 24 to 1200, not '%1'.").arg(value));
        options.dpi = dpi;
    }
    if (id.isEmpty())
        return fail(CliText::tr("no activation given."));
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
