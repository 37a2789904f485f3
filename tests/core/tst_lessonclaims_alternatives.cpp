// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The Explorer claims of the bundled lesson "alternatives" (teaching.md T24–T29), checked on the
// activations the lesson itself selects: each step's activation and overlays are read from
// resources/lessons/alternatives.json and built by core's Activation::create, so a lesson edit
// that changes a curve or a parameter is checked against what its text and questions say
// (Leaky ReLU's slope below 0, PReLU monotonic only for α ≥ 0, RReLU's random and mean slopes,
// ELU's floor −α and smooth kink, softplus′ = σ, the minima of GELU, SiLU and Mish).

#include "closeness.h"

#include "core/activation.h"
#include "core/random.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <map>
#include <string>
#include <vector>

using namespace ReluLab;
using ReluLab::Testing::isClose;

namespace {

struct Curve
{
    std::string id;
    std::map<std::string, double> parameters;
};

/// An Explorer step of the lesson: its activation, its overlays and its question.
struct ExplorerStep
{
    Curve activation;
    std::vector<Curve> overlays;
    QJsonObject question;
};

Curve curveFrom(const QJsonObject &o)
{
    Curve c;
    c.id = o.value(QLatin1String("id")).toString().toStdString();
    const QJsonObject parameters = o.value(QLatin1String("parameters")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        c.parameters[it.key().toStdString()] = it.value().toDouble();
    return c;
}

const std::vector<ExplorerStep> &explorerSteps()
{
    static const std::vector<ExplorerStep> steps = [] {
        std::vector<ExplorerStep> result;
        QFile file(QStringLiteral(RELULAB_TEST_DATA_DIR "/../resources/lessons/alternatives.json"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QJsonArray array = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QLatin1String("steps"))
                                     .toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject explorer
                = value.toObject().value(QLatin1String("explorer")).toObject();
            if (!explorer.contains(QLatin1String("activation")))
                continue;
            ExplorerStep step;
            step.activation = curveFrom(explorer.value(QLatin1String("activation")).toObject());
            for (const QJsonValue &overlay : explorer.value(QLatin1String("overlays")).toArray())
                step.overlays.push_back(curveFrom(overlay.toObject()));
            step.question = value.toObject().value(QLatin1String("question")).toObject();
            result.push_back(step);
        }
        return result;
    }();
    return steps;
}

/// The step that selects activation `id` in the Explorer (or shows it as an overlay).
const ExplorerStep *stepShowing(const std::string &id)
{
    for (const ExplorerStep &step : explorerSteps()) {
        if (step.activation.id == id)
            return &step;
        for (const Curve &overlay : step.overlays) {
            if (overlay.id == id)
                return &step;
        }
    }
    return nullptr;
}

/// The curve `id` as that step shows it, with `changes` over its parameters.
Core::Activation lessonActivation(const std::string &id,
                                  const std::map<std::string, double> &changes = {})
{
    const ExplorerStep *step = stepShowing(id);
    if (!step)
        return Core::Activation();
    Curve curve = step->activation.id == id ? step->activation : Curve{id, {}};
    for (const Curve &overlay : step->overlays) {
        if (overlay.id == id)
            curve = overlay;
    }
    for (const auto &[name, value] : changes)
        curve.parameters[name] = value;
    Core::Expected<Core::Activation> made = Core::Activation::create(curve.id, curve.parameters);
    return made ? *made : Core::Activation();
}

/// The right answer of the choice question of the step showing `id`, as a number ("−1" → −1).
double answerOf(const std::string &id)
{
    const ExplorerStep *step = stepShowing(id);
    if (!step)
        return std::nan("");
    const QJsonArray choices = step->question.value(QLatin1String("choices")).toArray();
    const int answer = step->question.value(QLatin1String("answer")).toInt();
    QString text = choices.at(answer).toObject().value(QLatin1String("en")).toString();
    text.replace(QChar(0x2212), QLatin1Char('-'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? value : std::nan("");
}

} // namespace

class TestLessonClaimsAlternatives : public QObject
{
    Q_OBJECT

private slots:
    void everyCurveExists();
    void leakyReluKeepsASlope_data();
    void leakyReluKeepsASlope();
    void preluMonotonicOnlyForNonNegativeSlope_data();
    void preluMonotonicOnlyForNonNegativeSlope();
    void rreluRandomAndMeanSlope();
    void eluFloorAndSmoothKink();
    void softplusDerivativeIsSigmoid_data();
    void softplusDerivativeIsSigmoid();
    void smoothReluLikesDipBelowZero_data();
    void smoothReluLikesDipBelowZero();
};

void TestLessonClaimsAlternatives::everyCurveExists()
{
    QVERIFY2(explorerSteps().size() >= 5, "alternatives.json has its Explorer steps");
    for (const ExplorerStep &step : explorerSteps()) {
        std::vector<Curve> curves = step.overlays;
        curves.push_back(step.activation);
        for (const Curve &curve : curves)
            QVERIFY2(Core::Activation::create(curve.id, curve.parameters), curve.id.c_str());
    }
    for (const char *id :
         {"leaky_relu", "prelu", "rrelu", "elu", "softplus", "gelu", "silu", "mish"})
        QVERIFY2(stepShowing(id), id);
}

void TestLessonClaimsAlternatives::leakyReluKeepsASlope_data()
{
    QTest::addColumn<double>("x");
    QTest::newRow("x = -3 (the question)") << -3.0;
    QTest::newRow("x = -0.5") << -0.5;
    QTest::newRow("x = -100") << -100.0;
}

// T24: f′ = α left of 0 (the question asks for f′(−3) with α = 0.01), so no unit can die;
// the ReLU overlay has f′ = 0 there.
void TestLessonClaimsAlternatives::leakyReluKeepsASlope()
{
    QFETCH(double, x);
    const Core::Activation leaky = lessonActivation("leaky_relu");
    const double alpha = leaky.parameter("negative_slope");
    QVERIFY(isClose(alpha, 0.01, 0.0, 1e-12)); // PyTorch's default, as the text says
    QVERIFY(isClose(leaky.gradient(x), alpha, 0.0, 1e-12));
    QVERIFY(isClose(leaky.value(x), alpha * x, 1e-15, 1e-12));
    QVERIFY(isClose(answerOf("leaky_relu"), leaky.gradient(-3.0), 0.0, 1e-12));
    QVERIFY(!leaky.properties().canProduceDeadUnits);
    QCOMPARE(lessonActivation("relu").gradient(x), 0.0);
}

void TestLessonClaimsAlternatives::preluMonotonicOnlyForNonNegativeSlope_data()
{
    QTest::addColumn<double>("weight");
    QTest::addColumn<bool>("monotonic");
    QTest::newRow("the lesson's 0.25") << std::nan("") << true; // NaN: the lesson's own value
    QTest::newRow("0") << 0.0 << true;
    QTest::newRow("1") << 1.0 << true;
    QTest::newRow("-0.5 (the question)") << -0.5 << false;
}

// T25: PReLU is monotonic for every α ≥ 0 and falls then rises for α < 0.
void TestLessonClaimsAlternatives::preluMonotonicOnlyForNonNegativeSlope()
{
    QFETCH(double, weight);
    QFETCH(bool, monotonic);
    const Core::Activation prelu = std::isnan(weight)
                                       ? lessonActivation("prelu")
                                       : lessonActivation("prelu", {{"weight", weight}});
    if (std::isnan(weight))
        QVERIFY(isClose(prelu.parameter("weight"), 0.25, 0.0, 1e-12));
    QCOMPARE(prelu.properties().monotonic, monotonic);
    // Measured from f: does it ever decrease?
    bool decreases = false;
    for (int i = -400; i < 400; ++i)
        decreases = decreases || prelu.value((i + 1) / 100.0) < prelu.value(i / 100.0);
    QCOMPARE(decreases, !monotonic);
}

// T26: in training RReLU draws each negative input's slope from U(1/8, 1/3); at evaluation the
// slope is their mean, (1/8 + 1/3)/2 = 11/48 ≈ 0.23, as the text says.
void TestLessonClaimsAlternatives::rreluRandomAndMeanSlope()
{
    const Core::Activation eval = lessonActivation("rrelu");
    QVERIFY(!eval.isRandomInTraining());
    QVERIFY(isClose(eval.gradient(-2.0), 11.0 / 48.0, 0.0, 1e-12));
    QVERIFY(std::abs(eval.gradient(-2.0) - 0.23) < 0.005);

    const Core::Activation training = lessonActivation("rrelu", {{"training", 1.0}});
    QVERIFY(training.isRandomInTraining());
    const std::vector<double> x(2000, -1.0);
    std::vector<double> value(x.size()), grad(x.size());
    Core::Rng rng(7);
    training.evaluate(x, value, grad, {}, &rng);
    double lowest = 1.0, highest = 0.0;
    for (double slope : grad) {
        QVERIFY(slope >= 1.0 / 8.0 && slope <= 1.0 / 3.0);
        lowest = std::min(lowest, slope);
        highest = std::max(highest, slope);
    }
    QVERIFY(lowest < 0.13 && highest > 0.33); // the whole interval is drawn from
}

// T27: ELU with α = 1 levels off at −α (the question's −1), its slope is 1 on both sides of 0
// (smooth there: C¹), and its mean output over N(0, 1) lies between 0 and ReLU's; SELU and CELU
// (the overlays) level off too.
void TestLessonClaimsAlternatives::eluFloorAndSmoothKink()
{
    const Core::Activation elu = lessonActivation("elu");
    const double alpha = elu.parameter("alpha");
    QVERIFY(isClose(alpha, 1.0, 0.0, 1e-12));
    QVERIFY(isClose(elu.value(-40.0), -alpha, 1e-12, 0.0));
    QVERIFY(isClose(answerOf("elu"), -alpha, 0.0, 1e-12));
    QVERIFY(isClose(elu.gradient(-1e-9), 1.0, 1e-8, 0.0));
    QVERIFY(isClose(elu.gradient(1e-9), 1.0, 1e-8, 0.0));
    QVERIFY(elu.properties().smoothness != Core::Smoothness::C0);
    const double reluMean = Core::Activation().properties().outputMean; // 1/√(2π)
    const double eluMean = elu.properties().outputMean;
    QVERIFY(eluMean > 0.0 && eluMean < reluMean);
    for (const char *relative : {"selu", "celu"}) {
        const Core::Activation a = lessonActivation(relative);
        QVERIFY2(a.value(-40.0) < 0.0 && std::abs(a.gradient(-40.0)) < 1e-12, relative);
    }
}

void TestLessonClaimsAlternatives::softplusDerivativeIsSigmoid_data()
{
    QTest::addColumn<double>("x");
    for (double x : {-30.0, -10.0, -3.0, -1.0, 0.0, 0.5, 2.0, 8.0})
        QTest::newRow(qPrintable(QStringLiteral("x = %1").arg(x))) << x;
}

// T28: softplus′ = σ(the dashed f′ lies on the sigmoid overlay), softplus′(0) = 1/2 (the
// question), and softplus is never exactly 0: no true sparsity.
void TestLessonClaimsAlternatives::softplusDerivativeIsSigmoid()
{
    QFETCH(double, x);
    const Core::Activation softplus = lessonActivation("softplus");
    const Core::Activation sigmoid = lessonActivation("sigmoid");
    QCOMPARE(sigmoid.id(), std::string("sigmoid")); // the overlay is there
    QVERIFY(isClose(softplus.gradient(x), sigmoid.value(x), 1e-15, 1e-12));
    QVERIFY(softplus.value(x) > 0.0);
    QVERIFY(isClose(answerOf("softplus"), softplus.gradient(0.0), 0.0, 1e-12));
    QVERIFY(!softplus.properties().outputsExactZeros);
}

void TestLessonClaimsAlternatives::smoothReluLikesDipBelowZero_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("minimumAt"); // argmin of f, solved independently (f′ = 0)
    QTest::newRow("gelu") << QStringLiteral("gelu") << -0.7518;
    QTest::newRow("silu") << QStringLiteral("silu") << -1.2785;
    QTest::newRow("mish") << QStringLiteral("mish") << -1.1924;
}

// T29: smooth, with a minimum left of 0 where f′ changes sign from − to +: not monotonic.
void TestLessonClaimsAlternatives::smoothReluLikesDipBelowZero()
{
    QFETCH(QString, id);
    QFETCH(double, minimumAt);
    const Core::Activation a = lessonActivation(id.toStdString());
    QCOMPARE(a.id(), id.toStdString());
    QVERIFY(!a.properties().monotonic);
    QCOMPARE(a.properties().smoothness, Core::Smoothness::CInfinity);
    double best = 0.0, bestAt = 0.0;
    for (int i = -4000; i <= 0; ++i) {
        const double x = i / 1000.0;
        if (a.value(x) < best) {
            best = a.value(x);
            bestAt = x;
        }
    }
    QVERIFY(best < 0.0);
    QVERIFY2(std::abs(bestAt - minimumAt) < 0.002, qPrintable(QString::number(bestAt)));
    QVERIFY(a.gradient(bestAt - 0.5) < 0.0);
    QVERIFY(a.gradient(bestAt + 0.5) > 0.0);
}

QTEST_APPLESS_MAIN(TestLessonClaimsAlternatives)
#include "tst_lessonclaims_alternatives.moc"
