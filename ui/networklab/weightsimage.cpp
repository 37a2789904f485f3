// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "weightsimage.h"

#include "labstyle.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

// The base colour toward white as |w| falls: full colour at the largest weight.
QColor shade(double weight, double largest)
{
    const QColor base = weight >= 0.0 ? NetworkLabStyle::orange() : NetworkLabStyle::blue();
    const double t = largest > 0.0 ? std::min(1.0, std::abs(weight) / largest) : 0.0;
    const auto mix = [t](int c) { return int(std::lround(255.0 + t * (c - 255.0))); };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()));
}

} // namespace

WeightsImage::WeightsImage(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void WeightsImage::setWeights(const std::vector<double> &weights)
{
    m_weights = weights;
    update();
}

int WeightsImage::side() const
{
    const int n = int(m_weights.size());
    const int s = int(std::lround(std::sqrt(double(n))));
    return s * s == n && n >= 16 ? s : 0;
}

bool WeightsImage::isImage() const
{
    return side() > 0;
}

QSize WeightsImage::sizeHint() const
{
    return QSize(12 * fontMetrics().height(), 8 * fontMetrics().height());
}

QSize WeightsImage::minimumSizeHint() const
{
    return QSize(6 * fontMetrics().height(), 4 * fontMetrics().height());
}

void WeightsImage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    double largest = 0.0;
    for (double w : m_weights)
        largest = std::max(largest, std::isfinite(w) ? std::abs(w) : 0.0);
    const QColor frame = palette().color(QPalette::WindowText);
    if (const int s = side()) {
        // Row-major pixels, as the digits' features are stored: weight i is pixel (i / s, i % s).
        const double cell = std::floor(std::min(area.width(), area.height()) / s);
        const QPointF origin(area.center().x() - cell * s / 2, area.center().y() - cell * s / 2);
        for (int i = 0; i < int(m_weights.size()); ++i) {
            const QRectF r(origin.x() + cell * (i % s), origin.y() + cell * (i / s), cell, cell);
            painter.fillRect(r, shade(m_weights[std::size_t(i)], largest));
        }
        painter.setPen(QPen(frame, 1));
        painter.drawRect(QRectF(origin, QSizeF(cell * s, cell * s)));
        return;
    }
    // Bars from a middle line: up for positive weights, down for negative ones.
    const int n = int(m_weights.size());
    if (n == 0)
        return;
    const double width = area.width() / n;
    const double middle = area.center().y();
    const double half = area.height() / 2;
    for (int i = 0; i < n; ++i) {
        const double w = m_weights[std::size_t(i)];
        const double h = largest > 0.0 && std::isfinite(w) ? half * w / largest : 0.0;
        const QRectF bar(area.left() + i * width + width * 0.15, h >= 0 ? middle - h : middle,
                         width * 0.7, std::abs(h));
        painter.fillRect(bar, w >= 0.0 ? NetworkLabStyle::orange() : NetworkLabStyle::blue());
    }
    painter.setPen(QPen(frame, 1));
    painter.drawLine(QPointF(area.left(), middle), QPointF(area.right(), middle));
}

} // namespace ReluLab
