// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The smooth ReLU-like descriptors: elu, celu, selu, gelu, silu, mish, softplus.

#include "smoothrelulike.h"
#include "catalogueparts.h"
#include "kernelrun.h"

#include <cmath>

namespace ReluLab::Core::Activations {

namespace {

using namespace FormulaBuild;
constexpr double inf = std::numeric_limits<double>::infinity();

// SELU's constants (Klambauer et al. 2017), as PyTorch spells them in double.
constexpr double seluAlpha = 1.6732632423543772848170429916717;
constexpr double seluScale = 1.0507009873554804934193349852946;

/// The value at the one interior minimum of f, by Newton's method on f′ = 0 from `start`
/// (gelu, silu, mish: f″ > 0 there and the start lies in the basin).
double interiorMinimum(const Activation &a, double start)
{
    double x = start;
    for (int i = 0; i < 50; ++i) {
        const double step = a.gradient(x) / a.secondDerivative(x);
        x -= step;
        if (std::abs(step) < 1e-15 * (1.0 + std::abs(x)))
            break;
    }
    return a.value(x);
}

/// x > 0 ? b·x : a·(e^(x/c) − 1): range (−a, +∞) (the limit at −∞ is not reached), increasing,
/// saturating on the left. f′ goes from a/c to b at 0: a kink unless a/c = b, and then f″ still
/// jumps from a/c² to 0 (C¹).
void describeExpLinear(const Activation &a, double scale, double divisor, double slope,
                       ActivationProperties &p)
{
    p.rangeMin = -scale;
    p.rangeMax = inf;
    p.monotonic = true;
    p.saturatesLeft = true;
    p.identityNearZero = slope == 1.0 && scale / divisor == 1.0;
    if (scale / divisor != slope)
        p.breakPoints.push_back(kinkAt(a, 0.0, 0.0, scale / divisor, slope));
    else
        p.curvatureBreaks.push_back(0.0);
}

struct EluDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "elu";
        d.displayName = "ELU";
        d.family = ActivationFamily::SmoothReluLike;
        d.pytorchName = "torch.nn.ELU";
        d.parameters = {realParameter("alpha", 1.0, 0.01, 5.0, 0.01)};
        d.valueSource = {{text("f(x) = "), cases({{"x", "x > 0"}, {"α (e^{x} − 1)", "x ≤ 0"}})}};
        d.derivativeSource = {{text("f′(x) = "), cases({{"1", "x > 0"}, {"α e^{x}", "x ≤ 0"}})}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        const T alpha = param<T>(a, "alpha");
        run(ExpLinear<T>{alpha, T(1), T(1), alpha, alpha});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        describeExpLinear(a, a.parameter("alpha"), 1.0, 1.0, p);
    }
    static CodeTemplates code(const Activation &)
    {
        // expm1 keeps the digits of α(eˣ − 1) near 0⁻; min(x, 0) keeps exp from overflowing in
        // the branch np.where does not take.
        return {.torchModule = "torch.nn.ELU(alpha={alpha})",
                .torchFunctional = "torch.nn.functional.elu(x, alpha={alpha})",
                .kerasLayer = "keras.layers.ELU(alpha={alpha})",
                .kerasFunction = "keras.activations.elu(x, alpha={alpha})",
                .numpyValue = "return np.where(x > 0, x, {alpha} * np.expm1(np.minimum(x, 0.0)))",
                .numpyGradient
                = "return np.where(x > 0, 1.0, {alpha} * np.exp(np.minimum(x, 0.0)))",
                .numpyNote = "numpy_expm1"};
    }
};

struct CeluDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "celu";
        d.displayName = "CELU";
        d.family = ActivationFamily::SmoothReluLike;
        d.pytorchName = "torch.nn.CELU";
        d.parameters = {realParameter("alpha", 1.0, 0.01, 5.0, 0.01)};
        d.valueSource = {{text("f(x) = "), cases({{"x", "x > 0"}, {"α (e^{x/α} − 1)", "x ≤ 0"}})}};
        d.derivativeSource = {{text("f′(x) = "), cases({{"1", "x > 0"}, {"e^{x/α}", "x ≤ 0"}})}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        const T alpha = param<T>(a, "alpha");
        run(ExpLinear<T>{alpha, alpha, T(1), T(1), T(1) / alpha});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        const double alpha = a.parameter("alpha");
        describeExpLinear(a, alpha, alpha, 1.0, p);
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.CELU(alpha={alpha})",
                .torchFunctional = "torch.nn.functional.celu(x, alpha={alpha})",
                .kerasFunction
                = "keras.ops.where(x > 0, x, {alpha} * keras.ops.expm1(x / {alpha}))",
                .numpyValue
                = "return np.where(x > 0, x, {alpha} * np.expm1(np.minimum(x, 0.0) / {alpha}))",
                .numpyGradient
                = "return np.where(x > 0, 1.0, np.exp(np.minimum(x, 0.0) / {alpha}))",
                .kerasNote = "keras_no_builtin",
                .numpyNote = "numpy_expm1"};
    }
};

struct SeluDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "selu";
        d.displayName = "SELU";
        d.family = ActivationFamily::SmoothReluLike;
        d.pytorchName = "torch.nn.SELU";
        d.valueSource = {{text("f(x) = λ"), cases({{"x", "x > 0"}, {"α (e^{x} − 1)", "x ≤ 0"}}),
                          lineBreak(), text("λ ≈ 1.0507, α ≈ 1.6733")}};
        d.derivativeSource = {{text("f′(x) = λ"), cases({{"1", "x > 0"}, {"α e^{x}", "x ≤ 0"}})}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        // λα_s formed in T from the rounded constants, as PyTorch does (float: 1.7580993).
        const T scale = static_cast<T>(seluScale);
        const T a = static_cast<T>(seluAlpha) * scale;
        run(ExpLinear<T>{a, T(1), scale, a, a});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        describeExpLinear(a, seluAlpha * seluScale, 1.0, seluScale, p);
    }
    static CodeTemplates code(const Activation &)
    {
        // λ and λα in double, as PyTorch forms them (tests/reference/activations/README.md §4.1).
        return {.torchModule = "torch.nn.SELU()",
                .torchFunctional = "torch.nn.functional.selu(x)",
                .kerasLayer = "keras.layers.Activation(\"selu\")",
                .kerasFunction = "keras.activations.selu(x)",
                .numpyValue
                = "scale, alpha = 1.0507009873554805, 1.6732632423543772\n"
                  "return np.where(x > 0, scale * x, scale * alpha * np.expm1(np.minimum(x, 0.0)))",
                .numpyGradient
                = "scale, alpha = 1.0507009873554805, 1.6732632423543772\n"
                  "return np.where(x > 0, scale, scale * alpha * np.exp(np.minimum(x, 0.0)))",
                .numpyNote = "numpy_expm1"};
    }
};

/// GELU, SiLU and Mish: smooth, one interior minimum (found from `start`), saturating on the
/// left only, not monotonic.
void describeGated(const Activation &a, double start, ActivationProperties &p)
{
    p.rangeMin = interiorMinimum(a, start);
    p.rangeMinReached = true;
    p.saturatesLeft = true;
}

struct GeluDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "gelu";
        d.displayName = "GELU";
        d.family = ActivationFamily::SmoothReluLike;
        d.pytorchName = "torch.nn.GELU";
        d.parameters = {choiceParameter("approximate", {"none", "tanh"})};
        d.valueSource = {{text("f(x) = x Φ(x) = "), fraction("x", "2"), text("(1 + erf("),
                          fraction("x", "√2"), text("))"), lineBreak(), text("tanh: "),
                          fraction("x", "2"), text("(1 + tanh u)"), lineBreak(),
                          text("u = √(2/π) (x + 0.044715 x^{3})")}};
        d.derivativeSource = {{text("f′(x) = Φ(x) + x φ(x)"), lineBreak(), text("φ(x) = "),
                               fraction("e^{−x²/2}", "√(2π)")}};
        return d;
    }
    static bool tanhApproximation(const Activation &a) { return a.parameter("approximate") != 0.0; }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        if (tanhApproximation(a))
            run(GeluTanh<T>{});
        else
            run(Gelu<T>{});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        describeGated(a, -0.75, p);
    }
    static CodeTemplates code(const Activation &a)
    {
        // Exact: ½x(1 + erf(x/√2)) = ½x·erfc(−x/√2), which does not cancel for x ≪ 0. Tanh form:
        // ½x(1 + tanh u) = x·σ(2u), the same without the cancellation.
        if (tanhApproximation(a)) {
            return {.torchModule = "torch.nn.GELU(approximate='tanh')",
                    .torchFunctional = "torch.nn.functional.gelu(x, approximate='tanh')",
                    .kerasFunction = "keras.activations.gelu(x, approximate=True)",
                    .numpyValue = "u = np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)\n"
                                  "return x * expit(2 * u)",
                    .numpyGradient = "u = np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)\n"
                                     "du = np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * x**2)\n"
                                     "s = expit(2 * u)\n"
                                     "return s + 2 * x * du * s * expit(-2 * u)",
                    .numpyImport = "from scipy.special import expit",
                    .kerasNote = "keras_gelu_flag",
                    .numpyNote = "numpy_gelu_tanh"};
        }
        return {.torchModule = "torch.nn.GELU(approximate='none')",
                .torchFunctional = "torch.nn.functional.gelu(x, approximate='none')",
                .kerasFunction = "keras.activations.gelu(x, approximate=False)",
                .numpyValue = "return 0.5 * x * erfc(-x / np.sqrt(2))",
                .numpyGradient = "return 0.5 * erfc(-x / np.sqrt(2)) + x * np.exp(-0.5 * x**2) / "
                                 "np.sqrt(2 * np.pi)",
                .numpyImport = "from scipy.special import erfc",
                .kerasNote = "keras_gelu_flag",
                .numpyNote = "numpy_gelu_erf"};
    }
};

struct SiluDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "silu";
        d.displayName = "SiLU (Swish)";
        d.family = ActivationFamily::SmoothReluLike;
        d.pytorchName = "torch.nn.SiLU";
        d.valueSource = {{text("f(x) = x σ(x) = "), fraction("x", "1 + e^{−x}")}};
        d.derivativeSource = {{text("f′(x) = σ(x) (1 + x (1 − σ(x)))")}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Silu<T>{});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        describeGated(a, -1.28, p);
    }
    static CodeTemplates code(const Activation &)
    {
        return {.torchModule = "torch.nn.SiLU()",
                .torchFunctional = "torch.nn.functional.silu(x)",
                .kerasLayer = "keras.layers.Activation(\"silu\")",
                .kerasFunction = "keras.activations.silu(x)",
                .numpyValue = "return x * expit(x)",
                .numpyGradient = "return expit(x) * (1 + x * expit(-x))",
                .numpyImport = "from scipy.special import expit",
                .numpyNote = "numpy_expit"};
    }
};

struct MishDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "mish";
        d.displayName = "Mish";
        d.family = ActivationFamily::SmoothReluLike;
        d.pytorchName = "torch.nn.Mish";
        d.valueSource = {{text("f(x) = x tanh(ln(1 + e^{x}))")}};
        d.derivativeSource = {
            {text("f′(x) = tanh(s) + x σ(x) sech^{2}(s)"), lineBreak(), text("s = ln(1 + e^{x})")}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &, const Batch<T> &run)
    {
        run(Mish<T>{});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        describeGated(a, -1.19, p);
    }
    static CodeTemplates code(const Activation &)
    {
        // softplus as logaddexp(0, x): no overflow for large x, no 1 + eˣ rounding to 1.
        return {.torchModule = "torch.nn.Mish()",
                .torchFunctional = "torch.nn.functional.mish(x)",
                .kerasLayer = "keras.layers.Activation(\"mish\")",
                .kerasFunction = "keras.activations.mish(x)",
                .numpyValue = "return x * np.tanh(np.logaddexp(0, x))",
                .numpyGradient = "t = np.tanh(np.logaddexp(0, x))\n"
                                 "return t + x * expit(x) * (1 - t) * (1 + t)",
                .numpyImport = "from scipy.special import expit",
                .numpyNote = "numpy_logaddexp"};
    }
};

struct SoftplusDescriptor
{
    static ActivationInfo info()
    {
        ActivationInfo d;
        d.id = "softplus";
        d.displayName = "Softplus";
        d.family = ActivationFamily::SmoothReluLike;
        d.pytorchName = "torch.nn.Softplus";
        d.parameters = {realParameter("beta", 1.0, 0.1, 10.0, 0.1),
                        realParameter("threshold", 20.0, 1.0, 100.0, 1.0)};
        d.valueSource = {{text("f(x) = "), cases({{"ln(1 + e^{βx}) / β", "βx ≤ threshold"},
                                                  {"x", "βx > threshold"}})}};
        d.derivativeSource = {{text("f′(x) = "),
                               cases({{"σ(βx)", "βx ≤ threshold"}, {"1", "βx > threshold"}}),
                               lineBreak(), text("σ(βx) = "), fraction("1", "1 + e^{−βx}")}};
        return d;
    }
    template<typename T>
    static void evaluate(const Activation &a, const Batch<T> &run)
    {
        run(Softplus<T>{param<T>(a, "beta"), param<T>(a, "threshold")});
    }
    static void describe(const Activation &a, ActivationProperties &p)
    {
        const double beta = a.parameter("beta");
        const double theta = a.parameter("threshold");
        p.rangeMin = 0.0;
        p.saturatesLeft = true;
        // PyTorch's threshold makes softplus jump down at θ/β, from log1p(e^θ)/β to θ/β, by
        // log1p(e^−θ)/β; below 1e-7 of the value there (θ ≥ ~14) no plot or float32 number can
        // show it, so it is no break point. A visible jump also breaks monotonicity.
        const double jump = std::log1p(std::exp(-theta)) / beta;
        const bool invisible = jump < 1e-7 * (theta / beta);
        p.monotonic = invisible;
        if (!invisible) {
            const double sigmoid = 1.0 / (1.0 + std::exp(-theta));
            p.breakPoints.push_back(jumpAt(a, theta / beta, std::log1p(std::exp(theta)) / beta,
                                           theta / beta, sigmoid, 1.0));
        }
    }
    static CodeTemplates code(const Activation &a)
    {
        // PyTorch's threshold is part of the definition: above it f is x and f′ is 1 exactly.
        return {
            .torchModule = "torch.nn.Softplus(beta={beta}, threshold={threshold})",
            .torchFunctional
            = "torch.nn.functional.softplus(x, beta={beta}, threshold={threshold})",
            .kerasFunction = a.parameter("beta") == 1.0 ? "keras.activations.softplus(x)"
                                                        : "keras.ops.softplus({beta} * x) / {beta}",
            .numpyValue
            = "return np.where({beta} * x > {threshold}, x, np.logaddexp(0, {beta} * x) / {beta})",
            .numpyGradient = "return np.where({beta} * x > {threshold}, 1.0, expit({beta} * x))",
            .numpyImport = "from scipy.special import expit",
            .kerasNote = "keras_softplus",
            .numpyNote = "numpy_softplus"};
    }
};

} // namespace

void appendSmoothReluLike(std::vector<ActivationInfo> &catalogue)
{
    catalogue.push_back(describeActivation<EluDescriptor>());
    catalogue.push_back(describeActivation<CeluDescriptor>());
    catalogue.push_back(describeActivation<SeluDescriptor>());
    catalogue.push_back(describeActivation<GeluDescriptor>());
    catalogue.push_back(describeActivation<SiluDescriptor>());
    catalogue.push_back(describeActivation<MishDescriptor>());
    catalogue.push_back(describeActivation<SoftplusDescriptor>());
}

} // namespace ReluLab::Core::Activations
