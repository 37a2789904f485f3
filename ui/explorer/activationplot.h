// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "curveset.h"

#include "ui/theme.h"

#include "core/activation.h"

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include <memory>

class QCPGraph;
class QCPRange;
class QCPItemStraightLine;
class QCPLayer;
class QCustomPlot;
class QMouseEvent;
class QTimer;

namespace ReluLab {

class DeadBand;
class FitViewButton;
class PlotTracer;

/// The explorer's plot: f (thick), f′ (dashed), f″ (dotted) of one activation plus up to six
/// overlays, axes through the origin, a shaded band where f′ = 0, a trace cursor with tangent
/// and readout, pinned readouts. Every graph and item is created once in the constructor; a
/// change only replaces data (DESIGN rule 8), and only of the curves it concerns.
class ActivationPlot final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxOverlays = 6;
    static constexpr int DefaultSampleCount = 1600;
    /// The curves by derivative order: F = 0, Df = 1, D2f = 2.
    enum class Curve { F = 0, Df = 1, D2f = 2 };

    explicit ActivationPlot(QWidget *parent = nullptr);
    ~ActivationPlot() override;

    QCustomPlot *customPlot() const { return m_plot; }

    void setActivation(const Core::Activation &activation, const QString &label);
    const Core::Activation &activation() const { return m_main.activation; }
    /// At most MaxOverlays are kept; the rest are ignored.
    void setOverlays(const QList<PlotCurveSpec> &overlays);
    const QList<PlotCurveSpec> &overlays() const { return m_overlays; }
    void setOverlayVisible(int index, bool visible);

    void setShowDerivative(bool show);
    bool showDerivative() const { return m_showDf; }
    void setShowSecondDerivative(bool show);
    bool showSecondDerivative() const { return m_showD2f; }
    void setShowDeadBand(bool show);

    void setSampleCount(int count);
    int sampleCount() const { return m_sampleCount; }

    void setXRange(double xMin, double xMax);
    QPair<double, double> xRange() const;
    /// x in [-5, 5] and y fitted to the visible curves.
    void resetView();
    /// y fitted to the visible curves; the y-range follows them again as parameters change.
    void fitYRange();
    /// True once the user zoomed or panned: the y-range then stays put and a Fit button shows.
    bool userView() const { return m_userView; }

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

    QCPGraph *mainGraph(Curve curve) const;
    /// The main curve's dots at its break points: filled at values taken, open at limits not.
    QCPGraph *mainDots(bool filled) const;
    QCPGraph *overlayGraph(int index, Curve curve) const;
    /// Intervals of the current shading where f′ = 0.
    QList<QPair<double, double>> deadBandIntervals() const;
    /// How many curve sets have been sampled since construction: a parameter step of the main
    /// curve samples one set, whatever the number of overlays.
    int samplingCount() const { return m_samplingCount; }
    /// The corner of the plot the legend sits in (it moves off the curves).
    Qt::Alignment legendCorner() const;

    /// The sampled visible curves as CSV: a header row, then x and one column per curve.
    QString curvesCsv() const;
    /// Text of the trace readout at x: x, and f, f′, f″ for every visible curve.
    QString readoutAt(double x) const;
    /// Puts the trace cursor at x (as hovering does).
    void traceAt(double x);
    /// Pins a readout at x (as a click does); at most four pins are kept.
    void pinAt(double x);
    void clearPins();
    int pinCount() const;

signals:
    /// One-line readout for the status bar; empty when the cursor leaves the plot.
    void readoutChanged(const QString &text);
    void overlayVisibilityChanged(int index, bool visible);
    void derivativeVisibilityChanged(bool showDf, bool showD2f);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// What a queued replot must redraw. The main curve and the legend have layers (and
    /// buffers) of their own; overlays share the buffer of grid and band, which a parameter
    /// step of the main curve leaves untouched. Anything else needs the whole plot.
    enum Dirty : unsigned { DirtyNone = 0, DirtyCurves = 1, DirtyLegend = 2, DirtyAll = 7 };
    static constexpr int IdleMs = 150;

    void noteDataChange();
    /// The y-ranges (left and right axis) that hold the visible curves with a margin.
    QCPRange fittedRange(QCPRange *secondary) const;
    /// After a parameter change: refits y when a curve leaves the view or fills less than half
    /// of it, so the axes stay calm while a slider moves a little.
    void followYRange();
    void setUserView(bool userView);
    void requestReplot(unsigned what);
    void replotNow();
    void resample();
    CurveSampling sampling() const;
    /// Returns true when the shaded intervals changed.
    bool updateDeadBand();
    void updateLegend();
    /// Moves the legend to the corner where it hides the fewest points; true when it moved.
    bool placeLegend();
    void updateTracer();
    void restyle();
    void hideCursor();
    void onMouseMove(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void onLegendClick(const QCPGraph *graph);

    QCustomPlot *m_plot = nullptr;
    FitViewButton *m_fitButton = nullptr;
    QCPLayer *m_bandLayer = nullptr;
    QCPLayer *m_overlayLayer = nullptr;
    QCPLayer *m_curveLayer = nullptr;
    QCPLayer *m_cursorLayer = nullptr;
    QCPLayer *m_legendLayer = nullptr;
    QTimer *m_idleTimer = nullptr;
    QElapsedTimer m_lastChange;
    unsigned m_dirty = DirtyNone;
    bool m_replotQueued = false;
    bool m_fastFrames = false;
    PlotCurveSpec m_main;
    CurveSet m_mainGraphs;
    QList<PlotCurveSpec> m_overlays;
    QList<CurveSet> m_overlayGraphs; // MaxOverlays of them, created once
    std::unique_ptr<DeadBand> m_deadBand;
    QCPItemStraightLine *m_xAxisLine = nullptr;
    QCPItemStraightLine *m_yAxisLine = nullptr;
    std::unique_ptr<PlotTracer> m_tracer;
    Theme m_theme = Theme::light();
    QPointF m_pressPos;
    int m_sampleCount = DefaultSampleCount;
    int m_samplingCount = 0;
    bool m_showDf = true;
    bool m_showD2f = false;
    bool m_showDeadBand = true;
    bool m_resampling = false;
    bool m_userView = false;
};

} // namespace ReluLab
