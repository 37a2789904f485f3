// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "replotview.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

#include <algorithm>
#include <deque>

namespace ReluLab {

namespace {

// Replots the plots asked for one per pass of the event loop, in the order asked. A snapshot
// makes half a dozen charts stale at once; replotted in one go (as QCustomPlot's own queued
// replots are: every posted event of a pass is delivered before any timer) they would hold the
// GUI thread for their sum, and a timer, a key press or a drag would wait that long. Posted one
// after another, each pass delivers one replot and then the timers and input due meanwhile.
class ReplotQueue final : public QObject
{
public:
    static ReplotQueue &instance()
    {
        static QPointer<ReplotQueue> queue;
        if (!queue)
            queue = new ReplotQueue(QCoreApplication::instance());
        return *queue;
    }

    void add(QCustomPlot *plot)
    {
        if (std::find(m_plots.begin(), m_plots.end(), plot) == m_plots.end())
            m_plots.emplace_back(plot);
        schedule();
    }

private:
    explicit ReplotQueue(QObject *parent)
        : QObject(parent)
    {}

    void schedule()
    {
        if (m_posted || m_plots.empty())
            return;
        m_posted = true;
        QMetaObject::invokeMethod(this, &ReplotQueue::replotNext, Qt::QueuedConnection);
    }

    void replotNext()
    {
        m_posted = false;
        while (!m_plots.empty()) {
            const QPointer<QCustomPlot> plot = m_plots.front();
            m_plots.pop_front();
            if (plot) {
                plot->replot(QCustomPlot::rpRefreshHint);
                break;
            }
        }
        schedule();
    }

    std::deque<QPointer<QCustomPlot>> m_plots;
    bool m_posted = false;
};

// Child of the plot it watches: replots it on Show when a replot was skipped while hidden.
class ShowReplotter final : public QObject
{
public:
    explicit ShowReplotter(QCustomPlot *plot)
        : QObject(plot)
        , m_plot(plot)
    {
        setObjectName(QStringLiteral("relulab_showReplotter"));
        plot->installEventFilter(this);
    }

    bool stale = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && event->type() == QEvent::Show && stale) {
            stale = false;
            ReplotQueue::instance().add(m_plot);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCustomPlot *m_plot;
};

ShowReplotter *watcherOf(QCustomPlot *plot)
{
    return plot->findChild<ShowReplotter *>(QStringLiteral("relulab_showReplotter"),
                                            Qt::FindDirectChildrenOnly);
}

} // namespace

void replotWhenVisible(QCustomPlot *plot)
{
    if (plot->isVisible()) {
        ReplotQueue::instance().add(plot);
        return;
    }
    ShowReplotter *watcher = watcherOf(plot);
    if (!watcher)
        watcher = new ShowReplotter(plot);
    watcher->stale = true;
}

void replotStalePlots(QWidget *root)
{
    for (QCustomPlot *plot : root->findChildren<QCustomPlot *>()) {
        ShowReplotter *watcher = watcherOf(plot);
        if (watcher && watcher->stale) {
            watcher->stale = false;
            plot->replot(QCustomPlot::rpRefreshHint);
        }
    }
}

} // namespace ReluLab
