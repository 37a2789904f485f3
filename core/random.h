// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <array>
#include <cstdint>

namespace ReluLab::Core {

/// A generator's complete state: the four xoshiro256** words and the Box–Muller spare (its
/// IEEE-754 bits, so that it is kept exactly). Saved sessions carry it so shuffling and RReLU
/// draws go on where they stopped.
struct RngState
{
    std::array<std::uint64_t, 4> words{};
    std::uint64_t spareNormalBits = 0;
    bool hasSpare = false;

    bool operator==(const RngState &) const = default;
};

/// The project's one source of randomness: xoshiro256** (Blackman & Vigna 2018) seeded through
/// SplitMix64. Every distribution is implemented here, never taken from <random>, because
/// std::normal_distribution and friends differ between standard libraries: a run must be
/// reproducible bit for bit from its seed on the same build.
class Rng
{
public:
    explicit Rng(std::uint64_t seed = 0) { reseed(seed); }

    void reseed(std::uint64_t seed);
    RngState state() const;
    /// Restores a state from state(). All-zero words are xoshiro's one fixed point (it would
    /// output zeros forever): they are refused by the callers that read states from files.
    void setState(const RngState &state);

    /// 64 uniformly random bits.
    std::uint64_t nextU64();
    /// Uniform on [0, 1) with 53 random bits.
    double uniform();
    /// Uniform on [a, b).
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    /// Uniform integer on [0, n), n > 0, without modulo bias (Lemire's method).
    std::uint64_t below(std::uint64_t n);
    /// Standard normal N(0, 1) by the Box–Muller transform (the spare value is kept).
    double normal();
    double normal(double mean, double stddev) { return mean + stddev * normal(); }
    /// Beta(2, 1), density 2u on [0, 1]: sqrt(U) for U uniform (used by RAI initialisation).
    double beta21();

private:
    std::uint64_t m_s[4] = {};
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace ReluLab::Core
