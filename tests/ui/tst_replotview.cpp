// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Hidden plots skip their replots and remember it; a picture of a hidden page (the Lessons
// tab's live view of the Lab) first brings exactly those plots up to date. Visible plots are
// replotted one per pass of the event loop, each once however often it was asked.
#include "ui/networklab/replotview.h"

#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace ReluLab;

class TestReplotView final : public QObject
{
    Q_OBJECT

private slots:
    void stalePlotsOfAHiddenPageReplotForItsPicture()
    {
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *stale = new QCustomPlot(&page);
        auto *current = new QCustomPlot(&page);
        layout->addWidget(stale);
        layout->addWidget(current);
        page.resize(400, 300);
        QCoreApplication::processEvents(); // the plots' own first replots, queued when made
        QSignalSpy staleReplots(stale, &QCustomPlot::afterReplot);
        QSignalSpy currentReplots(current, &QCustomPlot::afterReplot);

        // Hidden: the new data waits for the plot to be shown.
        stale->addGraph()->setData({0.0, 1.0}, {0.0, 1.0});
        replotWhenVisible(stale);
        QCoreApplication::processEvents();
        QCOMPARE(staleReplots.count(), 0);

        // The picture of the hidden page replots the stale plot once, and only that one.
        replotStalePlots(&page);
        QCOMPARE(staleReplots.count(), 1);
        QCOMPARE(currentReplots.count(), 0);
        replotStalePlots(&page);
        QCOMPARE(staleReplots.count(), 1);
    }

    void visiblePlotsReplotOnePerPass()
    {
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *first = new QCustomPlot(&page);
        auto *second = new QCustomPlot(&page);
        layout->addWidget(first);
        layout->addWidget(second);
        page.resize(400, 300);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCoreApplication::processEvents();
        QSignalSpy firstReplots(first, &QCustomPlot::afterReplot);
        QSignalSpy secondReplots(second, &QCustomPlot::afterReplot);

        replotWhenVisible(first);
        replotWhenVisible(second);
        replotWhenVisible(first); // asked again before its turn: still one replot
        // One pass delivers the events posted before it: the first plot's replot only.
        QCoreApplication::sendPostedEvents();
        QCOMPARE(firstReplots.count(), 1);
        QCOMPARE(secondReplots.count(), 0);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(firstReplots.count(), 1);
        QCOMPARE(secondReplots.count(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(firstReplots.count(), 1);
        QCOMPARE(secondReplots.count(), 1);
    }
};

QTEST_MAIN(TestReplotView)
#include "tst_replotview.moc"
