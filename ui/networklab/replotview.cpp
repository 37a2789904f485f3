// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "replotview.h"

#include <qcustomplot.h>

#include <QEvent>

namespace ReluLab {

namespace {

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
            m_plot->replot(QCustomPlot::rpQueuedReplot);
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
        plot->replot(QCustomPlot::rpQueuedReplot);
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
