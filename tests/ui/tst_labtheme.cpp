// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "ui/networklab/curvesview.h"
#include "ui/networklab/decisionview.h"
#include "ui/networklab/gradientview.h"
#include "ui/networklab/histogramview.h"
#include "ui/networklab/neurontilesview.h"
#include "ui/networklab/preluview.h"
#include "ui/networklab/sparsityview.h"
#include "ui/networklab/tilestrip.h"
#include "ui/networklab/trainingsnapshot.h"
#include "ui/theme.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QTest>

#include <cmath>
#include <functional>
#include <memory>

using ReluLab::Testing::isClose;

using namespace ReluLab;

namespace {

/// One view under test: the widget that owns it, the chart to inspect, and its setTheme.
struct ViewUnderTest
{
    std::unique_ptr<QWidget> owner;
    QCustomPlot *plot = nullptr;
    std::function<void(const Theme &)> setTheme;
};

TrainingSnapshot snapshotWithLayers()
{
    TrainingSnapshot snapshot;
    for (int k = 0; k < 2; ++k) {
        Core::LayerDiagnostics layer;
        layer.units = 4;
        layer.sparsity = 0.5;
        layer.deadUnits = 1;
        layer.dead = {true, false, false, false};
        layer.inactive = {true, true, false, false};
        snapshot.diagnostics.layers.push_back(layer);
        snapshot.activeFraction.push_back({0.0f, 0.0f, 0.5f, 1.0f});
        snapshot.activations.push_back(Core::LayerActivation{});
    }
    snapshot.diagnostics.gradientNorms = {0.1, 0.01, 0.001};
    snapshot.initial = snapshot.diagnostics;
    snapshot.histogram.minimum = -2.0;
    snapshot.histogram.maximum = 2.0;
    snapshot.histogram.counts = {1, 4, 9, 4, 1};
    return snapshot;
}

ViewUnderTest makeView(const QString &kind)
{
    ViewUnderTest view;
    if (kind == QLatin1String("curves")) {
        auto *curves = new CurvesView;
        view = {std::unique_ptr<QWidget>(curves), curves,
                [curves](const Theme &t) { curves->setTheme(t); }};
    } else if (kind == QLatin1String("decision")) {
        auto *decision = new DecisionView;
        view = {std::unique_ptr<QWidget>(decision), decision,
                [decision](const Theme &t) { decision->setTheme(t); }};
    } else if (kind == QLatin1String("gradient")) {
        auto *gradient = new GradientView;
        gradient->showSnapshot(snapshotWithLayers());
        view = {std::unique_ptr<QWidget>(gradient), gradient,
                [gradient](const Theme &t) { gradient->setTheme(t); }};
    } else if (kind == QLatin1String("prelu")) {
        auto *prelu = new PreluView;
        view = {std::unique_ptr<QWidget>(prelu), prelu,
                [prelu](const Theme &t) { prelu->setTheme(t); }};
    } else if (kind == QLatin1String("histogram")) {
        auto *histogram = new HistogramView;
        histogram->showSnapshot(snapshotWithLayers());
        view = {std::unique_ptr<QWidget>(histogram), histogram->plot(),
                [histogram](const Theme &t) { histogram->setTheme(t); }};
    } else if (kind.startsWith(QLatin1String("sparsity"))) {
        auto *sparsity = new SparsityView;
        sparsity->showSnapshot(snapshotWithLayers());
        QCustomPlot *plot = kind.endsWith(QLatin1String("bars")) ? sparsity->barsPlot()
                                                                 : sparsity->historyPlot();
        view = {std::unique_ptr<QWidget>(sparsity), plot,
                [sparsity](const Theme &t) { sparsity->setTheme(t); }};
    }
    if (view.owner)
        view.owner->resize(480, 360);
    return view;
}

/// Pixels of `image` inside `area` within `tolerance` (per channel) of `colour`.
int countNear(const QImage &image, const QRect &area, const QColor &colour, int tolerance)
{
    int count = 0;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance
                && std::abs(c.green() - colour.green()) <= tolerance
                && std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

/// Every property the theme sets on a chart, checked against the theme; then the chart is
/// rendered and its margin must be the theme's background, with tick labels in its text colour.
void verifyPlotFollows(QCustomPlot *plot, const Theme &theme)
{
    QCOMPARE(plot->axisRect()->backgroundBrush().color(), theme.base);
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        QCOMPARE(axis->tickLabelColor(), theme.text);
        QCOMPARE(axis->labelColor(), theme.text);
        QCOMPARE(axis->basePen().color(), theme.axis);
        QCOMPARE(axis->tickPen().color(), theme.axis);
        QCOMPARE(axis->grid()->pen().color(), theme.grid);
        QCOMPARE(axis->tickLabelFont().pointSize(), theme.fontPointSize);
    }
    QCOMPARE(plot->legend->textColor(), theme.text);
    QCOMPARE(plot->legend->brush().color().rgb(), theme.base.rgb());

    const QImage image = plot->toPixmap(480, 360, 1.0).toImage();
    QCOMPARE(image.pixelColor(1, 1).rgb(), theme.base.rgb());
    // The left margin holds only the y tick labels and the y axis label on the background.
    const QRect leftMargin(0, 0, plot->axisRect()->left() - 2, image.height());
    QVERIFY2(countNear(image, leftMargin, theme.text, 24) > 0,
             "no tick label pixel in the theme's text colour");
}

} // namespace

class TestLabTheme : public QObject
{
    Q_OBJECT

private slots:
    void plotFollowsTheme_data();
    void plotFollowsTheme();
    void linesScaleWithTheme_data();
    void linesScaleWithTheme();
    void functionInkIsTextColour();
    void selectionIsReadable_data();
    void selectionIsReadable();
    void tilesFollowTheme();
};

void TestLabTheme::plotFollowsTheme_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("curves") << QStringLiteral("curves");
    QTest::newRow("decision map") << QStringLiteral("decision");
    QTest::newRow("gradient norms") << QStringLiteral("gradient");
    QTest::newRow("prelu slopes") << QStringLiteral("prelu");
    QTest::newRow("histogram") << QStringLiteral("histogram");
    QTest::newRow("sparsity bars") << QStringLiteral("sparsity bars");
    QTest::newRow("sparsity history") << QStringLiteral("sparsity history");
}

void TestLabTheme::plotFollowsTheme()
{
    QFETCH(QString, view);
    ViewUnderTest v = makeView(view);
    QVERIFY(v.plot);
    // A new view starts in the light theme.
    verifyPlotFollows(v.plot, Theme::light());
    if (QTest::currentTestFailed())
        return;
    v.setTheme(Theme::dark());
    verifyPlotFollows(v.plot, Theme::dark());
    if (QTest::currentTestFailed())
        return;
    v.setTheme(Theme::highContrast());
    verifyPlotFollows(v.plot, Theme::highContrast());
    if (QTest::currentTestFailed())
        return;
    v.setTheme(Theme::light());
    verifyPlotFollows(v.plot, Theme::light());
}

void TestLabTheme::linesScaleWithTheme_data()
{
    plotFollowsTheme_data();
}

void TestLabTheme::linesScaleWithTheme()
{
    QFETCH(QString, view);
    ViewUnderTest v = makeView(view);
    QVERIFY(v.plot);
    std::vector<double> lightWidths;
    for (int i = 0; i < v.plot->plottableCount(); ++i)
        lightWidths.push_back(v.plot->plottable(i)->pen().widthF());
    const double lightAxis = v.plot->xAxis->basePen().widthF();
    const Theme presentation = Theme::highContrast();
    v.setTheme(presentation);
    const double s = presentation.lineScale;
    QVERIFY(isClose(v.plot->xAxis->basePen().widthF(), s * lightAxis, 1e-12, 1e-12));
    int scaled = 0;
    for (int i = 0; i < v.plot->plottableCount(); ++i) {
        // A colour map has no outline: its pen is never drawn.
        if (qobject_cast<QCPColorMap *>(v.plot->plottable(i)))
            continue;
        const QPen pen = v.plot->plottable(i)->pen();
        if (pen.style() == Qt::NoPen || lightWidths[size_t(i)] == 0.0)
            continue;
        QVERIFY2(isClose(pen.widthF(), s * lightWidths[size_t(i)], 1e-12, 1e-12),
                 qPrintable(QStringLiteral("series %1").arg(i)));
        ++scaled;
    }
    QVERIFY(scaled > 0 || v.plot->plottableCount() == 0);
}

void TestLabTheme::functionInkIsTextColour()
{
    // f(z) is drawn in the theme's ink: black on white would vanish on the dark background.
    HistogramView view;
    view.showSnapshot(snapshotWithLayers());
    const auto functionGraph = [&view]() -> QCPGraph * {
        for (int i = 0; i < view.plot()->graphCount(); ++i) {
            if (view.plot()->graph(i)->name() == QStringLiteral("f(z)"))
                return view.plot()->graph(i);
        }
        return nullptr;
    };
    QVERIFY(functionGraph());
    for (const Theme &theme : {Theme::dark(), Theme::light()}) {
        view.setTheme(theme);
        QCOMPARE(functionGraph()->pen().color(), theme.text);
    }
}

void TestLabTheme::selectionIsReadable_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("light") << int(Theme::Kind::Light);
    QTest::newRow("dark") << int(Theme::Kind::Dark);
    QTest::newRow("high contrast") << int(Theme::Kind::HighContrast);
}

// The selected item of every list (Highlight behind HighlightedText) reads at WCAG AA (4.5:1),
// in the focused and the unfocused window.
void TestLabTheme::selectionIsReadable()
{
    QFETCH(int, kind);
    applyThemeToApplication(Theme::forKind(Theme::Kind(kind)));
    const QPalette palette = QApplication::palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const double ratio = contrastRatio(palette.color(group, QPalette::Highlight),
                                           palette.color(group, QPalette::HighlightedText));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    }
    QVERIFY(isClose(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9, 0.0));
}

void TestLabTheme::tilesFollowTheme()
{
    NeuronTilesView view;
    view.resize(480, 400);
    view.showSnapshot(snapshotWithLayers());
    TileStrip *tiles = view.tileStrip(0);
    QVERIFY(tiles);
    tiles->resize(tiles->sizeHint());
    const int lightSize = tiles->minimumSizeHint().width();
    for (const Theme &theme : {Theme::dark(), Theme::highContrast(), Theme::light()}) {
        view.setTheme(theme);
        QCOMPARE(tiles->frameColor(), theme.axis);
        tiles->resize(tiles->sizeHint());
        const QImage image = tiles->grab().toImage();
        // Unit 0 is dead, unit 2 alive: both have the theme's frame on their left edge.
        const int pitch = tiles->minimumSizeHint().width();
        for (int unit : {0, 2}) {
            const QColor edge = image.pixelColor(unit * pitch, pitch / 3);
            QCOMPARE(edge.rgb(), theme.axis.rgb());
        }
        QVERIFY(isClose(double(pitch), lightSize * theme.fontPointSize / 10.0, 1.0, 0.0));
    }
}

QTEST_MAIN(TestLabTheme)

#include "tst_labtheme.moc"
