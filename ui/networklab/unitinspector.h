// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainingsnapshot.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCPBars;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace ReluLab {

class HistogramView;
class NetworkLabWorkspace;
class WeightsImage;

/// One hidden unit, or one hidden layer, up close: a window beside the lab (non-modal, one for
/// the lab) that follows the live run and says which epoch it describes.
///
/// Unit tab: the unit's fraction of active training samples (output ≠ 0, the sparsity
/// definition), its pre-activation min, mean and max, its pre-activation histogram under f and
/// f′ with the zero-gradient region shaded (HistogramView), its incoming weights and bias (64
/// inputs: an 8 × 8 image, the receptive field), its active fraction over the epochs with the
/// epoch it died and the epoch it came back, and, for 1-D inputs and the last hidden layer, its
/// contribution w_out·a(x) to the output curve. Every number comes from core
/// (Core::unitStats, computed by the worker for the unit asked for).
///
/// Layer tab: the layer's pre-activation histogram, its units sorted by activity, and its dead,
/// dead-since-the-start and revived counts over the epochs.
///
/// It opens from a click on a tile or a unit of the graph (unit tab) or on a sparsity bar
/// (layer tab), and from the keyboard: I in the lab; in the window the layer and unit boxes take
/// ↑/↓, and Ctrl+Tab switches the tabs.
class UnitInspector final : public QDialog
{
    Q_OBJECT

public:
    explicit UnitInspector(QWidget *parent = nullptr);

    /// Connects the lab's views, its controller and its log, and binds nothing else.
    void attach(NetworkLabWorkspace *lab);

    /// Opens (or raises) the window on unit `unit` of hidden layer `layer` (0-based).
    void inspectUnit(int layer, int unit);
    /// Opens (or raises) the window on hidden layer `layer`'s tab.
    void inspectLayer(int layer);
    /// Opens the window on the unit shown last (the first unit at first): the keyboard's way in.
    void open() override;

    /// Shows a full snapshot of the run, with the run's epochs so far for the history (the lab
    /// calls it with its controller's last snapshot and its log once they are up to date).
    void showSnapshot(const TrainingSnapshot &snapshot, const std::vector<EpochRecord> &epochs);

    bool isLayerTab() const;
    int layer() const;
    int unit() const;
    /// The epoch the numbers describe (snapshot.epoch), -1 before any.
    int shownEpoch() const { return m_epoch; }
    /// The statistics shown, empty until the worker sent them for this unit.
    const std::optional<Core::UnitStats> &shownStats() const { return m_stats; }
    /// The texts as shown (for tests and screenshots).
    QString activeText() const;
    QString preActivationText() const;
    QString historyText() const;
    QString weightsText() const;
    QString layerText() const;
    const WeightsImage *weightsImage() const { return m_weights; }
    QCustomPlot *contributionPlot() const { return m_contribution; }
    /// The unit's share w_out·a(x) along the curve's inputs (1-D data, last hidden layer).
    QCPGraph *contributionGraph() const { return m_contributionGraph; }
    /// The unit's active share per epoch, and its layer's dead units per epoch.
    QCPGraph *activityHistoryGraph() const { return m_historyGraph; }
    QCPGraph *deadCountGraph() const { return m_deadGraph; }

signals:
    /// The unit whose numbers the snapshots should carry (empty: none, the window is closed).
    void unitRequested(std::optional<Core::UnitIndex> unit);
    /// The layer whose histogram the snapshots should carry.
    void layerRequested(int layer);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void requestCurrent();
    /// Shows the lab's current snapshot and log (queued after a snapshot, so the log has it).
    void refreshFromLab();
    void updateUnit();
    void updateLayer();
    void updateTexts();

    QSpinBox *m_layer = nullptr;
    QSpinBox *m_unit = nullptr;
    QLabel *m_layerLabel = nullptr;
    QLabel *m_unitLabel = nullptr;
    QLabel *m_epochLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Unit tab.
    QLabel *m_active = nullptr;
    QLabel *m_preActivation = nullptr;
    QLabel *m_history = nullptr;
    QLabel *m_weightsCaption = nullptr;
    HistogramView *m_unitHistogram = nullptr;
    WeightsImage *m_weights = nullptr;
    QCustomPlot *m_historyPlot = nullptr;
    QCPGraph *m_historyGraph = nullptr;
    QCustomPlot *m_contribution = nullptr;
    QCPGraph *m_contributionGraph = nullptr;
    QCPGraph *m_outputGraph = nullptr;
    // Layer tab.
    QLabel *m_layerSummary = nullptr;
    HistogramView *m_layerHistogram = nullptr;
    QCustomPlot *m_sorted = nullptr;
    QCPBars *m_sortedBars = nullptr;
    QCustomPlot *m_counts = nullptr;
    QCPGraph *m_deadGraph = nullptr;
    QCPGraph *m_deadSinceStartGraph = nullptr;
    QCPGraph *m_revivedGraph = nullptr;

    /// What showSnapshot() was last given (the lab's own objects, which outlive this window's
    /// use of them: the controller's last snapshot and the log; a test's for a test).
    const TrainingSnapshot *m_snapshot = nullptr;
    const std::vector<EpochRecord> *m_epochs = nullptr;
    NetworkLabWorkspace *m_lab = nullptr;
    std::optional<Core::UnitStats> m_stats;
    int m_epoch = -1;
    bool m_updating = false;
};

} // namespace ReluLab
