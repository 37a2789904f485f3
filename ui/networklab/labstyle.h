// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "ui/theme.h"

#include <QColor>
#include <QFont>

class QCustomPlot;
class QWidget;

namespace ReluLab::NetworkLabStyle {

/// Okabe–Ito colours (colour-blind safe). Colour never carries meaning alone: every series also
/// differs by line style or marker shape, and is named in a legend.
inline QColor orange()
{
    return QColor(0xE6, 0x9F, 0x00);
}
inline QColor skyBlue()
{
    return QColor(0x56, 0xB4, 0xE9);
}
inline QColor green()
{
    return QColor(0x00, 0x9E, 0x73);
}
inline QColor yellow()
{
    return QColor(0xF0, 0xE4, 0x42);
}
inline QColor blue()
{
    return QColor(0x00, 0x72, 0xB2);
}
inline QColor vermillion()
{
    return QColor(0xD5, 0x5E, 0x00);
}
inline QColor purple()
{
    return QColor(0xCC, 0x79, 0xA7);
}
inline QColor black()
{
    return QColor(0x00, 0x00, 0x00);
}

/// The i-th series colour (cycles through the seven non-black colours).
QColor seriesColor(int index);
/// The i-th line style (solid, dash, dot, dash-dot, ...), so that series differ without colour.
Qt::PenStyle seriesPenStyle(int index);

/// `scale` times the widget's font.
QFont scaledFont(const QWidget *widget, double scale);
/// A font for the numbers a teacher points at: `scale` times the widget's font, bold.
QFont bigFont(const QWidget *widget, double scale);

/// Shows or hides a chart's legend; hidden, its row under the chart gives its height back.
void setLegendShown(QCustomPlot *plot, bool shown);

/// Common look of the lab's charts: legend font, margins, interactions off; the legend and the
/// tick counts follow the chart's size (fitLegend, fitTicks at every replot).
void applyPlotStyle(QCustomPlot *plot);

/// Gives the legend (a row under the chart) as many columns as its widest entry fits in the
/// chart's width, so that it takes as few rows as possible. Returns true when it re-flowed.
bool fitLegend(QCustomPlot *plot);
/// Gives every visible axis about as many ticks as its length in pixels holds: two lines of
/// type per tick label on a vertical axis, seven characters on a horizontal one, so that the
/// numbers of a short chart never overlap. Returns true when a tick count changed.
bool fitTicks(QCustomPlot *plot);

/// True when the theme draws on a dark background (light ink, so dark ink must be lightened).
bool isDark(const Theme &theme);
/// The theme's type size over the light theme's: 1 normally, 1.8 in presentation mode. Fonts
/// that are not the plot font (big counts, tile words) are scaled by it.
double fontScale(const Theme &theme);
/// The plot's own font at the theme's point size: tick labels, axis labels, legend.
QFont plotFont(const QCustomPlot *plot, const Theme &theme);
/// The "black" ink of a series (a function curve, a bar outline): the theme's text colour, so
/// that it stays visible on a dark background.
QColor ink(const Theme &theme);

/// Styles what every chart of the lab shares: background, axes, tick and axis labels, grid,
/// legend, text elements (titles) and text items, with line widths times theme.lineScale and
/// type at theme.fontPointSize. Series keep their colours; each view restyles its own series
/// and then replots.
void applyTheme(QCustomPlot *plot, const Theme &theme);

} // namespace ReluLab::NetworkLabStyle
