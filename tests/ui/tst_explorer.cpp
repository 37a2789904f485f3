// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "core/activation.h"
#include "io/languagemanager.h"
#include "ui/explorer/activationlist.h"
#include "ui/explorer/activationplot.h"
#include "ui/explorer/curvegraph.h"
#include "ui/explorer/explorerwidget.h"
#include "ui/explorer/learnpanel.h"
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

using ReluLab::Testing::isClose;

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
    void listOpensAtTheFamilyHeading_data();
    void listOpensAtTheFamilyHeading();
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
    void legendFitsAndViewFollows();
    void legendFollowsLanguage();
    void animatorDefaultRangeIsVisible_data();
    void animatorDefaultRangeIsVisible();
    void learnPanelFollowsAnimation();
    void discontinuitiesDrawnAsMathematics_data();
    void discontinuitiesDrawnAsMathematics();
};

void TestExplorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExplorer::choosingActivation_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id :
         {"relu", "leaky_relu", "elu", "gelu", "sigmoid", "softplus", "hardswish", "mish"})
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
                          ActivationPlot::Curve::F),
             QString());
    QCOMPARE(compareGraph(plot->mainGraph(ActivationPlot::Curve::Df), reference,
                          ActivationPlot::Curve::Df),
             QString());
    QCOMPARE(compareGraph(plot->mainGraph(ActivationPlot::Curve::D2f), reference,
                          ActivationPlot::Curve::D2f),
             QString());
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
                          ActivationPlot::Curve::F),
             QString());
    QCOMPARE(compareGraph(explorer.plot()->mainGraph(ActivationPlot::Curve::Df), reference,
                          ActivationPlot::Curve::Df),
             QString());
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
                          ActivationPlot::Curve::F),
             QString());
}

void TestExplorer::addingOverlay()
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

void TestExplorer::listOpensAtTheFamilyHeading_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("family");
    for (const QString &language : LanguageManager::availableLanguages()) {
        QTest::addRow("%s/relu", qPrintable(language)) << language << QStringLiteral("relu") << 0;
        QTest::addRow("%s/elu", qPrintable(language)) << language << QStringLiteral("elu") << 1;
    }
}

// The activation chosen before the list is shown (as at start-up) appears under its family's
// heading: the heading is inside the viewport, not scrolled off above it.
void TestExplorer::listOpensAtTheFamilyHeading()
{
    QFETCH(QString, language);
    QFETCH(QString, id);
    QFETCH(int, family);
    LanguageManager::instance()->setLanguage(language);
    ActivationList list;
    list.setCurrentActivation(id);
    list.resize(240, 220);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    auto *tree = list.findChild<QTreeWidget *>(QStringLiteral("activationTree"));
    QVERIFY(tree);
    const QRect heading = tree->visualItemRect(tree->topLevelItem(family));
    const QRect item = tree->visualItemRect(tree->currentItem());
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), id);
    QVERIFY2(heading.top() >= 0 && heading.bottom() <= tree->viewport()->height(),
             qPrintable(QStringLiteral("heading at %1").arg(heading.top())));
    QVERIFY(item.top() >= 0 && item.bottom() <= tree->viewport()->height());
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
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
    QTest::newRow("gelu approximation")
        << int(SpecialView::GeluApproximation) << QStringLiteral("gelu") << 2;
    QTest::newRow("softplus beta")
        << int(SpecialView::SoftplusBeta) << QStringLiteral("softplus") << 4;
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
    QVERIFY(window.explorer()
                ->findChild<QDockWidget *>(QStringLiteral("learnDock"))
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
    QVERIFY(isClose(
        explorer.plot()->overlayGraph(5, ActivationPlot::Curve::F)->data()->constBegin()->key, -3.0,
        1e-12, 1e-12));
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
            QTest::newRow(qPrintable(
                QStringLiteral("%1, %2").arg(QLatin1String(id), QLatin1String(language))))
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

// A runtime language switch renames the legend's curves and leaves its font as it was.
void TestExplorer::legendFollowsLanguage()
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
void TestExplorer::legendFitsAndViewFollows()
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

void TestExplorer::animatorDefaultRangeIsVisible_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parameter");
    for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
        for (const Core::ParameterSpec &spec : info.parameters) {
            if (spec.kind != Core::ParameterKind::Real)
                continue;
            QTest::addRow("%s %s", info.id.c_str(), spec.name.c_str())
                << QString::fromStdString(info.id) << QString::fromStdString(spec.name);
        }
    }
}

// The animator's first sweep, from the default value to its default end, moves f somewhere in
// the default view by a visible amount: at least 0.05 (a pixel or more at 1024 × 768).
void TestExplorer::animatorDefaultRangeIsVisible()
{
    QFETCH(QString, id);
    QFETCH(QString, parameter);
    ExplorerWidget explorer;
    explorer.selectActivation(id);
    auto *choice = explorer.animator()->findChild<QComboBox *>(QStringLiteral("animateParameter"));
    auto *from = explorer.animator()->findChild<QDoubleSpinBox *>(QStringLiteral("animateFrom"));
    auto *to = explorer.animator()->findChild<QDoubleSpinBox *>(QStringLiteral("animateTo"));
    QVERIFY(choice && from && to);
    choice->setCurrentIndex(-1);
    choice->setCurrentIndex(choice->findText(parameter));
    QCOMPARE(choice->currentText(), parameter);
    std::map<std::string, double> start = explorer.parameterPanel()->values();
    std::map<std::string, double> end = start;
    start[parameter.toStdString()] = from->value();
    end[parameter.toStdString()] = to->value();
    const Core::Expected<Core::Activation> a = Core::Activation::create(id.toStdString(), start);
    const Core::Expected<Core::Activation> b = Core::Activation::create(id.toStdString(), end);
    QVERIFY(a && b);
    double change = 0.0;
    for (int i = 0; i <= 200; ++i) {
        const double x = -5.0 + 0.05 * i;
        const double d = std::abs(b->value(x) - a->value(x));
        if (std::isfinite(d))
            change = std::max(change, d);
    }
    QVERIFY2(change >= 0.05, qPrintable(QStringLiteral("%1 → %2 moves f by %3 at most")
                                            .arg(from->value())
                                            .arg(to->value())
                                            .arg(change)));
}

// While the animator plays, the Learn panel describes the current parameters (f′(0) of leaky
// ReLU is its slope), not the value the sweep started from.
void TestExplorer::learnPanelFollowsAnimation()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("leaky_relu"));
    explorer.parameterPanel()->setValue(QStringLiteral("negative_slope"), 0.82);
    QTRY_VERIFY(isClose(explorer.learnPanel()->activation().parameter("negative_slope"), 0.82,
                        1e-12, 1e-12));
    ParameterAnimator *animator = explorer.animator();
    animator->setRange(0.82, 0.018);
    animator->setSecondsPerSweep(1.0);
    animator->setPlaying(true);
    QTRY_VERIFY_WITH_TIMEOUT(explorer.plot()->activation().parameter("negative_slope") < 0.4, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(explorer.learnPanel()->activation().parameter("negative_slope") < 0.6,
                             3000);
    QVERIFY(animator->isPlaying()); // followed during the sweep, not only after it
    animator->setPlaying(false);
    QTRY_COMPARE(explorer.learnPanel()->activation().parameterValues(),
                 explorer.plot()->activation().parameterValues());
}

void TestExplorer::discontinuitiesDrawnAsMathematics_data()
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

void TestExplorer::discontinuitiesDrawnAsMathematics()
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

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
