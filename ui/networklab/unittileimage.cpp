// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "unittileimage.h"

#include "labstyle.h"

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

QRgb blend(const QColor &colour, double t)
{
    // t in [0, 1]: white at 0, the full colour at 1.
    const auto mix = [t](int c) { return int(std::lround(255.0 + (c - 255.0) * t)); };
    return qRgb(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

} // namespace

QImage unitTileImage(const GridField &field)
{
    QImage image(field.columns, field.rows, QImage::Format_RGB32);
    float largest = 0.0f;
    for (float v : field.values)
        largest = std::max(largest, std::isfinite(v) ? std::abs(v) : 0.0f);
    const QColor positive = NetworkLabStyle::orange().darker(115);
    const QColor negative = NetworkLabStyle::blue();
    for (int i = 0; i < field.rows; ++i) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(field.rows - 1 - i));
        for (int j = 0; j < field.columns; ++j) {
            const float v = field.values[size_t(i * field.columns + j)];
            const double t = largest > 0.0f && std::isfinite(v) ? double(v / largest) : 0.0;
            line[j] = t >= 0.0 ? blend(positive, t) : blend(negative, -t);
        }
    }
    return image;
}

} // namespace ReluLab
