// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "labstyle.h"

#include <qcustomplot.h>

#include <array>

namespace ReluLab::NetworkLabStyle {

QColor seriesColor(int index)
{
    const std::array<QColor, 7> colours{blue(), orange(), green(), vermillion(), purple(),
                                        skyBlue(), yellow()};
    return colours[static_cast<size_t>(index) % colours.size()];
}

Qt::PenStyle seriesPenStyle(int index)
{
    const std::array<Qt::PenStyle, 4> styles{Qt::SolidLine, Qt::DashLine, Qt::DotLine,
                                             Qt::DashDotLine};
    return styles[static_cast<size_t>(index) % styles.size()];
}

QFont bigFont(const QWidget *widget, double scale)
{
    QFont font = widget->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(int(font.pixelSize() * scale));
    font.setBold(true);
    return font;
}

void applyPlotStyle(QCustomPlot *plot)
{
    plot->setNoAntialiasingOnDrag(true);
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 220));
    QFont legendFont = plot->font();
    plot->legend->setFont(legendFont);
    plot->setMinimumSize(160, 120);
    // The legend goes in a row under the chart, so it never hides a curve.
    auto *row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, row);
    row->setMargins(QMargins(0, 0, 0, 0));
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->axisRect()->insetLayout()->simplify();
    row->addElement(0, 0, plot->legend);
    plot->legend->setWrap(2);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
}

} // namespace ReluLab::NetworkLabStyle
