// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "epochcurves.h"

#include "ui/theme.h"

#include <QWidget>

#include <string>
#include <vector>

class QCustomPlot;
class QCPBars;
class QCPGraph;
class QCPItemRect;
class QCPItemText;
class QCPTextElement;

namespace ReluLab {

struct EpochRecord;
struct TrainingSnapshot;

/// Per-layer sparsity (% of activations exactly zero over the training set): bars now, each
/// with its number written above it, and one history curve per layer (each its own line style).
/// The 70–85 % band Glorot et al. (2011) report for trained rectifier networks is shaded behind
/// the layers whose activation can output exact zeros (for Leaky ReLU or tanh sparsity is 0 %
/// whatever they learn, and the band would promise what they cannot do); hovering over it says
/// what it is and what happens beyond it.
class SparsityView final : public QWidget
{
    Q_OBJECT

public:
    explicit SparsityView(QWidget *parent = nullptr);

    void clear();
    void showSnapshot(const TrainingSnapshot &snapshot);
    void addEpochs(const std::vector<EpochRecord> &epochs);

    /// The bar heights in % (one per hidden layer), as drawn.
    std::vector<double> barValues() const;
    QCustomPlot *barsPlot() const { return m_bars; }
    QCustomPlot *historyPlot() const { return m_history; }
    /// The hidden layers (0 = first) behind which the band is drawn.
    std::vector<int> bandLayers() const;
    /// What the band means, as the tooltip over it says.
    QString bandToolTip() const;
    /// Restyles both charts for a theme and replots them.
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

signals:
    /// A layer's bar (or its column of the chart) was clicked: the layer inspector opens.
    void layerClicked(int layer);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHistoryVisibility();
    void retranslateUi();
    void ensureLayers(int count);
    void styleLayer(size_t k);
    /// One band per run of neighbouring layers that can be sparse.
    void updateBands(const std::vector<bool> &sparseCapable);
    void styleBand(QCPItemRect *band);
    /// Picks the bar labels' type and wording so that each fits above its bar: the big bold
    /// type, else the plot's type, else the number without " %", else none. True on a change.
    bool fitBarLabels();
    /// Shrinks the band's caption until it fits the chart's width; true when its type changed.
    bool fitBandCaption();

    Theme m_theme = Theme::light();
    QCustomPlot *m_bars = nullptr;
    QCustomPlot *m_history = nullptr;
    QCPBars *m_barSeries = nullptr;
    std::vector<QCPItemRect *> m_bands;
    std::vector<bool> m_sparseCapable;         ///< per hidden layer
    std::vector<std::string> m_activationKeys; ///< what m_sparseCapable was computed for
    QCPTextElement *m_bandLabel = nullptr;
    std::vector<QCPItemText *> m_barLabels;
    std::vector<QCPGraph *> m_historyGraphs;
    EpochCurves m_historySeries; ///< over m_historyGraphs
    bool m_diverged = false;
};

} // namespace ReluLab
