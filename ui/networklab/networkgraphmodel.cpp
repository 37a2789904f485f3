// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "networkgraphmodel.h"

#include "trainingsnapshot.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ReluLab {

void UnitFates::clear()
{
    m_units.clear();
    m_hasGeneration = false;
}

bool UnitFates::follow(const TrainingSnapshot &snapshot, bool restart)
{
    const bool again = restart || !m_hasGeneration || snapshot.generation != m_generation;
    if (again) {
        clear();
        m_generation = snapshot.generation;
        m_hasGeneration = true;
        if (!snapshot.initial.layers.empty())
            record(snapshot.initial);
    }
    for (const EpochRecord &epoch : snapshot.newEpochs)
        record(epoch.diagnostics);
    return again;
}

void UnitFates::record(const Core::Diagnostics &diagnostics)
{
    const bool sameShape = m_units.size() == diagnostics.layers.size()
                           && std::equal(m_units.begin(), m_units.end(), diagnostics.layers.begin(),
                                         [](const std::vector<Unit> &units,
                                            const Core::LayerDiagnostics &layer) {
        return units.size() == layer.dead.size();
                              });
    const bool first = !sameShape;
    if (first) {
        m_units.assign(diagnostics.layers.size(), {});
        for (std::size_t k = 0; k < diagnostics.layers.size(); ++k)
            m_units[k].resize(diagnostics.layers[k].dead.size());
    }
    for (std::size_t k = 0; k < diagnostics.layers.size(); ++k) {
        const std::vector<bool> &dead = diagnostics.layers[k].dead;
        for (std::size_t i = 0; i < dead.size(); ++i) {
            Unit &unit = m_units[k][i];
            if (first && diagnostics.epoch == 0)
                unit.bornDead = dead[i];
            if (!dead[i] && unit.everDead && unit.deadNow)
                unit.revivedAt = diagnostics.epoch;
            unit.deadNow = dead[i];
            unit.everDead = unit.everDead || dead[i];
            unit.everAlive = unit.everAlive || !dead[i];
        }
    }
}

UnitFate UnitFates::fate(int layer, int unit) const
{
    if (layer < 0 || layer >= layerCount() || unit < 0
        || unit >= int(m_units[std::size_t(layer)].size()))
        return UnitFate::Alive;
    const Unit &u = m_units[std::size_t(layer)][std::size_t(unit)];
    if (u.deadNow)
        return u.bornDead && !u.everAlive ? UnitFate::BornDead : UnitFate::Died;
    return u.everDead ? UnitFate::Revived : UnitFate::Alive;
}

int UnitFates::count(int layer, UnitFate wanted) const
{
    if (layer < 0 || layer >= layerCount())
        return 0;
    int n = 0;
    for (int i = 0; i < int(m_units[std::size_t(layer)].size()); ++i)
        n += fate(layer, i) == wanted ? 1 : 0;
    return n;
}

int UnitFates::revivedAt(int layer, int unit) const
{
    return fate(layer, unit) == UnitFate::Revived
               ? m_units[std::size_t(layer)][std::size_t(unit)].revivedAt
               : -1;
}

GraphColumn chooseUnits(const std::vector<float> &activeFraction, const std::vector<bool> &dead,
                        int capacity)
{
    GraphColumn column;
    const int units = int(activeFraction.size());
    capacity = std::max(capacity, 1);
    if (units <= capacity) {
        column.units.resize(std::size_t(units));
        std::iota(column.units.begin(), column.units.end(), 0);
        return column;
    }
    std::vector<int> alive;
    for (int i = 0; i < units; ++i) {
        if (std::size_t(i) < dead.size() && dead[std::size_t(i)])
            ++column.deadBlock;
        else
            alive.push_back(i);
    }
    const int places = std::max(0, capacity - (column.deadBlock > 0 ? 1 : 0));
    // Most active first; equal activity keeps the unit order (stable).
    std::stable_sort(alive.begin(), alive.end(), [&activeFraction](int a, int b) {
        return activeFraction[std::size_t(a)] > activeFraction[std::size_t(b)];
    });
    const int drawn = std::min(places, int(alive.size()));
    column.units.assign(alive.begin(), alive.begin() + drawn);
    column.notDrawn = int(alive.size()) - drawn;
    return column;
}

std::vector<GraphLink> strongestLinks(const Eigen::MatrixXd &weight, const std::vector<int> &from,
                                      const std::vector<int> &to, int maxLinks)
{
    std::vector<GraphLink> links;
    links.reserve(from.size() * to.size());
    for (int j : from) {
        for (int i : to) {
            if (i < weight.rows() && j < weight.cols())
                links.push_back({j, i, weight(i, j)});
        }
    }
    const auto stronger = [](const GraphLink &a, const GraphLink &b) {
        return std::abs(a.weight) > std::abs(b.weight);
    };
    const std::size_t kept = std::size_t(std::max(0, maxLinks));
    if (links.size() > kept) {
        std::nth_element(links.begin(), links.begin() + std::ptrdiff_t(kept), links.end(),
                         stronger);
        links.resize(kept);
    }
    std::stable_sort(links.begin(), links.end(), stronger);
    return links;
}

} // namespace ReluLab
