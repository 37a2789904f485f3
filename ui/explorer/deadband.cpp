// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "deadband.h"

#include "curvesampler.h"

#include <qcustomplot.h>

namespace ReluLab {

namespace {

// More intervals than any catalogue function has (hardtanh, threshold: two); the rest stay hidden.
constexpr int RectCount = 12;

} // namespace

DeadBand::DeadBand(QCustomPlot *plot, QCPLayer *layer)
{
    for (int i = 0; i < RectCount; ++i) {
        auto *rect = new QCPItemRect(plot);
        rect->setLayer(layer);
        // x in plot coordinates, y from the top to the bottom of the axis rect.
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->setPen(Qt::NoPen);
        rect->setSelectable(false);
        rect->setVisible(false);
        m_rects.append(rect);
    }
}

bool DeadBand::update(const SampledCurve &curve)
{
    return show(zeroGradientIntervals(curve));
}

bool DeadBand::clear()
{
    return show({});
}

bool DeadBand::show(const QList<QPair<double, double>> &intervals)
{
    if (intervals == m_intervals)
        return false;
    m_intervals = intervals;
    for (int i = 0; i < m_rects.size(); ++i) {
        QCPItemRect *rect = m_rects[i];
        const bool used = i < m_intervals.size();
        rect->setVisible(used);
        if (used) {
            rect->topLeft->setCoords(m_intervals[i].first, 0.0);
            rect->bottomRight->setCoords(m_intervals[i].second, 1.0);
        }
    }
    return true;
}

void DeadBand::setColour(const QColor &colour)
{
    for (QCPItemRect *rect : std::as_const(m_rects))
        rect->setBrush(colour);
}

} // namespace ReluLab
