// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <initializer_list>
#include <span>
#include <vector>

class QCPGraph;

namespace ReluLab {

/// Curves over epochs (one QCPGraph per series) that hold at most `capacity` points each.
/// While a run is short every epoch is a point. Past the capacity only every 2nd epoch stays,
/// then every 4th, 8th ... (the stride doubles, so 1/2 to 1 of the capacity is in use), and the
/// latest epoch is always kept as well, so a curve reaches the present. Every point shown is an
/// epoch's true value; nothing is averaged.
///
/// Why: the raster engine strokes a thick line segment by segment, so a replot costs in
/// proportion to the points drawn (about 12 ms for four curves of 1000 noisy points on this
/// machine, 30 ms for 100 000). A curve of a run 100 000 epochs long would otherwise take the
/// GUI thread longer per refresh than a display frame.
class EpochCurves
{
public:
    /// What a non-finite value becomes: a gap in the line, or no point at all (a series that
    /// only exists for some layers).
    enum class Missing { Gap, Skip };

    explicit EpochCurves(int capacity = 512, Missing missing = Missing::Gap);

    /// The graphs, one per series, in the order of add()'s values. Their data are kept.
    void setGraphs(std::vector<QCPGraph *> graphs);
    /// At most this many points per curve from the next thinning on (at least 2).
    void setCapacity(int points);
    int capacity() const { return m_capacity; }
    /// Empties every graph; the stride starts again at 1.
    void clear();
    /// Adds one epoch: values[i] goes to graph i (missing values leave graph i unchanged except
    /// for a gap when Missing::Gap). An epoch at or before the last one replaces the points from
    /// there on (a run whose weights were reset counts from 0 again).
    void add(int epoch, std::span<const double> values);
    void add(int epoch, std::initializer_list<double> values)
    {
        add(epoch, std::span<const double>(values.begin(), values.size()));
    }
    /// 1 while every epoch is shown; otherwise the distance between the epochs shown.
    int stride() const { return m_stride; }
    /// Distinct epochs held (the longest curve's points).
    int points() const { return m_points; }

    /// The stride at which `epochs` consecutive epochs fit in `capacity` points by the same rule
    /// (for views that draw a record list of their own).
    static int strideFor(int epochs, int capacity);

private:
    void removeTail();
    void thin();
    int countPoints() const;

    std::vector<QCPGraph *> m_graphs;
    int m_capacity;
    Missing m_missing;
    int m_stride = 1;
    int m_points = 0;
    bool m_hasLast = false;
    int m_lastEpoch = 0;
};

} // namespace ReluLab
