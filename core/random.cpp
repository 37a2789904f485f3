// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "random.h"

#include <bit>
#include <cmath>
#include <numbers>

namespace ReluLab::Core {

namespace {

__extension__ typedef unsigned __int128 UInt128; // GCC/Clang: the 64x64 -> 128-bit product

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

void Rng::reseed(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (std::uint64_t &word : m_s)
        word = splitMix64(state);
    m_hasSpare = false;
    m_spareNormal = 0.0;
}

RngState Rng::state() const
{
    RngState state;
    for (std::size_t i = 0; i < state.words.size(); ++i)
        state.words[i] = m_s[i];
    state.spareNormalBits = std::bit_cast<std::uint64_t>(m_spareNormal);
    state.hasSpare = m_hasSpare;
    return state;
}

void Rng::setState(const RngState &state)
{
    for (std::size_t i = 0; i < state.words.size(); ++i)
        m_s[i] = state.words[i];
    m_spareNormal = std::bit_cast<double>(state.spareNormalBits);
    m_hasSpare = state.hasSpare;
}

std::uint64_t Rng::nextU64()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Rng::uniform()
{
    // The top 53 bits scaled by 2^-53: every double in [0, 1) on that grid, equally likely.
    return static_cast<double>(nextU64() >> 11) * 0x1.0p-53;
}

std::uint64_t Rng::below(std::uint64_t n)
{
    // Lemire (2019): multiply-shift with rejection of the biased low region.
    UInt128 m = static_cast<UInt128>(nextU64()) * n;
    auto low = static_cast<std::uint64_t>(m);
    if (low < n) {
        const std::uint64_t threshold = (0 - n) % n;
        while (low < threshold) {
            m = static_cast<UInt128>(nextU64()) * n;
            low = static_cast<std::uint64_t>(m);
        }
    }
    return static_cast<std::uint64_t>(m >> 64);
}

double Rng::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    // Box–Muller: for U1 in (0, 1], U2 in [0, 1), r = sqrt(-2 ln U1) and angle 2 pi U2 give two
    // independent N(0, 1) draws r cos and r sin. 1 - uniform() keeps U1 away from 0 (ln 0).
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spareNormal = r * std::sin(angle);
    m_hasSpare = true;
    return r * std::cos(angle);
}

double Rng::beta21()
{
    // If U ~ U(0,1) then P(sqrt(U) <= t) = t^2, the CDF of Beta(2, 1).
    return std::sqrt(uniform());
}

} // namespace ReluLab::Core
