// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <cstdint>
#include <vector>

namespace ReluLab::Core {

struct Diagnostics;

/// What the evaluations of a run have seen of each hidden unit, as bits (DESIGN.md §4):
enum UnitHistoryBit : std::uint8_t {
    WasDead = 1,       ///< dead (output 0 for every training sample) at some evaluation
    Revived = 2,       ///< dead at some evaluation and alive at a later one
    DeadSinceStart = 4 ///< dead at the first evaluation and at every one since
};

/// Per hidden layer, per unit: a combination of UnitHistoryBit.
using UnitHistory = std::vector<std::vector<std::uint8_t>>;

/// Follows the dead units from evaluation to evaluation. A unit is *revived* once it was dead at
/// one evaluation and alive at a later one (it stays counted if it dies again): from layer 2 on
/// this happens through changes upstream, in layer 1 only through momentum or weight decay
/// (a dead ReLU unit's own gradient is 0). *Dead since the start* counts the units dead at the
/// first evaluation (initialisation: the born-dead ones) and at every evaluation since.
class RevivalTracker
{
public:
    /// Begins a history at `first` (the evaluation at initialisation) and writes its counts
    /// (revived 0, dead since the start = dead) into first.layers.
    void start(Diagnostics &first);
    /// Adds an evaluation and writes the updated counts into d.layers. A history that is empty
    /// or was kept for other layer widths starts again here.
    void observe(Diagnostics &d);
    /// Writes the current counts into d.layers without adding d (a diverged evaluation).
    void annotate(Diagnostics &d) const;
    void clear() { m_history.clear(); }

    const UnitHistory &history() const { return m_history; }
    /// Replaces the history (already checked by isValidHistory).
    void setHistory(UnitHistory history) { m_history = std::move(history); }

    /// Whether `history` fits a network with these hidden widths and its bits are consistent
    /// (revived and dead-since-the-start units were dead once; no unit both).
    static bool isValidHistory(const UnitHistory &history, const std::vector<int> &hiddenWidths);

private:
    bool fits(const Diagnostics &d) const;
    UnitHistory m_history;
};

} // namespace ReluLab::Core
