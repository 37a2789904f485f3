// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "bundleddigits.h"
#include "closeness.h"
#include "core/datasets/datasets.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using ReluLab::Testing::isClose;

using namespace ReluLab::Core;

namespace {

DatasetRecipe recipeFor(const QString &name, int samples = 200)
{
    DatasetRecipe recipe;
    recipe.name = name.toStdString();
    recipe.samples = samples;
    recipe.noise = 0.1;
    recipe.testFraction = 0.25;
    recipe.seed = 7;
    return recipe;
}

std::vector<int> classCounts(const Dataset &data)
{
    std::vector<int> counts(std::size_t(std::max(data.classCount, 0)), 0);
    for (const int label : data.labels)
        ++counts[std::size_t(label)];
    return counts;
}

} // namespace

class TestDatasets : public QObject
{
    Q_OBJECT

private slots:
    void generators_data();
    void generators();
    void reproducibleFromSeed_data();
    void reproducibleFromSeed();
    void cleanGeometry();
    void splitSizes_data();
    void splitSizes();
    void standardiseUsesTrainStatistics();
    void invalidRecipes_data();
    void invalidRecipes();
    void digits();
    void digitsUnavailable();
    void digitsMalformed();
    void csvRecipe();
};

void TestDatasets::generators_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("features");
    QTest::addColumn<int>("classes");

    QTest::newRow("moons") << "moons" << 2 << 2;
    QTest::newRow("circles") << "circles" << 2 << 2;
    QTest::newRow("xor") << "xor" << 2 << 2;
    QTest::newRow("spiral") << "spiral" << 2 << 2;
    QTest::newRow("blobs") << "blobs" << 2 << 3;
    QTest::newRow("sine") << "sine" << 1 << 0;
}

void TestDatasets::generators()
{
    QFETCH(QString, name);
    QFETCH(int, features);
    QFETCH(int, classes);

    const DatasetRecipe recipe = recipeFor(name, 201);
    const Expected<Dataset> data = makeDataset(recipe, {});
    QVERIFY2(data.hasValue(), data ? "" : data.error().message.c_str());
    QCOMPARE(data->sampleCount(), 201);
    QCOMPARE(data->featureCount(), features);
    QCOMPARE(data->classCount, classes);
    QVERIFY(data->inputs.allFinite());

    const std::optional<DatasetShape> shape = datasetShape(recipe);
    QVERIFY(shape.has_value());
    QCOMPARE(shape->inputs, features);
    QCOMPARE(shape->outputs, int(data->outputCount()));

    if (classes == 0) {
        QVERIFY(data->task == Task::Regression);
        QCOMPARE(data->targets.cols(), 201);
        return;
    }
    QVERIFY(data->task == Task::Classification);
    const std::vector<int> counts = classCounts(*data);
    const int least = *std::min_element(counts.begin(), counts.end());
    const int most = *std::max_element(counts.begin(), counts.end());
    if (name == QLatin1String("xor")) {
        // Labels come from uniform quadrants: balanced only in expectation (binomial, sd ~7).
        QVERIFY2(least > 60, qPrintable(QString::number(least)));
    } else {
        QVERIFY(most - least <= 1); // classes interleave: balanced to one sample
    }
}

void TestDatasets::reproducibleFromSeed_data()
{
    generators_data();
}

void TestDatasets::reproducibleFromSeed()
{
    QFETCH(QString, name);
    DatasetRecipe recipe = recipeFor(name);
    const Expected<DataSplit> a = makeDataSplit(recipe);
    const Expected<DataSplit> b = makeDataSplit(recipe);
    QVERIFY(a.hasValue() && b.hasValue());
    // Same seed, same bits.
    QVERIFY(a->train.inputs == b->train.inputs);
    QVERIFY(a->test.inputs == b->test.inputs);
    QCOMPARE(a->train.labels, b->train.labels);

    recipe.seed = 8;
    const Expected<DataSplit> c = makeDataSplit(recipe);
    QVERIFY(c.hasValue());
    QVERIFY(a->train.inputs.cols() == c->train.inputs.cols());
    QVERIFY(!(a->train.inputs == c->train.inputs));
}

void TestDatasets::cleanGeometry()
{
    DatasetRecipe recipe = recipeFor(QStringLiteral("circles"), 100);
    recipe.noise = 0.0;
    const Expected<Dataset> circles = makeDataset(recipe, {});
    QVERIFY(circles.hasValue());
    for (Eigen::Index j = 0; j < circles->sampleCount(); ++j) {
        const double radius = circles->inputs.col(j).norm();
        const double expected = circles->labels[std::size_t(j)] == 0 ? 1.0 : 0.5;
        QVERIFY(isClose(radius, expected, 1e-12, 0.0));
    }

    recipe.name = "moons";
    const Expected<Dataset> moons = makeDataset(recipe, {});
    QVERIFY(moons.hasValue());
    for (Eigen::Index j = 0; j < moons->sampleCount(); ++j) {
        // Outer arc: unit circle about (0, 0); inner arc: unit circle about (1, 0.5).
        const Eigen::Vector2d centre = moons->labels[std::size_t(j)] == 0
                                           ? Eigen::Vector2d(0.0, 0.0)
                                           : Eigen::Vector2d(1.0, 0.5);
        QVERIFY(isClose((moons->inputs.col(j) - centre).norm(), 1.0, 1e-12, 0.0));
    }

    recipe.name = "xor";
    const Expected<Dataset> xorSet = makeDataset(recipe, {});
    QVERIFY(xorSet.hasValue());
    for (Eigen::Index j = 0; j < xorSet->sampleCount(); ++j) {
        const double product = xorSet->inputs(0, j) * xorSet->inputs(1, j);
        QCOMPARE(xorSet->labels[std::size_t(j)], product > 0.0 ? 1 : 0);
    }

    recipe.name = "sine";
    const Expected<Dataset> sine = makeDataset(recipe, {});
    QVERIFY(sine.hasValue());
    for (Eigen::Index j = 0; j < sine->sampleCount(); ++j) {
        const double x = sine->inputs(0, j);
        QVERIFY(x >= -M_PI && x <= M_PI);
        QVERIFY(isClose(sine->targets(0, j), std::sin(x), 1e-15, 0.0));
    }
}

void TestDatasets::splitSizes_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("test");

    QTest::newRow("quarter") << 1000 << 0.25 << 250;
    QTest::newRow("none") << 1000 << 0.0 << 0;
    QTest::newRow("rounded") << 10 << 0.33 << 3;
    QTest::newRow("largest") << 10 << 0.9 << 9;
}

void TestDatasets::splitSizes()
{
    QFETCH(int, samples);
    QFETCH(double, fraction);
    QFETCH(int, test);

    DatasetRecipe recipe = recipeFor(QStringLiteral("moons"), samples);
    recipe.testFraction = fraction;
    const Expected<DataSplit> split = makeDataSplit(recipe);
    QVERIFY(split.hasValue());
    QCOMPARE(split->test.sampleCount(), test);
    QCOMPARE(split->train.sampleCount(), samples - test);
    QCOMPARE(int(split->test.labels.size()), test);
    QCOMPARE(split->train.classCount, 2);
    QCOMPARE(split->test.classCount, 2);

    // The parts partition the set: every generated point lands in exactly one of them.
    const Expected<Dataset> whole = makeDataset(recipe, {});
    QVERIFY(whole.hasValue());
    const double total = whole->inputs.sum();
    const double parts = split->train.inputs.sum() + split->test.inputs.sum();
    QVERIFY(isClose(parts, total, 1e-9, 1e-12));
}

void TestDatasets::standardiseUsesTrainStatistics()
{
    DatasetRecipe recipe = recipeFor(QStringLiteral("blobs"), 400);
    recipe.standardise = true;
    const Expected<DataSplit> split = makeDataSplit(recipe);
    QVERIFY(split.hasValue());
    const Eigen::MatrixXd &x = split->train.inputs;
    for (Eigen::Index f = 0; f < x.rows(); ++f) {
        const double mean = x.row(f).mean();
        const double variance = (x.row(f).array() - mean).square().mean();
        QVERIFY(isClose(mean, 0.0, 1e-12, 0.0));
        QVERIFY(isClose(variance, 1.0, 1e-12, 1e-12));
    }

    // The test part is mapped with the train statistics, not its own.
    recipe.standardise = false;
    const Expected<DataSplit> raw = makeDataSplit(recipe);
    QVERIFY(raw.hasValue());
    const Eigen::MatrixXd &r = raw->train.inputs;
    for (Eigen::Index f = 0; f < r.rows(); ++f) {
        const double mean = r.row(f).mean();
        const double sd = std::sqrt((r.row(f).array() - mean).square().mean());
        for (Eigen::Index j = 0; j < raw->test.sampleCount(); ++j) {
            QVERIFY(isClose(split->test.inputs(f, j), (raw->test.inputs(f, j) - mean) / sd, 1e-12,
                            1e-12));
        }
    }
}

void TestDatasets::invalidRecipes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("noise");
    QTest::addColumn<int>("classes");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("code");

    QTest::newRow("unknown") << "mnist" << 100 << 0.1 << 3 << 0.25 << "unknown_dataset";
    QTest::newRow("too few samples") << "moons" << 3 << 0.1 << 3 << 0.25 << "samples_out_of_range";
    QTest::newRow("too many samples")
        << "moons" << 2'000'000 << 0.1 << 3 << 0.25 << "samples_out_of_range";
    QTest::newRow("negative noise")
        << "circles" << 100 << -0.1 << 3 << 0.25 << "noise_out_of_range";
    QTest::newRow("nan noise") << "circles" << 100 << qQNaN() << 3 << 0.25 << "noise_out_of_range";
    QTest::newRow("one class") << "blobs" << 100 << 0.1 << 1 << 0.25 << "classes_out_of_range";
    QTest::newRow("six classes") << "blobs" << 100 << 0.1 << 6 << 0.25 << "classes_out_of_range";
    QTest::newRow("fraction 1") << "xor" << 100 << 0.1 << 3 << 1.0 << "test_fraction_out_of_range";
    QTest::newRow("fraction inf") << "xor" << 100 << 0.1 << 3 << qInf()
                                  << "test_fraction_out_of_range";
    QTest::newRow("split too small") << "xor" << 4 << 0.1 << 3 << 0.1 << "split_too_small";
    QTest::newRow("csv without path") << "csv" << 100 << 0.1 << 3 << 0.25 << "csv_path_empty";
}

void TestDatasets::invalidRecipes()
{
    QFETCH(QString, name);
    QFETCH(int, samples);
    QFETCH(double, noise);
    QFETCH(int, classes);
    QFETCH(double, fraction);
    QFETCH(QString, code);

    DatasetRecipe recipe = recipeFor(name, samples);
    recipe.noise = noise;
    recipe.classes = classes;
    recipe.testFraction = fraction;
    const Expected<DataSplit> split = makeDataSplit(recipe);
    QVERIFY(!split.hasValue());
    QCOMPARE(QString::fromStdString(split.error().code), code);
}

void TestDatasets::digits()
{
    DataSources sources;
    sources.digitsCsv = ReluLab::Testing::readDigitsText();
    QVERIFY2(!sources.digitsCsv.empty(), "resources/data/digits.csv not found");

    const Expected<Dataset> data = parseDigitsCsv(sources.digitsCsv);
    QVERIFY2(data.hasValue(), data ? "" : data.error().message.c_str());
    QCOMPARE(data->sampleCount(), 1797);
    QCOMPARE(data->featureCount(), 64);
    QCOMPARE(data->classCount, 10);
    QVERIFY(data->inputs.minCoeff() >= 0.0);
    QVERIFY(data->inputs.maxCoeff() <= 1.0);
    QVERIFY(isClose(data->inputs.maxCoeff(), 1.0, 0.0, 0.0));
    // The class counts of the UCI test set, as sklearn's load_digits reports them.
    QCOMPARE(classCounts(*data),
             (std::vector<int>{178, 182, 177, 183, 181, 182, 181, 179, 174, 180}));
    // First image, first row of pixels: 0,0,5,13,9,1,0,0 (label 0).
    QVERIFY(isClose(data->inputs(2, 0), 5.0 / 16.0, 1e-15, 0.0));
    QVERIFY(isClose(data->inputs(3, 0), 13.0 / 16.0, 1e-15, 0.0));
    QCOMPARE(data->labels[0], 0);

    DatasetRecipe recipe = recipeFor(QStringLiteral("digits"));
    recipe.testFraction = 0.25;
    const Expected<DataSplit> split = makeDataSplit(recipe, sources);
    QVERIFY(split.hasValue());
    QCOMPARE(split->test.sampleCount(), 449);
    QCOMPARE(split->train.sampleCount(), 1348);
    QCOMPARE(split->train.outputCount(), 10);
    QCOMPARE(datasetShape(recipe)->inputs, 64);
}

void TestDatasets::digitsUnavailable()
{
    const Expected<DataSplit> split = makeDataSplit(recipeFor(QStringLiteral("digits")));
    QVERIFY(!split.hasValue());
    QCOMPARE(split.error().code, std::string("digits_unavailable"));
}

void TestDatasets::digitsMalformed()
{
    std::string row;
    for (int i = 0; i < 64; ++i)
        row += (i == 10 ? "17," : "3,");
    const Expected<Dataset> pixel = parseDigitsCsv(row + "4\n");
    QVERIFY(!pixel.hasValue());
    QCOMPARE(pixel.error().code, std::string("digits_malformed"));

    const Expected<Dataset> shortRow = parseDigitsCsv("1,2,3\n4,5,6\n");
    QVERIFY(!shortRow.hasValue());
    QCOMPARE(shortRow.error().code, std::string("digits_malformed"));
}

void TestDatasets::csvRecipe()
{
    DatasetRecipe recipe;
    recipe.name = "csv";
    recipe.csvPath = std::string(RELULAB_TEST_DATA_DIR) + "/data/csv/good_header.csv";
    recipe.testFraction = 0.0;
    const Expected<DataSplit> split = makeDataSplit(recipe);
    QVERIFY(split.hasValue());
    QCOMPARE(split->train.sampleCount(), 3);
    QCOMPARE(split->test.sampleCount(), 0);
    QCOMPARE(split->train.labels, (std::vector<int>{0, 1, 2}));
    QVERIFY(!datasetShape(recipe).has_value());

    recipe.csvPath = std::string(RELULAB_TEST_DATA_DIR) + "/data/csv/bad_nan.csv";
    const Expected<DataSplit> bad = makeDataSplit(recipe);
    QVERIFY(!bad.hasValue());
    QCOMPARE(bad.error().code, std::string("non_finite"));

    // The recipe's task decides how the last column is read: real labels are refused for
    // classification (never silently turned into a regression), and integer labels can be
    // predicted as numbers.
    recipe.csvPath = std::string(RELULAB_TEST_DATA_DIR) + "/data/csv/good_regression.csv";
    QVERIFY(makeDataSplit(recipe)->train.task == Task::Regression);
    recipe.csvTask = CsvTask::Classification;
    const Expected<DataSplit> refused = makeDataSplit(recipe);
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error().code, std::string("label_not_integer"));
    recipe.csvPath = std::string(RELULAB_TEST_DATA_DIR) + "/data/csv/good_header.csv";
    QVERIFY(makeDataSplit(recipe)->train.task == Task::Classification);
    recipe.csvTask = CsvTask::Regression;
    const Expected<DataSplit> numbers = makeDataSplit(recipe);
    QVERIFY(numbers.hasValue());
    QVERIFY(numbers->train.task == Task::Regression);
    QCOMPARE(numbers->train.targets.cols(), Eigen::Index(3));
}

QTEST_APPLESS_MAIN(TestDatasets)
#include "tst_datasets.moc"
