// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace ReluLab {

/// The network graph's input column for picture data (the 8 × 8 digits): the cells of a
/// side × side picture, as large as `area` holds and centred in it; pixel p is row p / side,
/// column p % side (the data's row-major order), so each input's links leave from its pixel.
std::vector<QRectF> inputImageCells(const QRectF &area, int side);

/// Fills pixel `pixel`'s cell in grey, dark ink on white as the digits are drawn: white for the
/// picture's smallest value, black for its largest.
void drawInputPixel(QPainter &painter, const QRectF &cell, const std::vector<float> &picture,
                    int pixel);

/// The words under the picture: "mean digit", or "test digit 1" (`mean` false).
QString inputImageCaption(bool mean);

/// The tooltip of pixel `pixel` of a side × side picture: its input and its row and column.
QString inputPixelText(int pixel, int side);

} // namespace ReluLab
