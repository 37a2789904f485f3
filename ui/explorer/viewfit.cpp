// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "viewfit.h"

#include <qcustomplot.h>

#include <QEvent>

#include <algorithm>
#include <cmath>

namespace ReluLab {

QCPRange fittedYRange(const QList<const QCPGraph *> &graphs, double minimumSpan)
{
    double lo = 0.0;
    double hi = 0.0;
    for (const QCPGraph *graph : graphs) {
        if (!graph->visible())
            continue;
        for (const QCPGraphData &point : *graph->data()) {
            if (std::isfinite(point.value)) {
                lo = std::min(lo, point.value);
                hi = std::max(hi, point.value);
            }
        }
    }
    const double span = std::max(minimumSpan, hi - lo);
    return QCPRange(lo - 0.1 * span, hi + 0.1 * span);
}

bool viewShouldFollow(const QCPRange &fit, const QCPRange &now)
{
    return fit.lower < now.lower || fit.upper > now.upper || fit.size() < 0.5 * now.size();
}

FitViewButton::FitViewButton(QCustomPlot *plot)
    : QToolButton(plot)
    , m_plot(plot)
{
    setObjectName(QStringLiteral("fitView"));
    setVisible(false);
    retranslateUi();
}

void FitViewButton::place()
{
    adjustSize();
    const QRect area = m_plot->axisRect()->rect();
    move(area.right() - width() - 6, area.top() + 6);
    raise();
}

void FitViewButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

void FitViewButton::retranslateUi()
{
    setText(tr("Fit"));
    setToolTip(tr("Fit the vertical range to the curves; it then follows them again as "
                  "parameters change"));
}

} // namespace ReluLab
