// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "core/network/optimiser.h"

#include <QTest>

#include <cmath>

using ReluLab::Testing::isClose;

using namespace ReluLab::Core;

// Two steps of each torch.optim rule on p = (1, −2) with gradients g₁ = (0.5, 0.25) then
// g₂ = (−0.25, 1), against values worked out by hand from torch's update formulas:
//  SGD η = 0.1:            p₁ = p − η g₁ = (0.95, −2.025); p₂ = p₁ − η g₂ = (0.975, −2.125).
//  momentum μ = 0.9:       b₁ = g₁, p₁ as SGD; b₂ = μ b₁ + g₂ = (0.2, 1.225), p₂ = (0.93, −2.1475).
//  Nesterov μ = 0.9:       b₁ = g₁, step g₁ + μ b₁ = 1.9 g₁ → p₁ = (0.905, −2.0475);
//                          b₂ = (0.2, 1.225), step g₂ + μ b₂ = (−0.07, 2.1025)
//                          → p₂ = (0.912, −2.25775).
//  weight decay λ = 0.1:   g ← g + λ p: p₁ = p − η(g₁ + λp) = (0.94, −2.005);
//                          p₂ = p₁ − η(g₂ + λ p₁) = (0.9556, −2.08495).
//  Adam η = 0.1:           m, v with bias corrections 1 − β₁ᵗ, 1 − β₂ᵗ: the first step is
//                          η·g/(|g| + ε) per coordinate: p₁ = (0.900000002, −2.099999996);
//                          p₂ = (0.8733662987078463, −2.1884376438445123).
//  RMSprop η = 0.01, α = 0.99, momentum 0.5 (ε outside the root):
//                          p₁ = (0.900000019999996, −2.099999960000016),
//                          p₂ = (0.8949013474421731, −2.2470427267947275).
//  RMSprop η = 0.01 without momentum: p₁ as above, p₂ = p₁ − η g₂/(√s₂ + ε),
//                          s₂ = 0.99·0.01 g₁² + 0.01 g₂².
class TestOptimiser : public QObject
{
    Q_OBJECT

private slots:
    void twoSteps_data();
    void twoSteps();
    void floatMatchesDouble();
    void schedules_data();
    void schedules();
};

void TestOptimiser::twoSteps_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("lr");
    QTest::addColumn<double>("momentum");
    QTest::addColumn<bool>("nesterov");
    QTest::addColumn<double>("weightDecay");
    QTest::addColumn<QList<double>>("expected"); // p₁ then p₂

    const double s2a = 0.99 * 0.01 * 0.25 + 0.01 * 0.0625;
    const double s2b = 0.99 * 0.01 * 0.0625 + 0.01 * 1.0;
    const double rms1a = 1.0 - 0.01 * 0.5 / (std::sqrt(0.01 * 0.25) + 1e-8);
    const double rms1b = -2.0 - 0.01 * 0.25 / (std::sqrt(0.01 * 0.0625) + 1e-8);

    QTest::newRow("sgd") << int(OptimizerKind::Sgd) << 0.1 << 0.0 << false << 0.0
                         << QList<double>{0.95, -2.025, 0.975, -2.125};
    QTest::newRow("sgd_momentum") << int(OptimizerKind::Sgd) << 0.1 << 0.9 << false << 0.0
                                  << QList<double>{0.95, -2.025, 0.93, -2.1475};
    QTest::newRow("sgd_nesterov") << int(OptimizerKind::Sgd) << 0.1 << 0.9 << true << 0.0
                                  << QList<double>{0.905, -2.0475, 0.912, -2.25775};
    QTest::newRow("sgd_weight_decay") << int(OptimizerKind::Sgd) << 0.1 << 0.0 << false << 0.1
                                      << QList<double>{0.94, -2.005, 0.9556, -2.08495};
    QTest::newRow("adam") << int(OptimizerKind::Adam) << 0.1 << 0.0 << false << 0.0
                          << QList<double>{0.900000002, -2.099999996, 0.8733662987078463,
                                           -2.1884376438445123};
    QTest::newRow("rmsprop_momentum") << int(OptimizerKind::RmsProp) << 0.01 << 0.5 << false << 0.0
                                      << QList<double>{0.900000019999996, -2.099999960000016,
                                                       0.8949013474421731, -2.2470427267947275};
    QTest::newRow("rmsprop") << int(OptimizerKind::RmsProp) << 0.01 << 0.0 << false << 0.0
                             << QList<double>{rms1a, rms1b,
                                              rms1a + 0.01 * 0.25 / (std::sqrt(s2a) + 1e-8),
                                              rms1b - 0.01 * 1.0 / (std::sqrt(s2b) + 1e-8)};
}

void TestOptimiser::twoSteps()
{
    QFETCH(int, kind);
    QFETCH(double, lr);
    QFETCH(double, momentum);
    QFETCH(bool, nesterov);
    QFETCH(double, weightDecay);
    QFETCH(QList<double>, expected);

    OptimizerConfig config;
    config.kind = OptimizerKind(kind);
    config.learningRate = lr;
    config.momentum = momentum;
    config.nesterov = nesterov;
    config.weightDecay = weightDecay;
    Optimiser<double> optimiser(config, 2);
    Eigen::VectorXd p(2);
    p << 1.0, -2.0;
    Eigen::VectorXd g(2);
    g << 0.5, 0.25;
    optimiser.step(p, g, lr);
    QVERIFY2(isClose(p(0), expected[0], 1e-14, 1e-13) && isClose(p(1), expected[1], 1e-14, 1e-13),
             qPrintable(
                 QStringLiteral("step 1: %1 %2").arg(p(0), 0, 'g', 17).arg(p(1), 0, 'g', 17)));
    g << -0.25, 1.0;
    optimiser.step(p, g, lr);
    QVERIFY2(isClose(p(0), expected[2], 1e-14, 1e-13) && isClose(p(1), expected[3], 1e-14, 1e-13),
             qPrintable(
                 QStringLiteral("step 2: %1 %2").arg(p(0), 0, 'g', 17).arg(p(1), 0, 'g', 17)));
    QCOMPARE(optimiser.stepCount(), std::int64_t(2));

    // After reset the first step is a first step again (SGD momentum buffer = g, Adam t = 1).
    optimiser.reset();
    p << 1.0, -2.0;
    g << 0.5, 0.25;
    optimiser.step(p, g, lr);
    QVERIFY(isClose(p(0), expected[0], 1e-14, 1e-13) && isClose(p(1), expected[1], 1e-14, 1e-13));
}

void TestOptimiser::floatMatchesDouble()
{
    OptimizerConfig config;
    config.kind = OptimizerKind::Adam;
    config.learningRate = 0.01;
    Optimiser<float> single(config, 3);
    Optimiser<double> twice(config, 3);
    Eigen::VectorXf pf = Eigen::VectorXf::Constant(3, 0.5f);
    Eigen::VectorXd pd = Eigen::VectorXd::Constant(3, 0.5);
    for (int step = 0; step < 5; ++step) {
        Eigen::VectorXf gf(3);
        gf << 0.1f * float(step + 1), -0.2f, 0.3f;
        Eigen::VectorXd gd = gf.cast<double>();
        single.step(pf, gf, config.learningRate);
        twice.step(pd, gd, config.learningRate);
    }
    for (int i = 0; i < 3; ++i)
        QVERIFY(isClose(double(pf(i)), pd(i), 1e-6, 1e-5));
}

void TestOptimiser::schedules_data()
{
    QTest::addColumn<int>("schedule");
    QTest::addColumn<int>("epoch");
    QTest::addColumn<double>("factor");

    QTest::newRow("constant") << int(ScheduleKind::Constant) << 57 << 1.0;
    QTest::newRow("step_before") << int(ScheduleKind::Step) << 29 << 1.0;
    QTest::newRow("step_first") << int(ScheduleKind::Step) << 30 << 0.1;
    QTest::newRow("step_second") << int(ScheduleKind::Step) << 65 << 0.01;
    QTest::newRow("cosine_start") << int(ScheduleKind::Cosine) << 0 << 1.0;
    QTest::newRow("cosine_half") << int(ScheduleKind::Cosine) << 50 << 0.5;
    QTest::newRow("cosine_quarter")
        << int(ScheduleKind::Cosine) << 25 << 0.5 * (1 + std::sqrt(0.5));
    QTest::newRow("cosine_end") << int(ScheduleKind::Cosine) << 100 << 0.0;
}

void TestOptimiser::schedules()
{
    QFETCH(int, schedule);
    QFETCH(int, epoch);
    QFETCH(double, factor);
    OptimizerConfig config; // step size 30, γ 0.1, T_max 100
    config.schedule = ScheduleKind(schedule);
    QVERIFY(isClose(scheduleFactor(config, epoch), factor, 1e-15, 1e-13));
}

QTEST_APPLESS_MAIN(TestOptimiser)
#include "tst_optimiser.moc"
