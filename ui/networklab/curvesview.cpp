// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "curvesview.h"

#include "replotview.h"

#include "chartmenu.h"
#include "labstyle.h"
#include "trainingsnapshot.h"

#include <QEvent>

#include <algorithm>

namespace ReluLab {

CurvesView::CurvesView(QWidget *parent)
    : QCustomPlot(parent)
{
    NetworkLabStyle::applyPlotStyle(this);
    installExportMenu(this);
    yAxis2->setVisible(true);
    yAxis2->setRange(0, 100);
    yAxis->setRange(0, 1);
    xAxis->setRange(0, 10);
    m_trainLoss = addGraph(xAxis, yAxis);
    m_testLoss = addGraph(xAxis, yAxis);
    m_trainAccuracy = addGraph(xAxis, yAxis2);
    m_testAccuracy = addGraph(xAxis, yAxis2);
    m_series.setGraphs({m_trainLoss, m_testLoss, m_trainAccuracy, m_testAccuracy});
    // The legend folds into as many columns as fit (NetworkLabStyle::fitLegend at each replot)
    // instead of widening the window.
    setMinimumWidth(180);
    retranslateUi();
    setTheme(m_theme);
}

void CurvesView::setTheme(const Theme &theme)
{
    m_theme = theme;
    NetworkLabStyle::applyTheme(this, theme);
    const double width = 2.5 * theme.lineScale;
    const QColor lossColour = NetworkLabStyle::blue();
    const QColor accuracyColour = NetworkLabStyle::vermillion();
    m_trainLoss->setPen(QPen(lossColour, width, Qt::SolidLine));
    m_testLoss->setPen(QPen(lossColour, width, Qt::DashLine));
    m_trainAccuracy->setPen(QPen(accuracyColour, width, Qt::SolidLine));
    m_testAccuracy->setPen(QPen(accuracyColour, width, Qt::DotLine));
    replotWhenVisible(this);
}

void CurvesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QCustomPlot::changeEvent(event);
}

void CurvesView::retranslateUi()
{
    setAccessibleName(tr("Loss and accuracy"));
    setAccessibleDescription(tr("Training and test loss and accuracy after every epoch"));
    xAxis->setLabel(tr("epoch"));
    yAxis->setLabel(tr("loss"));
    yAxis2->setLabel(tr("accuracy (%)"));
    m_trainLoss->setName(tr("training loss"));
    m_testLoss->setName(tr("test loss"));
    m_trainAccuracy->setName(tr("training accuracy"));
    m_testAccuracy->setName(tr("test accuracy"));
    replotWhenVisible(this); // re-fits the legend: Chinese and English labels differ in width
}

void CurvesView::clear()
{
    m_series.clear();
    xAxis->setRange(0, 10);
    yAxis->setRange(0, 1);
    replotWhenVisible(this);
}

int CurvesView::epochCount() const
{
    return m_trainLoss->dataCount();
}

void CurvesView::addEpochs(const std::vector<EpochRecord> &epochs)
{
    if (epochs.empty())
        return;
    for (const EpochRecord &record : epochs) {
        // A diverged epoch has no meaningful loss: a gap rather than Inf (EpochCurves::Gap).
        const Core::Diagnostics &d = record.diagnostics;
        m_series.add(d.epoch,
                     {d.trainLoss, d.testLoss, 100.0 * d.trainAccuracy, 100.0 * d.testAccuracy});
    }
    const double lastEpoch = m_trainLoss->data()->isEmpty()
                                 ? 0.0
                                 : (m_trainLoss->data()->constEnd() - 1)->key;
    xAxis->setRange(0, std::max(10.0, lastEpoch));
    bool found = false;
    QCPRange lossRange = m_trainLoss->getValueRange(found);
    bool foundTest = false;
    const QCPRange testRange = m_testLoss->getValueRange(foundTest);
    if (foundTest)
        lossRange.expand(testRange);
    if (found || foundTest)
        yAxis->setRange(0, std::max(1e-3, lossRange.upper * 1.05));
    replotWhenVisible(this);
}

} // namespace ReluLab
