// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "datasets.h"

#include "core/datasets/csvreader.h"
#include "core/numbertext.h"
#include "core/random.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ReluLab::Core {

namespace {

constexpr double pi = std::numbers::pi;
/// Mixed into the recipe seed for the split so that the split permutation is not the same
/// stream as the generator's noise.
constexpr std::uint64_t splitSalt = 0x5f3759df9e3779b9ULL;

std::string number(double x)
{
    return shortestText(x);
}

Error rangeError(const std::string &code, const std::string &what, double value, double lo,
                 double hi)
{
    return Error{code,
                 what + " " + number(value) + " outside [" + number(lo) + ", " + number(hi) + "]",
                 {{"value", number(value)}, {"min", number(lo)}, {"max", number(hi)}}};
}

Dataset classificationSet(Eigen::Index n, int classCount)
{
    Dataset data;
    data.task = Task::Classification;
    data.inputs.resize(2, n);
    data.labels.assign(static_cast<std::size_t>(n), 0);
    data.classCount = classCount;
    return data;
}

/// Sample j belongs to class j mod K and is the (j div K)-th of its class: classes interleave,
/// so any prefix of the set is balanced and no split or batch sees one class only.
int countOfClass(Eigen::Index n, int k, int classCount)
{
    return static_cast<int>((n - k + classCount - 1) / classCount);
}

void addNoise(Dataset &data, double noise, Rng &rng)
{
    for (Eigen::Index j = 0; j < data.inputs.cols(); ++j) {
        for (Eigen::Index f = 0; f < data.inputs.rows(); ++f)
            data.inputs(f, j) += noise * rng.normal();
    }
}

/// sklearn make_moons: t_i = π i / (m - 1) on each arc; outer (cos t, sin t), inner
/// (1 - cos t, 1/2 - sin t).
Dataset moons(Eigen::Index n, double noise, Rng &rng)
{
    Dataset data = classificationSet(n, 2);
    const int counts[2] = {countOfClass(n, 0, 2), countOfClass(n, 1, 2)};
    for (Eigen::Index j = 0; j < n; ++j) {
        const int k = static_cast<int>(j % 2);
        const auto i = static_cast<double>(j / 2);
        const double t = counts[k] > 1 ? pi * i / (counts[k] - 1) : 0.0;
        data.inputs(0, j) = k == 0 ? std::cos(t) : 1.0 - std::cos(t);
        data.inputs(1, j) = k == 0 ? std::sin(t) : 0.5 - std::sin(t);
        data.labels[static_cast<std::size_t>(j)] = k;
    }
    addNoise(data, noise, rng);
    return data;
}

/// sklearn make_circles(factor=0.5): angles 2π i / m (endpoint excluded) on each circle.
Dataset circles(Eigen::Index n, double noise, Rng &rng)
{
    Dataset data = classificationSet(n, 2);
    const int counts[2] = {countOfClass(n, 0, 2), countOfClass(n, 1, 2)};
    for (Eigen::Index j = 0; j < n; ++j) {
        const int k = static_cast<int>(j % 2);
        const double radius = k == 0 ? 1.0 : 0.5;
        const double t = 2.0 * pi * static_cast<double>(j / 2) / counts[k];
        data.inputs(0, j) = radius * std::cos(t);
        data.inputs(1, j) = radius * std::sin(t);
        data.labels[static_cast<std::size_t>(j)] = k;
    }
    addNoise(data, noise, rng);
    return data;
}

/// XOR: x ~ U[-1, 1]², label 1 when x1·x2 > 0 (first and third quadrants), from the clean
/// point; noise blurs the quadrant borders afterwards.
Dataset xorSet(Eigen::Index n, double noise, Rng &rng)
{
    Dataset data = classificationSet(n, 2);
    for (Eigen::Index j = 0; j < n; ++j) {
        const double x1 = rng.uniform(-1.0, 1.0);
        const double x2 = rng.uniform(-1.0, 1.0);
        data.inputs(0, j) = x1;
        data.inputs(1, j) = x2;
        data.labels[static_cast<std::size_t>(j)] = x1 * x2 > 0.0 ? 1 : 0;
    }
    addNoise(data, noise, rng);
    return data;
}

/// TensorFlow Playground's spiral (dataset.ts, classifySpiralData): for the i-th of m points of
/// an arm r = i / m, t = 1.75 · 2π i / m + δ with δ = 0 or π, x = (r sin t, r cos t). Playground
/// uses radius 5 and uniform noise; here the radius is 1 (the scale of moons and circles) and
/// the noise Gaussian, so `noise` means the same thing for every generator.
Dataset spiral(Eigen::Index n, double noise, Rng &rng)
{
    Dataset data = classificationSet(n, 2);
    const int counts[2] = {countOfClass(n, 0, 2), countOfClass(n, 1, 2)};
    for (Eigen::Index j = 0; j < n; ++j) {
        const int k = static_cast<int>(j % 2);
        const double fraction = static_cast<double>(j / 2) / counts[k];
        const double t = 1.75 * 2.0 * pi * fraction + (k == 0 ? 0.0 : pi);
        data.inputs(0, j) = fraction * std::sin(t);
        data.inputs(1, j) = fraction * std::cos(t);
        data.labels[static_cast<std::size_t>(j)] = k;
    }
    addNoise(data, noise, rng);
    return data;
}

/// Gaussian blobs: centre k = 2 (cos 2πk/K, sin 2πk/K), spread s = 0.25 + noise.
Dataset blobs(Eigen::Index n, int classCount, double noise, Rng &rng)
{
    Dataset data = classificationSet(n, classCount);
    const double spread = 0.25 + noise;
    for (Eigen::Index j = 0; j < n; ++j) {
        const int k = static_cast<int>(j % classCount);
        const double angle = 2.0 * pi * k / classCount;
        data.inputs(0, j) = 2.0 * std::cos(angle) + spread * rng.normal();
        data.inputs(1, j) = 2.0 * std::sin(angle) + spread * rng.normal();
        data.labels[static_cast<std::size_t>(j)] = k;
    }
    return data;
}

/// Regression: x ~ U[-π, π], y = sin x + N(0, noise²); inputs 1 x n, targets 1 x n.
Dataset sine(Eigen::Index n, double noise, Rng &rng)
{
    Dataset data;
    data.task = Task::Regression;
    data.classCount = 0;
    data.inputs.resize(1, n);
    data.targets.resize(1, n);
    for (Eigen::Index j = 0; j < n; ++j) {
        const double x = rng.uniform(-pi, pi);
        data.inputs(0, j) = x;
        data.targets(0, j) = std::sin(x) + noise * rng.normal();
    }
    return data;
}

bool isGenerator(std::string_view name)
{
    return name == "moons" || name == "circles" || name == "xor" || name == "spiral"
           || name == "blobs" || name == "sine";
}

/// Columns `indices` of `data`, in that order.
Dataset subset(const Dataset &data, const std::vector<Eigen::Index> &indices)
{
    Dataset part;
    part.task = data.task;
    part.classCount = data.classCount;
    const auto m = static_cast<Eigen::Index>(indices.size());
    part.inputs.resize(data.inputs.rows(), m);
    if (data.task == Task::Regression)
        part.targets.resize(data.targets.rows(), m);
    else
        part.labels.reserve(indices.size());
    for (Eigen::Index c = 0; c < m; ++c) {
        const Eigen::Index j = indices[static_cast<std::size_t>(c)];
        part.inputs.col(c) = data.inputs.col(j);
        if (data.task == Task::Regression)
            part.targets.col(c) = data.targets.col(j);
        else
            part.labels.push_back(data.labels[static_cast<std::size_t>(j)]);
    }
    return part;
}

} // namespace

const std::vector<std::string> &datasetNames()
{
    static const std::vector<std::string> names{"moons", "circles", "xor",   "spiral",
                                                "blobs", "sine",    "digits"};
    return names;
}

bool isKnownDataset(std::string_view name)
{
    return isGenerator(name) || name == "digits" || name == "csv";
}

std::optional<DatasetShape> datasetShape(const DatasetRecipe &recipe)
{
    const std::string &name = recipe.name;
    if (name == "moons" || name == "circles" || name == "xor" || name == "spiral")
        return DatasetShape{2, 2};
    if (name == "blobs")
        return DatasetShape{2, recipe.classes};
    if (name == "sine")
        return DatasetShape{1, 1};
    if (name == "digits")
        return DatasetShape{64, 10};
    return std::nullopt;
}

Status validateRecipe(const DatasetRecipe &recipe)
{
    using L = DatasetLimits;
    if (!isKnownDataset(recipe.name)) {
        return Error{"unknown_dataset",
                     "unknown data set '" + recipe.name + "'",
                     {{"name", recipe.name}}};
    }
    if (isGenerator(recipe.name)) {
        if (recipe.samples < L::minSamples || recipe.samples > L::maxSamples) {
            return rangeError("samples_out_of_range", "sample count", recipe.samples, L::minSamples,
                              L::maxSamples);
        }
        if (!std::isfinite(recipe.noise) || recipe.noise < 0.0 || recipe.noise > L::maxNoise)
            return rangeError("noise_out_of_range", "noise", recipe.noise, 0.0, L::maxNoise);
    }
    if (recipe.name == "blobs"
        && (recipe.classes < L::minClasses || recipe.classes > L::maxClasses)) {
        return rangeError("classes_out_of_range", "class count", recipe.classes, L::minClasses,
                          L::maxClasses);
    }
    if (!std::isfinite(recipe.testFraction) || recipe.testFraction < 0.0
        || recipe.testFraction > L::maxTestFraction) {
        return rangeError("test_fraction_out_of_range", "test fraction", recipe.testFraction, 0.0,
                          L::maxTestFraction);
    }
    if (recipe.name == "csv" && recipe.csvPath.empty())
        return Error{"csv_path_empty", "no CSV file given", {}};
    return {};
}

Expected<Dataset> makeDataset(const DatasetRecipe &recipe, const DataSources &sources)
{
    const Status valid = validateRecipe(recipe);
    if (!valid)
        return valid.error();

    if (recipe.name == "digits") {
        if (sources.digitsCsv.empty())
            return Error{"digits_unavailable", "the digits data were not supplied", {}};
        return parseDigitsCsv(sources.digitsCsv);
    }
    if (recipe.name == "csv") {
        CsvOptions options;
        options.task = recipe.csvTask;
        return readCsvFile(recipe.csvPath, options);
    }

    Rng rng(recipe.seed);
    const Eigen::Index n = recipe.samples;
    if (recipe.name == "moons")
        return moons(n, recipe.noise, rng);
    if (recipe.name == "circles")
        return circles(n, recipe.noise, rng);
    if (recipe.name == "xor")
        return xorSet(n, recipe.noise, rng);
    if (recipe.name == "spiral")
        return spiral(n, recipe.noise, rng);
    if (recipe.name == "blobs")
        return blobs(n, recipe.classes, recipe.noise, rng);
    return sine(n, recipe.noise, rng);
}

Expected<DataSplit> splitDataset(const Dataset &data, double testFraction, std::uint64_t seed,
                                 bool standardise)
{
    using L = DatasetLimits;
    if (!std::isfinite(testFraction) || testFraction < 0.0 || testFraction > L::maxTestFraction) {
        return rangeError("test_fraction_out_of_range", "test fraction", testFraction, 0.0,
                          L::maxTestFraction);
    }
    const Eigen::Index n = data.sampleCount();
    const auto testCount = static_cast<Eigen::Index>(std::llround(testFraction * n));
    if (n - testCount < 1 || (testFraction > 0.0 && testCount < 1)) {
        return Error{"split_too_small",
                     "cannot split " + std::to_string(n) + " samples with test fraction "
                         + number(testFraction),
                     {{"train", std::to_string(n - testCount)},
                      {"test", std::to_string(testCount)},
                      {"samples", std::to_string(n)}}};
    }

    // Fisher–Yates: after the loop, perm[0..testCount) is a uniformly random subset.
    std::vector<Eigen::Index> perm(static_cast<std::size_t>(n));
    for (Eigen::Index j = 0; j < n; ++j)
        perm[static_cast<std::size_t>(j)] = j;
    Rng rng(seed ^ splitSalt);
    for (Eigen::Index i = 0; i < testCount; ++i) {
        const auto pick = i
                          + static_cast<Eigen::Index>(rng.below(static_cast<std::uint64_t>(n - i)));
        std::swap(perm[static_cast<std::size_t>(i)], perm[static_cast<std::size_t>(pick)]);
    }
    std::vector<Eigen::Index> testIndices(perm.begin(), perm.begin() + testCount);
    std::vector<Eigen::Index> trainIndices(perm.begin() + testCount, perm.end());
    // Each part keeps the original order of the samples (a CSV stays "as given").
    std::sort(testIndices.begin(), testIndices.end());
    std::sort(trainIndices.begin(), trainIndices.end());

    DataSplit split;
    split.train = subset(data, trainIndices);
    split.test = subset(data, testIndices);

    if (standardise) {
        // Per feature f: μ_f = mean over train, σ_f = sqrt(mean (x - μ_f)²) (population std, as
        // sklearn's StandardScaler); a constant feature keeps σ = 1 instead of dividing by 0.
        const Eigen::VectorXd mean = split.train.inputs.rowwise().mean();
        Eigen::MatrixXd centred = split.train.inputs.colwise() - mean;
        Eigen::VectorXd sigma = (centred.array().square().rowwise().sum()
                                 / static_cast<double>(split.train.sampleCount()))
                                    .sqrt()
                                    .matrix();
        for (Eigen::Index f = 0; f < sigma.size(); ++f) {
            if (!(sigma(f) > 0.0))
                sigma(f) = 1.0;
        }
        const Eigen::ArrayXd inverse = sigma.array().inverse();
        split.train.inputs = (centred.array().colwise() * inverse).matrix();
        if (split.test.sampleCount() > 0) {
            Eigen::MatrixXd testCentred = split.test.inputs.colwise() - mean;
            split.test.inputs = (testCentred.array().colwise() * inverse).matrix();
        }
    }
    return split;
}

Expected<DataSplit> makeDataSplit(const DatasetRecipe &recipe, const DataSources &sources)
{
    Expected<Dataset> data = makeDataset(recipe, sources);
    if (!data)
        return data.error();
    return splitDataset(*data, recipe.testFraction, recipe.seed, recipe.standardise);
}

Expected<DataSplit> makeDataSplit(const DatasetRecipe &recipe)
{
    return makeDataSplit(recipe, DataSources{});
}

Expected<Dataset> parseDigitsCsv(std::string_view text)
{
    CsvOptions options;
    options.task = CsvTask::Classification;
    options.maxColumns = 65;
    Expected<Dataset> parsed = parseCsv(text, options);
    if (!parsed)
        return parsed;
    Dataset &data = *parsed;
    const auto malformed = [](const std::string &row, const std::string &reason) {
        return Error{"digits_malformed",
                     "digits data, row " + row + ": " + reason,
                     {{"row", row}, {"reason", reason}}};
    };
    if (data.featureCount() != 64)
        return malformed("1", "expected 64 pixels and a label");
    for (Eigen::Index j = 0; j < data.sampleCount(); ++j) {
        for (Eigen::Index f = 0; f < 64; ++f) {
            const double pixel = data.inputs(f, j);
            if (!(pixel >= 0.0 && pixel <= 16.0) || std::floor(pixel) != pixel)
                return malformed(std::to_string(j + 1), "pixel outside 0..16");
        }
        if (data.labels[static_cast<std::size_t>(j)] > 9)
            return malformed(std::to_string(j + 1), "label outside 0..9");
    }
    // Pixel counts 0..16 (on-pixels in a 4x4 block) scaled to [0, 1].
    data.inputs /= 16.0;
    data.classCount = 10;
    return parsed;
}

} // namespace ReluLab::Core
