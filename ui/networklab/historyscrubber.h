// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "snapshothistory.h"
#include "trainingsnapshot.h"

#include <QPointer>
#include <QWidget>

class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSlider;

namespace ReluLab {

class DecisionView;
class GradientView;
class HistogramView;
class NetworkGraphView;
class NeuronTilesView;
class SparsityView;
class TrainingController;

/// A slider over the run's recorded moments (SnapshotHistory): with training paused or finished,
/// moving it replays the decision map, the network graph, the unit tiles and the per-layer charts
/// (sparsity, dead counts, gradient norms, pre-activations) as they were at an earlier epoch, so
/// a lecturer can go back to the epoch where a layer died. While it shows the past, a strip says
/// so in words ("Showing epoch 12 of 40 …"); Live, End, Play or a new run bring the present back.
/// Arrow keys move one moment, Page Up/Down several, Home goes to the first.
class HistoryScrubber final : public QWidget
{
    Q_OBJECT

public:
    /// The views a moment is shown in (owned elsewhere; they outlive the scrubber).
    struct Views
    {
        DecisionView *decision = nullptr;
        NetworkGraphView *graph = nullptr;
        NeuronTilesView *tiles = nullptr;
        SparsityView *sparsity = nullptr;
        GradientView *gradients = nullptr;
        HistogramView *histogram = nullptr;
        QCustomPlot *curves = nullptr; ///< loss and accuracy over the epochs
    };

    /// Follows the playing state of `controller` (the slider moves only while it stands still).
    HistoryScrubber(TrainingController *controller, const Views &views, QWidget *parent = nullptr);

    /// A new network or data set: the old run's moments go, the present is shown.
    void clear();
    /// Every snapshot the views are given, progress ones too: a full one is recorded and is the
    /// present again (the views show it).
    void record(const TrainingSnapshot &snapshot);
    void setPlaying(bool playing);

    const SnapshotHistory &history() const { return m_history; }
    /// The moment shown (an index into history()), or -1 for the live run.
    int shownIndex() const { return m_shown; }
    bool isLive() const { return m_shown < 0; }
    /// Shows moment `index` as moving the slider there does (the latest one is the live run).
    void showMoment(int index);
    /// Back to the live run (the Live button).
    void showLive();

    QSlider *slider() const { return m_slider; }
    QPushButton *liveButton() const { return m_live; }
    /// The strip that says a past epoch is shown (empty while live).
    QString indicatorText() const;
    /// The epochs trained at a moment: "12" at an epoch boundary, "12.38" three minibatches of
    /// eight into the 13th epoch.
    QString momentText(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateControls();
    /// A dashed line at the epoch shown on the charts over the epochs (none while live).
    void updateMarkers();

    Views m_views;
    SnapshotHistory m_history;
    TrainingSnapshot m_liveSnapshot; ///< the last full live snapshot (shown again on Live)
    bool m_hasLive = false;
    bool m_playing = false;
    int m_shown = -1;
    int m_marked = -1; ///< the moment the markers stand at
    QPointer<QCPItemStraightLine> m_sparsityMarker;
    QPointer<QCPItemStraightLine> m_curvesMarker;
    QLabel *m_title = nullptr;
    QSlider *m_slider = nullptr;
    QPushButton *m_live = nullptr;
    QLabel *m_indicator = nullptr;
};

} // namespace ReluLab
