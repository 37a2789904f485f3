// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The Explorer's plot: curves, overlays, the dead band, the cursor, the view and the legend.
#include "core/activation.h"
#include "explorertesting.h"
#include "io/languagemanager.h"
#include "ui/explorer/activationlist.h"
#include "ui/explorer/activationplot.h"
#include "ui/explorer/curvegraph.h"
#include "ui/explorer/explorerwidget.h"
#include "ui/explorer/learnpanel.h"
#include "ui/explorer/legendplacement.h"
#include "ui/explorer/parameteranimator.h"
#include "ui/explorer/parameterpanel.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>

#include <cmath>

using ReluLab::Testing::compareAllCurves;
using ReluLab::Testing::compareGraph;
using ReluLab::Testing::isClose;
using ReluLab::Testing::make;

using namespace ReluLab;

class TestExplorerPlot final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addingOverlay();
    void toggleSecondDerivative();
    void deadBand_data();
    void deadBand();
    void readoutAndPins();
    void specialViews_data();
    void specialViews();
    void typedXRange();
    void csvHasOneColumnPerCurve();
    void parameterStepResamplesOnlyMainCurve();
    void overlayChangeResamplesOnlyThatOverlay();
    void legendFitsAndViewFollows();
    void legendFollowsLanguage();
    void legendLeavesTheMarksInSight_data();
    void legendLeavesTheMarksInSight();
    void discontinuitiesDrawnAsMathematics_data();
    void discontinuitiesDrawnAsMathematics();
};

void TestExplorerPlot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}
void TestExplorerPlot::addingOverlay()
{
    ExplorerWidget explorer;
    QVERIFY(explorer.addOverlay(QStringLiteral("sigmoid"), {}));
    QVERIFY(explorer.addOverlay(QStringLiteral("elu"), {{"alpha", 0.5}}));
    QCOMPARE(explorer.plot()->overlays().size(), 2);
    QCOMPARE(compareGraph(explorer.plot()->overlayGraph(0, ActivationPlot::Curve::F),
                          make("sigmoid"), ActivationPlot::Curve::F),
             QString());
    QCOMPARE(compareGraph(explorer.plot()->overlayGraph(1, ActivationPlot::Curve::Df),
                          make("elu", {{"alpha", 0.5}}), ActivationPlot::Curve::Df),
             QString());
    for (int i = 0; i < 4; ++i)
        QVERIFY(explorer.addCurrentAsOverlay());
    QVERIFY(!explorer.addCurrentAsOverlay()); // six at most
    QCOMPARE(explorer.plot()->overlays().size(), ActivationPlot::MaxOverlays);
    explorer.plot()->setOverlayVisible(0, false); // as a legend click does
    QVERIFY(!explorer.plot()->overlayGraph(0, ActivationPlot::Curve::F)->visible());
    explorer.removeOverlay(0);
    QCOMPARE(explorer.plot()->overlays().size(), ActivationPlot::MaxOverlays - 1);
    QCOMPARE(compareGraph(explorer.plot()->overlayGraph(0, ActivationPlot::Curve::F),
                          make("elu", {{"alpha", 0.5}}), ActivationPlot::Curve::F),
             QString());
}

void TestExplorerPlot::toggleSecondDerivative()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("gelu"));
    QCPGraph *d2f = explorer.plot()->mainGraph(ActivationPlot::Curve::D2f);
    QVERIFY(!d2f->visible());
    QVERIFY(d2f->data()->isEmpty());
    QAction *toggle = nullptr;
    for (QAction *action : explorer.viewActions()) {
        if (action && action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D))
            toggle = action;
    }
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(d2f->visible());
    QCOMPARE(compareGraph(d2f, make("gelu"), ActivationPlot::Curve::D2f), QString());
    toggle->trigger();
    QVERIFY(!d2f->visible());
}

void TestExplorerPlot::deadBand_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("intervals");
    QTest::addColumn<double>("right"); // right end of the first interval (≈)
    QTest::newRow("relu: x < 0") << QStringLiteral("relu") << 1 << 0.0;
    QTest::newRow("leaky_relu: none") << QStringLiteral("leaky_relu") << 0 << 0.0;
    QTest::newRow("hardtanh: both sides") << QStringLiteral("hardtanh") << 2 << -1.0;
    QTest::newRow("sigmoid: none") << QStringLiteral("sigmoid") << 0 << 0.0;
}

void TestExplorerPlot::deadBand()
{
    QFETCH(QString, id);
    QFETCH(int, intervals);
    QFETCH(double, right);
    ExplorerWidget explorer;
    explorer.selectActivation(id);
    const auto bands = explorer.plot()->deadBandIntervals();
    QCOMPARE(bands.size(), intervals);
    if (intervals > 0) {
        QVERIFY(isClose(bands.first().first, -5.0, 1e-12, 1e-12));
        const double h = 10.0 / (ActivationPlot::DefaultSampleCount - 1);
        QVERIFY2(std::abs(bands.first().second - right) <= h,
                 qPrintable(QString::number(bands.first().second)));
    }
}

void TestExplorerPlot::readoutAndPins()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("relu"));
    explorer.addOverlay(QStringLiteral("sigmoid"), {});
    const QString readout = explorer.plot()->readoutAt(2.0);
    QVERIFY2(readout.contains(QStringLiteral("f = 2")), qPrintable(readout));
    QVERIFY2(readout.contains(QStringLiteral("Sigmoid")), qPrintable(readout));
    QVERIFY2(readout.contains(QStringLiteral("0.8808")), qPrintable(readout)); // σ(2)
    QSignalSpy spy(explorer.plot(), &ActivationPlot::readoutChanged);
    explorer.plot()->traceAt(1.0);
    QCOMPARE(spy.size(), 1);
    for (int i = 0; i < 6; ++i)
        explorer.plot()->pinAt(i * 0.5);
    QCOMPARE(explorer.plot()->pinCount(), 4);
    explorer.plot()->clearPins();
    QCOMPARE(explorer.plot()->pinCount(), 0);
}

void TestExplorerPlot::specialViews_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("main");
    QTest::addColumn<int>("overlays");
    QTest::newRow("rrelu band") << int(SpecialView::RreluBand) << QStringLiteral("rrelu") << 3;
    QTest::newRow("gelu approximation")
        << int(SpecialView::GeluApproximation) << QStringLiteral("gelu") << 2;
    QTest::newRow("softplus beta")
        << int(SpecialView::SoftplusBeta) << QStringLiteral("softplus") << 4;
    QTest::newRow("leaky slopes") << int(SpecialView::LeakySlopes) << QStringLiteral("leaky_relu")
                                  << 4;
}

void TestExplorerPlot::specialViews()
{
    QFETCH(int, view);
    QFETCH(QString, main);
    QFETCH(int, overlays);
    ExplorerWidget explorer;
    explorer.showSpecialView(static_cast<SpecialView>(view));
    QCOMPARE(explorer.currentActivation(), main);
    QCOMPARE(explorer.plot()->overlays().size(), overlays);
    if (static_cast<SpecialView>(view) == SpecialView::GeluApproximation) {
        // tanh − exact: nonzero but below 1e-3 in magnitude (Hendrycks & Gimpel's approximation).
        double largest = 0.0;
        for (const QCPGraphData &p :
             *explorer.plot()->overlayGraph(1, ActivationPlot::Curve::F)->data())
            largest = std::max(largest, std::abs(p.value));
        QVERIFY2(largest > 1e-5 && largest < 1e-3, qPrintable(QString::number(largest)));
        QCOMPARE(explorer.plot()->overlayGraph(1, ActivationPlot::Curve::F)->valueAxis(),
                 explorer.plot()->customPlot()->yAxis2);
    }
    if (static_cast<SpecialView>(view) == SpecialView::RreluBand) {
        // Training slopes lie between lower and upper: every dot at x < 0 is inside the band.
        const double lower = explorer.parameterPanel()->value(QStringLiteral("lower"));
        const double upper = explorer.parameterPanel()->value(QStringLiteral("upper"));
        for (const QCPGraphData &p :
             *explorer.plot()->overlayGraph(0, ActivationPlot::Curve::F)->data()) {
            if (p.key < 0)
                QVERIFY(p.value <= lower * p.key + 1e-12 && p.value >= upper * p.key - 1e-12);
        }
    }
}

void TestExplorerPlot::typedXRange()
{
    ExplorerWidget explorer;
    auto *xMin = explorer.findChild<QDoubleSpinBox *>(QStringLiteral("xMin"));
    auto *xMax = explorer.findChild<QDoubleSpinBox *>(QStringLiteral("xMax"));
    QVERIFY(xMin && xMax);
    xMax->setValue(10.0);
    xMin->setValue(-2.0);
    const QCPGraph *f = explorer.plot()->mainGraph(ActivationPlot::Curve::F);
    QVERIFY(isClose(f->data()->constBegin()->key, -2.0, 1e-12, 1e-12));
    QVERIFY(isClose((f->data()->constEnd() - 1)->key, 10.0, 1e-12, 1e-12));
    explorer.plot()->resetView();
    QVERIFY(isClose(xMin->value(), -5.0, 1e-12, 1e-12));
}

void TestExplorerPlot::csvHasOneColumnPerCurve()
{
    ExplorerWidget explorer;
    explorer.addOverlay(QStringLiteral("tanh"), {});
    const QStringList lines = explorer.plot()->curvesCsv().split(QLatin1Char('\n'),
                                                                 Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), ActivationPlot::DefaultSampleCount + 1);
    // x, f, f′ of the main curve, f and f′ of the overlay.
    QCOMPARE(lines.first().count(QLatin1Char(',')), 4);
    const QStringList row = lines[1].split(QLatin1Char(','));
    QVERIFY(isClose(row[0].toDouble(), -5.0, 1e-12, 1e-12));
    QVERIFY(isClose(row[3].toDouble(), std::tanh(-5.0), 1e-15, 1e-12));
}

void TestExplorerPlot::parameterStepResamplesOnlyMainCurve()
{
    ExplorerWidget explorer;
    explorer.plot()->setShowSecondDerivative(true);
    explorer.selectActivation(QStringLiteral("elu"));
    for (const char *id : {"gelu", "silu", "mish", "softplus", "selu", "celu"})
        QVERIFY(explorer.addOverlay(QString::fromLatin1(id), {}));
    auto *slider = explorer.parameterPanel()->findChild<QSlider *>(QStringLiteral("alphaSlider"));
    QVERIFY(slider);
    for (int step = 1; step <= 3; ++step) {
        const int before = explorer.plot()->samplingCount();
        slider->setValue(slider->value() + 7);
        QCOMPARE(explorer.plot()->samplingCount(), before + 1); // the main curve only
        QCOMPARE(compareAllCurves(explorer.plot()), QString());
    }
    // A new x range resamples every curve.
    const int before = explorer.plot()->samplingCount();
    explorer.plot()->setXRange(-3.0, 7.0);
    QCOMPARE(explorer.plot()->samplingCount(), before + 1 + ActivationPlot::MaxOverlays);
    QCOMPARE(compareAllCurves(explorer.plot()), QString());
    QVERIFY(isClose(
        explorer.plot()->overlayGraph(5, ActivationPlot::Curve::F)->data()->constBegin()->key, -3.0,
        1e-12, 1e-12));
}

void TestExplorerPlot::overlayChangeResamplesOnlyThatOverlay()
{
    ExplorerWidget explorer;
    for (const char *id : {"sigmoid", "tanh", "elu"})
        QVERIFY(explorer.addOverlay(QString::fromLatin1(id), {}));
    QList<PlotCurveSpec> overlays = explorer.plot()->overlays();
    overlays[1].activation = make("elu", {{"alpha", 0.25}});
    int before = explorer.plot()->samplingCount();
    explorer.plot()->setOverlays(overlays);
    QCOMPARE(explorer.plot()->samplingCount(), before + 1);
    QCOMPARE(compareAllCurves(explorer.plot()), QString());
    // Removing the first overlay shifts the others into new graph sets: they are resampled
    // there, and every graph still shows its own curve.
    explorer.removeOverlay(0);
    QCOMPARE(compareAllCurves(explorer.plot()), QString());
    QVERIFY(explorer.plot()->overlayGraph(2, ActivationPlot::Curve::F)->data()->isEmpty());
    // Hiding keeps the others untouched; showing again resamples that one.
    explorer.plot()->setOverlayVisible(0, false);
    before = explorer.plot()->samplingCount();
    explorer.plot()->setOverlayVisible(0, true);
    QCOMPARE(explorer.plot()->samplingCount(), before + 1);
    QCOMPARE(compareAllCurves(explorer.plot()), QString());
}

// A runtime language switch renames the legend's curves and leaves its font as it was.
void TestExplorerPlot::legendFollowsLanguage()
{
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("relu"));
    const QCPGraph *df = explorer.plot()->mainGraph(ActivationPlot::Curve::Df);
    QCOMPARE(df->name(), QStringLiteral("ReLU: f′(x)"));
    const QFont font = explorer.plot()->customPlot()->legend->font();
    LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
    QTRY_COMPARE(df->name(), QStringLiteral("ReLU 导数 f′(x)"));
    QCOMPARE(explorer.plot()->customPlot()->legend->font(), font);
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(df->name(), QStringLiteral("ReLU: f′(x)"));
}

// After a parameter step the legend is laid out for the new names (not clipped to the old box),
// and the y-range holds the curves until the user zooms; then a Fit button brings it back.
void TestExplorerPlot::legendFitsAndViewFollows()
{
    ExplorerWidget explorer;
    explorer.resize(1024, 768);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    explorer.selectActivation(QStringLiteral("leaky_relu"));
    QCustomPlot *plot = explorer.plot()->customPlot();
    QTest::qWait(50);
    explorer.parameterPanel()->setValue(QStringLiteral("negative_slope"), 0.82);
    QTRY_VERIFY(plot->legend->outerRect().width() >= plot->legend->minimumOuterSizeHint().width());
    QVERIFY(plot->legend->outerRect().height() >= plot->legend->minimumOuterSizeHint().height());
    // f(−5) = −4.1 is in view without Reset view.
    QVERIFY2(plot->yAxis->range().contains(-4.1), qPrintable(QStringLiteral("[%1, %2]")
                                                                 .arg(plot->yAxis->range().lower)
                                                                 .arg(plot->yAxis->range().upper)));
    auto *fit = plot->findChild<QAbstractButton *>(QStringLiteral("fitView"));
    QVERIFY(fit);
    QVERIFY(!fit->isVisible());
    // A wheel turn zooms: the view is the user's now.
    const QPointF centre = plot->axisRect()->rect().center();
    QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    QVERIFY(explorer.plot()->userView());
    QVERIFY(fit->isVisible());
    const QCPRange zoomed = plot->yAxis->range();
    explorer.parameterPanel()->setValue(QStringLiteral("negative_slope"), 0.1);
    QCOMPARE(plot->yAxis->range(), zoomed);
    fit->click();
    QVERIFY(!explorer.plot()->userView());
    QVERIFY(!fit->isVisible());
    QVERIFY(plot->yAxis->range().contains(-0.5));
    QVERIFY(plot->yAxis->range().upper < 7.0); // fitted to f on [−5, 5], not left zoomed out
}

void TestExplorerPlot::discontinuitiesDrawnAsMathematics_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("curve"); // ActivationPlot::Curve
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    QTest::addColumn<double>("taken");
    QTest::addColumn<QSize>("size"); // a narrow plot has several samples per pixel column
    // ReLU's f′ jumps from 0 to 1 at 0 and PyTorch's gradient there is 0.
    QTest::newRow("relu f′ at 0") << QStringLiteral("relu") << int(ActivationPlot::Curve::Df) << 0.0
                                  << 0.0 << 1.0 << 0.0 << QSize(1024, 768);
    QTest::newRow("relu f′ at 0, narrow")
        << QStringLiteral("relu") << int(ActivationPlot::Curve::Df) << 0.0 << 0.0 << 1.0 << 0.0
        << QSize(640, 480);
    // Hardshrink (λ = 0.5) jumps from 0 to λ at λ and takes 0 there (|x| > λ keeps x).
    QTest::newRow("hardshrink f at λ")
        << QStringLiteral("hardshrink") << int(ActivationPlot::Curve::F) << 0.5 << 0.0 << 0.5 << 0.0
        << QSize(1024, 768);
    QTest::newRow("hardshrink f at λ, narrow")
        << QStringLiteral("hardshrink") << int(ActivationPlot::Curve::F) << 0.5 << 0.0 << 0.5 << 0.0
        << QSize(640, 480);
    // Hardswish's f′ jumps from 3/3 + ½ = 1.5 to 1 at 3; PyTorch takes the left branch there.
    QTest::newRow("hardswish f′ at 3")
        << QStringLiteral("hardswish") << int(ActivationPlot::Curve::Df) << 3.0 << 1.5 << 1.0 << 1.5
        << QSize(1024, 768);
    QTest::newRow("hardswish f′ at 3, narrow")
        << QStringLiteral("hardswish") << int(ActivationPlot::Curve::Df) << 3.0 << 1.5 << 1.0 << 1.5
        << QSize(640, 480);
}

void TestExplorerPlot::discontinuitiesDrawnAsMathematics()
{
    QFETCH(QString, id);
    QFETCH(int, curve);
    QFETCH(double, x);
    QFETCH(double, left);
    QFETCH(double, right);
    QFETCH(double, taken);
    QFETCH(QSize, size);
    ExplorerWidget explorer;
    explorer.resize(size);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    explorer.activationList()->setCurrentActivation(id);
    ActivationPlot *plot = explorer.plot();
    plot->customPlot()->replot();
    const auto *graph = dynamic_cast<const CurveGraph *>(
        plot->mainGraph(static_cast<ActivationPlot::Curve>(curve)));
    QVERIFY(graph);
    const QVector<QPointF> line = graph->strokedPolyline();
    const double atol = 1e-6; // a pixel round trip
    auto finite = [](const QPointF &p) { return std::isfinite(p.x()) && std::isfinite(p.y()); };
    // Each side is drawn up to the point and no segment crosses it or stands on it.
    bool gap = false;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1];
        const QPointF b = line[i];
        if (finite(a) && finite(b)) {
            QVERIFY2(!(a.x() < x - atol && b.x() > x + atol),
                     qPrintable(QStringLiteral("segment (%1, %2)–(%3, %4) crosses the break")
                                    .arg(a.x())
                                    .arg(a.y())
                                    .arg(b.x())
                                    .arg(b.y())));
            const bool vertical = isClose(a.x(), x, atol, 1e-12) && isClose(b.x(), x, atol, 1e-12)
                                  && !isClose(a.y(), b.y(), atol, 1e-12);
            QVERIFY2(!vertical, qPrintable(QStringLiteral("vertical segment at x = %1").arg(x)));
        }
        if (!finite(b) && i + 1 < line.size()) {
            const QPointF after = line[i + 1];
            gap = gap
                  || (isClose(a.x(), x, atol, 1e-12) && isClose(a.y(), left, atol, 1e-12)
                      && isClose(after.x(), x, atol, 1e-12)
                      && isClose(after.y(), right, atol, 1e-12));
        }
    }
    QVERIFY2(gap, "no NaN gap from the left limit to the right limit at the break");
    // A filled dot at the value taken, an open circle at the limit that is not.
    const double missed = isClose(taken, left, 1e-12, 1e-12) ? right : left;
    auto hasDot = [x](const QCPGraph *dots, double y) {
        if (!dots->visible())
            return false;
        for (const QCPGraphData &p : *dots->data()) {
            if (isClose(p.key, x, 1e-12, 1e-12) && isClose(p.value, y, 1e-12, 1e-12))
                return true;
        }
        return false;
    };
    QVERIFY(hasDot(plot->mainDots(true), taken));
    QVERIFY(hasDot(plot->mainDots(false), missed));
    QVERIFY(!hasDot(plot->mainDots(false), taken));
}
void TestExplorerPlot::legendLeavesTheMarksInSight_data()
{
    QTest::addColumn<QString>("id");
    for (const Core::ActivationInfo &info : Core::activationCatalogue())
        QTest::newRow(info.id.c_str()) << QString::fromStdString(info.id);
}

// The legend is drawn over the curves. Of the places it can go (the corners and the middle of
// either side), it takes one that hides no open circle or filled dot of a break point where such
// a place exists (hardtanh's open circle at (−1, 1) sat under a top-left legend), and it never
// hides more marks, nor more marks and curve together, than the usual top-left place would.
void TestExplorerPlot::legendLeavesTheMarksInSight()
{
    QFETCH(QString, id);
    ExplorerWidget explorer;
    explorer.resize(1024, 768);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    explorer.selectActivation(id);
    QCustomPlot *plot = explorer.plot()->customPlot();
    QTRY_VERIFY(plot->legend->outerRect().width() >= plot->legend->minimumOuterSizeHint().width());
    QTest::qWait(50); // the queued replot that places the legend
    const QRectF area = plot->axisRect()->insetLayout()->rect();
    const QSizeF size = plot->legend->outerRect().size();
    const auto pixel = [plot](const QCPGraphData &point) {
        return QPointF(plot->xAxis->coordToPixel(point.key),
                       plot->yAxis->coordToPixel(point.value));
    };
    // Marks whose disc (radius 5 px) touches the legend, and curve samples under it.
    const auto hidden = [&](Qt::Alignment place) {
        const QRectF box = cornerRect(area, size, place);
        int marks = 0;
        int samples = 0;
        for (bool filled : {true, false}) {
            for (const QCPGraphData &point : *explorer.plot()->mainDots(filled)->data())
                marks += box.adjusted(-5, -5, 5, 5).contains(pixel(point));
        }
        for (auto curve : {ActivationPlot::Curve::F, ActivationPlot::Curve::Df}) {
            for (const QCPGraphData &point : *explorer.plot()->mainGraph(curve)->data())
                samples += box.contains(pixel(point));
        }
        return std::pair(marks, samples);
    };
    const Qt::Alignment chosen = explorer.plot()->legendCorner();
    // The legend is where the placement says (QRect rounds it to whole pixels).
    const QPointF offset = QRectF(plot->legend->outerRect()).center()
                           - cornerRect(area, size, chosen).center();
    QVERIFY(offset.manhattanLength() <= 2.0);
    const std::pair<int, int> there = hidden(chosen);
    const std::pair<int, int> topLeft = hidden(Qt::AlignLeft | Qt::AlignTop);
    bool someClearPlace = false;
    for (Qt::Alignment side : {Qt::AlignLeft, Qt::AlignRight}) {
        for (Qt::Alignment edge : {Qt::AlignTop, Qt::AlignBottom, Qt::AlignVCenter})
            someClearPlace = someClearPlace || hidden(side | edge).first == 0;
    }
    const QString report = QStringLiteral(
                               "%1 marks and %2 samples hidden; %3 and %4 at the top left")
                               .arg(there.first)
                               .arg(there.second)
                               .arg(topLeft.first)
                               .arg(topLeft.second);
    QVERIFY2(!someClearPlace || there.first == 0, qPrintable(report));
    QVERIFY2(there.first <= topLeft.first, qPrintable(report));
    QVERIFY2(there.first < topLeft.first || there.second <= topLeft.second, qPrintable(report));
    if (id == QLatin1String("hardtanh"))
        QVERIFY(chosen != (Qt::AlignLeft | Qt::AlignTop));
    if (id == QLatin1String("relu")) // nothing passes the top left: the usual place
        QCOMPARE(chosen, Qt::AlignLeft | Qt::AlignTop);
}

QTEST_MAIN(TestExplorerPlot)
#include "tst_explorerplot.moc"
