// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Value + gradient throughput of every activation on 1M elements, float32 and float64.
// Usage: bench_activations [elements] [repetitions]   (defaults 1048576 and 9; median reported)
// The inputs are uniform on [−8, 8]; a copy bandwidth line gives the memory-bound ceiling.
// f and f′ come from one evaluate() call (one fused pass per element, what training needs); f″ is
// not timed. PyTorch's figures in the same layout: bench/pytorch/bench_activations_torch.py.

#include "core/activation.h"
#include "core/random.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace ReluLab::Core;

namespace {

using Clock = std::chrono::steady_clock;

template<typename Fn>
double medianSeconds(int repetitions, Fn &&fn)
{
    std::vector<double> t;
    fn(); // warm-up: page in the buffers
    for (int r = 0; r < repetitions; ++r) {
        const Clock::time_point start = Clock::now();
        fn();
        t.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

template<typename T>
double throughput(const Activation &a, const std::vector<T> &x, int repetitions)
{
    std::vector<T> v(x.size()), g(x.size());
    const double s = medianSeconds(repetitions, [&] {
        a.evaluate(std::span<const T>(x), std::span<T>(v), std::span<T>(g));
    });
    return static_cast<double>(x.size()) / s;
}

/// Read x, write two outputs: the traffic of value+gradient, at memcpy speed.
template<typename T>
double copyThroughput(const std::vector<T> &x, int repetitions)
{
    std::vector<T> v(x.size()), g(x.size());
    const double s = medianSeconds(repetitions, [&] {
        std::memcpy(v.data(), x.data(), x.size() * sizeof(T));
        std::memcpy(g.data(), x.data(), x.size() * sizeof(T));
    });
    return static_cast<double>(x.size()) / s;
}

} // namespace

int main(int argc, char **argv)
{
    const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : (1u << 20);
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 9;
    Rng rng(2026);
    std::vector<double> xd(n);
    std::vector<float> xf(n);
    for (std::size_t i = 0; i < n; ++i) {
        xd[i] = rng.uniform(-8.0, 8.0);
        xf[i] = static_cast<float>(xd[i]);
    }

    std::printf("value+gradient throughput, %zu elements, median of %d runs (Melem/s)\n", n,
                repetitions);
    std::printf("%-22s %12s %12s\n", "activation", "float32", "float64");
    std::printf("%-22s %12.1f %12.1f\n", "(memcpy x→v, x→g)", copyThroughput(xf, repetitions) / 1e6,
                copyThroughput(xd, repetitions) / 1e6);

    struct Case
    {
        std::string label;
        std::string id;
        std::map<std::string, double> parameters;
    };
    std::vector<Case> cases;
    for (const ActivationInfo &info : activationCatalogue())
        cases.push_back({info.id, info.id, {}});
    cases.push_back({"gelu(tanh)", "gelu", {{"approximate", 1.0}}});
    for (const Case &c : cases) {
        const Expected<Activation> a = Activation::create(c.id, c.parameters);
        if (!a)
            return 1;
        std::printf("%-22s %12.1f %12.1f\n", c.label.c_str(), throughput(*a, xf, repetitions) / 1e6,
                    throughput(*a, xd, repetitions) / 1e6);
    }
    return 0;
}
