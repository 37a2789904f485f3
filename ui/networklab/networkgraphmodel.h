// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/trainer.h"

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace ReluLab {

struct TrainingSnapshot;

/// What became of a hidden unit over the run, from its dead flag at every evaluated epoch
/// (dead = output exactly 0 for every training sample, ../shared/DESIGN.md §4).
enum class UnitFate {
    Alive,    ///< alive now and never seen dead
    BornDead, ///< dead at initialisation and at every evaluation since
    Died,     ///< dead now, alive at some evaluation before
    Revived,  ///< alive now, dead at some evaluation before
};

/// Per-unit fates of a run, fed with the initial diagnostics and then every evaluated epoch in
/// order (the lab's epoch records). Widths that change (a new network) start it afresh.
class UnitFates
{
public:
    /// Forgets every unit and the run followed.
    void clear();
    void record(const Core::Diagnostics &diagnostics);
    /// Follows a run snapshot by snapshot: a new generation (another network, or the same one
    /// reset), or `restart`, starts the fates again at the network's initialisation; then the
    /// snapshot's new epochs are recorded. Returns whether it started again.
    bool follow(const TrainingSnapshot &snapshot, bool restart = false);

    int layerCount() const { return int(m_units.size()); }
    UnitFate fate(int layer, int unit) const;
    /// Units of `layer` with that fate now.
    int count(int layer, UnitFate fate) const;
    /// The last evaluated epoch at which a revived unit was found alive again (-1 otherwise).
    int revivedAt(int layer, int unit) const;

private:
    struct Unit
    {
        bool bornDead = false;
        bool everAlive = false;
        bool everDead = false;
        bool deadNow = false;
        int revivedAt = -1;
    };
    std::vector<std::vector<Unit>> m_units;
    std::uint64_t m_generation = 0;
    bool m_hasGeneration = false;
};

/// The units of one column of the graph: all of them in order when they fit; otherwise the most
/// active ones (by fraction of active samples, most active first), the dead ones grouped into a
/// single block, and a count of the live ones left out.
struct GraphColumn
{
    std::vector<int> units; ///< unit indices drawn, top to bottom
    int deadBlock = 0;      ///< dead units drawn as one "N dead" block (0: no block)
    int notDrawn = 0;       ///< live units not drawn
};

/// Chooses a column's units for `capacity` places (a dead block takes one place).
GraphColumn chooseUnits(const std::vector<float> &activeFraction, const std::vector<bool> &dead,
                        int capacity);

/// A link between a drawn unit of one column and a drawn unit of the next.
struct GraphLink
{
    int from = 0;        ///< unit index in the source layer
    int to = 0;          ///< unit index in the target layer
    double weight = 0.0; ///< W(to, from)
};

/// The strongest links (largest |weight|) between the drawn units, at most `maxLinks`, strongest
/// first, so a wide network stays readable and quick to draw. `weight` is out x in.
std::vector<GraphLink> strongestLinks(const Eigen::MatrixXd &weight, const std::vector<int> &from,
                                      const std::vector<int> &to, int maxLinks);

} // namespace ReluLab
