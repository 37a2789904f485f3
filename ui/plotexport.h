// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QCustomPlot;
class QPainter;

namespace ReluLab {

enum class PlotFileFormat { Png, Svg, Pdf };

/// The format a file name asks for, by its suffix (case-insensitive), or nullopt.
std::optional<PlotFileFormat> plotFileFormat(const QString &fileName);

/// How a figure is written. `size` is the layout size in pixels at 96 DPI (fonts and lines are
/// laid out for it); `dpi` scales raster output (PNG: size × dpi/96 pixels, with the DPI stored in
/// the file) and is recorded in SVG; PDF is vector and uses `size` in points.
struct PlotExportOptions
{
    QSize size{1200, 800};
    int dpi = 96;
};

/// Writes the plot to `fileName` (PNG, SVG or PDF by suffix). On failure returns false and sets
/// `error` to a translated sentence.
bool exportPlot(QCustomPlot *plot, const QString &fileName, const PlotExportOptions &options,
                QString *error);

/// Writes a drawing that paints itself (`draw(painter, size)`) to `fileName` as PNG (twice the
/// pixels of `size`: sharp when projected or printed), SVG or PDF (a page of `size` points), by
/// suffix. On failure returns false and sets `error` to exportPlot's translated sentences.
bool exportDrawing(const std::function<void(QPainter &, const QSizeF &)> &draw,
                   const QString &fileName, const QSize &size, QString *error);

/// The plot rendered as an image of size × dpi/96 pixels (for the clipboard).
QImage renderPlotImage(QCustomPlot *plot, const PlotExportOptions &options);

/// Writes UTF-8 text atomically (QSaveFile). On failure returns false and sets `error`.
bool writeTextFile(const QString &fileName, const QString &text, QString *error);

} // namespace ReluLab
