// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "labstyle.h"

#include <qcustomplot.h>

#include <array>
#include <cmath>

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

QFont scaledFont(const QWidget *widget, double scale)
{
    QFont font = widget->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(int(font.pixelSize() * scale));
    return font;
}

QFont bigFont(const QWidget *widget, double scale)
{
    QFont font = scaledFont(widget, scale);
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

bool isDark(const Theme &theme)
{
    return theme.base.lightnessF() < 0.5;
}

double fontScale(const Theme &theme)
{
    return double(theme.fontPointSize) / double(Theme::light().fontPointSize);
}

QFont plotFont(const QCustomPlot *plot, const Theme &theme)
{
    QFont font = plot->font();
    font.setPointSize(theme.fontPointSize);
    return font;
}

QColor ink(const Theme &theme)
{
    return theme.text;
}

void applyTheme(QCustomPlot *plot, const Theme &theme)
{
    const double s = theme.lineScale;
    const QFont font = plotFont(plot, theme);
    plot->setBackground(theme.base);
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(theme.base);
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(theme.axis, s, Qt::SolidLine, Qt::SquareCap));
            axis->setTickPen(QPen(theme.axis, s, Qt::SolidLine, Qt::SquareCap));
            axis->setSubTickPen(QPen(theme.axis, s, Qt::SolidLine, Qt::SquareCap));
            axis->setTickLabelColor(theme.text);
            axis->setLabelColor(theme.text);
            axis->setTickLabelFont(font);
            axis->setLabelFont(font);
            // Tick marks grow with the lines, so that they stay visible on a projector.
            axis->setTickLength(0, int(std::lround(5 * s)));
            axis->setSubTickLength(0, int(std::lround(2 * s)));
            axis->grid()->setPen(QPen(theme.grid, 1, Qt::DotLine));
            axis->grid()->setSubGridPen(QPen(theme.subGrid, 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(theme.grid, 1, Qt::SolidLine));
        }
    }
    // The legend sits in its own row under the chart (applyPlotStyle): a translucent fill of
    // the plot's background and no frame keep it quiet.
    QColor legendFill = theme.base;
    legendFill.setAlpha(220);
    plot->legend->setBrush(legendFill);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setFont(font);
    plot->legend->setTextColor(theme.text);
    const double f = fontScale(theme);
    plot->legend->setIconSize(int(std::lround(32 * f)), int(std::lround(18 * f)));
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element)) {
            title->setTextColor(theme.text);
            title->setFont(font);
        }
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto *text = qobject_cast<QCPItemText *>(plot->item(i));
        if (!text)
            continue;
        text->setColor(theme.text);
        text->setFont(font);
        if (text->brush().style() != Qt::NoBrush) {
            QColor fill = theme.base;
            fill.setAlpha(text->brush().color().alpha());
            text->setBrush(fill);
        }
    }
}

} // namespace ReluLab::NetworkLabStyle
