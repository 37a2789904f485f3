// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QColor>
#include <QFont>

class QCustomPlot;
class QWidget;

namespace ReluLab::NetworkLabStyle {

/// Okabe–Ito colours (colour-blind safe). Colour never carries meaning alone: every series also
/// differs by line style or marker shape, and is named in a legend.
inline QColor orange() { return QColor(0xE6, 0x9F, 0x00); }
inline QColor skyBlue() { return QColor(0x56, 0xB4, 0xE9); }
inline QColor green() { return QColor(0x00, 0x9E, 0x73); }
inline QColor yellow() { return QColor(0xF0, 0xE4, 0x42); }
inline QColor blue() { return QColor(0x00, 0x72, 0xB2); }
inline QColor vermillion() { return QColor(0xD5, 0x5E, 0x00); }
inline QColor purple() { return QColor(0xCC, 0x79, 0xA7); }
inline QColor black() { return QColor(0x00, 0x00, 0x00); }

/// The i-th series colour (cycles through the seven non-black colours).
QColor seriesColor(int index);
/// The i-th line style (solid, dash, dot, dash-dot, ...), so that series differ without colour.
Qt::PenStyle seriesPenStyle(int index);

/// A font for the numbers a teacher points at: `scale` times the widget's font, bold.
QFont bigFont(const QWidget *widget, double scale);

/// Common look of the lab's charts: legend font, margins, interactions off.
void applyPlotStyle(QCustomPlot *plot);

} // namespace ReluLab::NetworkLabStyle
