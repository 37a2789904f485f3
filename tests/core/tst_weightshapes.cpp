// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/network/weightshapes.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace ReluLab::Core;

class TestWeightShapes : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void chainWithoutNetwork_data();
    void chainWithoutNetwork();
};

namespace {

LayerWeights layer(int out, int in, std::size_t slopes = 0)
{
    LayerWeights w;
    w.weight = Eigen::MatrixXd::Constant(out, in, 0.5);
    w.bias = Eigen::VectorXd::Zero(out);
    w.preluSlopes.assign(slopes, 0.25);
    return w;
}

/// 2 inputs -> 3 (prelu, per unit) -> 4 (relu) -> 1 output.
NetworkConfig network()
{
    NetworkConfig n;
    n.hidden = {3, 4};
    n.activations = {LayerActivation{"prelu", {}}, LayerActivation{"relu", {}}};
    n.preluMode = PreluMode::PerUnit;
    return n;
}

std::vector<LayerWeights> fitting()
{
    return {layer(3, 2, 3), layer(4, 3), layer(1, 4)};
}

} // namespace

// Against a network and its data: each mismatch is named by one code, at one layer and part.
void TestWeightShapes::shapes_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("part");

    QTest::newRow("fits") << 0 << QString() << QString() << QString();
    QTest::newRow("layer_count") << 1 << QStringLiteral("weight_layer_count") << QString()
                                 << QString();
    QTest::newRow("hidden_width") << 2 << QStringLiteral("weight_shape") << QStringLiteral("2")
                                  << QStringLiteral("weight");
    QTest::newRow("data_inputs") << 3 << QStringLiteral("weight_shape") << QStringLiteral("1")
                                 << QStringLiteral("weight");
    QTest::newRow("data_outputs") << 4 << QStringLiteral("weight_shape") << QStringLiteral("3")
                                  << QStringLiteral("weight");
    QTest::newRow("bias") << 5 << QStringLiteral("bias_shape") << QStringLiteral("2")
                          << QStringLiteral("bias");
    QTest::newRow("slopes_not_prelu") << 6 << QStringLiteral("prelu_slopes_not_prelu")
                                      << QStringLiteral("2") << QStringLiteral("prelu_slopes");
    QTest::newRow("slope_count_mode") << 7 << QStringLiteral("prelu_slope_count")
                                      << QStringLiteral("1") << QStringLiteral("prelu_slopes");
    QTest::newRow("not_finite") << 8 << QStringLiteral("weights_not_finite") << QStringLiteral("3")
                                << QStringLiteral("weight");
}

void TestWeightShapes::shapes()
{
    QFETCH(int, change);
    QFETCH(QString, code);
    QFETCH(QString, layer);
    QFETCH(QString, part);
    const NetworkConfig n = network();
    std::vector<LayerWeights> weights = fitting();
    switch (change) {
    case 1:
        weights.pop_back();
        break;
    case 2: // 5 units where 4 are configured (and the output takes 5 inputs to match)
        weights[1] = ::layer(5, 3);
        weights[2] = ::layer(1, 5);
        break;
    case 3:
        weights[0] = ::layer(3, 5, 3);
        break;
    case 4:
        weights[2] = ::layer(2, 4);
        break;
    case 5:
        weights[1].bias = Eigen::VectorXd::Zero(3);
        break;
    case 6:
        weights[1].preluSlopes = {0.1};
        break;
    case 7: // per-unit mode wants 3 slopes
        weights[0].preluSlopes = {0.1};
        break;
    case 8:
        weights[2].weight(0, 1) = std::numeric_limits<double>::quiet_NaN();
        break;
    default:
        break;
    }
    WeightShapeSpec spec;
    spec.network = &n;
    spec.inputs = 2;
    spec.outputs = 1;
    const Status status = checkWeightShapes(weights, spec);
    QCOMPARE(bool(status), code.isEmpty());
    if (status)
        return;
    QCOMPARE(QString::fromStdString(status.error().code), code);
    QCOMPARE(QString::fromStdString(status.error().arg("layer")), layer);
    QCOMPARE(QString::fromStdString(status.error().arg("part")), part);
}

// Weights read on their own (--init-weights): only the chain between layers is known.
void TestWeightShapes::chainWithoutNetwork_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fits") << 0 << QString() << QString();
    QTest::newRow("broken_chain") << 1 << QStringLiteral("weight_shape") << QStringLiteral("3");
    QTest::newRow("one_slope") << 2 << QString() << QString();
    QTest::newRow("slope_per_unit") << 3 << QString() << QString();
    QTest::newRow("two_slopes_for_three")
        << 4 << QStringLiteral("prelu_slope_count") << QStringLiteral("3");
    QTest::newRow("slopes_on_output")
        << 5 << QStringLiteral("prelu_slope_count") << QStringLiteral("0");
}

void TestWeightShapes::chainWithoutNetwork()
{
    QFETCH(int, change);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    std::vector<LayerWeights> weights = {layer(3, 2), layer(1, 3)};
    if (change == 1)
        weights[1] = layer(1, 4);
    else if (change == 2)
        weights[0].preluSlopes = {0.2};
    else if (change == 3)
        weights[0].preluSlopes = {0.2, 0.2, 0.2};
    else if (change == 4)
        weights[0].preluSlopes = {0.2, 0.2};
    else if (change == 5)
        weights[1].preluSlopes = {0.2};
    const Status status = checkWeightShapes(weights, WeightShapeSpec{});
    QCOMPARE(bool(status), code.isEmpty());
    if (status)
        return;
    QCOMPARE(QString::fromStdString(status.error().code), code);
    const char *key = code == QLatin1String("weight_shape") ? "expectedCols" : "expected";
    QCOMPARE(QString::fromStdString(status.error().arg(key)), expected);
}

QTEST_APPLESS_MAIN(TestWeightShapes)
#include "tst_weightshapes.moc"
