// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "core/activation.h"
#include "ui/explorer/activationlist.h"
#include "ui/explorer/activationplot.h"
#include "ui/explorer/explorerwidget.h"
#include "ui/explorer/learnpanel.h"
#include "ui/explorer/parameteranimator.h"
#include "ui/explorer/parameterpanel.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QSettings>
#include <QTest>

#include <cmath>

using namespace ReluLab;

namespace {


// Every point of `graph` against the core's f, f′ or f″ at the same x.
QString compareGraph(const QCPGraph *graph, const Core::Activation &activation,
                     ActivationPlot::Curve curve)
{
    if (graph->data()->isEmpty())
        return QStringLiteral("graph is empty");
    for (const QCPGraphData &point : *graph->data()) {
        const double expected = curve == ActivationPlot::Curve::F ? activation.value(point.key)
                              : curve == ActivationPlot::Curve::Df
                                  ? activation.gradient(point.key)
                                  : activation.secondDerivative(point.key);
        if (!isClose(point.value, expected, 1e-12, 1e-12))
            return QStringLiteral("x = %1: plotted %2, core %3")
                .arg(point.key, 0, 'g', 17)
                .arg(point.value, 0, 'g', 17)
                .arg(expected, 0, 'g', 17);
    }
    return QString();
}

// Every curve of the plot (main and overlays; f, f′ and f″ where shown) against the core.
QString compareAllCurves(const ActivationPlot *plot)
{
    QList<QPair<const QCPGraph *, const PlotCurveSpec *>> sets;
    const QList<ActivationPlot::Curve> curves{ActivationPlot::Curve::F, ActivationPlot::Curve::Df,
                                              ActivationPlot::Curve::D2f};
    for (ActivationPlot::Curve curve : curves) {
        if (curve == ActivationPlot::Curve::Df && !plot->showDerivative())
            continue;
        if (curve == ActivationPlot::Curve::D2f && !plot->showSecondDerivative())
            continue;
        const QString main = compareGraph(plot->mainGraph(curve), plot->activation(), curve);
        if (!main.isEmpty())
            return QStringLiteral("main: ") + main;
        for (int i = 0; i < plot->overlays().size(); ++i) {
            const QString overlay = compareGraph(plot->overlayGraph(i, curve),
                                                 plot->overlays()[i].activation, curve);
            if (!overlay.isEmpty())
                return QStringLiteral("overlay %1: ").arg(i) + overlay;
        }
    }
    return QString();
}

// The first visible control of `root` whose right edge passes the visible part of `viewport`
// (clipped on the right) or which is squeezed below its minimum size; empty when all fit.
QString clippedControl(const QWidget *root, const QWidget *viewport)
{
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (const QWidget *w : children) {
        if (!w->isVisibleTo(viewport->window()) || !w->isVisible())
            continue;
        if (!qobject_cast<const QLabel *>(w) && !qobject_cast<const QAbstractButton *>(w)
            && !qobject_cast<const QAbstractSpinBox *>(w) && !qobject_cast<const QComboBox *>(w)
            && !qobject_cast<const QAbstractSlider *>(w))
            continue;
        const QPoint right = w->mapTo(viewport, QPoint(w->width(), 0));
        const bool clipped = right.x() > viewport->width() + 1;
        const bool squeezed = w->width() + 1 < w->minimumSizeHint().width()
                              && !qobject_cast<const QLabel *>(w);
        if (clipped || squeezed)
            return QStringLiteral("%1 \"%2\": right edge %3 of %4, width %5, minimum %6")
                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                .arg(right.x())
                .arg(viewport->width())
                .arg(w->width())
                .arg(w->minimumSizeHint().width());
    }
    return QString();
}

Core::Activation make(const char *id, const std::map<std::string, double> &parameters = {})
{
    Core::Expected<Core::Activation> activation = Core::Activation::create(id, parameters);
    if (!activation) // a broken test, not a finding: stop with the reason (never compiled out)
        qFatal("cannot create activation %s: %s", id, activation.error().message.c_str());
    return *activation;
}

} // namespace

class TestExplorer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choosingActivation_data();
    void choosingActivation();
    void movingParameterSlider();
    void resetToDefaults();
    void addingOverlay();
    void toggleSecondDerivative();
    void deadBand_data();
    void deadBand();
    void searchFilter_data();
    void searchFilter();
    void readoutAndPins();
    void specialViews_data();
    void specialViews();
    void animatorSweeps();
    void learnPanelShowsProperties();
    void typedXRange();
    void csvHasOneColumnPerCurve();
    void presentationMode();
    void parameterStepResamplesOnlyMainCurve();
    void overlayChangeResamplesOnlyThatOverlay();
    void sidePanelsFit_data();
    void sidePanelsFit();
};

void TestExplorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExplorer::choosingActivation_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"relu", "leaky_relu", "elu", "gelu", "sigmoid", "softplus",
                           "hardswish", "mish"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestExplorer::choosingActivation()
{
    QFETCH(QString, id);
    ExplorerWidget explorer;
    explorer.plot()->setShowSecondDerivative(true);
    explorer.activationList()->setCurrentActivation(id); // as a click in the list does
    QCOMPARE(explorer.currentActivation(), id);
    const Core::Activation reference = make(id.toLatin1().constData());
    ActivationPlot *plot = explorer.plot();
    QCOMPARE(plot->mainGraph(ActivationPlot::Curve::F)->data()->size(),
             ActivationPlot::DefaultSampleCount);
    QCOMPARE(compareGraph(plot->mainGraph(ActivationPlot::Curve::F), reference,
                          ActivationPlot::Curve::F), QString());
    QCOMPARE(compareGraph(plot->mainGraph(ActivationPlot::Curve::Df), reference,
                          ActivationPlot::Curve::Df), QString());
    QCOMPARE(compareGraph(plot->mainGraph(ActivationPlot::Curve::D2f), reference,
                          ActivationPlot::Curve::D2f), QString());
}

void TestExplorer::movingParameterSlider()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("leaky_relu"));
    auto *slider = explorer.parameterPanel()->findChild<QSlider *>(
        QStringLiteral("negative_slopeSlider"));
    QVERIFY(slider);
    slider->setValue(slider->maximum() / 2); // as a drag does
    const double slope = explorer.parameterPanel()->value(QStringLiteral("negative_slope"));
    QVERIFY(slope > 0.05);
    const Core::Activation reference = make("leaky_relu", {{"negative_slope", slope}});
    QCOMPARE(compareGraph(explorer.plot()->mainGraph(ActivationPlot::Curve::F), reference,
                          ActivationPlot::Curve::F), QString());
    QCOMPARE(compareGraph(explorer.plot()->mainGraph(ActivationPlot::Curve::Df), reference,
                          ActivationPlot::Curve::Df), QString());
}

void TestExplorer::resetToDefaults()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("elu"));
    explorer.setParameter(QStringLiteral("alpha"), 2.5);
    QVERIFY(isClose(explorer.plot()->activation().parameter("alpha"), 2.5, 1e-12, 1e-12));
    explorer.parameterPanel()->resetToDefaults();
    QVERIFY(isClose(explorer.plot()->activation().parameter("alpha"), 1.0, 1e-12, 1e-12));
    QCOMPARE(compareGraph(explorer.plot()->mainGraph(ActivationPlot::Curve::F), make("elu"),
                          ActivationPlot::Curve::F), QString());
}

void TestExplorer::addingOverlay()
{
    ExplorerWidget explorer;
    QVERIFY(explorer.addOverlay(QStringLiteral("sigmoid"), {}));
    QVERIFY(explorer.addOverlay(QStringLiteral("elu"), {{"alpha", 0.5}}));
    QCOMPARE(explorer.plot()->overlays().size(), 2);
    QCOMPARE(compareGraph(explorer.plot()->overlayGraph(0, ActivationPlot::Curve::F),
                          make("sigmoid"), ActivationPlot::Curve::F), QString());
    QCOMPARE(compareGraph(explorer.plot()->overlayGraph(1, ActivationPlot::Curve::Df),
                          make("elu", {{"alpha", 0.5}}), ActivationPlot::Curve::Df), QString());
    for (int i = 0; i < 4; ++i)
        QVERIFY(explorer.addCurrentAsOverlay());
    QVERIFY(!explorer.addCurrentAsOverlay()); // six at most
    QCOMPARE(explorer.plot()->overlays().size(), ActivationPlot::MaxOverlays);
    explorer.plot()->setOverlayVisible(0, false); // as a legend click does
    QVERIFY(!explorer.plot()->overlayGraph(0, ActivationPlot::Curve::F)->visible());
    explorer.removeOverlay(0);
    QCOMPARE(explorer.plot()->overlays().size(), ActivationPlot::MaxOverlays - 1);
    QCOMPARE(compareGraph(explorer.plot()->overlayGraph(0, ActivationPlot::Curve::F),
                          make("elu", {{"alpha", 0.5}}), ActivationPlot::Curve::F), QString());
}

void TestExplorer::toggleSecondDerivative()
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

void TestExplorer::deadBand_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("intervals");
    QTest::addColumn<double>("right"); // right end of the first interval (≈)
    QTest::newRow("relu: x < 0") << QStringLiteral("relu") << 1 << 0.0;
    QTest::newRow("leaky_relu: none") << QStringLiteral("leaky_relu") << 0 << 0.0;
    QTest::newRow("hardtanh: both sides") << QStringLiteral("hardtanh") << 2 << -1.0;
    QTest::newRow("sigmoid: none") << QStringLiteral("sigmoid") << 0 << 0.0;
}

void TestExplorer::deadBand()
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

void TestExplorer::searchFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<int>("atMost");
    const int all = static_cast<int>(Core::activationCatalogue().size());
    QTest::newRow("empty shows all") << QString() << all << all;
    QTest::newRow("tanh") << QStringLiteral("tanh") << 3 << 3;
    QTest::newRow("PyTorch class") << QStringLiteral("LeakyReLU") << 1 << 1;
    QTest::newRow("no match") << QStringLiteral("zzz") << 0 << 0;
}

void TestExplorer::searchFilter()
{
    QFETCH(QString, text);
    QFETCH(int, atLeast);
    QFETCH(int, atMost);
    ActivationList list;
    list.setFilter(text);
    QVERIFY2(list.visibleCount() >= atLeast && list.visibleCount() <= atMost,
             qPrintable(QString::number(list.visibleCount())));
}

void TestExplorer::readoutAndPins()
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

void TestExplorer::specialViews_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("main");
    QTest::addColumn<int>("overlays");
    QTest::newRow("rrelu band") << int(SpecialView::RreluBand) << QStringLiteral("rrelu") << 3;
    QTest::newRow("gelu approximation") << int(SpecialView::GeluApproximation)
                                        << QStringLiteral("gelu") << 2;
    QTest::newRow("softplus beta") << int(SpecialView::SoftplusBeta) << QStringLiteral("softplus")
                                   << 4;
    QTest::newRow("leaky slopes") << int(SpecialView::LeakySlopes) << QStringLiteral("leaky_relu")
                                  << 4;
}

void TestExplorer::specialViews()
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
        for (const QCPGraphData &p : *explorer.plot()->overlayGraph(1, ActivationPlot::Curve::F)
                                          ->data())
            largest = std::max(largest, std::abs(p.value));
        QVERIFY2(largest > 1e-5 && largest < 1e-3, qPrintable(QString::number(largest)));
        QCOMPARE(explorer.plot()->overlayGraph(1, ActivationPlot::Curve::F)->valueAxis(),
                 explorer.plot()->customPlot()->yAxis2);
    }
    if (static_cast<SpecialView>(view) == SpecialView::RreluBand) {
        // Training slopes lie between lower and upper: every dot at x < 0 is inside the band.
        const double lower = explorer.parameterPanel()->value(QStringLiteral("lower"));
        const double upper = explorer.parameterPanel()->value(QStringLiteral("upper"));
        for (const QCPGraphData &p : *explorer.plot()->overlayGraph(0, ActivationPlot::Curve::F)
                                          ->data()) {
            if (p.key < 0)
                QVERIFY(p.value <= lower * p.key + 1e-12 && p.value >= upper * p.key - 1e-12);
        }
    }
}

void TestExplorer::animatorSweeps()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("elu"));
    ParameterAnimator *animator = explorer.animator();
    animator->setRange(0.5, 1.5);
    for (int i = 0; i < ParameterAnimator::StepsPerSweep / 2; ++i)
        animator->step();
    QVERIFY(isClose(explorer.plot()->activation().parameter("alpha"), 1.0, 1e-9, 1e-12));
    for (int i = 0; i < ParameterAnimator::StepsPerSweep / 2; ++i)
        animator->step();
    QVERIFY(isClose(explorer.plot()->activation().parameter("alpha"), 1.5, 1e-9, 1e-12));
    animator->step(); // the triangle wave turns back
    QVERIFY(explorer.plot()->activation().parameter("alpha") < 1.5);
}

void TestExplorer::learnPanelShowsProperties()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("relu"));
    const QString html = explorer.learnPanel()->html();
    QVERIFY(html.contains(QStringLiteral("Range")));
    QVERIFY(html.contains(QStringLiteral("Dead-unit risk")));
    QVERIFY(html.contains(QStringLiteral("torch.nn.ReLU")));
}

void TestExplorer::typedXRange()
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

void TestExplorer::csvHasOneColumnPerCurve()
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

void TestExplorer::presentationMode()
{
    QSettings store;
    Settings settings(store);
    MainWindow window(settings);
    window.resize(1024, 768);
    const qreal normalFont = QApplication::font().pointSizeF();
    const Theme::Kind before = window.themeKind();
    QVERIFY(window.explorer()->findChild<QDockWidget *>(QStringLiteral("learnDock"))
                ->isVisibleTo(window.explorer()));
    window.setPresentationMode(true);
    QVERIFY(window.isPresentationMode());
    QCOMPARE(window.themeKind(), Theme::Kind::HighContrast);
    QVERIFY(QApplication::font().pointSizeF() > normalFont);
    for (QDockWidget *dock : window.explorer()->findChildren<QDockWidget *>())
        QVERIFY(!dock->isVisibleTo(window.explorer()));
    QCOMPARE(window.explorer()->plot()->theme().lineScale, 2.0);
    window.setPresentationMode(false);
    QCOMPARE(window.themeKind(), before);
    QVERIFY(qAbs(QApplication::font().pointSizeF() - normalFont) < 1e-9);
}

void TestExplorer::parameterStepResamplesOnlyMainCurve()
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
    QVERIFY(isClose(explorer.plot()->overlayGraph(5, ActivationPlot::Curve::F)
                      ->data()->constBegin()->key, -3.0, 1e-12, 1e-12));
}

void TestExplorer::overlayChangeResamplesOnlyThatOverlay()
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

void TestExplorer::sidePanelsFit_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const char *id : {"elu", "hardtanh", "rrelu", "softplus"}) {
        for (const char *language : {"en", "zh_CN", "zh_TW"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(id),
                                                                  QLatin1String(language))))
                << QString::fromLatin1(id) << QString::fromLatin1(language);
        }
    }
}

void TestExplorer::sidePanelsFit()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    LanguageManager::instance()->setLanguage(language);
    const QString from = QCoreApplication::translate("ReluLab::ParameterAnimator", "From");
    QCOMPARE(from == QStringLiteral("From"), language == QStringLiteral("en"));
    QSettings store;
    Settings settings(store);
    MainWindow window(settings);
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.explorer()->selectActivation(id);
    QApplication::processEvents();
    for (const char *dockName : {"parametersDock", "compareDock"}) {
        auto *dock = window.explorer()->findChild<QDockWidget *>(QLatin1String(dockName));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        QApplication::processEvents();
        auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
        const QWidget *viewport = scroll ? scroll->viewport() : dock->widget();
        const QWidget *content = scroll ? scroll->widget() : dock->widget();
        QVERIFY2(dock->width() < 1024 / 2, qPrintable(QString::number(dock->width())));
        QCOMPARE(clippedControl(content, viewport), QString());
    }
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"

using ReluLab::Testing::isClose;
