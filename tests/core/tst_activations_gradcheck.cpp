// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Gradient checks for every activation and several parameter settings: f′ against central
// differences of f, f″ against central differences of f′ and against independent closed forms,
// and the float32 path against the float64 one.

#include "tst_activations_support.h"

#include "core/activation.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>
#include <vector>

using namespace ReluLab;
using ReluLab::Testing::describe;
using ReluLab::Testing::isClose;

namespace {

/// Points where f, f′ or f″ may break, for this setting: the differences skip their neighbourhood.
std::vector<double> breakpoints(const Core::Activation &a)
{
    std::vector<double> b = {0.0, 3.0, -3.0, 6.0};
    for (double p : a.parameterValues()) {
        b.push_back(p);
        b.push_back(-p);
    }
    if (a.id() == "softplus")
        b.push_back(a.parameter("threshold") / a.parameter("beta"));
    return b;
}

std::vector<double> grid(const Core::Activation &a, double lo, double hi)
{
    const std::vector<double> skip = breakpoints(a);
    std::vector<double> xs;
    // An irrational step, so no grid point lands on a parameter value.
    for (double x = lo; x <= hi; x += 0.1 * std::numbers::sqrt2) {
        bool nearBreak = false;
        for (double s : skip)
            nearBreak = nearBreak || std::abs(x - s) < 0.02;
        if (!nearBreak)
            xs.push_back(x);
    }
    return xs;
}

/// Fourth-order central difference of g at x: (8(g(x+h) − g(x−h)) − (g(x+2h) − g(x−2h)))/12h.
/// Truncation ~h⁴g⁽⁵⁾/30, rounding ~ε|g|/h: both near 1e-12 for h = 1e-3.
double difference(const std::function<double(double)> &g, double x)
{
    const double h = 1e-3;
    return (8.0 * (g(x + h) - g(x - h)) - (g(x + 2 * h) - g(x - 2 * h))) / (12.0 * h);
}

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

/// f″ written independently of core (naive but accurate on [−6, 6]); NaN if not covered.
double closedFormSecondDerivative(const Core::Activation &a, double x)
{
    const std::string &id = a.id();
    const double pi = std::numbers::pi;
    if (id == "sigmoid") {
        const double s = sigmoid(x);
        return s * (1 - s) * (1 - 2 * s);
    }
    if (id == "logsigmoid") {
        const double s = sigmoid(x);
        return -s * (1 - s);
    }
    if (id == "tanh") {
        const double t = std::tanh(x);
        return -2 * t * (1 - t * t);
    }
    if (id == "tanhshrink") {
        const double t = std::tanh(x);
        return 2 * t * (1 - t * t);
    }
    if (id == "softsign")
        return -2 * (x > 0 ? 1 : -1) / std::pow(1 + std::abs(x), 3);
    if (id == "silu") {
        const double s = sigmoid(x);
        return s * (1 - s) * (2 + x * (1 - 2 * s));
    }
    if (id == "mish") {
        const double sp = std::log(1 + std::exp(x));
        const double t = std::tanh(sp);
        const double s = sigmoid(x);
        const double sech2 = 1 / (std::cosh(sp) * std::cosh(sp));
        // d/dx[t + x·sech²(sp)·σ] with (sech²)′ = −2t·sech²·σ and σ′ = σ(1 − σ).
        return 2 * sech2 * s + x * (-2 * t * sech2 * s * s + sech2 * s * (1 - s));
    }
    if (id == "gelu" && a.parameter("approximate") == 0.0)
        return std::exp(-x * x / 2) / std::sqrt(2 * pi) * (2 - x * x);
    if (id == "gelu") {
        const double b = std::sqrt(2 / pi), k = 0.044715;
        const double u = b * (x + k * x * x * x), du = b * (1 + 3 * k * x * x), d2u = 6 * b * k * x;
        const double t = std::tanh(u), s2 = 1 - t * t;
        return s2 * du + 0.5 * x * (-2 * t * s2 * du * du + s2 * d2u);
    }
    if (id == "softplus") {
        const double beta = a.parameter("beta");
        if (beta * x > a.parameter("threshold"))
            return 0.0;
        const double s = sigmoid(beta * x);
        return beta * s * (1 - s);
    }
    if (id == "elu")
        return x < 0 ? a.parameter("alpha") * std::exp(x) : 0.0;
    if (id == "celu")
        return x < 0 ? std::exp(x / a.parameter("alpha")) / a.parameter("alpha") : 0.0;
    if (id == "selu")
        return x < 0 ? 1.0507009873554805 * 1.6732632423543772 * std::exp(x) : 0.0;
    if (id == "hardswish")
        return std::abs(x) < 3 ? 1.0 / 3.0 : 0.0;
    // Every other activation is piecewise linear (or constant): f″ = 0 away from its breaks.
    return 0.0;
}

} // namespace

class TestActivationsGradcheck : public QObject
{
    Q_OBJECT

private slots:
    void derivatives_data();
    void derivatives();
    void floatMatchesDouble_data() { derivatives_data(); }
    void floatMatchesDouble();
};

void TestActivationsGradcheck::derivatives_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("setting");
    const std::vector<Testing::Setting> settings = Testing::allSettings();
    for (std::size_t i = 0; i < settings.size(); ++i)
        QTest::newRow(settings[i].name.c_str())
            << QString::fromStdString(settings[i].id) << static_cast<int>(i);
}

void TestActivationsGradcheck::derivatives()
{
    QFETCH(int, setting);
    const Testing::Setting s = Testing::allSettings()[static_cast<std::size_t>(setting)];
    const Core::Activation a = Testing::makeActivation(s.id, s.parameters);
    const auto f = [&a](double x) { return a.value(x); };
    const auto df = [&a](double x) { return a.gradient(x); };
    int checked = 0;
    for (double x : grid(a, -8.0, 8.0)) {
        const double g = a.gradient(x);
        const double gNum = difference(f, x);
        QVERIFY2(isClose(g, gNum, 1e-9, 1e-8),
                 qPrintable(QStringLiteral("f′(%1): ").arg(x) + describe(g, gNum)));
        const double h = a.secondDerivative(x);
        const double hNum = difference(df, x);
        QVERIFY2(isClose(h, hNum, 1e-9, 1e-8),
                 qPrintable(QStringLiteral("f″(%1) vs differences: ").arg(x) + describe(h, hNum)));
        if (std::abs(x) <= 6.0) {
            const double hClosed = closedFormSecondDerivative(a, x);
            QVERIFY2(isClose(h, hClosed, 1e-12, 1e-10),
                     qPrintable(QStringLiteral("f″(%1) vs closed form: ").arg(x)
                                + describe(h, hClosed)));
        }
        ++checked;
    }
    QVERIFY(checked > 80);
}

void TestActivationsGradcheck::floatMatchesDouble()
{
    // float32 is computed in float throughout; it must stay within the float tolerance of the
    // double result on a wide grid, including the tails where naive float formulas cancel.
    QFETCH(int, setting);
    const Testing::Setting s = Testing::allSettings()[static_cast<std::size_t>(setting)];
    const Core::Activation a = Testing::makeActivation(s.id, s.parameters);
    std::vector<float> xf;
    for (double x : grid(a, -60.0, 60.0))
        xf.push_back(static_cast<float>(x));
    for (float x : {1e-30f, -1e-30f, 1e-6f, -1e-6f, 1e-3f, -1e-3f, 0.3f, -0.3f, 80.0f, -80.0f})
        xf.push_back(x);
    const std::size_t n = xf.size();
    std::vector<float> v(n), g(n), h(n);
    a.evaluate(std::span<const float>(xf), std::span<float>(v), std::span<float>(g),
               std::span<float>(h));
    for (std::size_t i = 0; i < n; ++i) {
        const double x = xf[i];
        // The softplus switch sits at the same x in both dtypes only up to rounding of β·x.
        if (s.id == "softplus"
            && std::abs(x - a.parameter("threshold") / a.parameter("beta")) < 1e-3)
            continue;
        QVERIFY2(isClose(v[i], a.value(x), 1e-6, 1e-5),
                 qPrintable(QStringLiteral("f(%1): ").arg(x) + describe(v[i], a.value(x))));
        QVERIFY2(isClose(g[i], a.gradient(x), 1e-6, 1e-5),
                 qPrintable(QStringLiteral("f′(%1): ").arg(x) + describe(g[i], a.gradient(x))));
        QVERIFY2(isClose(h[i], a.secondDerivative(x), 1e-6, 1e-5),
                 qPrintable(QStringLiteral("f″(%1): ").arg(x)
                            + describe(h[i], a.secondDerivative(x))));
    }
}

QTEST_APPLESS_MAIN(TestActivationsGradcheck)

#include "tst_activations_gradcheck.moc"
