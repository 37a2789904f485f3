// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/datasets/datasets.h"
#include "core/network/confusion.h"
#include "core/network/trainer.h"

#include "bundleddigits.h"
#include "closeness.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using ReluLab::Testing::isClose;

using namespace ReluLab::Core;

// The confusion matrix: counts of (true, predicted) pairs whose trace over the total is the
// accuracy the Trainer and the CLI report for the same weights and set.
class TestConfusion : public QObject
{
    Q_OBJECT

private slots:
    void predictedClasses_data();
    void predictedClasses();
    void counts();
    void traceIsTrainerAccuracy_data();
    void traceIsTrainerAccuracy();
    void traceIsCliAccuracy();
};

namespace {

// What `relulab train --dataset digits --hidden 32 --epochs E` trains: the CLI's defaults are
// TrainingConfig's (seed 1 for the data and the network).
TrainingConfig digitsConfig(int epochs, Dtype dtype)
{
    TrainingConfig config;
    config.data.name = "digits";
    config.network.hidden = {32};
    config.network.dtype = dtype;
    config.epochs = epochs;
    return config;
}

std::optional<Trainer> digitsTrainer(const TrainingConfig &config)
{
    DataSources sources;
    sources.digitsCsv = ReluLab::Testing::readDigitsText();
    if (sources.digitsCsv.empty())
        return std::nullopt;
    Expected<DataSplit> split = makeDataSplit(config.data, sources);
    if (!split)
        return std::nullopt;
    Expected<Trainer> trainer = Trainer::create(config, std::move(*split));
    if (!trainer)
        return std::nullopt;
    return std::move(*trainer);
}

double confusionAccuracy(const Trainer &trainer, const Dataset &set)
{
    const std::vector<int> predicted = predictedClasses(trainer.predict(set.inputs));
    const ConfusionMatrix matrix = confusionMatrix(set.labels, predicted, set.classCount);
    if (matrix.total() != set.sampleCount())
        return -1.0;
    return matrix.accuracy();
}

} // namespace

void TestConfusion::predictedClasses_data()
{
    QTest::addColumn<QList<double>>("column");
    QTest::addColumn<int>("expected");
    QTest::newRow("largest first") << QList<double>{3.0, 1.0, 2.0} << 0;
    QTest::newRow("largest last") << QList<double>{-3.0, -1.0, 2.0} << 2;
    QTest::newRow("negative logits") << QList<double>{-3.0, -0.5, -2.0} << 1;
    QTest::newRow("tie takes the first") << QList<double>{1.0, 4.0, 4.0} << 1;
}

void TestConfusion::predictedClasses()
{
    QFETCH(QList<double>, column);
    QFETCH(int, expected);
    Eigen::MatrixXd outputs(column.size(), 2); // the same column twice
    for (int i = 0; i < column.size(); ++i)
        outputs(i, 0) = outputs(i, 1) = column[i];
    const std::vector<int> predicted = ReluLab::Core::predictedClasses(outputs);
    QCOMPARE(predicted.size(), std::size_t(2));
    QCOMPARE(predicted[0], expected);
    QCOMPARE(predicted[1], expected);
}

void TestConfusion::counts()
{
    // Rows true class, columns predicted: 0 → 0 twice, 0 → 2 once, 1 → 1 once, 2 → 0 once.
    const std::vector<int> labels{0, 0, 0, 1, 2};
    const std::vector<int> predicted{0, 2, 0, 1, 0};
    const ConfusionMatrix m = confusionMatrix(labels, predicted, 3);
    QCOMPARE(m.classes, 3);
    QCOMPARE(m.at(0, 0), std::int64_t(2));
    QCOMPARE(m.at(0, 2), std::int64_t(1));
    QCOMPARE(m.at(1, 1), std::int64_t(1));
    QCOMPARE(m.at(2, 0), std::int64_t(1));
    QCOMPARE(m.at(2, 2), std::int64_t(0));
    QCOMPARE(m.total(), std::int64_t(5));
    QCOMPARE(m.correct(), std::int64_t(3));
    QCOMPARE(m.rowTotal(0), std::int64_t(3));
    QVERIFY(isClose(m.accuracy(), 0.6, 1e-15, 0.0));
    QVERIFY(std::isnan(confusionMatrix({}, {}, 3).accuracy()));
}

void TestConfusion::traceIsTrainerAccuracy_data()
{
    QTest::addColumn<int>("dtype");
    QTest::newRow("float32") << int(Dtype::F32);
    QTest::newRow("float64") << int(Dtype::F64);
}

void TestConfusion::traceIsTrainerAccuracy()
{
    QFETCH(int, dtype);
    std::optional<Trainer> trainer = digitsTrainer(digitsConfig(2, Dtype(dtype)));
    QVERIFY2(trainer, "the digits could not be read or trained");
    for (int epoch = 0; epoch <= 2; ++epoch) {
        if (epoch > 0)
            QVERIFY(trainer->trainEpoch());
        const Diagnostics d = trainer->evaluate();
        // The same argmax over the same outputs: equal counts, so equal to the last bit.
        QVERIFY(isClose(confusionAccuracy(*trainer, trainer->data().test), d.testAccuracy, 0, 0));
        QVERIFY(isClose(confusionAccuracy(*trainer, trainer->data().train), d.trainAccuracy, 0, 0));
    }
}

void TestConfusion::traceIsCliAccuracy()
{
    const QString relulab = QStringLiteral(RELULAB_BINARY_DIR "/bin/relulab");
    if (!QFileInfo::exists(relulab))
        QSKIP("relulab is not built");
    QProcess process;
    process.start(relulab, {QStringLiteral("train"), QStringLiteral("--dataset"),
                            QStringLiteral("digits"), QStringLiteral("--hidden"),
                            QStringLiteral("32"), QStringLiteral("--epochs"), QStringLiteral("2")});
    QVERIFY(process.waitForFinished(120'000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header, epochs 0, 1, 2
    const QStringList header = lines.first().split(QLatin1Char(','));
    const QStringList last = lines.last().split(QLatin1Char(','));
    const qsizetype trainColumn = header.indexOf(QStringLiteral("train_acc"));
    const qsizetype testColumn = header.indexOf(QStringLiteral("test_acc"));
    QVERIFY(trainColumn >= 0 && testColumn >= 0);

    std::optional<Trainer> trainer = digitsTrainer(digitsConfig(2, Dtype::F32));
    QVERIFY(trainer);
    QVERIFY(trainer->trainEpoch());
    QVERIFY(trainer->trainEpoch());
    // The CLI prints 17 significant digits: the same double.
    QVERIFY(isClose(confusionAccuracy(*trainer, trainer->data().test), last[testColumn].toDouble(),
                    1e-15, 0.0));
    QVERIFY(isClose(confusionAccuracy(*trainer, trainer->data().train),
                    last[trainColumn].toDouble(), 1e-15, 0.0));
}

QTEST_APPLESS_MAIN(TestConfusion)
#include "tst_confusion.moc"
