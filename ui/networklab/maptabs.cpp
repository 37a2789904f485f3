// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "maptabs.h"

#include "decisionview.h"
#include "networkgraphview.h"

#include <QEvent>
#include <QTabBar>

#include <algorithm>

namespace ReluLab {

MapTabs::MapTabs(DecisionView *decision, QWidget *parent)
    : QTabWidget(parent)
    , m_decision(decision)
    , m_graph(new NetworkGraphView)
{
    setDocumentMode(true);
    addTab(m_decision, QString());
    addTab(m_graph, QString());
    tabBar()->setUsesScrollButtons(false);
    tabBar()->setElideMode(Qt::ElideNone);
    retranslateUi();
}

void MapTabs::showSnapshot(const TrainingSnapshot &snapshot)
{
    if (!snapshot.progressOnly)
        m_decision->showSnapshot(snapshot);
    m_graph->showSnapshot(snapshot);
}

void MapTabs::clearGraph()
{
    m_graph->clear();
}

void MapTabs::setTheme(const Theme &theme)
{
    m_decision->setTheme(theme);
    m_graph->setTheme(theme);
}

void MapTabs::setMinimumMapHeight(int height)
{
    m_decision->setMinimumHeight(std::max(0, height - tabBar()->sizeHint().height()));
}

void MapTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void MapTabs::retranslateUi()
{
    setTabText(indexOf(m_decision), tr("Decision map"));
    setTabText(indexOf(m_graph), tr("Network graph"));
    setTabToolTip(indexOf(m_graph),
                  tr("The whole network: inputs, hidden layers and outputs with their links "
                     "(thicker = larger |weight|; solid positive, dashed negative)"));
}

} // namespace ReluLab
