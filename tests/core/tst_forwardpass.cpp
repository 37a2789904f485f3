// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/network/trainer.h"
#include "core/random.h"

#include <QTest>

#include <atomic>

using namespace ReluLab::Core;

// Trainer::forwardPass gives every hidden layer's outputs from one forward pass; the Network Lab
// builds its tiles, activity and histogram from it. It must say exactly what the per-layer
// queries (one forward pass each) say: the same products in the same order, so the same bits.
class TestForwardPass : public QObject
{
    Q_OBJECT

private slots:
    void sameAsPerLayerQueries_data();
    void sameAsPerLayerQueries();
    void histogramOfPreActivations();
    void bornDeadCountStopsWhenCancelled();
};

namespace {

// `features` standard-normal inputs, two classes.
DataSplit gaussian(int features, Eigen::Index samples)
{
    Rng rng(5);
    DataSplit data;
    data.train.classCount = 2;
    data.train.inputs.resize(features, samples);
    for (Eigen::Index j = 0; j < samples; ++j) {
        for (int i = 0; i < features; ++i)
            data.train.inputs(i, j) = rng.normal();
        data.train.labels.push_back(int(j % 2));
    }
    return data;
}

bool identical(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && (a.array() == b.array()).all();
}

} // namespace

void TestForwardPass::sameAsPerLayerQueries_data()
{
    QTest::addColumn<QString>("activation");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("features");
    QTest::addColumn<bool>("f64");

    QTest::newRow("relu, 1 layer, f32") << QStringLiteral("relu") << 1 << 2 << false;
    QTest::newRow("relu, 10 layers, f32") << QStringLiteral("relu") << 10 << 2 << false;
    QTest::newRow("relu, 3 layers, f64") << QStringLiteral("relu") << 3 << 2 << true;
    QTest::newRow("prelu, 3 layers, f32") << QStringLiteral("prelu") << 3 << 2 << false;
    QTest::newRow("rrelu (evaluation), 3 layers") << QStringLiteral("rrelu") << 3 << 2 << false;
    QTest::newRow("elu, 3 layers, 3 features") << QStringLiteral("elu") << 3 << 3 << false;
    QTest::newRow("tanh, 1 feature") << QStringLiteral("tanh") << 2 << 1 << true;
}

void TestForwardPass::sameAsPerLayerQueries()
{
    QFETCH(QString, activation);
    QFETCH(int, depth);
    QFETCH(int, features);
    QFETCH(bool, f64);
    TrainingConfig config;
    config.network.hidden.assign(std::size_t(depth), 7);
    config.network.activations = {LayerActivation{activation.toStdString(), {}}};
    config.network.dtype = f64 ? Dtype::F64 : Dtype::F32;
    config.batchSize = 16;
    const DataSplit data = gaussian(features, 60);
    Expected<Trainer> trainer = Trainer::create(config, data);
    QVERIFY(trainer);
    QVERIFY(trainer->trainEpoch()); // trained weights, not only the initial ones

    // The training set, with pre-activations.
    const Eigen::MatrixXd &x = data.train.inputs;
    const ForwardPass pass = trainer->forwardPass(x, true);
    QCOMPARE(int(pass.outputs.size()), depth);
    QCOMPARE(int(pass.preActivations.size()), depth);
    for (int k = 0; k < depth; ++k) {
        QVERIFY2(identical(pass.outputs[std::size_t(k)], trainer->layerOutputs(k, x)),
                 qPrintable(QStringLiteral("outputs of layer %1").arg(k + 1)));
        QVERIFY2(identical(pass.preActivations[std::size_t(k)], trainer->layerPreActivations(k, x)),
                 qPrintable(QStringLiteral("pre-activations of layer %1").arg(k + 1)));
    }
    QVERIFY(identical(pass.network, trainer->predict(x)));

    // A grid (the tiles): gridInputs + one pass against layerOverGrid, layer by layer.
    GridSpec grid;
    grid.xMin = -2.5;
    grid.xMax = 2.0;
    grid.yMin = -1.0;
    grid.yMax = 3.0;
    grid.columns = 9;
    grid.rows = 5;
    const ForwardPass tiles = trainer->forwardPass(gridInputs(grid, features));
    QVERIFY(tiles.preActivations.empty());
    for (int k = 0; k < depth; ++k)
        QVERIFY2(identical(tiles.outputs[std::size_t(k)], trainer->layerOverGrid(k, grid)),
                 qPrintable(QStringLiteral("grid outputs of layer %1").arg(k + 1)));
}

void TestForwardPass::histogramOfPreActivations()
{
    TrainingConfig config;
    config.network.hidden = {5, 5};
    const DataSplit data = gaussian(2, 50);
    Expected<Trainer> trainer = Trainer::create(config, data);
    QVERIFY(trainer);
    const ForwardPass pass = trainer->forwardPass(data.train.inputs, true);
    for (int k = 0; k < 2; ++k) {
        for (const auto &[minimum, maximum] : {std::pair{0.0, 0.0}, std::pair{-0.5, 0.7}}) {
            const Histogram a = trainer->preActivationHistogram(k, 12, minimum, maximum);
            const Histogram b = histogramOf(pass.preActivations[std::size_t(k)], 12, minimum,
                                            maximum);
            QCOMPARE(b.counts, a.counts);
            QCOMPARE(b.below, a.below);
            QCOMPARE(b.above, a.above);
            QCOMPARE(b.nonFinite, a.nonFinite);
            QCOMPARE(b.minimum, a.minimum); // the same min/max scan of the same numbers
            QCOMPARE(b.maximum, a.maximum);
        }
    }
}

// The Network Lab's born-dead count runs in a pool thread; closing the window sets the flag and
// the count gives up before its next draw.
void TestForwardPass::bornDeadCountStopsWhenCancelled()
{
    TrainingConfig config;
    config.network.hidden.assign(10, 2);
    const DataSplit data = gaussian(2, 40);
    std::atomic_bool cancel{true};
    const Expected<double> cancelled = bornDeadFraction(config, data, 50, &cancel);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, std::string("cancelled"));
    QCOMPARE(cancelled.error().args.at("done"), std::string("0"));
    cancel = false;
    QVERIFY(bornDeadFraction(config, data, 5, &cancel));
}

QTEST_APPLESS_MAIN(TestForwardPass)
#include "tst_forwardpass.moc"
