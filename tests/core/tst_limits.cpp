// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/limits.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace ReluLab::Core;

Q_DECLARE_METATYPE(ReluLab::Core::Option)

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void tableOrder();
    void ranges_data();
    void ranges();
    void endsOfEveryRange();
    void errorArguments();
    void configChecked_data();
    void configChecked();
    void defaultsAreInside();
};

void TestLimits::tableOrder()
{
    const std::vector<OptionRange> &table = optionRanges();
    QCOMPARE(table.size(), std::size_t(Option::HiddenWidth) + 1);
    for (std::size_t i = 0; i < table.size(); ++i) {
        QCOMPARE(std::size_t(table[i].option), i);
        QVERIFY(table[i].minimum < table[i].maximum);
    }
}

// The ranges the CLI, the session files, the trainer and the lab's controls share.
void TestLimits::ranges_data()
{
    QTest::addColumn<Option>("option");
    QTest::addColumn<QString>("interval");
    QTest::newRow("lr") << Option::LearningRate << QStringLiteral("(0, 1000000]");
    QTest::newRow("momentum") << Option::Momentum << QStringLiteral("[0, 1]");
    QTest::newRow("beta1") << Option::Beta1 << QStringLiteral("[0, 1)");
    QTest::newRow("beta2") << Option::Beta2 << QStringLiteral("[0, 1)");
    QTest::newRow("weight_decay") << Option::WeightDecay << QStringLiteral("[0, 1000000]");
    QTest::newRow("step_size") << Option::StepSize << QStringLiteral("[1, 1000000]");
    QTest::newRow("gamma") << Option::Gamma << QStringLiteral("(0, 1000000]");
    QTest::newRow("batch_size") << Option::BatchSize << QStringLiteral("[0, 1000000]");
    QTest::newRow("epochs") << Option::Epochs << QStringLiteral("[0, 1000000]");
    QTest::newRow("activity_l1") << Option::ActivityL1 << QStringLiteral("[0, 1000000]");
    QTest::newRow("bias_init") << Option::BiasInit << QStringLiteral("[-1000000, 1000000]");
    QTest::newRow("hidden_layers") << Option::HiddenLayers << QStringLiteral("[0, 64]");
    QTest::newRow("hidden_width") << Option::HiddenWidth << QStringLiteral("[1, 512]");
}

void TestLimits::ranges()
{
    QFETCH(Option, option);
    QFETCH(QString, interval);
    QCOMPARE(QString::fromStdString(optionRange(option).intervalText()), interval);
}

// Closed ends are inside, open ends and anything beyond are outside, as are NaN, ±inf and
// fractions of whole-number options.
void TestLimits::endsOfEveryRange()
{
    for (const OptionRange &range : optionRanges()) {
        const QByteArray name(range.name);
        QCOMPARE(range.contains(range.minimum), !range.minimumOpen);
        QCOMPARE(range.contains(range.maximum), !range.maximumOpen);
        QVERIFY2(!range.contains(range.minimum - 1.0), name);
        QVERIFY2(!range.contains(range.maximum + 1.0), name);
        QVERIFY2(range.contains(0.5 * (range.minimum + range.maximum)) || range.integer, name);
        QVERIFY2(!range.contains(std::numeric_limits<double>::quiet_NaN()), name);
        QVERIFY2(!range.contains(std::numeric_limits<double>::infinity()), name);
        QVERIFY2(!range.contains(-std::numeric_limits<double>::infinity()), name);
        if (range.integer)
            QVERIFY2(!range.contains(range.minimum + 0.5), name);
        QCOMPARE(bool(checkOption(range.option, range.maximum + 1.0)), false);
    }
}

void TestLimits::errorArguments()
{
    const Status status = checkOption(Option::Momentum, 2.0);
    QVERIFY(!status);
    const Error &error = status.error();
    QCOMPARE(error.code, std::string("option_out_of_range"));
    QCOMPARE(error.arg("option"), std::string("momentum"));
    QCOMPARE(error.arg("value"), std::string("2"));
    QCOMPARE(error.arg("min"), std::string("0"));
    QCOMPARE(error.arg("max"), std::string("1"));
    QCOMPARE(error.arg("interval"), std::string("[0, 1]"));
    QCOMPARE(error.arg("min_open"), std::string("0"));
    QVERIFY(checkOption(Option::Momentum, 1.0));
}

void TestLimits::configChecked_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("option");
    QTest::newRow("lr_zero") << QStringLiteral("lr") << 0.0 << QStringLiteral("lr");
    QTest::newRow("lr_huge") << QStringLiteral("lr") << 2e6 << QStringLiteral("lr");
    QTest::newRow("momentum_2") << QStringLiteral("momentum") << 2.0 << QStringLiteral("momentum");
    QTest::newRow("beta1_1") << QStringLiteral("beta1") << 1.0 << QStringLiteral("beta1");
    QTest::newRow("gamma_huge") << QStringLiteral("gamma") << 2e6 << QStringLiteral("gamma");
    QTest::newRow("batch_huge") << QStringLiteral("batch") << 2e6 << QStringLiteral("batch_size");
    QTest::newRow("epochs_negative")
        << QStringLiteral("epochs") << -1.0 << QStringLiteral("epochs");
    QTest::newRow("l1_negative") << QStringLiteral("l1") << -0.5 << QStringLiteral("activity_l1");
    QTest::newRow("bias_huge") << QStringLiteral("bias") << -2e6 << QStringLiteral("bias_init");
    QTest::newRow("all_in_range") << QStringLiteral("lr") << 1e6 << QString();
}

void TestLimits::configChecked()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(QString, option);
    TrainingConfig config;
    if (field == QLatin1String("lr"))
        config.optimizer.learningRate = value;
    else if (field == QLatin1String("momentum"))
        config.optimizer.momentum = value;
    else if (field == QLatin1String("beta1"))
        config.optimizer.beta1 = value;
    else if (field == QLatin1String("gamma"))
        config.optimizer.gamma = value;
    else if (field == QLatin1String("batch"))
        config.batchSize = int(value);
    else if (field == QLatin1String("epochs"))
        config.epochs = int(value);
    else if (field == QLatin1String("l1"))
        config.activityL1 = value;
    else if (field == QLatin1String("bias"))
        config.network.bias = BiasInit{false, value};
    const Status status = checkLimits(config);
    QCOMPARE(bool(status), option.isEmpty());
    if (!status)
        QCOMPARE(QString::fromStdString(status.error().arg("option")), option);
}

void TestLimits::defaultsAreInside()
{
    QVERIFY(checkLimits(TrainingConfig{}));
}

QTEST_APPLESS_MAIN(TestLimits)
#include "tst_limits.moc"
