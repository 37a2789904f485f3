// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <ui/theme.h>

#include <core/activation.h>

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include <optional>

class QCPGraph;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;
class QMouseEvent;
class QTimer;

namespace ReluLab {

/// One overlay curve: an activation with its own parameters. With `subtract` set, the curve is
/// activation − subtract, drawn against the right-hand axis (GELU tanh − exact is ~1e-3).
struct PlotCurveSpec
{
    Core::Activation activation;
    std::optional<Core::Activation> subtract;
    QString label;
    bool visible = true;
};

/// The explorer's plot: f (thick), f′ (dashed), f″ (dotted) of one activation plus up to six
/// overlays, axes through the origin, a shaded band where f′ = 0, a trace cursor with tangent
/// and readout, pinned readouts. Every graph and item is created once in the constructor; a
/// change only replaces data (DESIGN rule 8).
class ActivationPlot final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxOverlays = 6;
    static constexpr int DefaultSampleCount = 1600;
    enum class Curve { F, Df, D2f };

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
    void fitYRange();

    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

    QCPGraph *mainGraph(Curve curve) const;
    QCPGraph *overlayGraph(int index, Curve curve) const;
    /// Intervals of the current shading where f′ = 0.
    QList<QPair<double, double>> deadBandIntervals() const { return m_deadIntervals; }

    /// The sampled visible curves as CSV: a header row, then x and one column per curve.
    QString curvesCsv() const;
    /// Text of the trace readout at x: x, and f, f′, f″ for every visible curve.
    QString readoutAt(double x) const;
    /// Puts the trace cursor at x (as hovering does).
    void traceAt(double x);
    /// Pins a readout at x (as a click does); at most four pins are kept.
    void pinAt(double x);
    void clearPins();
    int pinCount() const { return static_cast<int>(m_pins.size()); }

signals:
    /// One-line readout for the status bar; empty when the cursor leaves the plot.
    void readoutChanged(const QString &text);
    void overlayVisibilityChanged(int index, bool visible);
    void derivativeVisibilityChanged(bool showDf, bool showD2f);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// What a queued replot must redraw: curves and legend have layers (and buffers) of
    /// their own; anything else (band, axes, theme, range) needs the whole plot.
    enum Dirty : unsigned { DirtyNone = 0, DirtyCurves = 1, DirtyLegend = 2, DirtyAll = 7 };
    static constexpr int IdleMs = 150;

    struct GraphSet
    {
        QCPGraph *f = nullptr;
        QCPGraph *df = nullptr;
        QCPGraph *d2f = nullptr;
    };
    struct Pin
    {
        double x = 0.0;
        QCPItemTracer *tracer = nullptr;
        QCPItemText *text = nullptr;
    };

    GraphSet createGraphSet(bool secondaryAxis);
    void noteDataChange();
    void requestReplot(unsigned what);
    void replotNow();
    void resample();
    void resampleSet(const PlotCurveSpec &spec, const GraphSet &set, bool visible);
    void updateDeadBand();
    void updateLegend();
    void restyle();
    void updateCursor();
    void updatePins();
    void onMouseMove(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    QString curveReadout(const PlotCurveSpec &spec, double x, bool html) const;
    QString formatNumber(double value) const;

    QCustomPlot *m_plot = nullptr;
    QCPLayer *m_bandLayer = nullptr;
    QCPLayer *m_cursorLayer = nullptr;
    QCPLayer *m_curveLayer = nullptr;
    QCPLayer *m_legendLayer = nullptr;
    QTimer *m_idleTimer = nullptr;
    QElapsedTimer m_lastChange;
    unsigned m_dirty = DirtyNone;
    bool m_replotQueued = false;
    bool m_fastFrames = false;
    PlotCurveSpec m_main;
    GraphSet m_mainGraphs;
    QList<PlotCurveSpec> m_overlays;
    QList<GraphSet> m_overlayGraphs; // MaxOverlays of them, created once
    QList<QCPItemRect *> m_bandRects;
    QList<QPair<double, double>> m_deadIntervals;
    QCPItemStraightLine *m_xAxisLine = nullptr;
    QCPItemStraightLine *m_yAxisLine = nullptr;
    QCPItemStraightLine *m_cursorLine = nullptr;
    QCPItemStraightLine *m_tangentLine = nullptr;
    QCPItemText *m_readout = nullptr;
    QList<Pin> m_pins;
    Theme m_theme = Theme::light();
    std::optional<double> m_cursorX;
    QPointF m_pressPos;
    int m_sampleCount = DefaultSampleCount;
    bool m_showDf = true;
    bool m_showD2f = false;
    bool m_showDeadBand = true;
    bool m_resampling = false;
};

} // namespace ReluLab
