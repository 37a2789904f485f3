// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "digitsgallery.h"

#include "labstyle.h"
#include "trainingsnapshot.h"

#include <QApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

// One sample's pixels as a grey picture, dark ink on white, scaled by the sample's own range
// (the digits are 0..1, or standardised: either way the stroke is the darkest part).
QImage pictureOf(const Eigen::MatrixXd &inputs, Eigen::Index sample, int side)
{
    QImage image(side, side, QImage::Format_Grayscale8);
    const Eigen::VectorXd x = inputs.col(sample);
    const double low = x.minCoeff();
    const double span = std::max(1e-12, x.maxCoeff() - low);
    for (int i = 0; i < side; ++i) {
        for (int j = 0; j < side; ++j) {
            const double t = (x(Eigen::Index(i) * side + j) - low) / span;
            const int grey = 255 - int(std::lround(255.0 * std::clamp(t, 0.0, 1.0)));
            image.scanLine(i)[j] = uchar(grey);
        }
    }
    return image;
}

} // namespace

DigitsGallery::DigitsGallery(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Test digits"));
}

QSize DigitsGallery::sizeHint() const
{
    return QSize(420, 360);
}

QSize DigitsGallery::minimumSizeHint() const
{
    return QSize(160, 6 * fontMetrics().height());
}

QFont DigitsGallery::galleryFont() const
{
    QFont font = QApplication::font();
    font.setPixelSize(int(std::lround(12.0 * NetworkLabStyle::fontScale(m_theme))));
    return font;
}

void DigitsGallery::setData(const Core::DataSplit &split, int side)
{
    clear();
    m_images.clear();
    m_labels.clear();
    m_onTest = split.test.sampleCount() > 0;
    const Core::Dataset &set = m_onTest ? split.test : split.train;
    if (side <= 0 || set.featureCount() != Eigen::Index(side) * side
        || set.task != Core::Task::Classification)
        return;
    for (Eigen::Index n = 0; n < set.sampleCount(); ++n)
        m_images.push_back(pictureOf(set.inputs, n, side));
    m_labels = set.labels;
    update();
}

void DigitsGallery::clear()
{
    m_predicted.clear();
    m_order.clear();
    m_wrong = 0;
    update();
}

void DigitsGallery::setTheme(const Theme &theme)
{
    m_theme = theme;
    update();
}

void DigitsGallery::showSnapshot(const TrainingSnapshot &snapshot)
{
    if (!snapshot.classSummary || snapshot.classSummary->predicted.size() != m_labels.size()) {
        clear();
        return;
    }
    m_predicted = snapshot.classSummary->predicted;
    // Wrong ones first, each group in the set's order: stable, so a picture stays in place
    // while the errors around it do not change.
    m_order.clear();
    for (size_t n = 0; n < m_labels.size(); ++n) {
        if (m_predicted[n] != m_labels[n])
            m_order.push_back(int(n));
    }
    m_wrong = int(m_order.size());
    for (size_t n = 0; n < m_labels.size(); ++n) {
        if (m_predicted[n] == m_labels[n])
            m_order.push_back(int(n));
    }
    update();
}

QString DigitsGallery::title() const
{
    if (m_order.empty())
        return tr("The digits appear when the network is built.");
    const int total = int(m_order.size());
    return m_onTest
               ? tr("Test digits: %1 of %2 wrong (shown first, framed)").arg(m_wrong).arg(total)
               : tr("Training digits: %1 of %2 wrong (shown first, framed)")
                     .arg(m_wrong)
                     .arg(total);
}

void DigitsGallery::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.base);
    const QFont font = galleryFont();
    painter.setFont(font);
    painter.setPen(m_theme.text);
    m_hits.clear();
    const QFontMetricsF metrics(font);
    const double line = metrics.height();
    const double margin = 0.5 * line;
    if (m_order.empty()) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, title());
        return;
    }
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    const QRectF header(margin, margin * 0.5, width() - 2 * margin, 1.4 * line);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(bold).elidedText(title(), Qt::ElideRight, header.width()));
    painter.setFont(font);

    // Cells: the picture over its caption ("7", or "7 → 1" when wrong).
    const double picture = std::max(24.0, 3.2 * line);
    const double cellWidth = std::max(picture, metrics.horizontalAdvance(QStringLiteral("0 → 0")))
                             + 0.6 * line;
    const double cellHeight = picture + 1.4 * line;
    const double top = header.bottom() + 0.3 * line;
    const int columns = std::max(1, int((width() - 2 * margin) / cellWidth));
    // The last line says how many more there are.
    const int rows = std::max(0, int((height() - top - margin - line) / cellHeight));
    const int shown = std::min(int(m_order.size()), columns * rows);
    const double left = margin + (width() - 2 * margin - columns * cellWidth) / 2.0;
    const double s = m_theme.lineScale;
    for (int k = 0; k < shown; ++k) {
        const int sample = m_order[size_t(k)];
        const QRectF cell(left + (k % columns) * cellWidth, top + (k / columns) * cellHeight,
                          cellWidth, cellHeight);
        const QRectF image(cell.center().x() - picture / 2, cell.top(), picture, picture);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(image, m_images[size_t(sample)]);
        const int truth = m_labels[size_t(sample)];
        const int guess = m_predicted[size_t(sample)];
        const bool wrong = truth != guess;
        painter.setPen(wrong ? QPen(NetworkLabStyle::vermillion(), 3.0 * s)
                             : QPen(m_theme.grid.isValid() ? m_theme.grid : QColor(Qt::gray), s));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(image);
        const QRectF caption(cell.left(), image.bottom() + 0.1 * line, cell.width(), 1.2 * line);
        painter.setPen(wrong ? NetworkLabStyle::vermillion() : m_theme.text);
        painter.setFont(wrong ? bold : font);
        painter.drawText(caption, Qt::AlignCenter,
                         wrong ? QStringLiteral("%1 → %2").arg(truth).arg(guess)
                               : QString::number(truth));
        painter.setFont(font);
        m_hits.push_back({image, sample});
    }
    if (shown < int(m_order.size())) {
        painter.setPen(m_theme.text);
        const QString more = tr("+%n more", nullptr, int(m_order.size()) - shown);
        painter.drawText(QRectF(margin, height() - line - 2, width() - 2 * margin, line),
                         Qt::AlignRight | Qt::AlignVCenter, more);
    }
}

bool DigitsGallery::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (const Hit &hit : m_hits) {
            if (hit.rect.contains(help->pos())) {
                const auto n = size_t(hit.sample);
                QToolTip::showText(help->globalPos(),
                                   tr("Sample %1: true class %2, the network says %3")
                                       .arg(hit.sample + 1)
                                       .arg(m_labels[n])
                                       .arg(m_predicted[n]),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void DigitsGallery::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Test digits"));
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace ReluLab
