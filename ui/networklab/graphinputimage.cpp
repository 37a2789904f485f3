// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "graphinputimage.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ReluLab {

std::vector<QRectF> inputImageCells(const QRectF &area, int side)
{
    std::vector<QRectF> cells;
    if (side <= 0)
        return cells;
    const double edge = std::max(1.0, std::min(area.width(), area.height()));
    const double cell = edge / side;
    const QPointF corner(area.center().x() - edge / 2, area.center().y() - edge / 2);
    for (int p = 0; p < side * side; ++p)
        cells.emplace_back(corner.x() + (p % side) * cell, corner.y() + (p / side) * cell, cell,
                           cell);
    return cells;
}

void drawInputPixel(QPainter &painter, const QRectF &cell, const std::vector<float> &picture,
                    int pixel)
{
    if (pixel < 0 || std::size_t(pixel) >= picture.size())
        return;
    const auto [low, high] = std::minmax_element(picture.begin(), picture.end());
    const double span = std::max(1e-12, double(*high) - double(*low));
    const double t = std::clamp((double(picture[std::size_t(pixel)]) - *low) / span, 0.0, 1.0);
    const int grey = 255 - int(std::lround(255.0 * t));
    // A hair wider than the cell, so that no seam of the background shows between pixels.
    painter.fillRect(cell.adjusted(-0.25, -0.25, 0.25, 0.25), QColor(grey, grey, grey));
}

QString inputImageCaption(bool mean)
{
    return mean ? QCoreApplication::translate("ReluLab::NetworkGraphView", "mean digit")
                : QCoreApplication::translate("ReluLab::NetworkGraphView", "test digit 1");
}

QString inputPixelText(int pixel, int side)
{
    return QCoreApplication::translate("ReluLab::NetworkGraphView",
                                       "Input x%1: pixel (row %2, column %3) of the picture")
        .arg(pixel + 1)
        .arg(pixel / std::max(1, side) + 1)
        .arg(pixel % std::max(1, side) + 1);
}

} // namespace ReluLab
