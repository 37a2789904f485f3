// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/datasets/datasets.h"
#include "core/network/trainer.h"
#include "io/bundleddata.h"
#include "io/scenariofile.h"

#include <QTest>

#include <cmath>
#include <cstdlib>
#include <string>

using namespace ReluLab::Core;
using ReluLab::Scenario;
using ReluLab::ScenarioFile;

// The classroom scenarios (resources/scenarios, read through io as the lab and `relulab scenario`
// read them) show the effects tests/reference/scenarios.md measured in PyTorch
// (bench/pytorch/compare_scenarios.py runs both side by side over more seeds and epochs). Each
// check uses as few epochs as the effect needs to be visible, to stay fast.
class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    void everyPresetBuilds();
    void halfActive_data();
    void halfActive();
    void negativeBiasKillsRelu_data();
    void negativeBiasKillsRelu();
    void negativeBiasEluLearns();
    void highLearningRate();
    void bornDeadFraction_data();
    void bornDeadFraction();
    void vanishingGradients();
    void whyNonLinear();
};

namespace {

const Scenario &preset(const char *id)
{
    for (const Scenario &scenario : ScenarioFile::bundled()) {
        if (scenario.id == QLatin1String(id))
            return scenario;
    }
    qFatal("no scenario %s", id); // a broken test, not a finding: stop with the reason
    std::abort();                 // (qFatal aborts too, but is not declared noreturn)
}

// The scenario's configuration (contrast 0) or that of its contrast-th contrasting run.
TrainingConfig scenarioConfig(const Scenario &scenario, std::size_t contrast)
{
    return contrast == 0 ? scenario.config : scenario.contrasts.at(contrast - 1).config;
}

DataSplit dataFor(const TrainingConfig &config)
{
    Expected<DataSplit> data = makeDataSplit(config.data, ReluLab::bundledDataSources());
    if (!data)
        qFatal("cannot make the data set %s: %s", config.data.name.c_str(),
               data.error().message.c_str());
    return *data;
}

Trainer trainerFor(const TrainingConfig &config)
{
    Expected<Trainer> trainer = Trainer::create(config, dataFor(config));
    if (!trainer)
        qFatal("cannot build the trainer: %s", trainer.error().message.c_str());
    return std::move(*trainer);
}

TrainingConfig withSeed(TrainingConfig config, std::uint64_t seed)
{
    config.seed = seed;
    config.data.seed = seed;
    return config;
}

} // namespace

void TestScenarios::everyPresetBuilds()
{
    QStringList ids;
    for (const Scenario &p : ScenarioFile::bundled()) {
        ids << p.id;
        QVERIFY(!p.contrasts.empty());
        for (std::size_t c = 0; c <= p.contrasts.size(); ++c) {
            const TrainingConfig config = scenarioConfig(p, c);
            const Expected<DataSplit> data = makeDataSplit(config.data,
                                                           ReluLab::bundledDataSources());
            QVERIFY2(data, qPrintable(p.id));
            QVERIFY2(Trainer::create(config, *data), qPrintable(p.id));
        }
    }
    // The seven scenarios of scenarios.md, in teaching order.
    QCOMPARE(ids, (QStringList{QStringLiteral("half_active"), QStringLiteral("negative_bias"),
                               QStringLiteral("high_learning_rate"), QStringLiteral("born_dead"),
                               QStringLiteral("vanishing_gradients"),
                               QStringLiteral("why_nonlinear"), QStringLiteral("sparsity_dial")}));
}

void TestScenarios::halfActive_data()
{
    QTest::addColumn<int>("seed");
    QTest::newRow("seed 1") << 1;
    QTest::newRow("seed 2") << 2;
    QTest::newRow("seed 3") << 3;
}

// A fresh 2-64-64-2 ReLU net on centred data: about half of the activations are zero in each
// layer (layer 1 exactly half up to sampling; deeper ± 3-4 % at width 64).
void TestScenarios::halfActive()
{
    QFETCH(int, seed);
    const Trainer trainer = trainerFor(withSeed(preset("half_active").config, std::uint64_t(seed)));
    const Diagnostics &d = trainer.initialDiagnostics();
    QCOMPARE(d.layers.size(), std::size_t(2));
    QVERIFY2(std::abs(d.layers[0].sparsity - 0.5) < 0.05,
             std::to_string(d.layers[0].sparsity).c_str());
    QVERIFY2(std::abs(d.layers[1].sparsity - 0.5) < 0.12,
             std::to_string(d.layers[1].sparsity).c_str());
}

void TestScenarios::negativeBiasKillsRelu_data()
{
    QTest::addColumn<int>("seed");
    QTest::newRow("seed 1") << 1;
    QTest::newRow("seed 2") << 2;
    QTest::newRow("seed 3") << 3;
}

// Biases −3: ReLU layer 2 is dead for every sample from the start (layer 1 ≈ 70 % dead), no
// gradient reaches the hidden layers, and it stays so: accuracy at chance.
void TestScenarios::negativeBiasKillsRelu()
{
    QFETCH(int, seed);
    Trainer trainer = trainerFor(withSeed(preset("negative_bias").config, std::uint64_t(seed)));
    const Diagnostics &born = trainer.initialDiagnostics();
    QVERIFY(born.networkDead);
    QCOMPARE(born.layers[1].deadUnits, 64);
    QVERIFY2(born.layers[0].deadUnits > 32, std::to_string(born.layers[0].deadUnits).c_str());
    for (int e = 0; e < 3; ++e)
        QVERIFY(trainer.trainEpoch());
    const Diagnostics after = trainer.evaluate();
    QCOMPARE(after.layers[1].deadUnits, 64);
    QVERIFY2(std::abs(after.trainAccuracy - 0.5) < 0.05,
             std::to_string(after.trainAccuracy).c_str());
}

// The same settings with ELU: nothing is dead and the network learns the moons.
void TestScenarios::negativeBiasEluLearns()
{
    const Scenario &p = preset("negative_bias");
    QCOMPARE(scenarioConfig(p, 2).network.activations.front().id, std::string("elu"));
    Trainer trainer = trainerFor(scenarioConfig(p, 2));
    QCOMPARE(trainer.initialDiagnostics().layers[1].deadUnits, 0);
    for (int e = 0; e < 10; ++e)
        QVERIFY(trainer.trainEpoch());
    const Diagnostics after = trainer.evaluate();
    QVERIFY2(after.trainAccuracy > 0.8, std::to_string(after.trainAccuracy).c_str());
}

// Adam at 0.1 on digits: within two epochs ReLU's second layer is almost all dead and accuracy
// falls; Leaky ReLU with the same settings is still learning.
void TestScenarios::highLearningRate()
{
    const Scenario &p = preset("high_learning_rate");
    Trainer relu = trainerFor(p.config);
    Trainer leaky = trainerFor(scenarioConfig(p, 1));
    QCOMPARE(relu.initialDiagnostics().layers[1].deadUnits, 0);
    for (int e = 0; e < 2; ++e) {
        QVERIFY(relu.trainEpoch());
        QVERIFY(leaky.trainEpoch());
    }
    const Diagnostics r = relu.evaluate();
    const Diagnostics l = leaky.evaluate();
    QVERIFY2(r.layers[1].deadUnits >= 96, std::to_string(r.layers[1].deadUnits).c_str()); // ≥ 75 %
    QVERIFY2(r.testAccuracy < 0.7, std::to_string(r.testAccuracy).c_str());
    QVERIFY2(l.testAccuracy > 0.75, std::to_string(l.testAccuracy).c_str());
    QVERIFY(l.testAccuracy > r.testAccuracy + 0.15);
}

void TestScenarios::bornDeadFraction_data()
{
    QTest::addColumn<QString>("activation");
    QTest::addColumn<int>("init");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // 200 draws: the binomial standard deviation at p ≈ 0.6 is 0.035; PyTorch measures 58-65 %.
    QTest::newRow("relu he") << QStringLiteral("relu") << int(InitScheme::HeNormal) << 0.45 << 0.75;
    // Lu et al. 2019's randomized asymmetric initialisation: ≈ 5 %.
    QTest::newRow("relu rai") << QStringLiteral("relu") << int(InitScheme::Rai) << 0.0 << 0.2;
    // Leaky ReLU never outputs exactly 0 for z ≠ 0.
    QTest::newRow("leaky he") << QStringLiteral("leaky_relu") << int(InitScheme::HeNormal) << 0.0
                              << 0.0;
}

// Ten hidden layers of width 3: most He initialisations are constant functions from the start.
void TestScenarios::bornDeadFraction()
{
    QFETCH(QString, activation);
    QFETCH(int, init);
    QFETCH(double, low);
    QFETCH(double, high);
    TrainingConfig config = preset("born_dead").config;
    config.network.activations = {LayerActivation{activation.toStdString(), {}}};
    config.network.init = InitScheme(init);
    const Expected<double> fraction = ReluLab::Core::bornDeadFraction(config, dataFor(config), 200);
    QVERIFY(fraction);
    QVERIFY2(*fraction >= low && *fraction <= high, std::to_string(*fraction).c_str());
}

// ‖∂L/∂W₁‖ / ‖∂L/∂W₁₀‖ at initialisation on digits 64-[64×10]-10: ≈ 4e-6 with sigmoid (σ′ ≤ 1/4
// per layer), ≈ 0.3 with ReLU (He) and ≈ 1 with tanh (Xavier) in PyTorch.
void TestScenarios::vanishingGradients()
{
    const Scenario &p = preset("vanishing_gradients");
    double ratio[3] = {};
    for (std::size_t c = 0; c < 3; ++c) {
        const Trainer trainer = trainerFor(scenarioConfig(p, c));
        const std::vector<double> &norms = trainer.initialDiagnostics().gradientNorms;
        QCOMPARE(norms.size(), std::size_t(11));
        QVERIFY(norms[9] > 0.0);
        ratio[c] = norms[0] / norms[9];
    }
    QVERIFY2(ratio[0] > 1e-7 && ratio[0] < 1e-4, std::to_string(ratio[0]).c_str());
    QVERIFY2(ratio[1] > 0.05 && ratio[1] < 2.0, std::to_string(ratio[1]).c_str());
    QVERIFY2(ratio[2] > 0.2 && ratio[2] < 5.0, std::to_string(ratio[2]).c_str());
}

// The identity makes any depth one linear map: XOR stays near chance; ReLU separates it.
void TestScenarios::whyNonLinear()
{
    const Scenario &p = preset("why_nonlinear");
    Trainer linear = trainerFor(p.config);
    Trainer relu = trainerFor(scenarioConfig(p, 1));
    for (int e = 0; e < 60; ++e) {
        QVERIFY(linear.trainEpoch());
        QVERIFY(relu.trainEpoch());
    }
    const double linearAccuracy = linear.evaluate().testAccuracy;
    const double reluAccuracy = relu.evaluate().testAccuracy;
    QVERIFY2(linearAccuracy < 0.75, std::to_string(linearAccuracy).c_str());
    QVERIFY2(reluAccuracy > 0.9, std::to_string(reluAccuracy).c_str());
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
