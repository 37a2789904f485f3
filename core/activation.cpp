// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Activation: validation of parameters and the evaluation loops. The kind is dispatched once per
// evaluate() call; each case then runs a tight loop over the kernel of core/activations/*.h, which
// the compiler inlines and vectorises. This file is compiled with -fno-trapping-math
// (core/CMakeLists.txt): no FP-exception flag is ever read in this program, so GCC may evaluate
// both arms of a select (x > 0 ? x : s·x) and vectorise; results are unchanged (it is not
// -ffast-math). And with -ffp-contract=off: no a·b + c is fused, so the Dekker splits of
// activations/vecmath.h stay exact and every CPU gets the same bits.

#include "activation.h"

#include "activations/classic.h"
#include "activations/hardpiecewise.h"
#include "activations/kind.h"
#include "activations/relufamily.h"
#include "activations/shrinkthreshold.h"
#include "activations/sigmoidfamily.h"
#include "activations/smoothrelulike.h"
#include "random.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <concepts>

namespace ReluLab::Core {

using namespace Activations;

namespace {

// SELU's constants (Klambauer et al. 2017), as PyTorch spells them in double.
constexpr double seluAlpha = 1.6732632423543772848170429916717;
constexpr double seluScale = 1.0507009873554804934193349852946;

std::string formatNumber(double value)
{
    char buffer[64];
    const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, r.ptr);
}

bool isInteger(double v)
{
    return std::isfinite(v) && std::floor(v) == v;
}

/// Kernels with a fused valueGrad() (the smooth ones: f and f′ share their exponentials).
template<typename Kernel, typename T>
concept HasValueGrad = requires(const Kernel &k, T x) {
    { k.valueGrad(x) } -> std::same_as<ValueGrad<T>>;
};

/// Runs kernel k over n elements: f (and f′) in one loop, then f″ in its own when wanted. Each
/// loop is free of per-element tests, and the kernels are branch-free (selects, Vec:: maths), so
/// GCC vectorises every loop.
template<typename T, typename Kernel>
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
// Its own function per kernel (inlined into the large dispatch switch, GCC's if-conversion gave
// up on some loops), with every kernel helper inlined into it ("flatten"), cloned for AVX-512 and
// AVX2 and picked at load time (the binary still runs on any x86-64: "default" is the SSE2
// build). With -ffp-contract=off (core/CMakeLists.txt) every clone performs the same IEEE
// operations in the same order, so results are bit-identical.
__attribute__((noinline, flatten, target_clones("avx512f", "avx2", "default")))
#elif defined(__GNUC__)
__attribute__((noinline, flatten))
#endif
void run(const Kernel &kernel, const T *__restrict x, T *__restrict v, T *__restrict g,
         T *__restrict h, std::size_t n)
{
    // A local copy: its parameters provably do not alias the outputs, so they stay in registers
    // and the loops vectorise.
    const Kernel k = kernel;
    if constexpr (HasValueGrad<Kernel, T>) {
        if (g) {
            for (std::size_t i = 0; i < n; ++i) {
                const ValueGrad<T> r = k.valueGrad(x[i]);
                v[i] = r.value;
                g[i] = r.grad;
            }
        } else {
            for (std::size_t i = 0; i < n; ++i)
                v[i] = k.valueGrad(x[i]).value;
        }
    } else if (g) {
        for (std::size_t i = 0; i < n; ++i) {
            v[i] = k.value(x[i]);
            g[i] = k.grad(x[i]);
        }
    } else {
        for (std::size_t i = 0; i < n; ++i)
            v[i] = k.value(x[i]);
    }
    if (h) {
        for (std::size_t i = 0; i < n; ++i)
            h[i] = k.grad2(x[i]);
    }
}

/// RReLU in training mode (PyTorch's rrelu_with_noise): every x ≤ 0, in order, draws its own
/// slope a ~ U(lower, upper) from rng (in double, then rounded to T); f = a·x, f′ = a, f″ = 0.
template<typename T>
void runRreluTraining(double lower, double upper, Rng &rng, const T *x, T *v, T *g, T *h,
                      std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        const bool negative = x[i] <= T(0);
        const T slope = negative ? static_cast<T>(rng.uniform(lower, upper)) : T(1);
        v[i] = negative ? x[i] * slope : x[i];
        if (g)
            g[i] = slope;
        if (h)
            h[i] = T(0);
    }
}

template<typename T>
void evaluateKind(ActivationKind kind, const std::vector<double> &p, const T *x, T *v, T *g, T *h,
                  std::size_t n, Rng *rng)
{
    switch (kind) {
    case ActivationKind::Relu:
        return run(Relu<T>{}, x, v, g, h, n);
    case ActivationKind::Relu6:
        return run(Hardtanh<T>{T(0), T(6)}, x, v, g, h, n);
    case ActivationKind::LeakyRelu:
    case ActivationKind::Prelu:
        // Slope 0 is ReLU (same values, same f′(0) = 0), and keeps f(−inf) = 0, not −inf·0.
        if (p[0] == 0.0)
            return run(Relu<T>{}, x, v, g, h, n);
        return run(LeakyRelu<T>{static_cast<T>(p[0])}, x, v, g, h, n);
    case ActivationKind::Rrelu:
        if (p[2] != 0.0 && rng)
            return runRreluTraining(p[0], p[1], *rng, x, v, g, h, n);
        // Eval mode: the mean slope, formed in double and then rounded (PyTorch).
        if (p[0] + p[1] == 0.0)
            return run(Relu<T>{}, x, v, g, h, n);
        return run(LeakyRelu<T>{static_cast<T>((p[0] + p[1]) / 2.0)}, x, v, g, h, n);
    case ActivationKind::Elu: {
        const T alpha = static_cast<T>(p[0]);
        return run(ExpLinear<T>{alpha, T(1), T(1), alpha, alpha}, x, v, g, h, n);
    }
    case ActivationKind::Celu: {
        const T alpha = static_cast<T>(p[0]);
        return run(ExpLinear<T>{alpha, alpha, T(1), T(1), T(1) / alpha}, x, v, g, h, n);
    }
    case ActivationKind::Selu: {
        // λα_s formed in T from the rounded constants, as PyTorch does (float: 1.7580993).
        const T scale = static_cast<T>(seluScale);
        const T a = static_cast<T>(seluAlpha) * scale;
        return run(ExpLinear<T>{a, T(1), scale, a, a}, x, v, g, h, n);
    }
    case ActivationKind::Gelu:
        if (p[0] != 0.0)
            return run(GeluTanh<T>{}, x, v, g, h, n);
        return run(Gelu<T>{}, x, v, g, h, n);
    case ActivationKind::Silu:
        return run(Silu<T>{}, x, v, g, h, n);
    case ActivationKind::Mish:
        return run(Mish<T>{}, x, v, g, h, n);
    case ActivationKind::Softplus:
        return run(Softplus<T>{static_cast<T>(p[0]), static_cast<T>(p[1])}, x, v, g, h, n);
    case ActivationKind::Sigmoid:
        return run(Sigmoid<T>{}, x, v, g, h, n);
    case ActivationKind::Tanh:
        return run(Tanh<T>{}, x, v, g, h, n);
    case ActivationKind::Softsign:
        return run(Softsign<T>{}, x, v, g, h, n);
    case ActivationKind::Logsigmoid:
        return run(Logsigmoid<T>{}, x, v, g, h, n);
    case ActivationKind::Hardtanh:
        return run(Hardtanh<T>{static_cast<T>(p[0]), static_cast<T>(p[1])}, x, v, g, h, n);
    case ActivationKind::Hardsigmoid:
        return run(Hardsigmoid<T>{}, x, v, g, h, n);
    case ActivationKind::Hardswish:
        return run(Hardswish<T>{}, x, v, g, h, n);
    case ActivationKind::Tanhshrink:
        return run(Tanhshrink<T>{}, x, v, g, h, n);
    case ActivationKind::Hardshrink:
        return run(Hardshrink<T>{static_cast<T>(p[0])}, x, v, g, h, n);
    case ActivationKind::Softshrink:
        return run(Softshrink<T>{static_cast<T>(p[0])}, x, v, g, h, n);
    case ActivationKind::Threshold:
        return run(Threshold<T>{static_cast<T>(p[0]), static_cast<T>(p[1])}, x, v, g, h, n);
    case ActivationKind::Identity:
        return run(Identity<T>{}, x, v, g, h, n);
    case ActivationKind::Step:
        return run(Step<T>{static_cast<T>(p[0])}, x, v, g, h, n);
    case ActivationKind::Count:
        break;
    }
    assert(false && "unreachable: every kind is handled above");
}

template<typename T>
void evaluateSpans(const ActivationInfo &info, const std::vector<double> &p,
                   std::span<const T> x, std::span<T> value, std::span<T> grad,
                   std::span<T> grad2, Rng *rng)
{
    assert(value.size() == x.size());
    assert(grad.empty() || grad.size() == x.size());
    assert(grad2.empty() || grad2.size() == x.size());
    const std::size_t n = std::min(x.size(), value.size());
    T *g = grad.size() >= n && !grad.empty() ? grad.data() : nullptr;
    T *h = grad2.size() >= n && !grad2.empty() ? grad2.data() : nullptr;
    evaluateKind<T>(kindOf(info), p, x.data(), value.data(), g, h, n, rng);
}

} // namespace

Activation::Activation()
    : m_info(findActivationInfo("relu"))
{
}

Expected<Activation> Activation::create(std::string_view id,
                                        const std::map<std::string, double> &parameters)
{
    const ActivationInfo *info = findActivationInfo(id);
    const std::string idText(id);
    if (!info)
        return makeError("unknown_activation", "unknown activation '" + idText + "'",
                         {{"id", idText}});

    for (const auto &parameter : parameters) {
        // Named references rather than a structured binding: clang before 16 cannot capture one.
        const std::string &name = parameter.first;
        const double value = parameter.second;
        const auto spec = std::find_if(info->parameters.begin(), info->parameters.end(),
                                       [&name](const ParameterSpec &s) { return s.name == name; });
        if (spec == info->parameters.end())
            return makeError("unknown_parameter",
                             "activation '" + idText + "' has no parameter '" + name + "'",
                             {{"id", idText}, {"name", name}});
        const bool inRange = value >= spec->minimum && value <= spec->maximum; // false for NaN
        const bool wellFormed = spec->kind == ParameterKind::Real || isInteger(value);
        if (!inRange || !wellFormed)
            return makeError("parameter_out_of_range",
                             "parameter '" + name + "' of '" + idText + "' must lie in ["
                                 + formatNumber(spec->minimum) + ", "
                                 + formatNumber(spec->maximum) + "]"
                                 + (wellFormed ? "" : " and be a whole number") + "; got "
                                 + formatNumber(value),
                             {{"id", idText},
                              {"name", name},
                              {"value", formatNumber(value)},
                              {"min", formatNumber(spec->minimum)},
                              {"max", formatNumber(spec->maximum)}});
    }

    Activation activation;
    activation.m_info = info;
    activation.m_values.clear();
    for (const ParameterSpec &spec : info->parameters) {
        const auto it = parameters.find(spec.name);
        activation.m_values.push_back(it == parameters.end() ? spec.defaultValue : it->second);
    }

    const ActivationKind kind = kindOf(*info);
    if (kind == ActivationKind::Hardtanh
        && !(activation.m_values[0] < activation.m_values[1])) {
        const std::string detail = "min_val (" + formatNumber(activation.m_values[0])
            + ") must be less than max_val (" + formatNumber(activation.m_values[1]) + ")";
        return makeError("invalid_parameters", "hardtanh: " + detail,
                         {{"id", idText}, {"detail", detail}});
    }
    if (kind == ActivationKind::Rrelu && activation.m_values[0] > activation.m_values[1]) {
        const std::string detail = "lower (" + formatNumber(activation.m_values[0])
            + ") must not exceed upper (" + formatNumber(activation.m_values[1]) + ")";
        return makeError("invalid_parameters", "rrelu: " + detail,
                         {{"id", idText}, {"detail", detail}});
    }
    return activation;
}

const ActivationInfo &Activation::info() const
{
    return *m_info;
}

const std::string &Activation::id() const
{
    return m_info->id;
}

double Activation::parameter(std::string_view name) const
{
    for (std::size_t i = 0; i < m_info->parameters.size(); ++i) {
        if (m_info->parameters[i].name == name)
            return m_values[i];
    }
    assert(false && "parameter(): no such parameter");
    return std::numeric_limits<double>::quiet_NaN();
}

bool Activation::isRandomInTraining() const
{
    return kindOf(*m_info) == ActivationKind::Rrelu && m_values[2] != 0.0;
}

void Activation::evaluate(std::span<const double> x, std::span<double> value,
                          std::span<double> grad, std::span<double> grad2, Rng *rng) const
{
    evaluateSpans<double>(*m_info, m_values, x, value, grad, grad2, rng);
}

void Activation::evaluate(std::span<const float> x, std::span<float> value,
                          std::span<float> grad, std::span<float> grad2, Rng *rng) const
{
    evaluateSpans<float>(*m_info, m_values, x, value, grad, grad2, rng);
}

double Activation::value(double x) const
{
    double v = 0.0;
    evaluate(std::span<const double>(&x, 1), std::span<double>(&v, 1));
    return v;
}

double Activation::gradient(double x) const
{
    double v = 0.0;
    double g = 0.0;
    evaluate(std::span<const double>(&x, 1), std::span<double>(&v, 1), std::span<double>(&g, 1));
    return g;
}

double Activation::secondDerivative(double x) const
{
    double v = 0.0;
    double h = 0.0;
    evaluate(std::span<const double>(&x, 1), std::span<double>(&v, 1), {},
             std::span<double>(&h, 1));
    return h;
}

} // namespace ReluLab::Core
