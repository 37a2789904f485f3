// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Training throughput in samples per second (float32, SGD, ReLU, He init):
//   2-64-64-2 on two moons (1000 points, 750 trained) and 64-256-256-10 on 1797 x 64 digit-like
//   data (uniform pixels in [0, 1], ten classes; the real digits need the ui's bundled CSV),
//   each with batch 32 and full batch. Run: build-dir/bench/bench_training [seconds per case].

#include "core/datasets/datasets.h"
#include "core/network/trainer.h"
#include "core/random.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace ReluLab::Core;

namespace {

DataSplit digitLike()
{
    Rng rng(17);
    DataSplit split;
    Dataset &data = split.train;
    data.classCount = 10;
    data.inputs.resize(64, 1797);
    for (Eigen::Index i = 0; i < data.inputs.size(); ++i)
        data.inputs(i) = double(rng.below(17)) / 16.0;
    for (int j = 0; j < 1797; ++j)
        data.labels.push_back(int(rng.below(10)));
    return split;
}

void measure(const char *name, const TrainingConfig &config, const DataSplit &data, double seconds)
{
    Expected<Trainer> trainer = Trainer::create(config, data);
    if (!trainer) {
        std::printf("%s: %s\n", name, trainer.error().message.c_str());
        return;
    }
    trainer->trainEpoch(); // warm up
    const auto samples = double(data.train.sampleCount());
    const auto start = std::chrono::steady_clock::now();
    int epochs = 0;
    double elapsed = 0.0;
    while (elapsed < seconds) {
        trainer->trainEpoch();
        ++epochs;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    std::printf("%-34s %12.0f samples/s  (%d epochs in %.2f s, train loss %.4f)\n", name,
                samples * epochs / elapsed, epochs, elapsed, trainer->evaluate().trainLoss);
}

} // namespace

int main(int argc, char *argv[])
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 2.0;

    DatasetRecipe recipe; // moons, 1000 samples, noise 0.1, test 25 %
    recipe.standardise = true;
    Expected<DataSplit> moons = makeDataSplit(recipe);
    if (!moons) {
        std::printf("moons: %s\n", moons.error().message.c_str());
        return 1;
    }
    const DataSplit digits = digitLike();

    TrainingConfig config;
    config.network.dtype = Dtype::F32;
    config.optimizer.learningRate = 0.05;
    for (const int batch : {32, 0}) {
        config.batchSize = batch;
        config.network.hidden = {64, 64};
        const std::string moonsName = "2-64-64-2 moons, batch "
                                      + (batch ? std::to_string(batch) : std::string("full"));
        measure(moonsName.c_str(), config, *moons, seconds);
        config.network.hidden = {256, 256};
        const std::string digitsName = "64-256-256-10 digits, batch "
                                       + (batch ? std::to_string(batch) : std::string("full"));
        measure(digitsName.c_str(), config, digits, seconds);
    }
    return 0;
}
