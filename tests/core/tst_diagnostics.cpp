// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "core/network/trainer.h"
#include "core/random.h"

#include "core/handnetwork.h"

#include <QTest>

#include <cmath>

using ReluLab::Testing::isClose;

using namespace ReluLab::Core;

// Diagnostics on hand-built networks whose answers are known, and the "about half of the ReLU
// units are active at initialisation" fact (scenarios.md §1).
class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void handBuiltCounts_data();
    void handBuiltCounts();
    void networkDead();
    void halfActiveAtInitialisation_data();
    void halfActiveAtInitialisation();
    void histogramAndGrid();
    void bornDeadFractionOfDeepNarrowNetworks();
};

namespace {

// One input feature, samples x = −1, 1, 2 with labels 0, 1, 1.
DataSplit line()
{
    return Testing::lineData({-1.0, 1.0, 2.0}, {0, 1, 1});
}

// A 1-3-2 network: unit 0 is z = x (zero on the one negative sample), unit 1 is z = −1 (dead,
// inactive everywhere), unit 2 is z = 1 (always active).
std::vector<LayerWeights> handWeights()
{
    return Testing::oneInputNetwork({1.0, 0.0, 0.0}, {0.0, -1.0, 1.0});
}

Expected<Trainer> handTrainer(const std::string &activation)
{
    return Testing::handTrainer(activation, line(), handWeights());
}

} // namespace

void TestDiagnostics::handBuiltCounts_data()
{
    QTest::addColumn<QString>("activation");
    QTest::addColumn<double>("sparsity");
    QTest::addColumn<int>("dead");
    QTest::addColumn<int>("inactive");

    // relu: zeros are unit 0 on x = −1 and unit 1 on all three samples: 4 of 9.
    QTest::newRow("relu") << QStringLiteral("relu") << 4.0 / 9.0 << 1 << 1;
    // leaky_relu never outputs exactly 0 here: no dead unit, but unit 1 is inactive everywhere.
    QTest::newRow("leaky_relu") << QStringLiteral("leaky_relu") << 0.0 << 0 << 1;
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid") << 0.0 << 0 << 1;
}

void TestDiagnostics::handBuiltCounts()
{
    QFETCH(QString, activation);
    QFETCH(double, sparsity);
    QFETCH(int, dead);
    QFETCH(int, inactive);
    Expected<Trainer> trainer = handTrainer(activation.toStdString());
    QVERIFY(trainer);
    const Diagnostics d = trainer->evaluate();
    QCOMPARE(d.layers.size(), std::size_t(1));
    QVERIFY(isClose(d.layers[0].sparsity, sparsity, 1e-12, 1e-12));
    QCOMPARE(d.layers[0].deadUnits, dead);
    QCOMPARE(d.layers[0].inactiveUnits, inactive);
    QCOMPARE(d.layers[0].inactive, (std::vector<bool>{false, true, false}));
    QVERIFY(!d.networkDead);
    QCOMPARE(d.gradientNorms.size(), std::size_t(2));
    // Born-dead figures follow setWeights before the first step.
    QCOMPARE(trainer->initialDiagnostics().layers[0].deadUnits, dead);
    QVERIFY(std::isnan(d.testLoss) && std::isnan(d.testAccuracy));

    // Only the output layer's bias gets a gradient through the dead relu unit... and the dead
    // unit's own incoming weight gets none: check dL/dW₁ for relu by hand. With equal outputs
    // the softmax is (½, ½), dL/dY = (½ − onehot)/3, and dL/dW₁(u) = Σ_j δ_u,j x_j with
    // δ_u,j = f′(z_uj) · Σ_i W₂(i, u) dY(i, j) = 0 because W₂'s columns are equal: the norm is 0.
    QVERIFY(isClose(d.gradientNorms[0], 0.0, 1e-15, 0));
}

void TestDiagnostics::networkDead()
{
    Expected<Trainer> trainer = handTrainer("relu");
    QVERIFY(trainer);
    std::vector<LayerWeights> weights = handWeights();
    weights[0].bias << -5.0, -1.0, -1.0; // z ≤ −3 for every sample: every unit dead
    QVERIFY(trainer->setWeights(weights));
    const Diagnostics d = trainer->evaluate();
    QCOMPARE(d.layers[0].deadUnits, 3);
    QVERIFY(d.layers[0].allZero);
    QVERIFY(d.networkDead);
    QVERIFY(trainer->initialDiagnostics().networkDead);
    QVERIFY(isClose(d.layers[0].sparsity, 1.0, 1e-12, 1e-12));
}

void TestDiagnostics::halfActiveAtInitialisation_data()
{
    QTest::addColumn<int>("init");
    QTest::newRow("he_normal") << int(InitScheme::HeNormal);
    QTest::newRow("xavier_uniform") << int(InitScheme::XavierUniform);
    QTest::newRow("orthogonal") << int(InitScheme::Orthogonal);
}

// With zero biases and symmetric weights, each ReLU unit is zero on about half the inputs:
// layer 1 exactly so in expectation on centred data, deeper layers within a few percent.
void TestDiagnostics::halfActiveAtInitialisation()
{
    QFETCH(int, init);
    Rng rng(2024);
    DataSplit data;
    data.train.classCount = 2;
    data.train.inputs.resize(2, 400);
    for (Eigen::Index j = 0; j < 400; ++j) {
        data.train.inputs(0, j) = rng.normal();
        data.train.inputs(1, j) = rng.normal();
        data.train.labels.push_back(int(j % 2));
    }
    double layer1 = 0.0;
    double layer2 = 0.0;
    const int seeds = 8;
    for (int seed = 1; seed <= seeds; ++seed) {
        TrainingConfig config;
        config.network.hidden = {64, 64};
        config.network.init = InitScheme(init);
        config.seed = std::uint64_t(seed);
        Expected<Trainer> trainer = Trainer::create(config, data);
        QVERIFY(trainer);
        layer1 += trainer->initialDiagnostics().layers[0].sparsity / seeds;
        layer2 += trainer->initialDiagnostics().layers[1].sparsity / seeds;
    }
    QVERIFY2(std::abs(layer1 - 0.5) < 0.05, qPrintable(QString::number(layer1)));
    QVERIFY2(std::abs(layer2 - 0.5) < 0.08, qPrintable(QString::number(layer2)));
}

void TestDiagnostics::histogramAndGrid()
{
    Expected<Trainer> trainer = handTrainer("relu");
    QVERIFY(trainer);
    // Pre-activations: unit 0: −1, 1, 2; unit 1: −1 ×3; unit 2: 1 ×3.
    const Histogram h = trainer->preActivationHistogram(0, 3, -1.5, 1.5);
    QCOMPARE(h.counts, (std::vector<std::int64_t>{4, 0, 4}));
    QCOMPARE(h.above, std::int64_t(1));
    QCOMPARE(h.below, std::int64_t(0));

    GridSpec grid;
    grid.xMin = -2.0;
    grid.xMax = 2.0;
    grid.columns = 5;
    grid.rows = 2;
    const Eigen::MatrixXd tile = trainer->unitOverGrid(0, 0, grid); // relu(x)
    QCOMPARE(tile.rows(), Eigen::Index(2));
    QCOMPARE(tile.cols(), Eigen::Index(5));
    for (int j = 0; j < 5; ++j)
        QVERIFY(isClose(tile(1, j), std::max(0.0, -2.0 + j), 1e-12, 1e-12));
    const Eigen::MatrixXd probabilities = trainer->unitOverGrid(1, 1, grid);
    QVERIFY(
        isClose(probabilities(0, 0), 0.5, 1e-12, 1e-12)); // equal output weights: both classes ½
}

// 2-D input, ten hidden layers of width 2 with He init: most networks are born dead
// (scenarios.md §4 reports ≈ 89 %); with width 16 essentially none are.
void TestDiagnostics::bornDeadFractionOfDeepNarrowNetworks()
{
    Rng rng(8);
    DataSplit data;
    data.train.classCount = 2;
    data.train.inputs.resize(2, 100);
    for (Eigen::Index j = 0; j < 100; ++j) {
        data.train.inputs(0, j) = rng.normal();
        data.train.inputs(1, j) = rng.normal();
        data.train.labels.push_back(int(j % 2));
    }
    TrainingConfig config;
    config.network.hidden.assign(10, 2);
    Expected<double> narrow = bornDeadFraction(config, data, 60);
    QVERIFY(narrow);
    QVERIFY2(*narrow > 0.6, qPrintable(QString::number(*narrow)));
    config.network.hidden.assign(10, 16);
    Expected<double> wide = bornDeadFraction(config, data, 20);
    QVERIFY(wide);
    QVERIFY2(*wide < 0.1, qPrintable(QString::number(*wide)));
}

QTEST_APPLESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
