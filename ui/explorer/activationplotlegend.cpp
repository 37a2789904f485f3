// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The plot's legend: the curves' names, hidden curves greyed, a click that shows or hides a
// curve, and the corner it sits in, away from the curves.
#include "activationplot.h"

#include "legendplacement.h"

#include <qcustomplot.h>

namespace ReluLab {

bool ActivationPlot::placeLegend()
{
    QList<const QCPGraph *> curves;
    QList<const QCPGraph *> marks;
    const auto add = [&curves, &marks](const CurveSet &set) {
        curves << set.f() << set.df() << set.d2f();
        marks << set.filledDots() << set.openDots();
    };
    add(m_mainGraphs);
    for (const CurveSet &set : std::as_const(m_overlayGraphs))
        add(set);
    QCPLayoutInset *insets = m_plot->axisRect()->insetLayout();
    const QRectF area = insets->rect();
    if (area.width() <= 0 || area.height() <= 0)
        return false;
    const Qt::Alignment current = insets->insetAlignment(0);
    const Qt::Alignment corner = leastCoveredCorner(curves, marks, area,
                                                    m_plot->legend->minimumOuterSizeHint(),
                                                    current);
    if (corner == current)
        return false;
    insets->setInsetAlignment(0, corner);
    return true;
}

Qt::Alignment ActivationPlot::legendCorner() const
{
    return m_plot->axisRect()->insetLayout()->insetAlignment(0);
}

void ActivationPlot::updateLegend()
{
    const QString name = m_main.label;
    m_mainGraphs.f()->setName(tr("%1: f(x)").arg(name));
    m_mainGraphs.df()->setName(tr("%1: f′(x)").arg(name));
    m_mainGraphs.d2f()->setName(tr("%1: f″(x)").arg(name));
    // Items are rebuilt only when the overlays come or go: a new legend item invalidates the
    // legend's layer buffer, which would turn every parameter step into a full replot.
    const int itemCount = 3 + int(m_overlays.size());
    if (m_plot->legend->itemCount() != itemCount) {
        m_plot->legend->clearItems();
        m_mainGraphs.f()->addToLegend();
        m_mainGraphs.df()->addToLegend();
        m_mainGraphs.d2f()->addToLegend();
        for (int i = 0; i < m_overlays.size(); ++i)
            m_overlayGraphs[i].f()->addToLegend();
    }
    for (int i = 0; i < m_overlays.size(); ++i) {
        m_overlayGraphs[i].f()->setName(m_overlays[i].subtract
                                            ? tr("%1 (right axis)").arg(m_overlays[i].label)
                                            : m_overlays[i].label);
        m_overlayGraphs[i].df()->setName(tr("%1 f′").arg(m_overlays[i].label));
        m_overlayGraphs[i].d2f()->setName(tr("%1 f″").arg(m_overlays[i].label));
    }
    // A hidden curve stays in the legend, greyed, so a click can bring it back.
    const QColor off = QColor::fromRgbF((m_theme.text.redF() + m_theme.base.redF()) / 2,
                                        (m_theme.text.greenF() + m_theme.base.greenF()) / 2,
                                        (m_theme.text.blueF() + m_theme.base.blueF()) / 2);
    auto tint = [this, off](QCPGraph *graph, bool shown) {
        if (auto *item = m_plot->legend->itemWithPlottable(graph))
            item->setTextColor(shown ? m_theme.text : off);
    };
    tint(m_mainGraphs.df(), m_showDf);
    tint(m_mainGraphs.d2f(), m_showD2f);
    for (int i = 0; i < m_overlays.size(); ++i)
        tint(m_overlayGraphs[i].f(), m_overlays[i].visible);
    // A longer or shorter name resizes the legend, which only a full replot lays out: redrawing
    // the legend's layer alone would clip the new names to the old box.
    const bool resized = m_plot->legend->outerRect().size()
                         != m_plot->legend->minimumOuterSizeHint();
    requestReplot(resized ? DirtyAll : DirtyLegend);
}

void ActivationPlot::onLegendClick(const QCPGraph *graph)
{
    if (!graph)
        return;
    if (graph == m_mainGraphs.df()) {
        setShowDerivative(!m_showDf);
        return;
    }
    if (graph == m_mainGraphs.d2f()) {
        setShowSecondDerivative(!m_showD2f);
        return;
    }
    for (int i = 0; i < m_overlays.size(); ++i) {
        if (graph == m_overlayGraphs[i].f()) {
            setOverlayVisible(i, !m_overlays[i].visible);
            return;
        }
    }
}

} // namespace ReluLab
