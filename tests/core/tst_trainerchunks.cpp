// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The trainer passes over many samples in chunks of columns (Trainer::chunkColumns). A trainer
// cut into chunks of 7 samples (none of the sets is a multiple of 7) must give what one whole
// pass gives, up to summation order: the diagnostics, full-batch and minibatch steps (their
// gradients summed over chunks), the per-sample outputs and the histogram.
#include "closeness.h"
#include "core/limits.h"
#include "core/network/trainer.h"
#include "core/random.h"

#include <QTest>

#include <cmath>

using ReluLab::Testing::isClose;

using namespace ReluLab::Core;

class TestTrainerChunks : public QObject
{
    Q_OBJECT

private slots:
    void chunkedEqualsWhole_data();
    void chunkedEqualsWhole();
    void defaultChunkHoldsSmallSets();
    void runSizeRefused();
};

namespace {

// Two Gaussian clouds at (±1, 0), or (regression) a noisy sine of the first feature.
Dataset cloud(int samples, std::uint64_t seed, Task task)
{
    Rng rng(seed);
    Dataset data;
    data.task = task;
    data.inputs.resize(2, samples);
    if (task == Task::Classification)
        data.classCount = 2;
    else
        data.targets.resize(1, samples);
    for (int j = 0; j < samples; ++j) {
        const int label = j % 2;
        data.inputs(0, j) = (label == 0 ? -1.0 : 1.0) + 0.5 * rng.normal();
        data.inputs(1, j) = 0.5 * rng.normal();
        if (task == Task::Classification)
            data.labels.push_back(label);
        else
            data.targets(0, j) = std::sin(data.inputs(0, j)) + 0.1 * rng.normal();
    }
    return data;
}

bool close(double a, double b, double tolerance)
{
    return isClose(a, b, tolerance, tolerance);
}

// Every number of two diagnostics, to `tolerance` (counts exactly).
void compareDiagnostics(const Diagnostics &a, const Diagnostics &b, double tolerance)
{
    QVERIFY2(close(a.trainLoss, b.trainLoss, tolerance),
             qPrintable(QStringLiteral("train loss %1 vs %2").arg(a.trainLoss).arg(b.trainLoss)));
    QVERIFY(close(a.testLoss, b.testLoss, tolerance));
    QVERIFY(close(a.trainAccuracy, b.trainAccuracy, 1e-15));
    QVERIFY(close(a.testAccuracy, b.testAccuracy, 1e-15));
    QCOMPARE(a.layers.size(), b.layers.size());
    for (std::size_t k = 0; k < a.layers.size(); ++k) {
        QVERIFY(close(a.layers[k].sparsity, b.layers[k].sparsity, 1e-15));
        QVERIFY(close(a.layers[k].meanActivation, b.layers[k].meanActivation, tolerance));
        QCOMPARE(a.layers[k].dead, b.layers[k].dead);
        QCOMPARE(a.layers[k].inactive, b.layers[k].inactive);
        QCOMPARE(a.layers[k].deadUnits, b.layers[k].deadUnits);
    }
    QCOMPARE(a.gradientNorms.size(), b.gradientNorms.size());
    for (std::size_t k = 0; k < a.gradientNorms.size(); ++k)
        QVERIFY2(close(a.gradientNorms[k], b.gradientNorms[k], tolerance),
                 qPrintable(QStringLiteral("gradient norm %1: %2 vs %3")
                                .arg(k)
                                .arg(a.gradientNorms[k])
                                .arg(b.gradientNorms[k])));
}

} // namespace

void TestTrainerChunks::chunkedEqualsWhole_data()
{
    QTest::addColumn<int>("dtype");
    QTest::addColumn<int>("batch");
    QTest::addColumn<QString>("activation");
    QTest::addColumn<int>("task");
    QTest::addColumn<double>("activityL1");
    QTest::addColumn<double>("tolerance");
    const int f32 = int(Dtype::F32);
    const int f64 = int(Dtype::F64);
    const int classes = int(Task::Classification);
    const int regression = int(Task::Regression);
    QTest::newRow("f64_full_batch_relu") << f64 << 0 << "relu" << classes << 0.0 << 1e-12;
    QTest::newRow("f64_full_batch_prelu_l1") << f64 << 0 << "prelu" << classes << 1e-3 << 1e-12;
    QTest::newRow("f64_batch_50_leaky") << f64 << 50 << "leaky_relu" << classes << 0.0 << 1e-12;
    QTest::newRow("f64_regression_full") << f64 << 0 << "tanh" << regression << 0.0 << 1e-12;
    QTest::newRow("f32_full_batch_relu") << f32 << 0 << "relu" << classes << 0.0 << 1e-4;
    QTest::newRow("f32_batch_50_gelu") << f32 << 50 << "gelu" << regression << 1e-3 << 1e-4;
}

void TestTrainerChunks::chunkedEqualsWhole()
{
    QFETCH(int, dtype);
    QFETCH(int, batch);
    QFETCH(QString, activation);
    QFETCH(int, task);
    QFETCH(double, activityL1);
    QFETCH(double, tolerance);
    TrainingConfig config;
    config.network.hidden = {16, 8};
    config.network.dtype = Dtype(dtype);
    config.network.activations = {LayerActivation{activation.toStdString(), {}}};
    config.network.preluMode = PreluMode::PerUnit;
    config.batchSize = batch;
    config.activityL1 = activityL1;
    config.optimizer.learningRate = 0.05;
    config.seed = 3;
    const DataSplit data{cloud(200, 21, Task(task)), cloud(53, 22, Task(task))};
    Expected<Trainer> whole = Trainer::create(config, data);
    Expected<Trainer> chunked = Trainer::create(config, data);
    QVERIFY(whole && chunked);
    QVERIFY(whole->chunkColumns() >= 200); // the default holds this set in one chunk
    chunked->setChunkColumns(7);
    QCOMPARE(chunked->chunkColumns(), Eigen::Index(7));

    compareDiagnostics(chunked->evaluate(), whole->evaluate(), tolerance);
    for (int e = 0; e < 3; ++e) {
        QVERIFY(whole->trainEpoch());
        QVERIFY(chunked->trainEpoch());
    }
    compareDiagnostics(chunked->evaluate(), whole->evaluate(), tolerance);
    const std::vector<LayerWeights> a = chunked->weights();
    const std::vector<LayerWeights> b = whole->weights();
    for (std::size_t k = 0; k < a.size(); ++k) {
        for (Eigen::Index i = 0; i < a[k].weight.size(); ++i)
            QVERIFY(close(a[k].weight(i), b[k].weight(i), tolerance));
        for (std::size_t i = 0; i < a[k].preluSlopes.size(); ++i)
            QVERIFY(close(a[k].preluSlopes[i], b[k].preluSlopes[i], tolerance));
    }

    const Eigen::MatrixXd outputs = chunked->predict(data.train.inputs);
    const Eigen::MatrixXd expected = whole->predict(data.train.inputs);
    QCOMPARE(outputs.cols(), Eigen::Index(200));
    for (Eigen::Index i = 0; i < outputs.size(); ++i)
        QVERIFY(close(outputs(i), expected(i), tolerance));
    const Eigen::MatrixXd z = chunked->layerPreActivations(1, data.train.inputs);
    QCOMPARE(z.rows(), Eigen::Index(8));

    // The same bins (the data's own range, found over the chunks); a value on a bin edge may
    // move by one bin under another summation order.
    const Histogram h = chunked->preActivationHistogram(0, 20);
    const Histogram g = whole->preActivationHistogram(0, 20);
    QVERIFY(close(h.minimum, g.minimum, tolerance));
    QVERIFY(close(h.maximum, g.maximum, tolerance));
    std::int64_t total = 0;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        QVERIFY(std::abs(h.counts[i] - g.counts[i]) <= 1);
        total += h.counts[i];
    }
    QCOMPARE(total + h.below + h.above + h.nonFinite, std::int64_t(16 * 200));
}

// The default chunk of a default-sized network holds the usual classroom sets whole, so their
// numbers are exactly those of one pass; a wide deep network gets narrower chunks, never fewer
// than 64 samples.
void TestTrainerChunks::defaultChunkHoldsSmallSets()
{
    TrainingConfig config;
    config.network.hidden = {64, 64};
    Expected<Trainer> small = Trainer::create(config,
                                              DataSplit{cloud(40, 1, Task::Classification), {}});
    QVERIFY(small);
    QVERIFY(small->chunkColumns() >= 10'000);
    config.network.hidden = std::vector<int>(64, 512);
    Expected<Trainer> wide = Trainer::create(config,
                                             DataSplit{cloud(40, 1, Task::Classification), {}});
    QVERIFY(wide);
    QCOMPARE(wide->chunkColumns(), Eigen::Index(64));
    wide->setChunkColumns(0);
    QCOMPARE(wide->chunkColumns(), Eigen::Index(64));
}

// A training set whose samples × hidden units exceed RunLimits::maxSampleUnits is refused
// before the trainer allocates anything, with the limit in the error.
void TestTrainerChunks::runSizeRefused()
{
    const std::int64_t max = RunLimits::maxSampleUnits;
    const int samples = int(max / 512) + 1; // one sample too many for a 512-unit layer
    TrainingConfig config;
    config.network.hidden = {512};
    config.data.samples = samples;
    QVERIFY(checkRunSize(max / 512, {512}));
    const Status refused = checkRunSize(samples, {512});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, std::string("run_too_large"));
    QCOMPARE(refused.error().arg("max"), std::to_string(max));
    QCOMPARE(refused.error().arg("units"), std::string("512"));
    QCOMPARE(refused.error().arg("samples"), std::to_string(samples));
    QVERIFY(!checkLimits(config));
    QCOMPARE(checkLimits(config).error().code, std::string("run_too_large"));
    config.data.name = "csv"; // rows unknown until read: the trainer counts them
    QVERIFY(checkLimits(config));

    Dataset many;
    many.classCount = 2;
    many.inputs = Eigen::MatrixXd::Zero(1, samples); // 1 feature: a few MB of data
    many.labels.assign(std::size_t(samples), 0);
    many.labels[1] = 1;
    const Expected<Trainer> trainer = Trainer::create(config, DataSplit{std::move(many), {}});
    QVERIFY(!trainer);
    QCOMPARE(trainer.error().code, std::string("run_too_large"));
}

QTEST_APPLESS_MAIN(TestTrainerChunks)
#include "tst_trainerchunks.moc"
