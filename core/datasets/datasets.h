// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/dataset.h"
#include "core/result.h"
#include "core/trainingconfig.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ReluLab::Core {

/// Bytes that core cannot fetch by itself (it has no access to Qt resources). The ui/app layer
/// fills them in, e.g. from io/bundleddata.h (":/data/digits.csv").
struct DataSources
{
    std::string digitsCsv; ///< the UCI 8x8 digits CSV text (64 pixels 0..16, then the label)
};

/// Validation limits of a DatasetRecipe (errors carry these in their args).
struct DatasetLimits
{
    static constexpr int minSamples = 4;
    static constexpr int maxSamples = 1'000'000;
    static constexpr double maxNoise = 10.0;
    static constexpr int minClasses = 2;
    static constexpr int maxClasses = 5;
    static constexpr double maxTestFraction = 0.9;
};

/// The generator names, in menu order: moons, circles, xor, spiral, blobs, sine, digits.
/// ("csv" is also a valid recipe name: it loads recipe.csvPath with readCsvFile.)
const std::vector<std::string> &datasetNames();

/// True for a name makeDataSplit understands (a generator name or "csv").
bool isKnownDataset(std::string_view name);

/// Input and output sizes of the network a recipe needs, known without generating the data:
/// 2 -> 2 for moons, circles, xor, spiral; 2 -> classes for blobs; 1 -> 1 for sine; 64 -> 10 for
/// digits. std::nullopt for csv (known only after reading the file) and unknown names.
struct DatasetShape
{
    int inputs = 0;
    int outputs = 0;
};
std::optional<DatasetShape> datasetShape(const DatasetRecipe &recipe);

/// Validates the recipe's knobs without generating anything. Error codes (args in braces):
/// unknown_dataset {name}, samples_out_of_range {value, min, max}, noise_out_of_range {value, max},
/// classes_out_of_range {value, min, max}, test_fraction_out_of_range {value, max},
/// csv_path_empty.
Status validateRecipe(const DatasetRecipe &recipe);

/// The whole data set the recipe describes, before splitting, in generation order.
/// Generators (x in R^2 unless stated; every draw from Rng(recipe.seed)):
///  - moons: sklearn.datasets.make_moons; outer arc (cos t, sin t), inner arc (1 - cos t,
///    0.5 - sin t), t evenly spaced on [0, π]; samples/2 per class (the first gets the odd one);
///    then N(0, noise²) added to each coordinate.
///  - circles: sklearn.datasets.make_circles with factor 0.5: outer unit circle (label 0), inner
///    circle of radius 0.5 (label 1), angles evenly spaced on [0, 2π), then Gaussian noise.
///  - xor: x uniform on [-1, 1]², label 1 when x1·x2 > 0 else 0 (label from the clean point),
///    then Gaussian noise on the coordinates.
///  - spiral: TensorFlow Playground's two arms: for i < n, r = 5 i / n, t = 1.75 · 2π i / n + δ,
///    δ = 0 (label 0) or π (label 1), x = (r sin t, r cos t) + noise. The radius is 5, so
///    noise is in the same input units as the other sets (Playground scales its noise by 0.5 ·
///    slider; here noise is the standard deviation itself).
///  - blobs: `classes` isotropic Gaussian clusters (label k, samples spread round-robin), centre
///    k at 2·(cos 2πk/classes, sin 2πk/classes), each point centre + N(0, s²) per coordinate with
///    s = 0.25 + noise (a base spread so that noise 0 still gives clouds, not single points).
///  - sine: 1-D regression, x uniform on [-π, π], target y = sin(x) + N(0, noise²).
///  - digits: the UCI 8x8 handwritten digits from sources.digitsCsv (1797 x 64, pixels / 16).
///  - csv: readCsvFile(recipe.csvPath) with recipe.csvTask, used exactly as given.
/// Errors: those of validateRecipe, digits_unavailable, and the CSV reader's codes.
Expected<Dataset> makeDataset(const DatasetRecipe &recipe, const DataSources &sources);

/// Seeded shuffle split then optional standardisation:
/// a permutation of the samples is drawn by Fisher–Yates with Rng(seed ^ splitSalt), the first
/// round(testFraction · n) samples of it form the test set, the rest the train set (each part
/// keeps the original sample order). testFraction 0 gives an empty test set. With standardise,
/// each feature is mapped to (x - μ) / σ using the train part's mean μ and population standard
/// deviation σ (σ = 0 -> 1), applied to both parts. Errors: test_fraction_out_of_range,
/// split_too_small {train, test} (either non-empty part would have no sample).
Expected<DataSplit> splitDataset(const Dataset &data, double testFraction, std::uint64_t seed,
                                 bool standardise);

/// makeDataset followed by splitDataset(recipe.testFraction, recipe.seed, recipe.standardise).
Expected<DataSplit> makeDataSplit(const DatasetRecipe &recipe, const DataSources &sources);

/// As above with no extra sources: "digits" then fails with Error "digits_unavailable".
Expected<DataSplit> makeDataSplit(const DatasetRecipe &recipe);

/// Parses the UCI digits CSV (as shipped in resources/data/digits.csv: 65 comma-separated
/// integers per line, 64 pixels in 0..16 row-major then the label 0..9; no header). Pixels are
/// divided by 16 into [0, 1]. Errors: the CSV reader's codes, digits_malformed {row, reason}.
Expected<Dataset> parseDigitsCsv(std::string_view text);

} // namespace ReluLab::Core
