// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "plotexport.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <vector>

namespace ReluLab {

namespace {

// lupdate files tr() calls by the class that declares them: a free tr() helper would land in
// the namespace's context and never be found at run time.
class PlotExport
{
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
};

constexpr double ScreenDpi = 96.0;

// A figure for a handout names only what it shows. On screen a hidden curve stays in the legend,
// greyed, so that a click brings it back; while a figure is written, such entries leave the
// legend, and afterwards every entry returns in its place with its look.
class LegendWithoutHiddenCurves
{
public:
    explicit LegendWithoutHiddenCurves(QCustomPlot *plot)
        : m_legend(plot->legend)
    {
        if (!m_legend)
            return;
        for (int i = 0; i < m_legend->itemCount(); ++i) {
            auto *item = qobject_cast<QCPPlottableLegendItem *>(m_legend->item(i));
            if (!item)
                return; // a legend with other kinds of entries is left as it is
            m_entries.push_back({item->plottable(), item->textColor(), item->font()});
        }
        for (const Entry &entry : m_entries) {
            if (!entry.plottable->visible())
                entry.plottable->removeFromLegend(m_legend);
        }
    }

    ~LegendWithoutHiddenCurves()
    {
        bool removedAny = false;
        for (const Entry &entry : m_entries)
            removedAny = removedAny || !entry.plottable->visible();
        if (!removedAny)
            return;
        for (const Entry &entry : m_entries)
            entry.plottable->removeFromLegend(m_legend);
        for (const Entry &entry : m_entries) {
            entry.plottable->addToLegend(m_legend);
            if (QCPPlottableLegendItem *item = m_legend->itemWithPlottable(entry.plottable)) {
                item->setTextColor(entry.textColor);
                item->setFont(entry.font);
            }
        }
    }

private:
    struct Entry
    {
        QCPAbstractPlottable *plottable;
        QColor textColor;
        QFont font;
    };
    QCPLegend *m_legend;
    std::vector<Entry> m_entries;
};

bool exportSvg(QCustomPlot *plot, const QString &fileName, const PlotExportOptions &options)
{
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setResolution(options.dpi);
    generator.setTitle(QStringLiteral("ReLU Lab"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    plot->toPainter(&painter, options.size.width(), options.size.height());
    return painter.end();
}

} // namespace

std::optional<PlotFileFormat> plotFileFormat(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return PlotFileFormat::Png;
    if (suffix == QLatin1String("svg"))
        return PlotFileFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return PlotFileFormat::Pdf;
    return std::nullopt;
}

namespace {

bool paintOn(QPaintDevice *device, const std::function<void(QPainter &, const QSizeF &)> &draw,
             const QSize &size)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    draw(painter, size);
    return painter.end();
}

} // namespace

bool exportDrawing(const std::function<void(QPainter &, const QSizeF &)> &draw,
                   const QString &fileName, const QSize &size, QString *error)
{
    const std::optional<PlotFileFormat> format = plotFileFormat(fileName);
    if (!format) {
        if (error)
            *error = PlotExport::tr("Unknown figure format for '%1': use .png, .svg or .pdf.")
                         .arg(fileName);
        return false;
    }
    bool ok = false;
    switch (*format) {
    case PlotFileFormat::Png: {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        ok = paintOn(&image, draw, size) && image.save(fileName, "PNG");
        break;
    }
    case PlotFileFormat::Svg: {
        QSvgGenerator generator;
        generator.setFileName(fileName);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(QStringLiteral("ReLU Lab"));
        ok = paintOn(&generator, draw, size);
        break;
    }
    case PlotFileFormat::Pdf: {
        QPdfWriter writer(fileName);
        writer.setTitle(QStringLiteral("ReLU Lab"));
        writer.setResolution(72); // one device pixel per point: the page is `size` points
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        ok = paintOn(&writer, draw, size);
        break;
    }
    }
    if (!ok && error)
        *error = PlotExport::tr("Could not write the figure to '%1'.").arg(fileName);
    return ok;
}

bool exportPlot(QCustomPlot *plot, const QString &fileName, const PlotExportOptions &options,
                QString *error)
{
    const std::optional<PlotFileFormat> format = plotFileFormat(fileName);
    if (!format) {
        if (error)
            *error = PlotExport::tr("Unknown figure format for '%1': use .png, .svg or .pdf.")
                         .arg(fileName);
        return false;
    }
    if (options.size.width() < 16 || options.size.height() < 16 || options.dpi < 24) {
        if (error)
            *error = PlotExport::tr(
                "The figure must be at least 16 × 16 pixels at 24 DPI or more.");
        return false;
    }
    const LegendWithoutHiddenCurves legend(plot);
    bool ok = false;
    switch (*format) {
    case PlotFileFormat::Png:
        ok = plot->savePng(fileName, options.size.width(), options.size.height(),
                           options.dpi / ScreenDpi, -1, options.dpi);
        break;
    case PlotFileFormat::Svg:
        ok = exportSvg(plot, fileName, options);
        break;
    case PlotFileFormat::Pdf:
        ok = plot->savePdf(fileName, options.size.width(), options.size.height(), QCP::epNoCosmetic,
                           QStringLiteral("ReLU Lab"));
        break;
    }
    if (!ok && error)
        *error = PlotExport::tr("Could not write the figure to '%1'.").arg(fileName);
    return ok;
}

QImage renderPlotImage(QCustomPlot *plot, const PlotExportOptions &options)
{
    const LegendWithoutHiddenCurves legend(plot);
    return plot->toPixmap(options.size.width(), options.size.height(), options.dpi / ScreenDpi)
        .toImage();
}

bool writeTextFile(const QString &fileName, const QString &text, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = PlotExport::tr("Could not open '%1' for writing: %2")
                         .arg(fileName, file.errorString());
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = PlotExport::tr("Could not write '%1': %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace ReluLab
