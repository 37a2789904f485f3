// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "epochcurves.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ReluLab {

EpochCurves::EpochCurves(int capacity, Missing missing)
    : m_capacity(std::max(2, capacity))
    , m_missing(missing)
{}

void EpochCurves::setGraphs(std::vector<QCPGraph *> graphs)
{
    m_graphs = std::move(graphs);
    m_points = countPoints();
}

void EpochCurves::setCapacity(int points)
{
    m_capacity = std::max(2, points);
}

void EpochCurves::clear()
{
    for (QCPGraph *graph : m_graphs)
        graph->data()->clear();
    m_stride = 1;
    m_points = 0;
    m_hasLast = false;
}

int EpochCurves::strideFor(int epochs, int capacity)
{
    int stride = 1;
    // Epochs 0 .. epochs−1 at `stride` keep about epochs / stride points, plus the latest.
    while (epochs / stride + 1 > std::max(2, capacity))
        stride *= 2;
    return stride;
}

void EpochCurves::add(int epoch, std::span<const double> values)
{
    if (m_hasLast && epoch <= m_lastEpoch) {
        for (QCPGraph *graph : m_graphs)
            graph->data()->removeAfter(epoch - 0.5);
        m_points = countPoints();
        m_hasLast = false;
    }
    bool added = false;
    for (size_t i = 0; i < m_graphs.size() && i < values.size(); ++i) {
        const double value = values[i];
        if (std::isfinite(value))
            m_graphs[i]->addData(epoch, value);
        else if (m_missing == Missing::Gap)
            m_graphs[i]->addData(epoch, std::numeric_limits<double>::quiet_NaN());
        else
            continue;
        added = true;
    }
    if (!added)
        return; // the point before stays the latest one drawn
    // The previous point was only kept as the latest epoch: now it is not.
    if (m_hasLast && m_lastEpoch % m_stride != 0)
        removeTail();
    m_hasLast = true;
    m_lastEpoch = epoch;
    ++m_points;
    if (m_points > m_capacity)
        thin();
}

void EpochCurves::removeTail()
{
    for (QCPGraph *graph : m_graphs)
        graph->data()->remove(double(m_lastEpoch));
    --m_points;
}

void EpochCurves::thin()
{
    while (m_points > m_capacity) {
        m_stride *= 2;
        for (QCPGraph *graph : m_graphs) {
            QSharedPointer<QCPGraphDataContainer> data = graph->data();
            if (data->isEmpty())
                continue;
            const double last = (data->constEnd() - 1)->key;
            QVector<QCPGraphData> kept;
            kept.reserve(data->size() / 2 + 2);
            for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
                if (std::llround(it->key) % m_stride == 0 || it->key == last)
                    kept.append(*it);
            }
            data->set(kept, true);
        }
        m_points = countPoints();
    }
}

int EpochCurves::countPoints() const
{
    int points = 0;
    for (const QCPGraph *graph : m_graphs)
        points = std::max(points, graph->dataCount());
    return points;
}

} // namespace ReluLab
