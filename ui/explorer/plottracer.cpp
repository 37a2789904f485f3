// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "plottracer.h"

#include <qcustomplot.h>

#include <QLocale>

#include <cmath>
#include <initializer_list>
#include <utility>

namespace ReluLab {

namespace {

QColor translucent(const QColor &colour)
{
    QColor c = colour;
    c.setAlpha(220);
    return c;
}

} // namespace

CurveReadout::CurveReadout(const PlotCurveSpec &main, const QList<PlotCurveSpec> &overlays,
                           bool showDf, bool showD2f)
    : m_main(main)
    , m_overlays(overlays)
    , m_showDf(showDf)
    , m_showD2f(showD2f)
{}

QString CurveReadout::formatNumber(double value)
{
    if (std::isnan(value))
        return tr("undefined");
    return QLocale().toString(value, 'g', 4);
}

QString CurveReadout::curveLine(const PlotCurveSpec &spec, double x) const
{
    double f = spec.activation.value(x);
    double df = spec.activation.gradient(x);
    double d2f = spec.activation.secondDerivative(x);
    if (spec.subtract) {
        f -= spec.subtract->value(x);
        df -= spec.subtract->gradient(x);
        d2f -= spec.subtract->secondDerivative(x);
    }
    QString text = QStringLiteral("%1: f = %2").arg(spec.label, formatNumber(f));
    if (m_showDf)
        text += QStringLiteral(", f′ = ") + formatNumber(df);
    if (m_showD2f)
        text += QStringLiteral(", f″ = ") + formatNumber(d2f);
    return text;
}

QString CurveReadout::at(double x) const
{
    QStringList lines{tr("x = %1").arg(formatNumber(x)), curveLine(m_main, x)};
    for (const PlotCurveSpec &spec : m_overlays) {
        if (spec.visible)
            lines << curveLine(spec, x);
    }
    return lines.join(QLatin1Char('\n'));
}

QString CurveReadout::mainAt(double x) const
{
    return tr("x = %1\n%2").arg(formatNumber(x), curveLine(m_main, x));
}

PlotTracer::PlotTracer(QCustomPlot *plot, QCPLayer *layer)
    : m_plot(plot)
    , m_layer(layer)
    , m_cursorLine(new QCPItemStraightLine(plot))
    , m_tangentLine(new QCPItemStraightLine(plot))
    , m_readout(new QCPItemText(plot))
{
    for (QCPAbstractItem *item :
         std::initializer_list<QCPAbstractItem *>{m_cursorLine, m_tangentLine, m_readout}) {
        item->setLayer(m_layer);
        item->setSelectable(false);
        item->setVisible(false);
    }
    m_readout->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_readout->position->setCoords(0.99, 0.98);
    m_readout->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_readout->setTextAlignment(Qt::AlignLeft);
    m_readout->setPadding(QMargins(6, 4, 6, 4));
}

void PlotTracer::pinAt(double x, QCPGraph *graph)
{
    if (m_pins.size() >= MaxPins) {
        const Pin oldest = m_pins.takeFirst();
        m_plot->removeItem(oldest.text);
        m_plot->removeItem(oldest.tracer);
    }
    Pin pin;
    pin.x = x;
    pin.tracer = new QCPItemTracer(m_plot);
    pin.tracer->setGraph(graph);
    pin.tracer->setInterpolating(true);
    pin.tracer->setStyle(QCPItemTracer::tsCircle);
    pin.text = new QCPItemText(m_plot);
    pin.text->position->setParentAnchor(pin.tracer->position);
    pin.text->position->setCoords(10, -10);
    pin.text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    pin.text->setTextAlignment(Qt::AlignLeft);
    pin.text->setPadding(QMargins(4, 2, 4, 2));
    for (QCPAbstractItem *item : std::initializer_list<QCPAbstractItem *>{pin.tracer, pin.text}) {
        item->setLayer(m_layer);
        item->setSelectable(false);
    }
    stylePin(pin);
    m_pins.append(pin);
}

void PlotTracer::clearPins()
{
    for (const Pin &pin : std::as_const(m_pins)) {
        m_plot->removeItem(pin.text);
        m_plot->removeItem(pin.tracer);
    }
    m_pins.clear();
}

void PlotTracer::update(const CurveReadout &readout)
{
    for (const Pin &pin : std::as_const(m_pins)) {
        pin.tracer->setGraphKey(pin.x);
        pin.text->setText(readout.mainAt(pin.x));
    }
    const bool on = m_cursorX.has_value();
    m_cursorLine->setVisible(on);
    m_readout->setVisible(on);
    if (!on) {
        m_tangentLine->setVisible(false);
        return;
    }
    const double x = *m_cursorX;
    m_cursorLine->point1->setCoords(x, 0);
    m_cursorLine->point2->setCoords(x, 1);
    // Tangent of the main curve at x: y = f(x) + f′(x)(t − x).
    const double f = readout.mainActivation().value(x);
    const double df = readout.mainActivation().gradient(x);
    const bool tangent = std::isfinite(f) && std::isfinite(df);
    m_tangentLine->setVisible(tangent);
    if (tangent) {
        m_tangentLine->point1->setCoords(x, f);
        m_tangentLine->point2->setCoords(x + 1.0, f + df);
    }
    m_readout->setText(readout.at(x));
}

void PlotTracer::setTheme(const Theme &theme)
{
    m_theme = theme;
    const double s = theme.lineScale;
    QFont font = m_plot->font();
    font.setPointSize(theme.fontPointSize);
    m_readout->setFont(font);
    m_readout->setColor(theme.text);
    m_readout->setBrush(translucent(theme.base));
    m_readout->setPen(QPen(theme.grid));
    m_cursorLine->setPen(QPen(theme.highlight, 1 * s, Qt::DashLine));
    m_tangentLine->setPen(QPen(theme.highlight, 1.5 * s));
    for (const Pin &pin : std::as_const(m_pins))
        stylePin(pin);
}

void PlotTracer::stylePin(const Pin &pin) const
{
    QFont font = m_plot->font();
    font.setPointSize(m_theme.fontPointSize);
    pin.tracer->setSize(9 * m_theme.lineScale);
    pin.tracer->setPen(QPen(m_theme.highlight, 2 * m_theme.lineScale));
    pin.tracer->setBrush(m_theme.base);
    pin.text->setColor(m_theme.text);
    pin.text->setBrush(translucent(m_theme.base));
    pin.text->setPen(QPen(m_theme.highlight));
    pin.text->setFont(font);
}

} // namespace ReluLab
