// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The lab's per-layer charts never show a misleading figure: a zero gradient norm is drawn as
// 0, not as 10⁻¹²; f′ has its own axis beside f; the 70–85 % sparsity band stands only behind
// layers that can output exact zeros and says on hover what it is; a scenario opens the
// per-layer views on the layer it is about.
#include "io/scenariofile.h"
#include "ui/networklab/gradientview.h"
#include "ui/networklab/histogramview.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/sparsityview.h"
#include "ui/networklab/trainingcontroller.h"
#include "ui/networklab/trainingsnapshot.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using namespace ReluLab;

namespace {

TrainingSnapshot snapshotOf(const std::vector<Core::LayerActivation> &activations)
{
    TrainingSnapshot snapshot;
    for (const Core::LayerActivation &activation : activations) {
        Core::LayerDiagnostics layer;
        layer.units = 4;
        layer.sparsity = activation.id == "relu" ? 0.5 : 0.0;
        snapshot.diagnostics.layers.push_back(layer);
        snapshot.activations.push_back(activation);
    }
    snapshot.diagnostics.gradientNorms.assign(activations.size() + 1, 0.01);
    snapshot.initial = snapshot.diagnostics;
    snapshot.histogram.minimum = -2.0;
    snapshot.histogram.maximum = 2.0;
    snapshot.histogram.counts = {1, 4, 9, 4, 1};
    return snapshot;
}

Core::LayerActivation named(const char *id)
{
    return Core::LayerActivation{id, {}};
}

QCPGraph *graphNamed(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name() == name)
            return plot->graph(i);
    }
    return nullptr;
}

} // namespace

class TestLabCharts final : public QObject
{
    Q_OBJECT

private slots:
    void zeroGradientIsDrawnAsZero_data()
    {
        QTest::addColumn<std::vector<double>>("norms");
        QTest::addColumn<int>("zeros");
        QTest::newRow("layer 1 without gradient") << std::vector<double>{0.0, 1e-3, 1e-2} << 1;
        QTest::newRow("two layers without gradient") << std::vector<double>{0.0, 0.0, 0.5} << 2;
        QTest::newRow("every layer has a gradient") << std::vector<double>{1e-4, 1e-3, 1e-2} << 0;
    }

    void zeroGradientIsDrawnAsZero()
    {
        QFETCH(std::vector<double>, norms);
        QFETCH(int, zeros);
        GradientView view;
        view.resize(500, 400);
        TrainingSnapshot snapshot = snapshotOf({named("relu"), named("relu")});
        snapshot.diagnostics.gradientNorms = norms;
        snapshot.initial.gradientNorms = {1e-4, 1e-3, 1e-2};
        view.showSnapshot(snapshot);
        // The axis spans the positive norms, not down to an invented floor of 10⁻¹².
        QVERIFY2(view.yAxis->range().lower > 1e-6,
                 qPrintable(QString::number(view.yAxis->range().lower)));
        QVERIFY(view.zeroFloor() > view.yAxis->range().lower);
        QVERIFY(view.zeroFloor() < 1e-4);
        // The floor is a tick of its own, labelled "0", while some norm is zero.
        view.replot();
        const QVector<double> ticks = view.yAxis->tickVector();
        const QVector<QString> labels = view.yAxis->tickVectorLabels();
        QCOMPARE(labels.contains(QStringLiteral("0")), zeros > 0);
        if (zeros > 0)
            QCOMPARE(ticks.at(labels.indexOf(QStringLiteral("0"))), view.zeroFloor());
        QCOMPARE(view.zeroMarks()->dataCount(), zeros);
        for (auto it = view.zeroMarks()->data()->constBegin();
             it != view.zeroMarks()->data()->constEnd(); ++it) {
            QCOMPARE(it->value, view.zeroFloor());
            QCOMPARE(norms[size_t(it->key - 1)], 0.0);
        }
        // The solid line goes down to the floor too, never below the visible axis.
        QCPGraph *now = view.graph(1);
        for (auto it = now->data()->constBegin(); it != now->data()->constEnd(); ++it)
            QVERIFY(view.yAxis->range().contains(it->value));
    }

    void derivativeHasItsOwnAxis()
    {
        HistogramView view;
        TrainingSnapshot snapshot = snapshotOf({named("relu")});
        // Pre-activations up to 300: f reaches 300, f′ is 0 or 1.
        snapshot.histogram.minimum = -300.0;
        snapshot.histogram.maximum = 300.0;
        view.showSnapshot(snapshot);
        QCPGraph *function = graphNamed(view.plot(), QStringLiteral("f(z)"));
        QCPGraph *derivative = graphNamed(view.plot(), QStringLiteral("f′(z)"));
        QVERIFY(function && derivative);
        QCOMPARE(derivative->valueAxis(), view.derivativeAxis());
        QVERIFY(function->valueAxis() != view.derivativeAxis());
        QCOMPARE(view.derivativeAxis()->axisType(), QCPAxis::atRight);
        QVERIFY(view.derivativeAxis()->visible());
        QCOMPARE(view.derivativeAxis()->label(), QStringLiteral("f′(z)"));
        // f′ = 1 stands in the upper part of its axis instead of flat on the floor.
        const QCPRange range = view.derivativeAxis()->range();
        QVERIFY(range.contains(0.0) && range.contains(1.0));
        QVERIFY2(range.size() < 2.0, qPrintable(QString::number(range.size())));
        QVERIFY(function->valueAxis()->range().contains(300.0));
    }

    void bandOnlyWhereZerosArePossible_data()
    {
        QTest::addColumn<std::vector<Core::LayerActivation>>("activations");
        QTest::addColumn<std::vector<int>>("band");
        QTest::newRow("relu, leaky, relu6")
            << std::vector<Core::LayerActivation>{named("relu"), named("leaky_relu"),
                                                  named("relu6")}
            << std::vector<int>{0, 2};
        QTest::newRow("tanh, elu")
            << std::vector<Core::LayerActivation>{named("tanh"), named("elu")}
            << std::vector<int>{};
        QTest::newRow("hardswish, hardsigmoid")
            << std::vector<Core::LayerActivation>{named("hardswish"), named("hardsigmoid")}
            << std::vector<int>{0, 1};
        QTest::newRow("leaky relu with slope 0")
            << std::vector<Core::LayerActivation>{{"leaky_relu", {{"negative_slope", 0.0}}}}
            << std::vector<int>{0};
    }

    void bandOnlyWhereZerosArePossible()
    {
        QFETCH(std::vector<Core::LayerActivation>, activations);
        QFETCH(std::vector<int>, band);
        SparsityView view;
        view.resize(500, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showSnapshot(snapshotOf(activations));
        QCOMPARE(view.bandLayers(), band);
        QCustomPlot *plot = view.barsPlot();
        int rects = 0;
        for (int i = 0; i < plot->itemCount(); ++i)
            rects += qobject_cast<QCPItemRect *>(plot->item(i)) ? 1 : 0;
        QCOMPARE(rects > 0, !band.empty());
        if (band.empty())
            return;
        // Hovering over the band explains it.
        plot->replot();
        const QPoint inside(int(plot->xAxis->coordToPixel(band.front() + 1.0)),
                            int(plot->yAxis->coordToPixel(77.0)));
        QHelpEvent help(QEvent::ToolTip, inside, plot->mapToGlobal(inside));
        QApplication::sendEvent(plot, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), view.bandToolTip());
        QVERIFY(view.bandToolTip().contains(QStringLiteral("85")));
        QToolTip::hideText();
    }

    // In high contrast's large type on a narrow column the band's caption shrinks to fit its
    // one line instead of losing both ends ("0–85 %: Glorot et al. 201").
    void bandCaptionFitsANarrowChart()
    {
        SparsityView view;
        view.setTheme(Theme::forKind(Theme::Kind::HighContrast));
        view.resize(240, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showSnapshot(snapshotOf({named("relu"), named("relu")}));
        QCustomPlot *plot = view.barsPlot();
        QCPTextElement *caption = nullptr;
        for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
            if (auto *text = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
                caption = text;
        }
        QVERIFY(caption);
        QVERIFY(caption->text().contains(QStringLiteral("Glorot")));
        QTRY_VERIFY2(QFontMetrics(caption->font()).horizontalAdvance(caption->text())
                         <= plot->width(),
                     qPrintable(
                         QStringLiteral("%1 px of caption in a %2 px chart")
                             .arg(QFontMetrics(caption->font()).horizontalAdvance(caption->text()))
                             .arg(plot->width())));
    }

    // A scenario opens the pre-activation view on the layer its explanation is about.
    void scenarioOpensOnItsLayer()
    {
        const Scenario *negativeBias = nullptr;
        for (const Scenario &scenario : ScenarioFile::bundled()) {
            if (scenario.id == QLatin1String("negative_bias"))
                negativeBias = &scenario;
        }
        QVERIFY(negativeBias);
        QCOMPARE(negativeBias->focusLayer, 2);
        NetworkLabWorkspace lab;
        QVERIFY(lab.chooseScenario(QStringLiteral("negative_bias")));
        QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->hasSnapshot()
                                     && lab.controller()->lastSnapshot().histogramLayer == 1,
                                 5000);
        QTRY_COMPARE(lab.histogramView()->layer(), 1);
        QVERIFY(lab.chooseScenario(QStringLiteral("half_active")));
        QTRY_VERIFY_WITH_TIMEOUT(lab.controller()->lastSnapshot().histogramLayer == 0, 5000);
    }
};

QTEST_MAIN(TestLabCharts)
#include "tst_labcharts.moc"
