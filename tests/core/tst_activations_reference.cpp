// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Every row of every CSV in tests/reference/activations against core's activations, with the
// policy of that folder's README §2: the exact value (value_mp, grad_mp) where the derivative
// exists, PyTorch's gradient at kinks, PyTorch's softplus threshold, limits at ±inf.

#include "tst_activations_support.h"

#include "core/activation.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>
#include <cstdlib>
#include <set>
#include <vector>

using namespace ReluLab;
using ReluLab::Testing::describe;
using ReluLab::Testing::isClose;

namespace {

struct Row
{
    QString config;
    std::string activation;
    std::map<std::string, double> parameters;
    bool f32 = false;
    QString pointClass;
    double x = 0, value = 0, grad = 0;
    bool hasValueMp = false, hasGradMp = false;
    double valueMp = 0, gradMp = 0;
};

double parseDouble(const QByteArray &text)
{
    // std::strtod reads decimals, C99 hex floats, inf and nan, and keeps the sign of -0.
    const QByteArray z = text.trimmed();
    return std::strtod(z.constData(), nullptr);
}

/// Parameters from "beta;threshold" / "2;20"; choices ("tanh") become their index.
std::map<std::string, double> parseParameters(const std::string &id, const QByteArray &names,
                                              const QByteArray &values)
{
    std::map<std::string, double> result;
    if (names.isEmpty())
        return result;
    const QList<QByteArray> n = names.split(';');
    const QList<QByteArray> v = values.split(';');
    const Core::ActivationInfo *info = Core::findActivationInfo(id);
    for (qsizetype i = 0; i < n.size() && i < v.size(); ++i) {
        const std::string name = n[i].toStdString();
        double value = 0.0;
        bool isChoice = false;
        for (const Core::ParameterSpec &spec : info->parameters) {
            if (spec.name == name && spec.kind == Core::ParameterKind::Choice) {
                isChoice = true;
                for (std::size_t c = 0; c < spec.choices.size(); ++c) {
                    if (spec.choices[c] == v[i].toStdString())
                        value = static_cast<double>(c);
                }
            }
        }
        result[name] = isChoice ? value : parseDouble(v[i]);
    }
    return result;
}

std::vector<Row> readCsv(const QString &path)
{
    std::vector<Row> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    const auto col = [&header](const char *name) {
        const qsizetype i = header.indexOf(QByteArray(name));
        if (i < 0)
            qFatal("column %s missing", name);
        return i;
    };
    const qsizetype cConfig = col("config"), cAct = col("activation"), cPn = col("param_name"),
                    cPv = col("param_value"), cDtype = col("dtype"), cClass = col("point_class"),
                    cX = col("x_hex"), cValue = col("value_hex"), cGrad = col("grad_hex"),
                    cVmp = col("value_mp"), cGmp = col("grad_mp");
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(',');
        Row r;
        r.config = QString::fromLatin1(f[cConfig]);
        r.activation = f[cAct].toStdString();
        r.parameters = parseParameters(r.activation, f[cPn], f[cPv]);
        r.f32 = f[cDtype] == "float32";
        r.pointClass = QString::fromLatin1(f[cClass]);
        r.x = parseDouble(f[cX]);
        r.value = parseDouble(f[cValue]);
        r.grad = parseDouble(f[cGrad]);
        r.hasValueMp = !f[cVmp].isEmpty();
        r.hasGradMp = !f[cGmp].isEmpty();
        r.valueMp = r.hasValueMp ? parseDouble(f[cVmp]) : 0.0;
        r.gradMp = r.hasGradMp ? parseDouble(f[cGmp]) : 0.0;
        rows.push_back(r);
    }
    return rows;
}

QStringList csvFiles()
{
    const QDir dir(QStringLiteral(RELULAB_TEST_DATA_DIR "/reference/activations"));
    return dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
}

/// f, f′ of the activation at x in the row's dtype (float rows go through the float path).
void evaluateRow(const Core::Activation &a, const Row &r, double &value, double &grad)
{
    if (r.f32) {
        const float x = static_cast<float>(r.x);
        float v = 0.0f, g = 0.0f;
        a.evaluate(std::span<const float>(&x, 1), std::span<float>(&v, 1), std::span<float>(&g, 1));
        value = v;
        grad = g;
    } else {
        a.evaluate(std::span<const double>(&r.x, 1), std::span<double>(&value, 1),
                   std::span<double>(&grad, 1));
    }
}

/// True where PyTorch's softplus returns x (β·x > θ, formed in the working dtype).
bool beyondSoftplusThreshold(const Row &r)
{
    if (r.activation != "softplus")
        return false;
    const double beta = r.parameters.count("beta") ? r.parameters.at("beta") : 1.0;
    const double threshold = r.parameters.count("threshold") ? r.parameters.at("threshold") : 20.0;
    if (r.f32)
        return static_cast<float>(r.x) * static_cast<float>(beta) > static_cast<float>(threshold);
    return r.x * beta > threshold;
}

/// The mathematical limit at ±inf where PyTorch's own result is NaN (README §6 and §2.5).
double limitWherePytorchIsNan(const std::string &id, double x, bool gradient)
{
    const bool plus = x > 0;
    if (id == "softsign")
        return gradient ? 0.0 : (plus ? 1.0 : -1.0);
    // gelu, silu, mish: f(−inf) = 0, f′(+inf) = 1, f′(−inf) = 0; hardswish(−inf) = 0.
    if (gradient)
        return plus ? 1.0 : 0.0;
    return 0.0;
}

} // namespace

class TestActivationsReference : public QObject
{
    Q_OBJECT

private slots:
    void allFilesPresent();
    void finiteRows_data();
    void finiteRows();
    void nonFiniteRows_data();
    void nonFiniteRows();
    void vectorPathMatchesScalar_data();
    void vectorPathMatchesScalar();
};

void TestActivationsReference::allFilesPresent()
{
    // 29 configs × 2 dtypes + the two non-finite files.
    QCOMPARE(csvFiles().size(), 60);
}

void TestActivationsReference::finiteRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    for (const QString &file : csvFiles()) {
        if (file.startsWith(QLatin1String("nonfinite")))
            continue;
        const std::vector<Row> rows = readCsv(
            QStringLiteral(RELULAB_TEST_DATA_DIR "/reference/activations/") + file);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Row &r = rows[i];
            const QString name = QStringLiteral("%1_%2/%3/x=%4")
                                     .arg(r.config,
                                          r.f32 ? QLatin1String("f32") : QLatin1String("f64"),
                                          r.pointClass)
                                     .arg(r.x, 0, 'g', 17);
            QTest::newRow(qPrintable(name)) << file << static_cast<int>(i);
        }
    }
}

void TestActivationsReference::finiteRows()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    static QString cachedFile;
    static std::vector<Row> cached;
    if (cachedFile != file) {
        cached = readCsv(QStringLiteral(RELULAB_TEST_DATA_DIR "/reference/activations/") + file);
        cachedFile = file;
    }
    const Row &r = cached[static_cast<std::size_t>(index)];
    const Core::Activation a = Testing::makeActivation(r.activation, r.parameters);
    double value = 0, grad = 0;
    evaluateRow(a, r, value, grad);

    const double atol = r.f32 ? 1e-6 : 1e-14;
    const double rtol = r.f32 ? 1e-5 : 1e-12;
    const bool threshold = beyondSoftplusThreshold(r);

    QVERIFY2(r.hasValueMp, "every finite row has an exact value");
    const double expectedValue = threshold ? r.value : r.valueMp;
    QVERIFY2(isClose(value, expectedValue, atol, rtol), qPrintable(describe(value, expectedValue)));

    // Kinks (grad_mp empty) and the softplus threshold: PyTorch's convention, the `grad` column.
    const double expectedGrad = (threshold || !r.hasGradMp) ? r.grad : r.gradMp;
    QVERIFY2(isClose(grad, expectedGrad, atol, rtol), qPrintable(describe(grad, expectedGrad)));

    // Signed zero (README §5): f(−0) = −0 wherever f is odd-like through the origin.
    static const std::set<std::string> keepsNegativeZero = {"relu",    "leaky_relu", "prelu",
                                                            "rrelu",   "gelu",       "silu",
                                                            "mish",    "tanh",       "hardtanh",
                                                            "relu6",   "hardswish",  "softsign",
                                                            "identity"};
    if (r.x == 0.0 && std::signbit(r.x) && keepsNegativeZero.count(r.activation))
        QVERIFY2(value == 0.0 && std::signbit(value), "f(−0) must be −0");
}

void TestActivationsReference::nonFiniteRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    for (const QString &file :
         {QStringLiteral("nonfinite_f64.csv"), QStringLiteral("nonfinite_f32.csv")}) {
        const std::vector<Row> rows = readCsv(
            QStringLiteral(RELULAB_TEST_DATA_DIR "/reference/activations/") + file);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Row &r = rows[i];
            const QString name = QStringLiteral("%1_%2/nonfinite/x=%3")
                                     .arg(r.config,
                                          r.f32 ? QLatin1String("f32") : QLatin1String("f64"))
                                     .arg(r.x);
            QTest::newRow(qPrintable(name)) << file << static_cast<int>(i);
        }
    }
}

void TestActivationsReference::nonFiniteRows()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const std::vector<Row> rows = readCsv(
        QStringLiteral(RELULAB_TEST_DATA_DIR "/reference/activations/") + file);
    const Row &r = rows[static_cast<std::size_t>(index)];
    const Core::Activation a = Testing::makeActivation(r.activation, r.parameters);
    double value = 0, grad = 0;
    evaluateRow(a, r, value, grad); // must not crash

    if (std::isnan(r.x)) {
        QVERIFY2(std::isnan(value), "NaN in, NaN out");
        return; // NaN-input gradients are not specified (PyTorch is inconsistent).
    }
    const double expectedValue = std::isnan(r.value)
                                     ? limitWherePytorchIsNan(r.activation, r.x, false)
                                     : r.value;
    const double expectedGrad = std::isnan(r.grad) ? limitWherePytorchIsNan(r.activation, r.x, true)
                                                   : r.grad;
    QVERIFY2(isClose(value, expectedValue, 0.0, 0.0), qPrintable(describe(value, expectedValue)));
    QVERIFY2(isClose(grad, expectedGrad, 0.0, 0.0), qPrintable(describe(grad, expectedGrad)));
}

void TestActivationsReference::vectorPathMatchesScalar_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : csvFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestActivationsReference::vectorPathMatchesScalar()
{
    // The whole file's x in one evaluate() call (the vectorised loops) against one call per point.
    QFETCH(QString, file);
    const std::vector<Row> rows = readCsv(
        QStringLiteral(RELULAB_TEST_DATA_DIR "/reference/activations/") + file);
    std::map<QString, std::vector<const Row *>> byConfig;
    for (const Row &r : rows)
        byConfig[r.config].push_back(&r);
    for (const auto &[config, group] : byConfig) {
        const Core::Activation a = Testing::makeActivation(group.front()->activation,
                                                           group.front()->parameters);
        const std::size_t n = group.size();
        std::vector<double> x(n), v(n), g(n), h(n);
        std::vector<float> xf(n), vf(n), gf(n), hf(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = group[i]->x;
            xf[i] = static_cast<float>(group[i]->x);
        }
        a.evaluate(std::span<const double>(x), std::span<double>(v), std::span<double>(g),
                   std::span<double>(h));
        a.evaluate(std::span<const float>(xf), std::span<float>(vf), std::span<float>(gf),
                   std::span<float>(hf));
        const auto same = [](double p, double q) {
            return (std::isnan(p) && std::isnan(q))
                   || (p == q && std::signbit(p) == std::signbit(q));
        };
        for (std::size_t i = 0; i < n; ++i) {
            QVERIFY2(same(v[i], a.value(x[i])), qPrintable(config));
            QVERIFY2(same(g[i], a.gradient(x[i])) || std::isnan(x[i]), qPrintable(config));
            QVERIFY2(same(h[i], a.secondDerivative(x[i])) || std::isnan(x[i]), qPrintable(config));
            float sv = 0, sg = 0, sh = 0;
            a.evaluate(std::span<const float>(&xf[i], 1), std::span<float>(&sv, 1),
                       std::span<float>(&sg, 1), std::span<float>(&sh, 1));
            QVERIFY2(same(vf[i], sv), qPrintable(config));
            QVERIFY2(same(gf[i], sg) || std::isnan(xf[i]), qPrintable(config));
            QVERIFY2(same(hf[i], sh) || std::isnan(xf[i]), qPrintable(config));
        }
    }
}

QTEST_APPLESS_MAIN(TestActivationsReference)

#include "tst_activations_reference.moc"
