// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// Branch-free exp, expm1 and log1p that GCC vectorises. libm's exp/expm1/log1p are opaque calls,
// so a loop that calls them runs one element at a time; these are plain arithmetic, selects and
// integer bit operations on the float representation (SSE2 baseline, wider where the loop is
// cloned for AVX2/AVX-512), so the activation loops vectorise around them.
//
// Accuracy: the classic Cody–Waite/Tang reductions with Taylor polynomials taken far enough that
// truncation is below half an ulp; the result is within a few ulp of the exact value (double
// ≈ 2 ulp = 4e-16 relative, float ≈ 2 ulp = 2.4e-7), far inside the project's policy (1e-12 and
// 1e-5, tests/reference/activations/README.md §2), and every activation test checks it. No
// -ffast-math is needed or used: the order of every operation is as written.

#include <bit>
#include <cstdint>

namespace ReluLab::Core::Activations::Vec {

template<typename T>
struct Format;

template<>
struct Format<double>
{
    using Bits = std::uint64_t;
    static constexpr int mantissaBits = 52;
    static constexpr Bits exponentBias = 1023;
    /// 1.5·2⁵²: adding it rounds to an integer k and leaves k in the low bits of the result.
    static constexpr double shifter = 0x1.8p52;
    static constexpr double log2e = 0x1.71547652b82fep+0;
    /// ln 2 = ln2Hi + ln2Lo with ln2Hi's low 32 bits zero, so k·ln2Hi is exact (fdlibm).
    static constexpr double ln2Hi = 0x1.62e42feep-1;
    static constexpr double ln2Lo = 0x1.a39ef35793c76p-33;
    /// exp's argument is clamped to ±expClamp: e^−1400 = 0 and e^1400 = inf after scaling, and
    /// k/2 stays a normal exponent, so the two-step scaling below is valid.
    static constexpr double expClamp = 1400.0;
    static constexpr double sqrt2 = 0x1.6a09e667f3bcdp+0;
};

template<>
struct Format<float>
{
    using Bits = std::uint32_t;
    static constexpr int mantissaBits = 23;
    static constexpr Bits exponentBias = 127;
    static constexpr float shifter = 0x1.8p23f;
    static constexpr float log2e = 0x1.715476p+0f;
    static constexpr float ln2Hi = 0x1.62e3p-1f;
    static constexpr float ln2Lo = 0x1.2fefa2p-17f;
    static constexpr float expClamp = 170.0f;
    static constexpr float sqrt2 = 0x1.6a09e6p+0f;
};

/// 2^k for an integral T k held as t = k + shifter (|k| within the normal exponent range).
template<typename T>
inline T powerOfTwo(T t)
{
    using F = Format<T>;
    using Bits = typename F::Bits;
    return std::bit_cast<T>(
        static_cast<Bits>((std::bit_cast<Bits>(t) + F::exponentBias) << F::mantissaBits));
}

/// e^r − 1 for |r| ≤ ln2/2 (+ a rounding), Taylor to the term below half an ulp: r¹³/13! for
/// double (0.35¹⁴/14! = 4e-18), r⁷/7! for float (0.35⁸/8! = 5e-9). Computed as r + r²·q, so
/// it keeps full relative precision as r → 0.
template<typename T>
inline T expm1Kernel(T r)
{
    T q;
    if constexpr (sizeof(T) == sizeof(double)) {
        q = T(1.0 / 6227020800.0);        // 1/13!
        q = T(1.0 / 479001600.0) + r * q; // 1/12!
        q = T(1.0 / 39916800.0) + r * q;  // 1/11!
        q = T(1.0 / 3628800.0) + r * q;   // 1/10!
        q = T(1.0 / 362880.0) + r * q;    // 1/9!
        q = T(1.0 / 40320.0) + r * q;     // 1/8!
        q = T(1.0 / 5040.0) + r * q;      // 1/7!
        q = T(1.0 / 720.0) + r * q;       // 1/6!
    } else {
        q = T(1.0 / 5040.0);
        q = T(1.0 / 720.0) + r * q;
    }
    q = T(1.0 / 120.0) + r * q;
    q = T(1.0 / 24.0) + r * q;
    q = T(1.0 / 6.0) + r * q;
    q = T(0.5) + r * q;
    return r + (r * r) * q;
}

/// e^x and e^x − 1 from one argument reduction: x = k·ln2 + r, e^x = 2^k·(1 + p), p = e^r − 1.
template<typename T>
struct ExpPair
{
    T e;   ///< e^x: correct for every x, ±inf and NaN (0 and inf beyond the range, subnormals)
    T em1; ///< e^x − 1: full relative precision near 0; valid for x ≤ 0 (the callers' domain)
};

/// e^(a+b) and e^(a+b) − 1 with the reduction done on a and b separately: r = (a − k·ln2Hi) +
/// (b − k·ln2Lo), so a large a known exactly (−x_hi²/2 in GELU) keeps its digits (e^a needs a to
/// an absolute 1e-16, not relative). The first subtraction is exact (Sterbenz) when |a| ≥ 1.
template<typename T>
inline ExpPair<T> expPairSum(T a, T b)
{
    using F = Format<T>;
    // Clamp (NaN passes through both selects and propagates through the polynomial).
    T ac = a < -F::expClamp ? -F::expClamp : a;
    ac = ac > F::expClamp ? F::expClamp : ac;
    const T kShifted = (ac + b) * F::log2e + F::shifter;
    const T k = kShifted - F::shifter;                    // round(x/ln2), exactly an integer
    const T r = (ac - k * F::ln2Hi) + (b - k * F::ln2Lo); // x − k·ln2, |r| ≤ ln2/2
    const T p = expm1Kernel(r);
    // 2^k = 2^k1 · 2^k2 with k1 = round(k/2), so each factor is normal even where 2^k is not:
    // gradual underflow to subnormals and to 0, overflow to inf, come from the last product.
    const T k1Shifted = k * T(0.5) + F::shifter;
    const T k2 = k - (k1Shifted - F::shifter);
    const T s1 = powerOfTwo(k1Shifted);
    const T s2 = powerOfTwo(k2 + F::shifter);
    const T s = s1 * s2;
    const T em1 = s * p + (s - T(1));
    return {(s1 * (T(1) + p)) * s2, em1};
}

template<typename T>
inline ExpPair<T> expPair(T x)
{
    const ExpPair<T> p = expPairSum(x, T(0));
    // x = −0 keeps its sign in e^x − 1 (r + r²q would give +0).
    return {p.e, x == T(0) ? x : p.em1};
}

/// e^x for every x.
template<typename T>
inline T exp(T x)
{
    return expPair(x).e;
}

/// log(1 + y) for y in [0, 1] (and NaN): the callers' y = e^−|z|.
/// u = 1 + y rounds; c = y − (u − 1) is that rounding error exactly (|1| ≥ |y|), and
/// log1p(y) = log u + log(1 + c/u) ≈ log u + c/u. With u = 2^j·m, m in [1/√2, √2) (j = 0 or 1),
/// log m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716, and m − 1 is exact (Sterbenz):
/// 2·atanh s = 2s·(1 + s²/3 + s⁴/5 + …) to s²⁰/21 for double (0.0295¹¹/23 = 6e-19), s¹⁰/11
/// for float. Keeps y's full precision for tiny y (u = 1, c = y).
template<typename T>
inline T log1pUnit(T y)
{
    using F = Format<T>;
    const T u = T(1) + y;
    const T c = y - (u - T(1));
    const bool upper = u > F::sqrt2;
    const T m = upper ? u * T(0.5) : u;
    const T j = upper ? T(1) : T(0);
    const T f = m - T(1);
    const T s = f / (T(2) + f);
    const T z = s * s;
    T q;
    if constexpr (sizeof(T) == sizeof(double)) {
        q = T(1.0 / 21.0);
        q = T(1.0 / 19.0) + z * q;
        q = T(1.0 / 17.0) + z * q;
        q = T(1.0 / 15.0) + z * q;
        q = T(1.0 / 13.0) + z * q;
        q = T(1.0 / 11.0) + z * q;
        q = T(1.0 / 9.0) + z * q;
        q = T(1.0 / 7.0) + z * q;
    } else {
        q = T(1.0 / 11.0);
        q = T(1.0 / 9.0) + z * q;
        q = T(1.0 / 7.0) + z * q;
    }
    q = T(1.0 / 5.0) + z * q;
    q = T(1.0 / 3.0) + z * q;
    const T logM = T(2) * s + (T(2) * s) * (z * q);
    return j * F::ln2Hi + (logM + (c / u + j * F::ln2Lo));
}

/// tanh x = sign(x)·(1 − e)/(1 + e), e = e^−2|x|, with 1 − e = −expm1(−2|x|) (no cancellation
/// near 0), and sech²x = 4e/(1 + e)² from the same e (no 1 − tanh² cancellation for large |x|).
template<typename T>
struct TanhPair
{
    T t;     ///< tanh x (±1 at ±inf, NaN for NaN, −0 for −0)
    T sech2; ///< 1 − tanh²x (0 at ±inf)
};

template<typename T>
inline TanhPair<T> tanhPair(T x)
{
    const T ax = x < T(0) ? -x : x;
    const ExpPair<T> p = expPair(T(-2) * ax);
    const T d = T(1) + p.e;
    const T t = -p.em1 / d;
    return {x < T(0) ? -t : t, T(4) * p.e / (d * d)};
}

/// GELU's Gaussian parts in float: 2Φ(x) = erfc(−x/√2) and e^(−x²/2), for every float x, with
/// one exponential: erfc(a) = e^(−a²)·erfcx(a) for a ≥ 0 and erfc(−a) = 2 − erfc(a), so the
/// Gaussian needed by f′ is also the factor of the tail. Vectorises (no branch, no libm call).
struct GaussianParts
{
    float twoPhi;   ///< 2Φ(x) = erfc(−x/√2)
    float gaussian; ///< e^(−x²/2)
};

inline GaussianParts gaussianParts(float x)
{
    // Beyond |x| = 10, e^(−x²/2) < 2e-22 and erfc(|x|/√2) < 1.6e-23: both are far below the
    // float policy's atol and 2 − tail rounds to 2, so |x| is clamped there (NaN gives 10 here
    // and propagates through the caller's x). The clamp keeps 2^k normal (k ≥ −73), so one
    // power of two and the short Taylor kernel make e^(−a²/2): its argument carries at most
    // |−a²/2|·2^−24 ≤ 3e-6 of absolute rounding, a relative 3e-6 in the result at a = 10 and
    // 5e-7 at a = 4, inside the float policy (rtol 1e-5) where the result still matters.
    using F = Format<float>;
    const float ax = x < 0.0f ? -x : x;
    const float a = ax < 10.0f ? ax : 10.0f;
    const float e = -0.5f * (a * a);
    const float kShifted = e * F::log2e + F::shifter;
    const float k = kShifted - F::shifter;
    const float r = (e - k * F::ln2Hi) - k * F::ln2Lo;
    const float gaussian = powerOfTwo(kShifted) * (1.0f + expm1Kernel(r));
    // erfc(z) = e^(−z²)·erfcx(z), z = a/√2, and erfcx(z) = t·Q(t), t = 1/(1 + z/2) in
    // (0.22, 1], Q a degree-9 Chebyshev fit (mpmath chebyfit) with relative error 1.6e-8 on
    // z ≤ 10/√2. One division and one exponential (shared with φ) per element, no branch.
    const float t = 1.0f / (1.0f + (0.5f * 0.70710678118654752440f) * a);
    float q = 0.02797786631f;
    q = -0.2084720169f + t * q;
    q = 0.6292132059f + t * q;
    q = -0.9368796475f + t * q;
    q = 0.6429282347f + t * q;
    q = -0.2170835331f + t * q;
    q = 0.2665090254f + t * q;
    q = 0.2298882789f + t * q;
    q = 0.2839080093f + t * q;
    q = 0.2820105754f + t * q;
    const float tail = gaussian * (t * q); // erfc(|x|/√2) = 2Φ(−|x|)
    // φ needs e^(−x²/2) at x itself: beyond the clamp it is below 2e-22, and x·φ(x) < 1e-20.
    return {x < 0.0f ? tail : 2.0f - tail, gaussian};
}

} // namespace ReluLab::Core::Activations::Vec
