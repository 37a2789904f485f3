// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

class QCustomPlot;
class QWidget;

namespace ReluLab {

/// Asks for format, size and file (PlotExportDialog), then writes the chart (ui/plotexport.h).
void exportChartInteractively(QCustomPlot *plot, QWidget *parent);

/// Gives a chart of the network lab a context menu with "Export chart…" (PNG, SVG or PDF).
void installExportMenu(QCustomPlot *plot);

} // namespace ReluLab
