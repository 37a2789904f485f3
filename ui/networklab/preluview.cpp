// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "preluview.h"

#include "replotview.h"

#include "chartmenu.h"
#include "labstyle.h"
#include "trainingsnapshot.h"

#include <QEvent>

#include <algorithm>
#include <cmath>

namespace ReluLab {

PreluView::PreluView(QWidget *parent)
    : QCustomPlot(parent)
{
    NetworkLabStyle::applyPlotStyle(this);
    installExportMenu(this);
    xAxis->setRange(0, 10);
    yAxis->setRange(0, 0.5);
    m_message = new QCPItemText(this);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setPositionAlignment(Qt::AlignCenter);
    retranslateUi();
    setTheme(m_theme);
}

void PreluView::setTheme(const Theme &theme)
{
    m_theme = theme;
    NetworkLabStyle::applyTheme(this, theme);
    for (size_t k = 0; k < m_graphs.size(); ++k)
        styleGraph(k);
    replotWhenVisible(this);
}

void PreluView::styleGraph(size_t k)
{
    m_graphs[k]->setPen(QPen(NetworkLabStyle::seriesColor(int(k)), 2.5 * m_theme.lineScale,
                             NetworkLabStyle::seriesPenStyle(int(k))));
}

void PreluView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QCustomPlot::changeEvent(event);
}

void PreluView::retranslateUi()
{
    setAccessibleName(tr("PReLU slope"));
    setAccessibleDescription(tr("The slopes PReLU has learned, epoch by epoch"));
    xAxis->setLabel(tr("epoch"));
    yAxis->setLabel(tr("learned negative slope a"));
    for (size_t k = 0; k < m_graphs.size(); ++k)
        m_graphs[k]->setName(tr("layer %1").arg(k + 1));
    m_message->setText(
        tr("No layer uses PReLU.\nChoose PReLU for a layer to watch its slope learn."));
    m_message->setVisible(!m_hasData);
    replotWhenVisible(this);
}

void PreluView::clear()
{
    m_series.clear();
    for (QCPGraph *graph : m_graphs)
        removeGraph(graph);
    m_graphs.clear();
    m_series.setGraphs({});
    m_hasData = false;
    xAxis->setRange(0, 10);
    retranslateUi();
}

void PreluView::addEpochs(const std::vector<EpochRecord> &epochs)
{
    if (epochs.empty())
        return;
    for (const EpochRecord &record : epochs) {
        // A curve for every layer up to the last PReLU one (the others stay empty and hidden).
        size_t curves = 0;
        for (size_t k = 0; k < record.meanPreluSlopes.size(); ++k) {
            if (std::isfinite(record.meanPreluSlopes[k]))
                curves = k + 1;
        }
        if (curves > m_graphs.size()) {
            while (m_graphs.size() < curves) {
                m_graphs.push_back(addGraph());
                styleGraph(m_graphs.size() - 1);
            }
            m_series.setGraphs(m_graphs);
            // About 2048 points drawn in all, 64 to 512 per curve.
            m_series.setCapacity(std::clamp(2048 / int(curves), 64, 512));
        }
        m_series.add(record.diagnostics.epoch, record.meanPreluSlopes);
        m_hasData = m_hasData || curves > 0;
    }
    if (m_hasData) {
        for (QCPGraph *graph : m_graphs)
            graph->setVisible(!graph->data()->isEmpty());
        rescaleAxes(true);
        xAxis->setRange(0, std::max(10.0, xAxis->range().upper));
        yAxis->scaleRange(1.2, yAxis->range().center());
    }
    retranslateUi();
}

} // namespace ReluLab
