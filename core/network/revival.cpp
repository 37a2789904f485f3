// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "revival.h"

#include "trainer.h"

#include <cstddef>

namespace ReluLab::Core {

bool RevivalTracker::fits(const Diagnostics &d) const
{
    if (m_history.size() != d.layers.size())
        return false;
    for (std::size_t k = 0; k < d.layers.size(); ++k) {
        if (m_history[k].size() != d.layers[k].dead.size())
            return false;
    }
    return true;
}

void RevivalTracker::start(Diagnostics &first)
{
    m_history.assign(first.layers.size(), {});
    for (std::size_t k = 0; k < first.layers.size(); ++k) {
        const std::vector<bool> &dead = first.layers[k].dead;
        m_history[k].assign(dead.size(), 0);
        for (std::size_t u = 0; u < dead.size(); ++u)
            m_history[k][u] = dead[u] ? std::uint8_t(WasDead | DeadSinceStart) : std::uint8_t(0);
    }
    annotate(first);
}

void RevivalTracker::observe(Diagnostics &d)
{
    if (!fits(d)) {
        start(d);
        return;
    }
    for (std::size_t k = 0; k < d.layers.size(); ++k) {
        const std::vector<bool> &dead = d.layers[k].dead;
        for (std::size_t u = 0; u < dead.size(); ++u) {
            std::uint8_t &bits = m_history[k][u];
            if (dead[u]) {
                bits |= WasDead;
            } else {
                if (bits & WasDead)
                    bits |= Revived;
                bits &= std::uint8_t(~DeadSinceStart);
            }
        }
    }
    annotate(d);
}

void RevivalTracker::annotate(Diagnostics &d) const
{
    const bool known = fits(d);
    for (std::size_t k = 0; k < d.layers.size(); ++k) {
        LayerDiagnostics &layer = d.layers[k];
        layer.revivedUnits = 0;
        layer.deadSinceStartUnits = 0;
        if (!known)
            continue;
        for (const std::uint8_t bits : m_history[k]) {
            layer.revivedUnits += (bits & Revived) ? 1 : 0;
            layer.deadSinceStartUnits += (bits & DeadSinceStart) ? 1 : 0;
        }
    }
}

bool RevivalTracker::isValidHistory(const UnitHistory &history,
                                    const std::vector<int> &hiddenWidths)
{
    if (history.size() != hiddenWidths.size())
        return false;
    for (std::size_t k = 0; k < history.size(); ++k) {
        if (int(history[k].size()) != hiddenWidths[k])
            return false;
        for (const std::uint8_t bits : history[k]) {
            if (bits > (WasDead | Revived | DeadSinceStart))
                return false;
            if ((bits & (Revived | DeadSinceStart)) && !(bits & WasDead))
                return false;
            if ((bits & Revived) && (bits & DeadSinceStart))
                return false;
        }
    }
    return true;
}

} // namespace ReluLab::Core
