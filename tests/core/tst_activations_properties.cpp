// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// ActivationProperties checked against the function itself: every stated property is measured
// from samples of f (never from core's f′), for every activation and several parameter settings.

#include "tst_activations_support.h"

#include <core/activation.h>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace ReluLab;
using ReluLab::Testing::isClose;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

/// f on [−12, 24] every 2⁻¹⁰ (so every break point of the tested settings is sampled), on a wide sparse grid and at ±inf, sorted by x.
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

/// |f′| far out, from a difference of f: below 1e-6 means saturated.
bool measuredSaturation(const Core::Activation &a, double far)
{
    return std::abs(a.value(far + 1.0) - a.value(far - 1.0)) / 2.0 < 1e-6;
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

    // Monotonic: no decrease anywhere; otherwise a clear decrease somewhere.
    double worstDrop = 0.0;
    for (std::size_t i = 1; i < f.size(); ++i)
        worstDrop = std::max(worstDrop, f[i - 1].second - f[i].second);
    QCOMPARE(worstDrop <= 1e-12, p.monotonic);

    QCOMPARE(static_cast<int>(measuredSmoothness(a)), static_cast<int>(p.smoothness));

    // Zero-centred: f(0) = 0 and both signs taken.
    const double f0 = a.value(0.0);
    const bool zeroCentred = std::abs(f0) <= 1e-15 && lo < -1e-9 && hi > 1e-9;
    QCOMPARE(zeroCentred, p.zeroCentred);

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

    QCOMPARE(p.gradientAtZero, a.gradient(0.0));
}

QTEST_APPLESS_MAIN(TestActivationsProperties)

#include "tst_activations_properties.moc"
