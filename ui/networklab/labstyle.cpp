// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "labstyle.h"

#include <qcustomplot.h>

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace ReluLab::NetworkLabStyle {

QColor seriesColor(int index)
{
    const std::array<QColor, 7> colours{blue(),   orange(),  green(), vermillion(),
                                        purple(), skyBlue(), yellow()};
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

void setLegendShown(QCustomPlot *plot, bool shown)
{
    // A hidden legend keeps its minimum size in a layout: in the row under the chart it would
    // leave an empty band. Hidden, it waits in the axis rect's inset layout, which takes no room.
    QCPLegend *legend = plot->legend;
    legend->setVisible(shown);
    QCPLayoutGrid *layout = plot->plotLayout();
    QCPLayoutInset *inset = plot->axisRect()->insetLayout();
    if (!shown && legend->layout() != inset) {
        // Out of its row, into the inset; the emptied row leaves the chart's layout.
        QCPLayout *row = legend->layout();
        row->take(legend);
        inset->addElement(legend, Qt::AlignTop | Qt::AlignRight);
        layout->remove(row);
        layout->simplify();
    } else if (shown && legend->layout() == inset) {
        inset->take(legend);
        inset->simplify();
        auto *row = new QCPLayoutGrid;
        layout->addElement(layout->rowCount(), 0, row);
        row->setMargins(QMargins(0, 0, 0, 0));
        row->addElement(0, 0, legend);
        layout->setRowStretchFactor(layout->rowCount() - 1, 0.001);
    }
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
    // The legend's columns depend on the width (known before the layout), the tick counts on
    // the axis rect's size (known only after it): a changed count costs one more replot, after
    // which the sizes are stable.
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { fitLegend(plot); });
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] {
        if (fitTicks(plot))
            plot->replot(QCustomPlot::rpQueuedReplot);
    });
}

namespace {

/// The legend's entries (itemCount() also counts the empty cells of its grid).
int entryCount(const QCPLegend *legend)
{
    int count = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        count += legend->item(i) ? 1 : 0;
    return count;
}

/// Columns of `legend` that fit in `room` pixels with its current font and icons.
int legendColumns(const QCPLegend *legend, int room)
{
    const QFontMetrics metrics(legend->font());
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i) {
        QCPAbstractLegendItem *item = legend->item(i);
        if (!item)
            continue; // an empty cell of the grid
        auto *entry = qobject_cast<QCPPlottableLegendItem *>(item);
        const int text = entry ? metrics.horizontalAdvance(entry->plottable()->name()) : 0;
        widest = std::max(widest, text + legend->iconSize().width() + legend->iconTextPadding()
                                      + item->margins().left() + item->margins().right());
    }
    return std::clamp((room + legend->columnSpacing())
                          / std::max(1, widest + legend->columnSpacing()),
                      1, std::max(1, entryCount(legend)));
}

/// Height of `legend` laid out in `columns` columns.
int legendHeight(const QCPLegend *legend, int columns)
{
    const int rows = (entryCount(legend) + columns - 1) / columns;
    const QCPAbstractLegendItem *first = legend->item(0);
    const QMargins item = first ? first->margins() : QMargins();
    const int row = QFontMetrics(legend->font()).height() + item.top() + item.bottom();
    return rows * row + (rows - 1) * legend->rowSpacing() + legend->margins().top()
           + legend->margins().bottom();
}

} // namespace

bool fitLegend(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    // A legend hidden by its view stays hidden; one hidden here (too big) may come back.
    const bool hiddenHere = plot->property("relulab_legendTooBig").toBool();
    if ((!legend->visible() && !hiddenHere) || entryCount(legend) == 0)
        return false;
    // The theme's legend look (applyTheme); a short chart gets a smaller one rather than lose
    // its axis rect to the legend.
    QFont font = plot->property("relulab_legendFont").value<QFont>();
    if (font.family().isEmpty())
        font = legend->font();
    QSize icon = plot->property("relulab_legendIcon").toSize();
    if (icon.isEmpty())
        icon = legend->iconSize();
    const int room = plot->width() - legend->margins().left() - legend->margins().right() - 16;
    legend->setFont(font);
    legend->setIconSize(icon);
    int columns = legendColumns(legend, room);
    if (legendHeight(legend, columns) > plot->height() / 4) {
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.8);
        legend->setFont(small);
        legend->setIconSize(icon.width() * 2 / 3, icon.height() * 2 / 3);
        columns = legendColumns(legend, room);
    }
    // Even small, it would take more than a third of the chart (big type on a small screen):
    // the axis rect keeps the room and the series stay told apart by their line styles.
    const bool tooBig = legendHeight(legend, columns) > plot->height() / 3;
    plot->setProperty("relulab_legendTooBig", tooBig);
    if (legend->visible() == tooBig) {
        setLegendShown(plot, !tooBig);
        return true;
    }
    if (legend->wrap() == columns)
        return false;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-flows the items
    return true;
}

bool fitTicks(QCustomPlot *plot)
{
    bool changed = false;
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            if (!axis->visible() || axis->ticker().isNull())
                continue;
            const QFontMetrics metrics(axis->tickLabelFont());
            const bool vertical = axis->orientation() == Qt::Vertical;
            // A log axis writes powers of ten with raised exponents: taller labels.
            // A fixed-step axis (layer numbers, 20 % steps) may show all its short labels; any
            // other keeps at most the ticker's default five.
            const bool fixed = !axis->ticker().dynamicCast<QCPAxisTickerFixed>().isNull();
            const double perTick = vertical
                                       ? (axis->scaleType() == QCPAxis::stLogarithmic ? 2.8 : 2.2)
                                             * metrics.height()
                                       : (fixed ? 4.0 : 7.0) * metrics.averageCharWidth();
            const int length = vertical ? rect->height() : rect->width();
            // An axis label longer than its axis falls back to its percent sign alone
            // ("sparsity (%)" reads "%": the tab already names the quantity), else is elided. The
            // full text stays as a property: a view that sets a new label replaces it.
            const QString shown = axis->property("relulab_shownLabel").toString();
            if (axis->label() != shown || shown.isEmpty())
                axis->setProperty("relulab_fullLabel", axis->label());
            const QString full = axis->property("relulab_fullLabel").toString();
            const QFontMetrics labelMetrics(axis->labelFont());
            const int room = std::max(length, 40);
            QString fitted = full;
            if (labelMetrics.horizontalAdvance(full) > room) {
                // Only a percentage: "(z)" in "f(z), f′(z)" or "(log)" are not units.
                static const QRegularExpression unitAtEnd(
                    QStringLiteral("[(\\x{FF08}]\\s*(%)\\s*[)\\x{FF09}]\\s*$"));
                const QRegularExpressionMatch unit = unitAtEnd.match(full);
                fitted = unit.hasMatch() && labelMetrics.horizontalAdvance(unit.captured(1)) <= room
                             ? unit.captured(1)
                             : labelMetrics.elidedText(full, Qt::ElideRight, room);
            }
            axis->setProperty("relulab_shownLabel", fitted);
            if (fitted != axis->label()) {
                axis->setLabel(fitted);
                changed = true;
            }
            const int count = std::clamp(int(length / perTick), 2, fixed ? 12 : 5);
            if (axis->ticker()->tickCount() != count) {
                axis->ticker()->setTickCount(count);
                changed = true;
            }
        }
    }
    return changed;
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
    // fitLegend starts from this look and may shrink it for a short chart.
    plot->setProperty("relulab_legendFont", font);
    plot->setProperty("relulab_legendIcon", plot->legend->iconSize());
    fitLegend(plot);
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
