// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// ActivationProperties checked against the function itself and against the rules that define
// them: every stated property is measured from samples of f (never from core's f′), for every
// activation and several parameter settings; f′(0) against PyTorch's backward formulas written
// out here; zero-centred against teaching.md T5's rule with moments from a composite Simpson rule
// (core uses Gauss–Legendre); break points against one-sided limits measured from f.

#include "tst_activations_support.h"

#include "core/activation.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <vector>

using namespace ReluLab;
using ReluLab::Testing::isClose;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

/// f on [−12, 24] every 2⁻¹⁰ (so every break point of the tested settings is sampled), on a wide
/// sparse grid and at ±inf, sorted by x.
std::vector<std::pair<double, double>> samples(const Core::Activation &a)
{
    std::vector<double> xs;
    for (int i = -12 * 1024; i <= 24 * 1024; ++i)
        xs.push_back(i / 1024.0);
    for (double x : {30.0, 50.0, 100.0, 1e3, 1e4, inf}) {
        xs.push_back(x);
        xs.push_back(-x);
    }
    std::sort(xs.begin(), xs.end());
    std::vector<std::pair<double, double>> s;
    for (double x : xs)
        s.emplace_back(x, a.value(x));
    return s;
}

/// Smoothness measured at every c on a 1/64 grid over [−12, 24] (every break point of the tested
/// settings is such a c): a jump in f, a kink (one-sided difference quotients differ), or a break
/// in f″ (one-sided second differences differ).
Core::Smoothness measuredSmoothness(const Core::Activation &a)
{
    bool jump = false, kink = false, curvatureBreak = false;
    const auto f = [&a](double x) { return a.value(x); };
    for (int i = -12 * 64; i <= 24 * 64; ++i) {
        const double c = i / 64.0;
        const double e = 1e-9;
        const double fc = f(c);
        jump = jump || std::abs(f(c + e) - fc) > 1e-6 || std::abs(fc - f(c - e)) > 1e-6;
        const double d = 1e-4; // a 2e-9 jump (softplus at θ = 20) stays below 1e-3 here
        const double left = (fc - f(c - d)) / d, right = (f(c + d) - fc) / d;
        kink = kink || std::abs(right - left) > 1e-3;
        const double q = 1e-3;
        const double left2 = (fc - 2 * f(c - q) + f(c - 2 * q)) / (q * q);
        const double right2 = (f(c + 2 * q) - 2 * f(c + q) + fc) / (q * q);
        curvatureBreak = curvatureBreak || std::abs(right2 - left2) > 0.05;
    }
    if (jump)
        return Core::Smoothness::Discontinuous;
    if (kink)
        return Core::Smoothness::C0;
    if (curvatureBreak)
        return Core::Smoothness::C1;
    return Core::Smoothness::CInfinity;
}

/// The grid points c (1/64 apart on [−12, 24]) where f jumps or has a kink, by the criteria
/// of measuredSmoothness().
std::vector<double> measuredBreaks(const Core::Activation &a)
{
    std::vector<double> breaks;
    for (int i = -12 * 64; i <= 24 * 64; ++i) {
        const double c = i / 64.0;
        const double fc = a.value(c);
        const bool jump = std::abs(a.value(c + 1e-9) - fc) > 1e-6
                          || std::abs(fc - a.value(c - 1e-9)) > 1e-6;
        const double d = 1e-4;
        const double left = (fc - a.value(c - d)) / d, right = (a.value(c + d) - fc) / d;
        if (jump || std::abs(right - left) > 1e-3)
            breaks.push_back(c);
    }
    return breaks;
}

/// |f′| far out, from a difference of f: below 1e-6 means saturated.
bool measuredSaturation(const Core::Activation &a, double far)
{
    return std::abs(a.value(far + 1.0) - a.value(far - 1.0)) / 2.0 < 1e-6;
}

/// E[f(z)] and SD[f(z)], z ~ N(0, 1), by the composite trapezoid rule on [−12, 12] with step
/// 2⁻¹², each node's term the mean of its one-sided values at z ∓ 1e-12: every break
/// point of the tested settings is a node, so a jump or kink costs O(h²) ≈ 1e-8 at most, and
/// on the smooth pieces the rule is far more accurate (the integrand decays like a Gaussian).
std::pair<double, double> trapezoidMoments(const Core::Activation &a)
{
    const double h = 1.0 / 4096.0;
    const int n = 24 * 4096;
    std::vector<double> left(n + 1), right(n + 1), w(n + 1);
    for (int i = 0; i <= n; ++i) {
        const double z = -12.0 + i * h;
        left[i] = a.value(z - 1e-12);
        right[i] = a.value(z + 1e-12);
        w[i] = (i == 0 || i == n ? 0.5 : 1.0) * h * std::exp(-z * z / 2) / std::sqrt(2 * M_PI);
    }
    double mean = 0.0;
    for (int i = 0; i <= n; ++i)
        mean += w[i] * (left[i] + right[i]) / 2.0;
    double variance = 0.0;
    for (int i = 0; i <= n; ++i) {
        const double l = left[i] - mean, r = right[i] - mean;
        variance += w[i] * (l * l + r * r) / 2.0;
    }
    return {mean, std::sqrt(variance)};
}

/// f′(0) as PyTorch's backward kernels return it, written from their formulas (not from core's
/// kernels): relu's threshold_backward (x ≤ 0 → 0), leaky_relu_backward (x > 0 ? 1 : slope),
/// elu_backward (x ≤ 0 → negcoef·negiptcoef·e⁰), hardtanh_backward (0 at min_val and max_val),
/// hardsigmoid/hardswish/shrink/threshold backward, and the analytic derivatives at 0 elsewhere.
double pytorchGradientAtZero(const std::string &id, const std::map<std::string, double> &p)
{
    const auto get = [&p](const char *name, double fallback) {
        const auto it = p.find(name);
        return it == p.end() ? fallback : it->second;
    };
    if (id == "relu" || id == "relu6" || id == "tanhshrink" || id == "hardshrink"
        || id == "softshrink" || id == "step")
        return 0.0;
    if (id == "leaky_relu")
        return get("negative_slope", 0.01);
    if (id == "prelu")
        return get("weight", 0.25);
    if (id == "rrelu")
        return (get("lower", 0.125) + get("upper", 1.0 / 3.0)) / 2.0;
    if (id == "elu")
        return get("alpha", 1.0);
    if (id == "celu" || id == "tanh" || id == "softsign" || id == "identity")
        return 1.0;
    if (id == "selu")
        return 1.6732632423543772848170429916717 * 1.0507009873554804934193349852946;
    if (id == "gelu" || id == "silu" || id == "softplus" || id == "logsigmoid" || id == "hardswish")
        return 0.5;
    if (id == "mish")
        return 0.6; // tanh(ln 2) = 3/5
    if (id == "sigmoid")
        return 0.25;
    if (id == "hardtanh")
        return get("min_val", -1.0) < 0.0 && get("max_val", 1.0) > 0.0 ? 1.0 : 0.0;
    if (id == "hardsigmoid")
        return 1.0 / 6.0;
    if (id == "threshold")
        return get("threshold", 0.0) < 0.0 ? 1.0 : 0.0;
    qFatal("no PyTorch f'(0) written for %s", id.c_str());
    return 0.0;
}

/// teaching.md T5's verdicts at the default parameters.
std::optional<bool> teachingZeroCentred(const std::string &name)
{
    for (const char *yes : {"tanh", "softsign", "selu"}) {
        if (name == yes)
            return true;
    }
    for (const char *no :
         {"relu", "leaky_relu", "elu", "gelu", "silu", "mish", "softplus", "sigmoid"}) {
        if (name == no)
            return false;
    }
    return std::nullopt;
}

} // namespace

class TestActivationsProperties : public QObject
{
    Q_OBJECT

private slots:
    void properties_data();
    void properties();
};

void TestActivationsProperties::properties_data()
{
    QTest::addColumn<int>("setting");
    const std::vector<Testing::Setting> settings = Testing::allSettings();
    for (std::size_t i = 0; i < settings.size(); ++i)
        QTest::newRow(settings[i].name.c_str()) << static_cast<int>(i);
}

void TestActivationsProperties::properties()
{
    QFETCH(int, setting);
    const Testing::Setting s = Testing::allSettings()[static_cast<std::size_t>(setting)];
    const Core::Activation a = Testing::makeActivation(s.id, s.parameters);
    const Core::ActivationProperties p = a.properties();
    const std::vector<std::pair<double, double>> f = samples(a);

    // Range: every sample inside, and the extremes reached (grid spacing 2⁻¹⁰, slopes ≤ 2).
    double lo = inf, hi = -inf;
    for (const auto &[x, y] : f) {
        QVERIFY2(!std::isnan(y), qPrintable(QStringLiteral("f(%1) is NaN").arg(x)));
        lo = std::min(lo, y);
        hi = std::max(hi, y);
    }
    QVERIFY2(lo >= p.rangeMin - 1e-12, qPrintable(QStringLiteral("min %1").arg(lo)));
    QVERIFY2(hi <= p.rangeMax + 1e-12, qPrintable(QStringLiteral("max %1").arg(hi)));
    QVERIFY2(isClose(lo, p.rangeMin, 2e-3, 0.0),
             qPrintable(QStringLiteral("min %1, stated %2").arg(lo).arg(p.rangeMin)));
    QVERIFY2(isClose(hi, p.rangeMax, 2e-3, 0.0),
             qPrintable(QStringLiteral("max %1, stated %2").arg(hi).arg(p.rangeMax)));

    // Range ends: "[" means a value of f (the dense grid comes within 1e-6 of it: at a smooth
    // minimum the grid misses by f″·(2⁻¹¹)²/2), "(" means a limit only (every f(x), |x| ≤ 8,
    // is strictly inside). An infinite end is never reached.
    const auto checkEnd = [&f](double bound, bool reached, double sign) {
        if (std::isinf(bound))
            return !reached;
        double closest = inf;
        bool strictlyInside = true;
        for (const auto &[x, y] : f) {
            if (std::abs(x) <= 24.0 && x >= -12.0)
                closest = std::min(closest, sign * (y - bound));
            if (std::abs(x) <= 8.0)
                strictlyInside = strictlyInside && sign * (y - bound) > 0.0;
        }
        return reached ? closest <= 1e-6 : strictlyInside;
    };
    QVERIFY2(checkEnd(p.rangeMin, p.rangeMinReached, 1.0),
             qPrintable(QStringLiteral("lower end %1 reached = %2")
                            .arg(p.rangeMin)
                            .arg(p.rangeMinReached)));
    QVERIFY2(checkEnd(p.rangeMax, p.rangeMaxReached, -1.0),
             qPrintable(QStringLiteral("upper end %1 reached = %2")
                            .arg(p.rangeMax)
                            .arg(p.rangeMaxReached)));

    // Monotonic: no decrease anywhere; otherwise a clear decrease somewhere.
    double worstDrop = 0.0;
    for (std::size_t i = 1; i < f.size(); ++i)
        worstDrop = std::max(worstDrop, f[i - 1].second - f[i].second);
    QCOMPARE(worstDrop <= 1e-12, p.monotonic);

    QCOMPARE(static_cast<int>(measuredSmoothness(a)), static_cast<int>(p.smoothness));

    // Break points: exactly where f jumps or has a kink on the scanned grid, with one-sided
    // limits of f and of its difference quotients matching the stated ones.
    const std::vector<double> found = measuredBreaks(a);
    std::vector<double> stated;
    for (const Core::BreakPoint &b : p.breakPoints) {
        if (b.x >= -12.0 && b.x <= 24.0)
            stated.push_back(b.x);
        const double e = 1e-9, d = 1e-6;
        QVERIFY2(isClose(a.value(b.x - e), b.valueLeft, 1e-6, 0.0)
                     && isClose(a.value(b.x + e), b.valueRight, 1e-6, 0.0),
                 qPrintable(QStringLiteral("limits of f at %1").arg(b.x)));
        QCOMPARE(b.kind == Core::BreakPoint::Kind::Jump, b.valueLeft != b.valueRight);
        const double left = (a.value(b.x - d) - a.value(b.x - 2 * d)) / d;
        const double right = (a.value(b.x + 2 * d) - a.value(b.x + d)) / d;
        QVERIFY2(isClose(left, b.gradLeft, 1e-4, 0.0) && isClose(right, b.gradRight, 1e-4, 0.0),
                 qPrintable(
                     QStringLiteral("limits of f' at %1: %2, %3").arg(b.x).arg(left).arg(right)));
        QCOMPARE(b.valueAt, a.value(b.x));
        QCOMPARE(b.gradAt, a.gradient(b.x));
    }
    QCOMPARE(found, stated);

    // Zero-centred by T5: |E[f(z)]| ≤ 0.1·SD[f(z)], z ~ N(0, 1), with independent moments.
    const auto [mean, sd] = trapezoidMoments(a);
    QVERIFY2(isClose(p.outputMean, mean, 1e-8, 1e-6) && isClose(p.outputSd, sd, 1e-8, 1e-6),
             qPrintable(QStringLiteral("moments %1, %2; trapezoid %3, %4")
                            .arg(p.outputMean)
                            .arg(p.outputSd)
                            .arg(mean)
                            .arg(sd)));
    QCOMPARE(p.zeroCentred, std::abs(mean) <= 0.1 * sd);
    if (const std::optional<bool> taught = teachingZeroCentred(s.name))
        QCOMPARE(p.zeroCentred, *taught);
    const double f0 = a.value(0.0);

    QCOMPARE(measuredSaturation(a, -1e4), p.saturatesLeft);
    QCOMPARE(measuredSaturation(a, 1e4), p.saturatesRight);

    // Identity near 0: f(0) = 0 and both one-sided slopes at 0 equal 1.
    const double d = 1e-6;
    const bool identity = std::abs(f0) <= 1e-15 && std::abs((a.value(d) - f0) / d - 1.0) < 1e-4
                          && std::abs((f0 - a.value(-d)) / d - 1.0) < 1e-4;
    QCOMPARE(identity, p.identityNearZero);

    // Dead units: f exactly constant on a left half-line (sampled on [−6, −3.5] and at −1e4).
    bool constant = a.value(-1e4) == a.value(-6.0);
    for (double x = -6.0; x <= -3.5; x += 0.125)
        constant = constant && a.value(x) == a.value(-6.0);
    QCOMPARE(constant, p.canProduceDeadUnits);

    // Exact zeros on an interval: two neighbouring nodes of a 2⁻¹⁰ grid on [−12, 12] where f is
    // exactly 0 (a single zero, as tanh or Leaky ReLU have at 0, does not count).
    bool zeroInterval = false;
    bool previousZero = false;
    for (int i = -12 * 1024; i <= 12 * 1024 && !zeroInterval; ++i) {
        const bool zero = a.value(double(i) / 1024.0) == 0.0;
        zeroInterval = zero && previousZero;
        previousZero = zero;
    }
    QCOMPARE(zeroInterval, p.outputsExactZeros);

    QVERIFY2(isClose(p.gradientAtZero, pytorchGradientAtZero(s.id, s.parameters), 1e-15, 1e-15),
             qPrintable(QStringLiteral("f'(0) = %1").arg(p.gradientAtZero)));
}

QTEST_APPLESS_MAIN(TestActivationsProperties)

#include "tst_activations_properties.moc"
