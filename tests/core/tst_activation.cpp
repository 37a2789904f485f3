// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Activation: the catalogue's metadata, create() errors, RReLU's random slopes, and the functions
// without a reference CSV (hardshrink, softshrink, threshold, step) against their definitions.

#include "tst_activations_support.h"

#include "core/activation.h"
#include "core/random.h"

#include <QTest>

#include <cmath>
#include <set>
#include <vector>

using namespace ReluLab;
using ReluLab::Testing::isClose;

class TestActivation : public QObject
{
    Q_OBJECT

private slots:
    void catalogue();
    void defaultsAreValid();
    void createErrors_data();
    void createErrors();
    void rreluTrainingDraws();
    void definitions_data();
    void definitions();
    void optionalOutputs();
};

void TestActivation::catalogue()
{
    const std::vector<std::string> expected
        = {"relu",       "relu6",      "leaky_relu",  "prelu",     "rrelu",
           "elu",        "celu",       "selu",        "gelu",      "silu",
           "mish",       "softplus",   "sigmoid",     "tanh",      "softsign",
           "logsigmoid", "hardtanh",   "hardsigmoid", "hardswish", "tanhshrink",
           "hardshrink", "softshrink", "threshold",   "identity",  "step"};
    std::set<std::string> ids;
    for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
        ids.insert(info.id);
        QVERIFY(!info.displayName.empty());
        QVERIFY(info.formula.rfind("f(x) = ", 0) == 0);
        QVERIFY(info.derivativeFormula.rfind("f′(x) = ", 0) == 0);
        QVERIFY(!info.pytorchName.empty());
        QCOMPARE(Core::findActivationInfo(info.id), &info);
        for (const Core::ParameterSpec &p : info.parameters) {
            QVERIFY(p.minimum < p.maximum);
            QVERIFY(p.defaultValue >= p.minimum && p.defaultValue <= p.maximum);
            QVERIFY(p.step > 0 && p.step <= (p.maximum - p.minimum));
        }
    }
    QCOMPARE(ids, std::set<std::string>(expected.begin(), expected.end()));
    QCOMPARE(Core::findActivationInfo("nosuch"), nullptr);
    // PyTorch's defaults.
    QCOMPARE(Testing::makeActivation("leaky_relu").parameter("negative_slope"), 0.01);
    QCOMPARE(Testing::makeActivation("prelu").parameter("weight"), 0.25);
    QCOMPARE(Testing::makeActivation("rrelu").parameter("lower"), 1.0 / 8.0);
    QCOMPARE(Testing::makeActivation("rrelu").parameter("upper"), 1.0 / 3.0);
    QCOMPARE(Testing::makeActivation("softplus").parameter("threshold"), 20.0);
    QCOMPARE(Testing::makeActivation("hardtanh").parameter("min_val"), -1.0);
    QCOMPARE(Testing::makeActivation("gelu").parameter("approximate"), 0.0);
    QCOMPARE(Core::Activation().id(), std::string("relu"));
}

void TestActivation::defaultsAreValid()
{
    for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
        std::map<std::string, double> all;
        for (const Core::ParameterSpec &p : info.parameters)
            all[p.name] = p.defaultValue;
        const Core::Expected<Core::Activation> a = Core::Activation::create(info.id, all);
        QVERIFY2(a.hasValue(), info.id.c_str());
        QCOMPARE(a->parameterValues().size(), info.parameters.size());
    }
}

void TestActivation::createErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("code");
    const double nan = std::nan("");
    QTest::newRow("unknown activation") << "swishy"
                                        << "" << 0.0 << "unknown_activation";
    QTest::newRow("unknown parameter") << "relu"
                                       << "alpha" << 1.0 << "unknown_parameter";
    QTest::newRow("elu alpha below range") << "elu"
                                           << "alpha" << -1.0 << "parameter_out_of_range";
    QTest::newRow("elu alpha zero") << "elu"
                                    << "alpha" << 0.0 << "parameter_out_of_range";
    QTest::newRow("leaky slope above range") << "leaky_relu"
                                             << "negative_slope" << 1.5 << "parameter_out_of_range";
    QTest::newRow("softplus beta nan") << "softplus"
                                       << "beta" << nan << "parameter_out_of_range";
    QTest::newRow("gelu choice not whole") << "gelu"
                                           << "approximate" << 0.5 << "parameter_out_of_range";
    QTest::newRow("rrelu flag 2") << "rrelu"
                                  << "training" << 2.0 << "parameter_out_of_range";
    QTest::newRow("hardtanh min = max") << "hardtanh"
                                        << "min_val" << 1.0 << "invalid_parameters";
    QTest::newRow("hardtanh min > max") << "hardtanh"
                                        << "min_val" << 3.0 << "invalid_parameters";
    QTest::newRow("rrelu lower > upper") << "rrelu"
                                         << "lower" << 0.5 << "invalid_parameters";
}

void TestActivation::createErrors()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(double, value);
    QFETCH(QString, code);
    std::map<std::string, double> parameters;
    if (!name.isEmpty())
        parameters[name.toStdString()] = value;
    const Core::Expected<Core::Activation> a = Core::Activation::create(id.toStdString(),
                                                                        parameters);
    QVERIFY(!a.hasValue());
    QCOMPARE(QString::fromStdString(a.error().code), code);
    QCOMPARE(QString::fromStdString(a.error().arg("id")), id);
    QVERIFY(!a.error().message.empty());
    if (code == QLatin1String("unknown_parameter")
        || code == QLatin1String("parameter_out_of_range"))
        QCOMPARE(QString::fromStdString(a.error().arg("name")), name);
    if (code == QLatin1String("parameter_out_of_range")) {
        QVERIFY(!a.error().arg("min").empty());
        QVERIFY(!a.error().arg("max").empty());
        QVERIFY(!a.error().arg("value").empty());
    }
    if (code == QLatin1String("invalid_parameters"))
        QVERIFY(!a.error().arg("detail").empty());
}

void TestActivation::rreluTrainingDraws()
{
    const Core::Activation a
        = Testing::makeActivation("rrelu", {{"lower", 0.2}, {"upper", 0.3}, {"training", 1}});
    QVERIFY(a.isRandomInTraining());
    QVERIFY(!Testing::makeActivation("rrelu").isRandomInTraining());
    const std::size_t n = 4000;
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = (i % 2 == 0) ? -1.0 - static_cast<double>(i) / n : 0.5;
    const auto run = [&](std::uint64_t seed, std::vector<double> &v, std::vector<double> &g) {
        Core::Rng rng(seed);
        v.assign(n, 0.0);
        g.assign(n, 0.0);
        a.evaluate(std::span<const double>(x), std::span<double>(v), std::span<double>(g), {},
                   &rng);
    };
    std::vector<double> v1, g1, v2, g2, v3, g3;
    run(7, v1, g1);
    run(7, v2, g2);
    run(8, v3, g3);
    QVERIFY(v1 == v2 && g1 == g2); // reproducible from the seed
    QVERIFY(g1 != g3);             // and the seed matters
    std::set<double> distinct;
    double mean = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (x[i] > 0) {
            QCOMPARE(g1[i], 1.0);
            QCOMPARE(v1[i], x[i]);
            continue;
        }
        QVERIFY(g1[i] >= 0.2 && g1[i] <= 0.3);
        QVERIFY(isClose(v1[i], g1[i] * x[i], 0.0, 1e-15));
        distinct.insert(g1[i]);
        mean += g1[i] / (n / 2);
    }
    QVERIFY(distinct.size() > n / 2 - 5);   // one draw per negative element
    QVERIFY(std::abs(mean - 0.25) < 0.005); // U(0.2, 0.3): sd of the mean 0.0013
    // Without an Rng the training activation behaves as in eval mode.
    QCOMPARE(a.gradient(-1.0), 0.25);
    // float path: same draws rounded to float.
    std::vector<float> xf(n), vf(n), gf(n);
    for (std::size_t i = 0; i < n; ++i)
        xf[i] = static_cast<float>(x[i]);
    Core::Rng rng(7);
    a.evaluate(std::span<const float>(xf), std::span<float>(vf), std::span<float>(gf), {}, &rng);
    for (std::size_t i = 0; i < n; ++i)
        QCOMPARE(gf[i], static_cast<float>(g1[i]));
}

void TestActivation::definitions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("p0");
    QTest::addColumn<double>("p1");
    QTest::newRow("hardshrink") << "hardshrink" << 0.5 << 0.0;
    QTest::newRow("hardshrink lambd=2") << "hardshrink" << 2.0 << 0.0;
    QTest::newRow("softshrink") << "softshrink" << 0.5 << 0.0;
    QTest::newRow("softshrink lambd=1.25") << "softshrink" << 1.25 << 0.0;
    QTest::newRow("threshold") << "threshold" << 0.0 << 0.0;
    QTest::newRow("threshold 1,-2") << "threshold" << 1.0 << -2.0;
    QTest::newRow("step") << "step" << 0.5 << 0.0;
    QTest::newRow("step values=1") << "step" << 1.0 << 0.0;
}

void TestActivation::definitions()
{
    QFETCH(QString, id);
    QFETCH(double, p0);
    QFETCH(double, p1);
    std::map<std::string, double> params;
    if (id == QLatin1String("threshold"))
        params = {{"threshold", p0}, {"value", p1}};
    else if (id == QLatin1String("step"))
        params = {{"values", p0}};
    else
        params = {{"lambd", p0}};
    const Core::Activation a = Testing::makeActivation(id.toStdString(), params);

    // PyTorch's definitions, including what happens exactly at the break points.
    const auto expected = [&](double x, double &f, double &g) {
        if (id == QLatin1String("hardshrink")) {
            const bool inside = x >= -p0 && x <= p0;
            f = inside ? 0.0 : x;
            g = inside ? 0.0 : 1.0;
        } else if (id == QLatin1String("softshrink")) {
            f = x > p0 ? x - p0 : (x < -p0 ? x + p0 : 0.0);
            g = (x > p0 || x < -p0) ? 1.0 : 0.0;
        } else if (id == QLatin1String("threshold")) {
            f = x > p0 ? x : p1;
            g = x > p0 ? 1.0 : 0.0;
        } else {
            f = x > 0 ? 1.0 : (x < 0 ? 0.0 : p0);
            g = 0.0;
        }
    };
    std::vector<double> xs = {0.0,
                              -0.0,
                              p0,
                              -p0,
                              std::nextafter(p0, 10.0),
                              std::nextafter(p0, -10.0),
                              std::nextafter(-p0, 10.0),
                              std::nextafter(-p0, -10.0),
                              1e-300,
                              -1e-300,
                              1e300,
                              -1e300};
    for (double x = -6.0; x <= 6.0; x += 0.0625)
        xs.push_back(x);
    for (double x : xs) {
        double f = 0, g = 0;
        expected(x, f, g);
        QVERIFY2(isClose(a.value(x), f, 0.0, 0.0), qPrintable(QStringLiteral("f(%1)").arg(x)));
        QVERIFY2(isClose(a.gradient(x), g, 0.0, 0.0), qPrintable(QStringLiteral("f′(%1)").arg(x)));
        QVERIFY(isClose(a.secondDerivative(x), 0.0, 0.0, 0.0));
        const float xf = static_cast<float>(x);
        float vf = 0, gf = 0;
        a.evaluate(std::span<const float>(&xf, 1), std::span<float>(&vf, 1),
                   std::span<float>(&gf, 1));
        expected(static_cast<double>(xf), f, g);
        // Float parameters are p rounded to float: compare where that rounding cannot matter.
        if (static_cast<double>(static_cast<float>(p0)) == p0) {
            QVERIFY(isClose(vf, static_cast<float>(f), 0.0, 0.0));
            QVERIFY(isClose(gf, static_cast<float>(g), 0.0, 0.0));
        }
    }
    // Non-finite input: NaN stays NaN; infinities go to the limits.
    QVERIFY(std::isnan(a.value(std::nan(""))));
    const double inf = std::numeric_limits<double>::infinity();
    double f = 0, g = 0;
    expected(inf, f, g);
    QCOMPARE(a.value(inf), f);
    expected(-inf, f, g);
    QCOMPARE(a.value(-inf), f);
}

void TestActivation::optionalOutputs()
{
    // grad and grad2 may be omitted in any combination; the value is the same each time.
    const Core::Activation a = Testing::makeActivation("gelu");
    const std::vector<double> x = {-2.0, -0.5, 0.0, 0.75, 3.0};
    std::vector<double> v0(5), v1(5), v2(5), v3(5), g(5), h(5);
    a.evaluate(std::span<const double>(x), std::span<double>(v0));
    a.evaluate(std::span<const double>(x), std::span<double>(v1), std::span<double>(g));
    a.evaluate(std::span<const double>(x), std::span<double>(v2), {}, std::span<double>(h));
    a.evaluate(std::span<const double>(x), std::span<double>(v3), std::span<double>(g),
               std::span<double>(h));
    QVERIFY(v0 == v1 && v1 == v2 && v2 == v3);
    for (std::size_t i = 0; i < x.size(); ++i) {
        QCOMPARE(g[i], a.gradient(x[i]));
        QCOMPARE(h[i], a.secondDerivative(x[i]));
    }
}

QTEST_APPLESS_MAIN(TestActivation)

#include "tst_activation.moc"
