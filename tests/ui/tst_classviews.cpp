// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "ui/networklab/confusionview.h"
#include "ui/networklab/decisionview.h"
#include "ui/networklab/digitsgallery.h"
#include "ui/networklab/maptabs.h"
#include "ui/networklab/networkgraphview.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/projectionview.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"

#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

using ReluLab::Testing::isClose;

using namespace ReluLab;

// Data with more than two features has no plane to map: the lab's centre shows the confusion
// matrix, the projection of the last hidden layer and, on the digits, the test digits, all
// following the training; two features keep the decision map.
class TestClassViews : public QObject
{
    Q_OBJECT

private slots:
    void digitsShowConfusionMatrix();
    void csvShowsConfusionAndProjection();
    void moonsKeepDecisionMap();
};

namespace {

bool tabShown(const MapTabs *tabs, QWidget *view)
{
    return tabs->isTabVisible(tabs->indexOf(view));
}

// After every snapshot: the matrix's trace over its total is the snapshot's accuracy.
void checkMatrixMatchesAccuracy(const NetworkLabWorkspace &lab)
{
    const TrainingSnapshot &snapshot = lab.controller()->lastSnapshot();
    QVERIFY(snapshot.classSummary.has_value());
    const Core::ConfusionMatrix &m = lab.mapTabs()->confusion()->matrix();
    QVERIFY(m.total() > 0);
    const double accuracy = snapshot.classSummary->onTest ? snapshot.diagnostics.testAccuracy
                                                          : snapshot.diagnostics.trainAccuracy;
    QVERIFY2(isClose(m.accuracy(), accuracy, 1e-12, 0.0),
             qPrintable(
                 QStringLiteral("matrix %1, diagnostics %2").arg(m.accuracy()).arg(accuracy)));
}

} // namespace

void TestClassViews::digitsShowConfusionMatrix()
{
    NetworkLabWorkspace lab;
    lab.resize(1024, 768);
    lab.show();
    QVERIFY(lab.chooseScenario(QStringLiteral("sparsity_dial"))); // the digits
    QCOMPARE(lab.configuration().data.name, std::string("digits"));
    MapTabs *tabs = lab.mapTabs();
    // No "needs two features" box: the confusion matrix is in front.
    QVERIFY(!tabShown(tabs, tabs->widget(0)));
    QVERIFY(qobject_cast<DecisionView *>(tabs->widget(0)));
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(tabs->confusion()));
    QVERIFY(tabShown(tabs, tabs->projection()));
    QVERIFY(tabShown(tabs, tabs->gallery()));
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot(), 10000);
    checkMatrixMatchesAccuracy(lab);
    QCOMPARE(tabs->confusion()->matrix().classes, 10);

    lab.controlBar()->setStopAfterEpochs(2);
    lab.play();
    QTRY_VERIFY_WITH_TIMEOUT(!lab.controller()->isPlaying()
                                 && lab.controller()->lastSnapshot().diagnostics.epoch == 2,
                             20000);
    checkMatrixMatchesAccuracy(lab);
    const Core::ConfusionMatrix &m = tabs->confusion()->matrix();
    QVERIFY(tabs->confusion()->title().contains(QString::number(m.correct())));
    // The gallery: every test digit, the wrong ones first.
    const DigitsGallery *gallery = tabs->gallery();
    QCOMPARE(std::int64_t(gallery->order().size()), m.total());
    QCOMPARE(std::int64_t(gallery->wrongCount()), m.total() - m.correct());
    QVERIFY(tabs->projection()->pointCount() > 0);
    QVERIFY(tabs->projection()->pointCount() <= 2000);
    // The graph draws the input layer as the 8 × 8 mean digit: every pixel is placed.
    const NetworkGraphView::Layout layout = tabs->graph()->layoutFor(QSizeF(600, 400));
    QCOMPARE(int(layout.columns.front().units.size()), 64);
    QCOMPARE(layout.columns.front().notDrawn, 0);
}

void TestClassViews::csvShowsConfusionAndProjection()
{
    // Five features, three classes: the class is the sign pattern of two of them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("five.csv"));
    {
        std::ofstream out(path.toStdString());
        for (int i = 0; i < 200; ++i) {
            const double a = std::sin(i * 0.37), b = std::cos(i * 0.91), c = std::sin(i * 1.3);
            const int label = a > 0.3 ? 2 : (b > 0 ? 1 : 0);
            out << a << ',' << b << ',' << c << ',' << a * b << ',' << 0.5 * c << ',' << label
                << '\n';
        }
    }
    Session session;
    session.config.data.name = "csv";
    session.config.data.csvPath = path.toStdString();
    session.config.network.hidden = {8, 6};
    NetworkLabWorkspace lab;
    lab.resize(1024, 768);
    lab.show();
    QVERIFY(lab.restoreSession(session));
    MapTabs *tabs = lab.mapTabs();
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot(), 10000);
    QVERIFY(!tabShown(tabs, tabs->widget(0)));
    QVERIFY(tabShown(tabs, tabs->confusion()));
    QVERIFY(tabShown(tabs, tabs->projection()));
    QVERIFY(!tabShown(tabs, tabs->gallery())); // not pictures
    checkMatrixMatchesAccuracy(lab);
    QCOMPARE(tabs->confusion()->matrix().classes, 3);
    QCOMPARE(tabs->projection()->pointCount(), 50); // the test quarter
    QCOMPARE(tabs->graph()->layoutFor(QSizeF(600, 400)).columns.front().units.size(),
             std::size_t(5));
}

void TestClassViews::moonsKeepDecisionMap()
{
    NetworkLabWorkspace lab;
    lab.resize(1024, 768);
    lab.show();
    QVERIFY(lab.chooseScenario(QStringLiteral("sparsity_dial")));
    QVERIFY(lab.chooseScenario(QStringLiteral("half_active")));
    QVERIFY(lab.configuration().data.name != "digits");
    MapTabs *tabs = lab.mapTabs();
    QVERIFY(tabShown(tabs, tabs->widget(0)));
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(!tabShown(tabs, tabs->confusion()));
    QVERIFY(!tabShown(tabs, tabs->projection()));
    QVERIFY(!tabShown(tabs, tabs->gallery()));
    QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot()
                                 && lab.controller()->lastSnapshot().hasPlane,
                             10000);
    QVERIFY(!lab.controller()->lastSnapshot().classSummary.has_value());
}

QTEST_MAIN(TestClassViews)
#include "tst_classviews.moc"
