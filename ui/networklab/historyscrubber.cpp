// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "historyscrubber.h"

#include "decisionview.h"
#include "gradientview.h"
#include "histogramview.h"
#include "networkgraphview.h"
#include "neurontilesview.h"
#include "replotview.h"
#include "sparsityview.h"
#include "trainingcontroller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <optional>

namespace ReluLab {

namespace {

/// Shows one snapshot in every view that replays; the graph with the fates given.
void showInViews(const HistoryScrubber::Views &views, const TrainingSnapshot &snapshot,
                 const UnitFates *fates)
{
    if (views.decision)
        views.decision->showSnapshot(snapshot);
    if (views.graph) {
        if (fates)
            views.graph->showRecorded(snapshot, *fates);
        else
            views.graph->showSnapshot(snapshot);
    }
    if (views.tiles)
        views.tiles->showSnapshot(snapshot);
    if (views.sparsity)
        views.sparsity->showSnapshot(snapshot);
    if (views.gradients)
        views.gradients->showSnapshot(snapshot);
    if (views.histogram)
        views.histogram->showSnapshot(snapshot);
}

/// A dashed vertical line at `epoch` on a chart whose x axis counts epochs; hidden without one.
void markEpoch(QPointer<QCPItemStraightLine> &marker, QCustomPlot *plot,
               std::optional<double> epoch)
{
    if (!plot || (!marker && !epoch))
        return;
    if (!marker) {
        marker = new QCPItemStraightLine(plot);
        marker->setSelectable(false);
    }
    // In the axes' colour, which follows the theme (dark, high contrast).
    marker->setPen(QPen(plot->xAxis->basePen().color(), 2.0, Qt::DashLine));
    marker->setVisible(epoch.has_value());
    if (epoch) {
        marker->point1->setCoords(*epoch, 0.0);
        marker->point2->setCoords(*epoch, 1.0);
    }
    replotWhenVisible(plot);
}

} // namespace

HistoryScrubber::HistoryScrubber(TrainingController *controller, const Views &views,
                                 QWidget *parent)
    : QWidget(parent)
    , m_views(views)
    , m_title(new QLabel)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_live(new QPushButton)
    , m_indicator(new QLabel)
{
    setObjectName(QStringLiteral("historyScrubber"));
    m_slider->setObjectName(QStringLiteral("historySlider"));
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setRange(0, 0);
    m_title->setBuddy(m_slider);
    m_live->setObjectName(QStringLiteral("historyLiveButton"));
    m_indicator->setObjectName(QStringLiteral("historyIndicator"));
    m_indicator->setWordWrap(true);
    // Past figures must never pass for the present: a strip in the banner's warning colour,
    // black on pale yellow in every theme, saying it in words (one line in the lab's type where
    // it fits, so the map and the graph keep their room).
    m_indicator->setAutoFillBackground(true);
    QPalette strip = m_indicator->palette();
    strip.setColor(QPalette::Window, QColor(0xFF, 0xF1, 0xC9));
    strip.setColor(QPalette::WindowText, Qt::black);
    m_indicator->setPalette(strip);
    m_indicator->setMargin(2);
    m_indicator->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_title);
    row->addWidget(m_slider, 1);
    row->addWidget(m_live);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_indicator);

    connect(m_slider, &QSlider::valueChanged, this, &HistoryScrubber::showMoment);
    connect(m_live, &QPushButton::clicked, this, &HistoryScrubber::showLive);
    if (controller) {
        connect(controller, &TrainingController::playingChanged, this,
                &HistoryScrubber::setPlaying);
    }
    retranslateUi();
}

void HistoryScrubber::clear()
{
    m_history.clear();
    m_liveSnapshot = TrainingSnapshot();
    m_hasLive = false;
    m_shown = -1;
    updateControls();
}

void HistoryScrubber::record(const TrainingSnapshot &snapshot)
{
    m_history.record(snapshot);
    if (!snapshot.progressOnly) {
        // The views show this snapshot now (the lab passes it to them as well): the present.
        m_liveSnapshot = snapshot;
        m_liveSnapshot.newEpochs.clear();
        m_hasLive = true;
        m_shown = -1;
    }
    updateControls();
}

void HistoryScrubber::setPlaying(bool playing)
{
    m_playing = playing;
    if (playing)
        showLive();
    updateControls();
}

void HistoryScrubber::showMoment(int index)
{
    const int latest = m_history.size() - 1;
    if (index < 0 || index >= latest || m_playing) {
        // The latest moment is the network as it is now.
        showLive();
        return;
    }
    if (index == m_shown)
        return;
    m_shown = index;
    showInViews(m_views, m_history.snapshotAt(index), &m_history.fatesAt(index));
    updateControls();
}

void HistoryScrubber::showLive()
{
    if (m_shown >= 0 && m_hasLive) {
        m_shown = -1;
        // Same generation and no new epochs: the graph's own fates are the live ones again.
        showInViews(m_views, m_liveSnapshot, nullptr);
    }
    m_shown = -1;
    updateControls();
}

void HistoryScrubber::updateMarkers()
{
    if (m_shown == m_marked)
        return;
    m_marked = m_shown;
    std::optional<double> epoch;
    if (m_shown >= 0) {
        epoch = m_history.epochAt(m_shown)
                + double(m_history.stepInEpochAt(m_shown))
                      / std::max(1, m_history.stepsPerEpochAt(m_shown));
    }
    markEpoch(m_sparsityMarker, m_views.sparsity ? m_views.sparsity->historyPlot() : nullptr,
              epoch);
    markEpoch(m_curvesMarker, m_views.curves, epoch);
}

QString HistoryScrubber::momentText(int index) const
{
    if (index < 0 || index >= m_history.size())
        return QString();
    const int epoch = m_history.epochAt(index);
    const int step = m_history.stepInEpochAt(index);
    if (step == 0)
        return QString::number(epoch);
    // Part way through an epoch: the epochs trained as a decimal (7.50 = half of epoch 8 done).
    const double epochs = epoch + double(step) / std::max(1, m_history.stepsPerEpochAt(index));
    return QLocale().toString(epochs, 'f', 2);
}

QString HistoryScrubber::indicatorText() const
{
    if (m_shown < 0)
        return QString();
    return tr("Showing epoch %1 of %2 — press Play or Live to return.")
        .arg(momentText(m_shown), momentText(m_history.size() - 1));
}

void HistoryScrubber::updateControls()
{
    const int count = m_history.size();
    const int latest = std::max(0, count - 1);
    const int position = m_shown >= 0 ? m_shown : latest;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, latest);
        m_slider->setPageStep(std::max(1, count / 8));
        m_slider->setValue(position);
    }
    // Looking back needs a run standing still and something to look back at. Before the first
    // moment after the untrained one there is nothing: the row gives its height to the map and
    // the tiles (a projector's 720 lines have none to spare).
    setVisible(count >= 2);
    m_slider->setEnabled(!m_playing && count >= 2);
    m_live->setEnabled(m_shown >= 0);
    // The strip under the slider says which epoch is shown; the header says the live one.
    const QString now = count > 0 ? momentText(latest) : QString();
    m_slider->setAccessibleDescription(m_shown >= 0 ? indicatorText()
                                       : count > 0  ? tr("Epoch %1 (live)").arg(now)
                                                    : tr("No epochs yet"));
    updateMarkers();
    m_indicator->setText(indicatorText());
    m_indicator->setVisible(m_shown >= 0);
    m_slider->setToolTip(m_playing ? tr("Pause training to look back at earlier epochs.")
                                   : tr("Drag, or use the arrow keys, Home and End, to replay "
                                        "the graph, the tiles and the counts of an earlier "
                                        "epoch."));
}

void HistoryScrubber::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryScrubber::retranslateUi()
{
    m_title->setText(tr("History"));
    m_slider->setAccessibleName(tr("Training history"));
    m_live->setText(tr("Live"));
    m_live->setToolTip(tr("Back to the network as it is now (End)"));
    updateControls();
}

} // namespace ReluLab
