// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

class QCustomPlot;
class QWidget;

namespace ReluLab {

/// Queues a replot of `plot` if it is on screen. A hidden plot (a background tab, a collapsed
/// panel) only remembers that it is stale and replots when it is shown again, so training at
/// full speed does not spend the GUI thread on charts nobody sees. Queued plots are replotted
/// one per pass of the event loop, so timers and input are served between them.
void replotWhenVisible(QCustomPlot *plot);

/// Replots now every plot under `root` that skipped a replot while hidden. For a picture of a
/// hidden page (the Lessons tab's live view of the Lab), which must not show stale charts.
void replotStalePlots(QWidget *root);

} // namespace ReluLab
