// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "maptabs.h"

#include "confusionview.h"
#include "decisionview.h"
#include "digitsgallery.h"
#include "networkgraphview.h"
#include "projectionview.h"

#include <QEvent>
#include <QTabBar>

#include <algorithm>

namespace ReluLab {

MapTabs::MapTabs(DecisionView *decision, QWidget *parent)
    : QTabWidget(parent)
    , m_decision(decision)
    , m_graph(new NetworkGraphView)
    , m_confusion(new ConfusionView)
    , m_projection(new ProjectionView)
    , m_gallery(new DigitsGallery)
{
    setDocumentMode(true);
    addTab(m_decision, QString());
    addTab(m_confusion, QString());
    addTab(m_projection, QString());
    addTab(m_gallery, QString());
    addTab(m_graph, QString());
    for (QWidget *view : {static_cast<QWidget *>(m_confusion), static_cast<QWidget *>(m_projection),
                          static_cast<QWidget *>(m_gallery)})
        setTabVisible(indexOf(view), false);
    tabBar()->setUsesScrollButtons(false);
    tabBar()->setElideMode(Qt::ElideNone);
    retranslateUi();
}

void MapTabs::setData(const Core::DataSplit &split, bool digits)
{
    m_decision->setData(split);
    const Eigen::Index features = split.train.featureCount();
    const bool classification = split.train.task == Core::Task::Classification;
    const bool plane = features <= 2;
    const int side = digits && features == 64 ? 8 : 0;
    m_gallery->setData(split, side);
    m_confusion->clear();
    m_projection->clear();
    QWidget *current = currentWidget();
    setTabVisible(indexOf(m_decision), plane);
    setTabVisible(indexOf(m_confusion), !plane && classification);
    setTabVisible(indexOf(m_projection), !plane);
    setTabVisible(indexOf(m_gallery), !plane && side > 0 && classification);
    // The view in front stays if the new data has it; otherwise the first of the data's views.
    if (!isTabVisible(indexOf(current)))
        setCurrentIndex(
            plane ? indexOf(m_decision)
                  : indexOf(classification ? static_cast<QWidget *>(m_confusion) : m_projection));
}

void MapTabs::showSnapshot(const TrainingSnapshot &snapshot)
{
    if (!snapshot.progressOnly) {
        m_decision->showSnapshot(snapshot);
        m_confusion->showSnapshot(snapshot);
        m_projection->showSnapshot(snapshot);
        m_gallery->showSnapshot(snapshot);
    }
    m_graph->showSnapshot(snapshot);
}

void MapTabs::clearGraph()
{
    m_graph->clear();
}

void MapTabs::setTheme(const Theme &theme)
{
    m_decision->setTheme(theme);
    m_confusion->setTheme(theme);
    m_projection->setTheme(theme);
    m_gallery->setTheme(theme);
    m_graph->setTheme(theme);
}

void MapTabs::setMinimumMapHeight(int height)
{
    const int least = std::max(0, height - tabBar()->sizeHint().height());
    for (QWidget *view : {static_cast<QWidget *>(m_decision), static_cast<QWidget *>(m_confusion),
                          static_cast<QWidget *>(m_projection), static_cast<QWidget *>(m_gallery)})
        view->setMinimumHeight(least);
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
    setTabText(indexOf(m_confusion), tr("Confusion matrix"));
    setTabToolTip(indexOf(m_confusion),
                  tr("How many samples of each true class the network puts in each class: the "
                     "diagonal holds the right answers"));
    setTabText(indexOf(m_projection), tr("Projection"));
    setTabToolTip(indexOf(m_projection),
                  tr("The last hidden layer's outputs seen in their two principal directions "
                     "(PCA): classes that fall apart here are easy for the output layer"));
    setTabText(indexOf(m_gallery), tr("Digits"));
    setTabToolTip(indexOf(m_gallery),
                  tr("The test digits with the network's answers, the wrong ones first"));
    setTabToolTip(indexOf(m_graph),
                  tr("The whole network: inputs, hidden layers and outputs with their links "
                     "(thicker = larger |weight|; solid positive, dashed negative)"));
}

} // namespace ReluLab
