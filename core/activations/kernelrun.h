// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// Internal to core: the evaluation loops every descriptor runs its kernel through, and the glue
// that turns a descriptor's `template<typename T> evaluate()` into the two entry points of
// ActivationInfo. Included only by the descriptor files (core/activations/<family>.cpp), which are
// compiled with -fno-trapping-math (GCC may evaluate both arms of a select, x > 0 ? x : s·x, and
// vectorise; nothing reads FP-exception flags, so results are unchanged: it is not -ffast-math)
// and -ffp-contract=off (no a·b + c is fused, so the Dekker splits of vecmath.h stay exact and
// every CPU gets the same bits). See core/CMakeLists.txt.

#include "descriptor.h"
#include "stablemath.h"

#include "../activation.h"
#include "../random.h"

#include <concepts>
#include <cstddef>

namespace ReluLab::Core::Activations {

/// Kernels with a fused valueGrad() (the smooth ones: f and f′ share their exponentials).
template<typename Kernel, typename T>
concept HasValueGrad = requires(const Kernel &k, T x)
{
    {
        k.valueGrad(x)
        } -> std::same_as<ValueGrad<T>>;
};

namespace {

/// Runs kernel k over n elements: f (and f′) in one loop, then f″ in its own when wanted. Each
/// loop is free of per-element tests, and the kernels are branch-free (selects, Vec:: maths), so
/// GCC vectorises every loop. Internal linkage: each descriptor file has its own copies.
template<typename T, typename Kernel>
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
// Its own function per kernel (inlined into a larger function, GCC's if-conversion gave up on
// some loops), with every kernel helper inlined into it ("flatten"), cloned for AVX-512 and AVX2
// and picked at load time (the binary still runs on any x86-64: "default" is the SSE2 build).
// With -ffp-contract=off every clone performs the same IEEE operations in the same order, so
// results are bit-identical.
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

/// The arguments of one evaluate() call, passed on to run().
template<typename T>
struct Batch
{
    const T *x;
    T *v;
    T *g;
    T *h;
    std::size_t n;
    Rng *rng;

    template<typename Kernel>
    void operator()(const Kernel &kernel) const
    {
        run(kernel, x, v, g, h, n);
    }
};

template<typename Descriptor, typename T>
void evaluateWith(const Activation &a, const T *x, T *v, T *g, T *h, std::size_t n, Rng *rng)
{
    Descriptor::evaluate(a, Batch<T>{x, v, g, h, n, rng});
}

} // namespace

/// The descriptor's static members wired into an ActivationInfo: Descriptor::info() gives the
/// names, parameters and formulas; evaluate<T>(activation, batch) runs the kernel; describe()
/// is the properties rule; validate() and randomInTraining() are taken when declared.
template<typename Descriptor>
ActivationInfo describeActivation()
{
    ActivationInfo info = Descriptor::info();
    info.formula = formulaToPlainText(info.valueSource);
    info.derivativeFormula = formulaToPlainText(info.derivativeSource);
    info.evaluateFloat = &evaluateWith<Descriptor, float>;
    info.evaluateDouble = &evaluateWith<Descriptor, double>;
    info.describe = &Descriptor::describe;
    info.code = &Descriptor::code;
    if constexpr (requires(const Activation &a) { Descriptor::validate(a); })
        info.validate = &Descriptor::validate;
    if constexpr (requires(const Activation &a) { Descriptor::randomInTraining(a); })
        info.randomInTraining = &Descriptor::randomInTraining;
    return info;
}

/// A parameter of the descriptor's own activation, by name, rounded to the kernel's type.
template<typename T>
T param(const Activation &a, std::string_view name)
{
    return static_cast<T>(a.parameter(name));
}

/// A kink of f at x: f continuous (value `f` on both sides), f′ from gradLeft to gradRight; the
/// values taken at x come from the kernel itself.
BreakPoint kinkAt(const Activation &a, double x, double f, double gradLeft, double gradRight);
/// A jump of f at x from valueLeft to valueRight (f′ from gradLeft to gradRight).
BreakPoint jumpAt(const Activation &a, double x, double valueLeft, double valueRight,
                  double gradLeft, double gradRight);

} // namespace ReluLab::Core::Activations
