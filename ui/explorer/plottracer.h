// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "curveset.h"

#include "ui/theme.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;

namespace ReluLab {

/// The words of the trace readout: x, and f, f′, f″ of every visible curve at x.
class CurveReadout
{
    Q_DECLARE_TR_FUNCTIONS(ReluLab::ActivationPlot)

public:
    CurveReadout(const PlotCurveSpec &main, const QList<PlotCurveSpec> &overlays, bool showDf,
                 bool showD2f);

    /// Every visible curve, one line each after a line with x.
    QString at(double x) const;
    /// x and the main curve only (the text of a pinned readout).
    QString mainAt(double x) const;
    const Core::Activation &mainActivation() const { return m_main.activation; }

    static QString formatNumber(double value);

private:
    QString curveLine(const PlotCurveSpec &spec, double x) const;

    const PlotCurveSpec &m_main;
    const QList<PlotCurveSpec> &m_overlays;
    bool m_showDf;
    bool m_showD2f;
};

/// The trace cursor of the plot: a vertical line at x, the tangent of the main curve there, a
/// readout box, and up to MaxPins pinned readouts on the main curve. All items live on one
/// buffered layer, so hovering repaints only that layer.
class PlotTracer
{
public:
    static constexpr int MaxPins = 4;

    PlotTracer(QCustomPlot *plot, QCPLayer *layer);

    void setCursor(std::optional<double> x) { m_cursorX = x; }
    std::optional<double> cursorX() const { return m_cursorX; }
    /// True when the cursor or a pin is shown (they follow the data and need redrawing).
    bool isActive() const { return m_cursorX.has_value() || !m_pins.isEmpty(); }

    /// Pins a readout at x on `graph`; the oldest pin goes when there are MaxPins already.
    void pinAt(double x, QCPGraph *graph);
    void clearPins();
    int pinCount() const { return int(m_pins.size()); }

    /// Moves cursor, tangent, readout text and pins to the current curves.
    void update(const CurveReadout &readout);
    void setTheme(const Theme &theme);

private:
    struct Pin
    {
        double x = 0.0;
        QCPItemTracer *tracer = nullptr;
        QCPItemText *text = nullptr;
    };
    void stylePin(const Pin &pin) const;

    QCustomPlot *m_plot;
    QCPLayer *m_layer;
    QCPItemStraightLine *m_cursorLine;
    QCPItemStraightLine *m_tangentLine;
    QCPItemText *m_readout;
    QList<Pin> m_pins;
    Theme m_theme = Theme::light();
    std::optional<double> m_cursorX;
};

} // namespace ReluLab
