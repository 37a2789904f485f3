// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "snapshothistory.h"

#include <algorithm>
#include <limits>

namespace ReluLab {

namespace {

std::size_t fieldBytes(const GridField &field)
{
    return field.values.size() * sizeof(float);
}

std::size_t diagnosticsBytes(const Core::Diagnostics &diagnostics)
{
    std::size_t bytes = diagnostics.gradientNorms.size() * sizeof(double);
    for (const Core::LayerDiagnostics &layer : diagnostics.layers)
        bytes += sizeof(layer) + (layer.dead.size() + layer.inactive.size()) / 8;
    return bytes;
}

} // namespace

SnapshotHistory::SnapshotHistory(int capacity, std::size_t byteBudget)
    : m_capacity(std::max(2, capacity))
    , m_byteBudget(byteBudget)
{}

void SnapshotHistory::clear()
{
    m_moments.clear();
    m_fates.clear();
}

std::size_t SnapshotHistory::bytesOf(const Moment &moment)
{
    const TrainingSnapshot &s = moment.snapshot;
    std::size_t bytes = sizeof(Moment) + fieldBytes(s.decision)
                        + (s.curveX.size() + s.curveY.size() + s.preluSlopes.size())
                              * sizeof(double)
                        + s.histogram.counts.size() * sizeof(std::int64_t)
                        + diagnosticsBytes(s.diagnostics) + diagnosticsBytes(s.initial);
    for (const std::vector<GridField> &layer : s.unitTiles) {
        for (const GridField &tile : layer)
            bytes += sizeof(GridField) + fieldBytes(tile);
    }
    for (const std::vector<float> &layer : s.activeFraction)
        bytes += layer.size() * sizeof(float);
    for (const CompactLayer &layer : moment.weights) {
        bytes += std::size_t(layer.weight.size() + layer.bias.size()) * sizeof(float)
                 + layer.preluSlopes.size() * sizeof(double);
    }
    // A unit's fate: five small fields.
    for (int k = 0; k < moment.fates.layerCount(); ++k) {
        if (std::size_t(k) < s.diagnostics.layers.size())
            bytes += s.diagnostics.layers[std::size_t(k)].dead.size() * 8;
    }
    return bytes;
}

int SnapshotHistory::capacity() const
{
    std::size_t largest = 0;
    for (const Moment &moment : m_moments)
        largest = std::max(largest, moment.bytes);
    if (largest == 0)
        return m_capacity;
    const std::size_t fit = m_byteBudget / largest;
    return int(std::clamp<std::size_t>(fit, 2, std::size_t(m_capacity)));
}

std::size_t SnapshotHistory::bytes() const
{
    std::size_t total = 0;
    for (const Moment &moment : m_moments)
        total += moment.bytes;
    return total;
}

void SnapshotHistory::record(const TrainingSnapshot &snapshot)
{
    // A new run, or the same one gone back in steps (weights reopened): the moments start
    // again, and the fates at the network's initialisation, as the live graph's do.
    const bool wentBack = !m_moments.empty() && !snapshot.progressOnly
                          && snapshot.step < m_moments.back().snapshot.step;
    if (m_fates.follow(snapshot, wentBack))
        m_moments.clear();
    if (snapshot.progressOnly)
        return;

    Moment moment;
    moment.snapshot = snapshot;
    moment.snapshot.newEpochs.clear();
    moment.snapshot.weights.reset();
    moment.snapshot.state.reset();
    if (snapshot.weights) {
        for (const Core::LayerWeights &layer : *snapshot.weights)
            moment.weights.push_back(
                {layer.weight.cast<float>(), layer.bias.cast<float>(), layer.preluSlopes});
    }
    moment.fates = m_fates;
    moment.bytes = bytesOf(moment);
    // The same step again (another histogram layer, a switched activation): the latest moment
    // is what the network is now.
    if (!m_moments.empty() && m_moments.back().snapshot.step == snapshot.step)
        m_moments.back() = std::move(moment);
    else
        m_moments.push_back(std::move(moment));
    thin();
}

void SnapshotHistory::thin()
{
    // Dropping moment i leaves the gap step[i + 1] - step[i - 1]; the smallest such gap goes
    // first (the earliest on a tie), which keeps the moments about evenly spread: on a run of
    // equal steps the largest gap stays within twice the mean.
    const int keep = capacity();
    while (int(m_moments.size()) > keep) {
        std::size_t drop = 1;
        std::int64_t smallest = std::numeric_limits<std::int64_t>::max();
        for (std::size_t i = 1; i + 1 < m_moments.size(); ++i) {
            const std::int64_t gap = m_moments[i + 1].snapshot.step
                                     - m_moments[i - 1].snapshot.step;
            if (gap < smallest) {
                smallest = gap;
                drop = i;
            }
        }
        m_moments.erase(m_moments.begin() + std::ptrdiff_t(drop));
    }
}

int SnapshotHistory::epochAt(int index) const
{
    return m_moments.at(std::size_t(index)).snapshot.epoch;
}

std::int64_t SnapshotHistory::stepAt(int index) const
{
    return m_moments.at(std::size_t(index)).snapshot.step;
}

int SnapshotHistory::stepInEpochAt(int index) const
{
    return m_moments.at(std::size_t(index)).snapshot.stepInEpoch;
}

int SnapshotHistory::stepsPerEpochAt(int index) const
{
    return m_moments.at(std::size_t(index)).snapshot.stepsPerEpoch;
}

const Core::Diagnostics &SnapshotHistory::diagnosticsAt(int index) const
{
    return m_moments.at(std::size_t(index)).snapshot.diagnostics;
}

const UnitFates &SnapshotHistory::fatesAt(int index) const
{
    return m_moments.at(std::size_t(index)).fates;
}

TrainingSnapshot SnapshotHistory::snapshotAt(int index) const
{
    const Moment &moment = m_moments.at(std::size_t(index));
    TrainingSnapshot snapshot = moment.snapshot;
    if (!moment.weights.empty()) {
        auto weights = std::make_shared<std::vector<Core::LayerWeights>>();
        weights->reserve(moment.weights.size());
        for (const CompactLayer &layer : moment.weights)
            weights->push_back(
                {layer.weight.cast<double>(), layer.bias.cast<double>(), layer.preluSlopes});
        snapshot.weights = std::move(weights);
    }
    return snapshot;
}

int SnapshotHistory::indexOfEpoch(int epoch) const
{
    for (int i = size() - 1; i >= 0; --i) {
        const TrainingSnapshot &s = m_moments[std::size_t(i)].snapshot;
        if (s.epoch == epoch && s.stepInEpoch == 0)
            return i;
    }
    return -1;
}

} // namespace ReluLab
