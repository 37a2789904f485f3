// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "confusionview.h"

#include "labstyle.h"
#include "trainingsnapshot.h"

#include <QApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ReluLab {

/// Where the matrix goes at one size: the title line, the axis titles and the cells' square.
struct ConfusionView::Cells
{
    QRectF title;
    QRectF columnTitle; ///< "Predicted class", above the column labels
    QRectF rowTitle;    ///< "True class", left of the row labels (drawn turned)
    QRectF grid;        ///< classes x classes cells
    double cell = 0.0;
    double label = 0.0; ///< the width (rows) and height (columns) of the class labels
};

ConfusionView::ConfusionView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Confusion matrix"));
}

QSize ConfusionView::sizeHint() const
{
    return QSize(420, 360);
}

QSize ConfusionView::minimumSizeHint() const
{
    return QSize(160, 6 * fontMetrics().height());
}

QFont ConfusionView::viewFont(double scale) const
{
    QFont font = QApplication::font();
    font.setPixelSize(
        std::max(7, int(std::lround(12.0 * scale * NetworkLabStyle::fontScale(m_theme)))));
    return font;
}

void ConfusionView::clear()
{
    m_matrix = {};
    update();
}

void ConfusionView::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

void ConfusionView::showSnapshot(const TrainingSnapshot &snapshot)
{
    if (!snapshot.classSummary || snapshot.classSummary->confusion.classes == 0) {
        clear();
        return;
    }
    m_matrix = snapshot.classSummary->confusion;
    m_onTest = snapshot.classSummary->onTest;
    update();
}

QString ConfusionView::title() const
{
    if (m_matrix.classes == 0 || m_matrix.total() == 0)
        return tr("The confusion matrix appears when the network is built.");
    const QString set = m_onTest ? tr("Test set") : tr("Training set");
    return tr("%1: %2 of %3 right (accuracy %4 %)")
        .arg(set)
        .arg(m_matrix.correct())
        .arg(m_matrix.total())
        .arg(QLocale().toString(100.0 * m_matrix.accuracy(), 'f', 1));
}

ConfusionView::Cells ConfusionView::cellsFor(const QSizeF &size) const
{
    Cells c;
    const QFontMetricsF metrics(viewFont(1.0));
    const double line = metrics.height();
    const double margin = 0.5 * line;
    c.title = QRectF(margin, margin * 0.5, size.width() - 2 * margin, 1.4 * line);
    const int classes = std::max(1, m_matrix.classes);
    c.label = metrics.horizontalAdvance(QString::number(classes - 1)) + 0.6 * line;
    const double top = c.title.bottom() + 1.3 * line + c.label; // column title, column labels
    const double left = margin + 1.3 * line + c.label;          // row title, row labels
    const double width = std::max(1.0, size.width() - left - margin);
    const double height = std::max(1.0, size.height() - top - margin);
    c.cell = std::min(width, height) / classes;
    const double side = c.cell * classes;
    const double x = left + (width - side) / 2.0;
    c.grid = QRectF(x, top, side, side);
    c.columnTitle = QRectF(x, c.title.bottom(), side, 1.3 * line);
    c.rowTitle = QRectF(x - c.label - 1.3 * line, top, 1.3 * line, side);
    return c;
}

void ConfusionView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.base);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFont font = viewFont(1.0);
    painter.setFont(font);
    painter.setPen(m_theme.text);
    const Cells c = cellsFor(size());
    const QFontMetricsF metrics(font);
    if (m_matrix.classes == 0 || m_matrix.total() == 0) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, title());
        return;
    }
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(c.title, Qt::AlignCenter,
                     QFontMetricsF(bold).elidedText(title(), Qt::ElideRight, c.title.width()));
    painter.setFont(font);
    painter.drawText(c.columnTitle, Qt::AlignCenter,
                     metrics.elidedText(tr("Predicted class"), Qt::ElideRight,
                                        std::max(c.columnTitle.width(), 4 * metrics.height())));
    painter.save();
    painter.translate(c.rowTitle.center());
    painter.rotate(-90);
    const QRectF turned(-c.rowTitle.height() / 2, -c.rowTitle.width() / 2, c.rowTitle.height(),
                        c.rowTitle.width());
    painter.drawText(turned, Qt::AlignCenter,
                     metrics.elidedText(tr("True class"), Qt::ElideRight, turned.width()));
    painter.restore();

    const int classes = m_matrix.classes;
    // Counts shrink with the cell, never below legibility: a count that does not fit is left to
    // the tooltip and the shade.
    QFont countFont = font;
    countFont.setPixelSize(std::max(7, std::min(font.pixelSize(), int(c.cell * 0.42))));
    const QColor dark = NetworkLabStyle::blue().darker(130);
    for (int row = 0; row < classes; ++row) {
        const QRectF rowLabel(c.grid.left() - c.label, c.grid.top() + row * c.cell,
                              c.label - 0.2 * metrics.height(), c.cell);
        painter.setPen(m_theme.text);
        painter.drawText(rowLabel, Qt::AlignRight | Qt::AlignVCenter, QString::number(row));
        const std::int64_t rowTotal = m_matrix.rowTotal(row);
        for (int column = 0; column < classes; ++column) {
            if (row == 0) {
                const QRectF columnLabel(c.grid.left() + column * c.cell, c.grid.top() - c.label,
                                         c.cell, c.label);
                painter.setPen(m_theme.text);
                painter.drawText(columnLabel, Qt::AlignCenter, QString::number(column));
            }
            const QRectF cell(c.grid.left() + column * c.cell, c.grid.top() + row * c.cell, c.cell,
                              c.cell);
            const std::int64_t count = m_matrix.at(row, column);
            const double share = rowTotal > 0 ? double(count) / double(rowTotal) : 0.0;
            // White to dark blue by the share of the row: one hue, its lightness carries it.
            QColor shade;
            shade.setRgbF(1.0 + share * (dark.redF() - 1.0), 1.0 + share * (dark.greenF() - 1.0),
                          1.0 + share * (dark.blueF() - 1.0));
            painter.fillRect(cell, shade);
            painter.setPen(QPen(m_theme.grid.isValid() ? m_theme.grid : QColor(Qt::gray),
                                0.6 * m_theme.lineScale));
            painter.drawRect(cell);
            if (count > 0) {
                painter.setFont(countFont);
                painter.setPen(share > 0.45 ? QColor(Qt::white) : QColor(Qt::black));
                const QString text = QString::number(count);
                if (QFontMetricsF(countFont).horizontalAdvance(text) < c.cell - 2)
                    painter.drawText(cell, Qt::AlignCenter, text);
                painter.setFont(font);
            }
        }
    }
    // The diagonal, the right answers, framed so that it is found without colour.
    painter.setPen(QPen(NetworkLabStyle::orange().darker(120), 2.0 * m_theme.lineScale));
    painter.setBrush(Qt::NoBrush);
    for (int k = 0; k < classes; ++k)
        painter.drawRect(
            QRectF(c.grid.left() + k * c.cell, c.grid.top() + k * c.cell, c.cell, c.cell)
                .adjusted(1, 1, -1, -1));
}

bool ConfusionView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_matrix.classes > 0) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Cells c = cellsFor(size());
        if (c.grid.contains(help->pos())) {
            const int column = std::clamp(int((help->pos().x() - c.grid.left()) / c.cell), 0,
                                          m_matrix.classes - 1);
            const int row = std::clamp(int((help->pos().y() - c.grid.top()) / c.cell), 0,
                                       m_matrix.classes - 1);
            const std::int64_t total = m_matrix.rowTotal(row);
            const std::int64_t count = m_matrix.at(row, column);
            const double share = total > 0 ? 100.0 * double(count) / double(total) : 0.0;
            QToolTip::showText(help->globalPos(),
                               tr("True class %1, predicted %2: %3 samples (%4 % of class %1)")
                                   .arg(row)
                                   .arg(column)
                                   .arg(count)
                                   .arg(QLocale().toString(share, 'f', 1)),
                               this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void ConfusionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Confusion matrix"));
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace ReluLab
