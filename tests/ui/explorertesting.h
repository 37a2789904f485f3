// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// What the Explorer's tests share: the plotted curves compared point by point with the core.
#pragma once

#include "closeness.h"
#include "core/activation.h"
#include "ui/explorer/activationplot.h"

#include <qcustomplot.h>

#include <QString>

#include <map>
#include <string>

namespace ReluLab::Testing {

// Every point of `graph` against the core's f, f′ or f″ at the same x.
inline QString compareGraph(const QCPGraph *graph, const Core::Activation &activation,
                            ActivationPlot::Curve curve)
{
    if (graph->data()->isEmpty())
        return QStringLiteral("graph is empty");
    for (const QCPGraphData &point : *graph->data()) {
        const double expected = curve == ActivationPlot::Curve::F ? activation.value(point.key)
                                : curve == ActivationPlot::Curve::Df
                                    ? activation.gradient(point.key)
                                    : activation.secondDerivative(point.key);
        if (!isClose(point.value, expected, 1e-12, 1e-12))
            return QStringLiteral("x = %1: plotted %2, core %3")
                .arg(point.key, 0, 'g', 17)
                .arg(point.value, 0, 'g', 17)
                .arg(expected, 0, 'g', 17);
    }
    return QString();
}

// Every curve of the plot (main and overlays; f, f′ and f″ where shown) against the core.
inline QString compareAllCurves(const ActivationPlot *plot)
{
    QList<QPair<const QCPGraph *, const PlotCurveSpec *>> sets;
    const QList<ActivationPlot::Curve> curves{ActivationPlot::Curve::F, ActivationPlot::Curve::Df,
                                              ActivationPlot::Curve::D2f};
    for (ActivationPlot::Curve curve : curves) {
        if (curve == ActivationPlot::Curve::Df && !plot->showDerivative())
            continue;
        if (curve == ActivationPlot::Curve::D2f && !plot->showSecondDerivative())
            continue;
        const QString main = compareGraph(plot->mainGraph(curve), plot->activation(), curve);
        if (!main.isEmpty())
            return QStringLiteral("main: ") + main;
        for (int i = 0; i < plot->overlays().size(); ++i) {
            const QString overlay = compareGraph(plot->overlayGraph(i, curve),
                                                 plot->overlays()[i].activation, curve);
            if (!overlay.isEmpty())
                return QStringLiteral("overlay %1: ").arg(i) + overlay;
        }
    }
    return QString();
}

inline Core::Activation make(const char *id, const std::map<std::string, double> &parameters = {})
{
    Core::Expected<Core::Activation> activation = Core::Activation::create(id, parameters);
    if (!activation) // a broken test, not a finding: stop with the reason (never compiled out)
        qFatal("cannot create activation %s: %s", id, activation.error().message.c_str());
    return *activation;
}

} // namespace ReluLab::Testing
