// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "ui/theme.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QCPAxis;
class QCPBars;
class QCPGraph;
class QLabel;

namespace ReluLab {

struct TrainingSnapshot;

/// For a chosen hidden layer: the histogram of its pre-activations z over the training set
/// (share of samples·units per bin, left axis), drawn under f(z) of the layer's activation (first
/// right axis) and f′(z) (its own, outer right axis: on f's scale a slope of 1 would look flat),
/// with the region where f′(z) = 0 hatched: every z that falls there passes no gradient back.
class HistogramView final : public QWidget
{
    Q_OBJECT

public:
    explicit HistogramView(QWidget *parent = nullptr);

    void showSnapshot(const TrainingSnapshot &snapshot);
    /// No network (the data cannot be used): empty chart, no share.
    void clear();
    bool isEmpty() const { return m_empty; }
    /// Hides the layer chooser where the layer is chosen elsewhere (the unit inspector).
    void setLayerChooserVisible(bool visible);
    QCustomPlot *plot() const { return m_plot; }
    /// The axis f′(z) is drawn on (right of f's axis).
    QCPAxis *derivativeAxis() const { return m_derivativeAxis; }
    /// The layer shown (0 = first hidden layer).
    int layer() const;
    /// Share of pre-activations (in %) inside the zero-gradient region, as written on screen.
    double zeroGradientShare() const { return m_zeroShare; }
    /// Restyles the chart and the share's type size for a theme and replots.
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

signals:
    void layerChosen(int layer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Theme m_theme = Theme::light();
    QLabel *m_layerLabel = nullptr;
    QComboBox *m_layer = nullptr;
    QLabel *m_share = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_bars = nullptr;
    QCPGraph *m_zeroRegion = nullptr;
    QCPGraph *m_function = nullptr;
    QCPGraph *m_derivative = nullptr;
    QCPAxis *m_derivativeAxis = nullptr;
    double m_zeroShare = 0.0;
    bool m_empty = true;
    int m_layerCount = 0;
};

} // namespace ReluLab
