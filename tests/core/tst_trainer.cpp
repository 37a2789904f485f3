// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "core/network/trainer.h"
#include "core/random.h"

#include <QTest>

#include <cmath>
#include <cstring>

using ReluLab::Testing::isClose;

using namespace ReluLab::Core;

class TestTrainer : public QObject
{
    Q_OBJECT

private slots:
    void determinism();
    void differentSeedsDiffer();
    void fullBatchSgdFollowsReference();
    void partialLastBatch();
    void trainingLowersLoss_data();
    void trainingLowersLoss();
    void divergenceKeepsLastGoodWeights();
    void divergenceCaughtInEveryDtype_data();
    void divergenceCaughtInEveryDtype();
    void preluSlopesOnlyForPrelu();
    void switchActivationKeepsWeights();
    void learningRateChange();
    void weightsRoundTrip();
    void invalidConfig_data();
    void invalidConfig();
};

namespace {

// Two Gaussian clouds in the plane, centred at (±1, 0): a linearly separable toy set.
Dataset clouds(int samples, std::uint64_t seed)
{
    Rng rng(seed);
    Dataset data;
    data.classCount = 2;
    data.inputs.resize(2, samples);
    for (int j = 0; j < samples; ++j) {
        const int label = j % 2;
        data.labels.push_back(label);
        data.inputs(0, j) = (label == 0 ? -1.0 : 1.0) + 0.5 * rng.normal();
        data.inputs(1, j) = 0.5 * rng.normal();
    }
    return data;
}

DataSplit split(int train, int test)
{
    return DataSplit{clouds(train, 11), clouds(test, 12)};
}

TrainingConfig smallConfig()
{
    TrainingConfig config;
    config.network.hidden = {8, 8};
    config.batchSize = 16;
    config.epochs = 3;
    config.seed = 5;
    return config;
}

bool sameBits(const std::vector<LayerWeights> &a, const std::vector<LayerWeights> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
        if (a[k].weight.size() != b[k].weight.size() || a[k].bias.size() != b[k].bias.size())
            return false;
        if (std::memcmp(a[k].weight.data(), b[k].weight.data(), sizeof(double) * a[k].weight.size())
                != 0
            || std::memcmp(a[k].bias.data(), b[k].bias.data(), sizeof(double) * a[k].bias.size())
                   != 0)
            return false;
    }
    return true;
}

} // namespace

void TestTrainer::determinism()
{
    for (const Dtype dtype : {Dtype::F32, Dtype::F64}) {
        TrainingConfig config = smallConfig();
        config.network.dtype = dtype;
        config.network.activations = {LayerActivation{"rrelu", {}}}; // random slopes too
        Expected<Trainer> a = Trainer::create(config, split(100, 20));
        Expected<Trainer> b = Trainer::create(config, split(100, 20));
        QVERIFY(a && b);
        for (int e = 0; e < 3; ++e) {
            QVERIFY(a->trainEpoch());
            QVERIFY(b->trainEpoch());
        }
        QVERIFY(sameBits(a->weights(), b->weights()));
        const Diagnostics da = a->evaluate();
        const Diagnostics db = b->evaluate();
        QVERIFY(std::memcmp(&da.trainLoss, &db.trainLoss, sizeof(double)) == 0);
    }
}

void TestTrainer::differentSeedsDiffer()
{
    TrainingConfig config = smallConfig();
    Expected<Trainer> a = Trainer::create(config, split(60, 10));
    config.seed = 6;
    Expected<Trainer> b = Trainer::create(config, split(60, 10));
    QVERIFY(a && b);
    QVERIFY(!sameBits(a->weights(), b->weights()));
}

// Full-batch SGD in float64 against a plain per-sample implementation of the same mathematics
// (2-3-2 ReLU network, softmax cross-entropy averaged over the batch): the trainer must follow it
// to 1e-12 relative per step, which is what following PyTorch's trajectory to 1e-9 needs.
void TestTrainer::fullBatchSgdFollowsReference()
{
    TrainingConfig config;
    config.network.hidden = {3};
    config.network.dtype = Dtype::F64;
    config.network.init = InitScheme::PytorchDefault;
    config.network.bias.pytorchDefault = true;
    config.batchSize = 0;
    config.optimizer.learningRate = 0.5;
    config.seed = 3;
    const DataSplit data = split(12, 0);
    Expected<Trainer> trainer = Trainer::create(config, data);
    QVERIFY(trainer);
    std::vector<LayerWeights> w = trainer->weights();

    const Dataset &d = data.train;
    for (int step = 0; step < 5; ++step) {
        // Reference loss and gradient, one sample at a time.
        const int n = int(d.sampleCount());
        Eigen::MatrixXd g1 = Eigen::MatrixXd::Zero(3, 2), g2 = Eigen::MatrixXd::Zero(2, 3);
        Eigen::VectorXd gb1 = Eigen::VectorXd::Zero(3), gb2 = Eigen::VectorXd::Zero(2);
        double loss = 0.0;
        for (int j = 0; j < n; ++j) {
            const Eigen::VectorXd x = d.inputs.col(j);
            const Eigen::VectorXd z = w[0].weight * x + w[0].bias;
            const Eigen::VectorXd a = z.cwiseMax(0.0);
            const Eigen::VectorXd y = w[1].weight * a + w[1].bias;
            const double m = y.maxCoeff();
            const double lse = m + std::log((y.array() - m).exp().sum());
            loss += (lse - y(d.labels[std::size_t(j)])) / n;
            Eigen::VectorXd dy = (y.array() - lse).exp().matrix() / n;
            dy(d.labels[std::size_t(j)]) -= 1.0 / n;
            g2 += dy * a.transpose();
            gb2 += dy;
            Eigen::VectorXd dz = w[1].weight.transpose() * dy;
            for (int u = 0; u < 3; ++u)
                dz(u) = z(u) > 0 ? dz(u) : 0.0;
            g1 += dz * x.transpose();
            gb1 += dz;
        }
        const Diagnostics before = trainer->evaluate();
        QVERIFY2(isClose(before.trainLoss, loss, 0, 1e-12),
                 qPrintable(QStringLiteral("step %1: %2 vs %3")
                                .arg(step)
                                .arg(before.trainLoss, 0, 'g', 17)
                                .arg(loss, 0, 'g', 17)));
        QVERIFY(isClose(before.gradientNorms[0], g1.norm(), 1e-15, 1e-12));
        QVERIFY(isClose(before.gradientNorms[1], g2.norm(), 1e-15, 1e-12));
        w[0].weight -= 0.5 * g1;
        w[0].bias -= 0.5 * gb1;
        w[1].weight -= 0.5 * g2;
        w[1].bias -= 0.5 * gb2;
        QVERIFY(trainer->step());
        QCOMPARE(trainer->epoch(), step + 1);
        const std::vector<LayerWeights> got = trainer->weights();
        for (std::size_t k = 0; k < 2; ++k) {
            for (Eigen::Index i = 0; i < w[k].weight.size(); ++i)
                QVERIFY(isClose(got[k].weight(i), w[k].weight(i), 1e-15, 1e-12));
            for (Eigen::Index i = 0; i < w[k].bias.size(); ++i)
                QVERIFY(isClose(got[k].bias(i), w[k].bias(i), 1e-15, 1e-12));
        }
    }
}

void TestTrainer::partialLastBatch()
{
    TrainingConfig config = smallConfig();
    config.batchSize = 4;
    Expected<Trainer> trainer = Trainer::create(config, split(10, 0));
    QVERIFY(trainer);
    QCOMPARE(trainer->stepsPerEpoch(), 3); // 4 + 4 + 2, drop_last=False
    QVERIFY(trainer->step());
    QVERIFY(trainer->step());
    QCOMPARE(trainer->epoch(), 0);
    QCOMPARE(trainer->stepInEpoch(), 2);
    QVERIFY(trainer->step());
    QCOMPARE(trainer->epoch(), 1);
    QCOMPARE(trainer->stepInEpoch(), 0);
    QCOMPARE(trainer->stepCount(), std::int64_t(3));
}

void TestTrainer::trainingLowersLoss_data()
{
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<int>("dtype");
    QTest::addColumn<QString>("activation");
    QTest::newRow("sgd/f32/relu") << int(OptimizerKind::Sgd) << int(Dtype::F32)
                                  << QStringLiteral("relu");
    QTest::newRow("adam/f32/prelu")
        << int(OptimizerKind::Adam) << int(Dtype::F32) << QStringLiteral("prelu");
    QTest::newRow("rmsprop/f64/elu")
        << int(OptimizerKind::RmsProp) << int(Dtype::F64) << QStringLiteral("elu");
}

void TestTrainer::trainingLowersLoss()
{
    QFETCH(int, optimizer);
    QFETCH(int, dtype);
    QFETCH(QString, activation);
    TrainingConfig config = smallConfig();
    config.optimizer.kind = OptimizerKind(optimizer);
    config.optimizer.learningRate = optimizer == int(OptimizerKind::Sgd) ? 0.1 : 0.01;
    config.network.dtype = Dtype(dtype);
    config.network.activations = {LayerActivation{activation.toStdString(), {}}};
    Expected<Trainer> trainer = Trainer::create(config, split(200, 50));
    QVERIFY(trainer);
    const double initial = trainer->initialDiagnostics().trainLoss;
    for (int e = 0; e < 10; ++e)
        QVERIFY(trainer->trainEpoch());
    const Diagnostics after = trainer->evaluate();
    QCOMPARE(after.epoch, 10);
    QVERIFY(after.trainLoss < 0.8 * initial);
    QVERIFY(after.testAccuracy > 0.85);
}

void TestTrainer::divergenceKeepsLastGoodWeights()
{
    TrainingConfig config = smallConfig();
    config.optimizer.learningRate = 1e6; // the largest allowed: the loss soon blows up
    config.network.dtype = Dtype::F32;
    config.batchSize = 0;
    Expected<Trainer> trainer = Trainer::create(config, split(50, 0));
    QVERIFY(trainer);
    const std::vector<LayerWeights> before = trainer->weights();
    bool ok = true;
    for (int i = 0; i < 100 && ok; ++i)
        ok = trainer->step();
    QVERIFY(!ok);
    QCOMPARE(trainer->status(), TrainingStatus::Diverged);
    QVERIFY(!trainer->step()); // stays stopped
    for (const LayerWeights &layer : trainer->weights())
        QVERIFY(layer.weight.allFinite() && layer.bias.allFinite());
    const Diagnostics diagnostics = trainer->evaluate();
    QCOMPARE(diagnostics.status, TrainingStatus::Diverged);
    QVERIFY(std::isfinite(diagnostics.trainLoss));
    if (trainer->stepCount() == 0)
        QVERIFY(sameBits(trainer->weights(), before));
    trainer->resetDivergence();
    QCOMPARE(trainer->status(), TrainingStatus::Ok);
}

// DESIGN.md §4: a non-finite loss, weight or gradient, or a training loss above 1e6 × the
// epoch-0 loss, is divergence in float32 and float64 alike. It is caught at once: the evaluation
// after the failing epoch shows only finite numbers (the last finite weights), and the report
// names the epoch and a weight matrix.
void TestTrainer::divergenceCaughtInEveryDtype_data()
{
    QTest::addColumn<int>("dtype");
    QTest::addColumn<double>("learningRate");
    QTest::addColumn<int>("batch");
    for (const auto &[name, dtype] : {std::pair{"f32", Dtype::F32}, std::pair{"f64", Dtype::F64}}) {
        QTest::addRow("%s/lr=1e3/minibatch", name) << int(dtype) << 1e3 << 16;
        QTest::addRow("%s/lr=1e3/full", name) << int(dtype) << 1e3 << 0;
        QTest::addRow("%s/lr=1e6/minibatch", name) << int(dtype) << 1e6 << 16;
    }
}

void TestTrainer::divergenceCaughtInEveryDtype()
{
    QFETCH(int, dtype);
    QFETCH(double, learningRate);
    QFETCH(int, batch);
    TrainingConfig config = smallConfig();
    config.network.dtype = Dtype(dtype);
    config.optimizer.learningRate = learningRate;
    config.batchSize = batch;
    Expected<Trainer> trainer = Trainer::create(config, split(200, 50));
    QVERIFY(trainer);
    const double reference = trainer->initialDiagnostics().trainLoss;
    QVERIFY(!trainer->divergence());
    bool diverged = false;
    for (int e = 0; e < 50 && !diverged; ++e) {
        if (!trainer->trainEpoch()) {
            diverged = true;
            break;
        }
        const Diagnostics d = trainer->evaluate();
        diverged = d.status == TrainingStatus::Diverged;
        if (!diverged) {
            // Every row that counts as an epoch is finite and within the bound.
            QVERIFY(std::isfinite(d.trainLoss) && std::isfinite(d.testLoss));
            QVERIFY(d.trainLoss <= divergenceLossFactor * reference);
            for (double g : d.gradientNorms)
                QVERIFY(std::isfinite(g));
        }
    }
    QVERIFY2(diverged, "a run at this learning rate was never flagged as diverged");
    QCOMPARE(trainer->status(), TrainingStatus::Diverged);
    const std::optional<DivergenceReport> report = trainer->divergence();
    QVERIFY(report);
    QVERIFY(report->epoch >= 1 && report->epoch <= trainer->epoch() + 1);
    QVERIFY(report->step >= 1);
    QVERIFY(report->layer >= 0 && report->layer <= trainer->hiddenLayerCount());
    QCOMPARE(report->referenceLoss, reference);
    if (report->cause == DivergenceCause::LossBlowUp)
        QVERIFY(report->loss > divergenceLossFactor * reference);
    for (const LayerWeights &layer : trainer->weights())
        QVERIFY(layer.weight.allFinite() && layer.bias.allFinite());
    const Diagnostics after = trainer->evaluate();
    QCOMPARE(after.status, TrainingStatus::Diverged);
    QVERIFY(!trainer->step());
    trainer->resetDivergence();
    QVERIFY(!trainer->divergence());
}

// PReLU slopes belong to PReLU layers only: given for another layer they are refused.
void TestTrainer::preluSlopesOnlyForPrelu()
{
    TrainingConfig config = smallConfig();
    Expected<Trainer> trainer = Trainer::create(config, split(40, 10));
    QVERIFY(trainer);
    std::vector<LayerWeights> weights = trainer->weights();
    weights[0].preluSlopes = {0.25};
    const Status status = trainer->setWeights(weights);
    QVERIFY(!status);
    QCOMPARE(status.error().code, std::string("prelu_slopes_not_prelu"));
}

void TestTrainer::switchActivationKeepsWeights()
{
    TrainingConfig config = smallConfig();
    Expected<Trainer> trainer = Trainer::create(config, split(40, 10));
    QVERIFY(trainer);
    QVERIFY(trainer->trainEpoch());
    const std::vector<LayerWeights> before = trainer->weights();
    QVERIFY(trainer->setActivation(1, LayerActivation{"leaky_relu", {{"negative_slope", 0.1}}}));
    QVERIFY(sameBits(trainer->weights(), before));
    QCOMPARE(trainer->config().network.activations[1].id, std::string("leaky_relu"));
    QVERIFY(trainer->setActivation(0, LayerActivation{"prelu", {{"init", 0.2}}}));
    QCOMPARE(trainer->preluSlopes(0).size(), std::size_t(1));
    QVERIFY(isClose(trainer->preluSlopes(0)[0], 0.2, 1e-7, 0));
    QVERIFY(trainer->trainEpoch());
    QCOMPARE(trainer->epoch(), 2);

    const Status bad = trainer->setActivation(5, LayerActivation{});
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, std::string("layer_out_of_range"));
    const Status unknown = trainer->setActivation(0, LayerActivation{"nope", {}});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().arg("layer"), std::string("1"));
}

void TestTrainer::learningRateChange()
{
    TrainingConfig config = smallConfig();
    config.optimizer.schedule = ScheduleKind::Step;
    config.optimizer.stepSize = 1;
    config.optimizer.gamma = 0.5;
    Expected<Trainer> trainer = Trainer::create(config, split(40, 0));
    QVERIFY(trainer);
    QVERIFY(isClose(trainer->currentLearningRate(), 0.1, 1e-15, 0));
    QVERIFY(trainer->trainEpoch());
    QVERIFY(isClose(trainer->currentLearningRate(), 0.05, 1e-15, 0));
    QVERIFY(trainer->setLearningRate(0.4));
    QVERIFY(isClose(trainer->currentLearningRate(), 0.2, 1e-15, 0));
    QVERIFY(!trainer->setLearningRate(-1.0));
}

void TestTrainer::weightsRoundTrip()
{
    TrainingConfig config = smallConfig();
    config.network.dtype = Dtype::F64;
    Expected<Trainer> a = Trainer::create(config, split(40, 0));
    config.seed = 99;
    Expected<Trainer> b = Trainer::create(config, split(40, 0));
    QVERIFY(a && b);
    QVERIFY(b->setWeights(a->weights()));
    QVERIFY(sameBits(a->weights(), b->weights()));
    std::vector<LayerWeights> wrong = a->weights();
    wrong[1].weight.resize(3, 3);
    const Status status = b->setWeights(wrong);
    QVERIFY(!status);
    QCOMPARE(status.error().code, std::string("weight_shape"));
    QCOMPARE(status.error().arg("expectedRows"), std::string("8"));
}

void TestTrainer::invalidConfig_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("batch");
    QTest::addColumn<double>("lr");
    QTest::addColumn<QString>("code");
    QTest::newRow("width_zero") << 0 << 8 << 0.1 << QStringLiteral("width_out_of_range");
    QTest::newRow("width_513") << 513 << 8 << 0.1 << QStringLiteral("width_out_of_range");
    QTest::newRow("negative_batch") << 4 << -1 << 0.1 << QStringLiteral("option_out_of_range");
    QTest::newRow("zero_lr") << 4 << 8 << 0.0 << QStringLiteral("option_out_of_range");
    QTest::newRow("lr_over_a_million") << 4 << 8 << 2e6 << QStringLiteral("option_out_of_range");
}

void TestTrainer::invalidConfig()
{
    QFETCH(int, width);
    QFETCH(int, batch);
    QFETCH(double, lr);
    QFETCH(QString, code);
    TrainingConfig config = smallConfig();
    config.network.hidden = {4, width};
    config.batchSize = batch;
    config.optimizer.learningRate = lr;
    Expected<Trainer> trainer = Trainer::create(config, split(20, 0));
    QVERIFY(!trainer);
    QCOMPARE(QString::fromStdString(trainer.error().code), code);
    if (code == QStringLiteral("width_out_of_range")) {
        QCOMPARE(trainer.error().arg("layer"), std::string("2"));
        QCOMPARE(trainer.error().arg("max"), std::string("512"));
    }
}

QTEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
