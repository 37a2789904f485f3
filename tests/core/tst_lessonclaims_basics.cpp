// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The Explorer claims of the lessons neurons, sigmoid_tanh, relu and history_biology, checked
// against core. Each test reads the curve a lesson step shows (id and parameters, from
// resources/lessons/<id>.json, built through Activation::create), checks that the step names
// the claim id it teaches, and measures what the step's text or check question says about that
// curve: a derivative's value, a range, a saturation, σ′(0) = 1/4, ReLU′(0) = 0, exact zeros
// in float32, the zero-centred rule of teaching.md T5. The Lab claims are checked by
// `relulab lesson --check --seeds 5` instead.

#include "tst_activations_support.h"

#include "core/activation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <span>
#include <string>
#include <vector>

using namespace ReluLab;
using ReluLab::Testing::isClose;
using ReluLab::Testing::makeActivation;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

QJsonObject readLesson(const QString &id)
{
    QFile file(QStringLiteral(RELULAB_TEST_DATA_DIR "/../resources/lessons/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the lesson %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A bundled lesson's step (0-based), which must exist.
QJsonObject lessonStep(const QString &lesson, int index)
{
    const QJsonArray steps = readLesson(lesson).value(QStringLiteral("steps")).toArray();
    if (index < 0 || index >= steps.size())
        qFatal("lesson %s has no step %d", qPrintable(lesson), index);
    return steps.at(index).toObject();
}

bool teaches(const QJsonObject &step, const QString &claim)
{
    return step.value(QStringLiteral("teaches")).toArray().contains(claim);
}

Core::Activation curveOf(const QJsonObject &curve)
{
    std::map<std::string, double> parameters;
    const QJsonObject p = curve.value(QStringLiteral("parameters")).toObject();
    for (auto it = p.begin(); it != p.end(); ++it)
        parameters[it.key().toStdString()] = it.value().toDouble();
    return makeActivation(curve.value(QStringLiteral("id")).toString().toStdString(), parameters);
}

/// The curve the step selects in the Explorer.
Core::Activation shownActivation(const QJsonObject &step)
{
    return curveOf(step.value(QStringLiteral("explorer"))
                       .toObject()
                       .value(QStringLiteral("activation"))
                       .toObject());
}

/// The step's overlays, in order.
std::vector<Core::Activation> shownOverlays(const QJsonObject &step)
{
    std::vector<Core::Activation> overlays;
    const QJsonArray list = step.value(QStringLiteral("explorer"))
                                .toObject()
                                .value(QStringLiteral("overlays"))
                                .toArray();
    for (const QJsonValue &overlay : list)
        overlays.push_back(curveOf(overlay.toObject()));
    return overlays;
}

/// The English text of the choice the step's question marks right.
QString rightChoice(const QJsonObject &step)
{
    const QJsonObject question = step.value(QStringLiteral("question")).toObject();
    const int answer = question.value(QStringLiteral("answer")).toInt(-1);
    return question.value(QStringLiteral("choices"))
        .toArray()
        .at(answer)
        .toObject()
        .value(QStringLiteral("en"))
        .toString();
}

/// A choice written as a number or a fraction ("0", "1/4").
double choiceValue(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    bool ok = false;
    double value = parts.at(0).toDouble(&ok);
    if (ok && parts.size() == 2)
        value /= parts.at(1).toDouble(&ok);
    if (!ok)
        qFatal("not a number: %s", qPrintable(text));
    return value;
}

/// x on [−lo, hi] every 1/64, leaving out 0 (where a kink's convention decides).
std::vector<double> gridWithoutZero(double lo, double hi)
{
    std::vector<double> xs;
    for (int i = int(-lo * 64); i <= int(hi * 64); ++i) {
        if (i != 0)
            xs.push_back(i / 64.0);
    }
    return xs;
}

} // namespace

class TestLessonClaimsBasics : public QObject
{
    Q_OBJECT

private slots:
    void stepHasZeroGradient_data();
    void stepHasZeroGradient();
    void reluIsTheRamp_data();
    void reluIsTheRamp();
    void goodActivationProperties();
    void rangeAndZeroCentred();
    void sigmoidDerivative();
    void tanhIsAScaledSigmoid();
    void reluKinkAndExactZeros();
    void reluDoesNotSaturateOnTheRight();
    void reluIsUnboundedAbove();
};

// T3: the step function is flat on both sides of its jump, so f′ = 0 wherever it exists (and
// core, like a framework, returns 0 at the jump too): no gradient reaches the weights.
void TestLessonClaimsBasics::stepHasZeroGradient_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("step");
    QTest::newRow("neurons: the step function cannot learn") << QStringLiteral("neurons") << 4;
    QTest::newRow("history_biology: threshold units") << QStringLiteral("history_biology") << 0;
}

void TestLessonClaimsBasics::stepHasZeroGradient()
{
    QFETCH(QString, lesson);
    QFETCH(int, step);
    const QJsonObject s = lessonStep(lesson, step);
    QVERIFY(teaches(s, QStringLiteral("T3")));
    const Core::Activation a = shownActivation(s);
    QCOMPARE(a.id(), std::string("step"));
    for (double x : gridWithoutZero(20.0, 20.0)) {
        QVERIFY2(isClose(a.value(x), x > 0 ? 1.0 : 0.0, 0.0, 0.0), qPrintable(QString::number(x)));
        QVERIFY2(isClose(a.gradient(x), 0.0, 0.0, 0.0), qPrintable(QString::number(x)));
    }
    QVERIFY(isClose(a.gradient(0.0), 0.0, 0.0, 0.0));
    // The neurons lesson's check question asks for f′(0.3).
    if (lesson == QLatin1String("neurons"))
        QVERIFY(isClose(a.gradient(0.3), choiceValue(rightChoice(s)), 0.0, 0.0));
}

// T1, T9, T12: ReLU outputs z for a positive sum and 0 otherwise, max(0, z).
void TestLessonClaimsBasics::reluIsTheRamp_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("claim");
    QTest::newRow("neurons: one neuron") << QStringLiteral("neurons") << 0 << QStringLiteral("T1");
    QTest::newRow("relu: the ramp") << QStringLiteral("relu") << 0 << QStringLiteral("T9");
    QTest::newRow("history_biology: rectifiers")
        << QStringLiteral("history_biology") << 1 << QStringLiteral("T12");
}

void TestLessonClaimsBasics::reluIsTheRamp()
{
    QFETCH(QString, lesson);
    QFETCH(int, step);
    QFETCH(QString, claim);
    const QJsonObject s = lessonStep(lesson, step);
    QVERIFY(teaches(s, claim));
    const Core::Activation a = shownActivation(s);
    QCOMPARE(a.id(), std::string("relu"));
    for (double x : gridWithoutZero(20.0, 20.0))
        QVERIFY2(isClose(a.value(x), std::max(0.0, x), 0.0, 0.0), qPrintable(QString::number(x)));
    QVERIFY(isClose(a.value(0.0), 0.0, 0.0, 0.0));
}

// T4 on tanh: non-linear, differentiable everywhere, monotonic, f(z) ≈ z near 0.
void TestLessonClaimsBasics::goodActivationProperties()
{
    const QJsonObject s = lessonStep(QStringLiteral("neurons"), 5);
    QVERIFY(teaches(s, QStringLiteral("T4")));
    const Core::Activation a = shownActivation(s);
    QCOMPARE(a.id(), std::string("tanh"));
    const Core::ActivationProperties p = a.properties();
    QVERIFY(p.monotonic);
    QVERIFY(p.identityNearZero);
    QCOMPARE(p.smoothness, Core::Smoothness::CInfinity);
    QVERIFY(p.breakPoints.empty());
    // Non-linear: f(1) + f(1) is not f(2).
    QVERIFY(!isClose(a.value(1.0) + a.value(1.0), a.value(2.0), 1e-3, 0.0));
    // Near 0 the curve and the line f(z) = z agree to second order: tanh z = z − z³/3 + …
    for (double z : {-0.05, -0.01, 0.01, 0.05})
        QVERIFY(isClose(a.value(z), z, 0.0, z * z));
}

// T4: tanh bounded (−1, 1), saturating; ReLU [0, ∞), not saturating for z > 0.
// T5: the table's rule |E[f(z)]| ≤ 0.1 · SD[f(z)], z ~ N(0, 1): of the question's choices
// (ReLU, Leaky ReLU 0.01, tanh) only the one marked right passes.
void TestLessonClaimsBasics::rangeAndZeroCentred()
{
    const QJsonObject s = lessonStep(QStringLiteral("neurons"), 6);
    QVERIFY(teaches(s, QStringLiteral("T4")));
    QVERIFY(teaches(s, QStringLiteral("T5")));
    const Core::Activation relu = shownActivation(s);
    const std::vector<Core::Activation> overlays = shownOverlays(s);
    QCOMPARE(relu.id(), std::string("relu"));
    QCOMPARE(overlays.size(), std::size_t(1));
    const Core::Activation &tanh = overlays.front();
    QCOMPARE(tanh.id(), std::string("tanh"));

    const Core::ActivationProperties r = relu.properties();
    QVERIFY(isClose(r.rangeMin, 0.0, 0.0, 0.0) && r.rangeMinReached);
    QCOMPARE(r.rangeMax, inf);
    QVERIFY(!r.saturatesRight);
    const Core::ActivationProperties t = tanh.properties();
    QVERIFY(isClose(t.rangeMin, -1.0, 0.0, 0.0) && !t.rangeMinReached);
    QVERIFY(isClose(t.rangeMax, 1.0, 0.0, 0.0) && !t.rangeMaxReached);
    QVERIFY(t.saturatesLeft && t.saturatesRight);

    const std::vector<std::pair<QString, Core::Activation>>
        choices{{QStringLiteral("ReLU"), relu},
                {QStringLiteral("Leaky ReLU with slope 0.01"),
                 makeActivation("leaky_relu", {{"negative_slope", 0.01}})},
                {QStringLiteral("tanh"), tanh}};
    for (const auto &[name, activation] : choices) {
        const Core::ActivationProperties p = activation.properties();
        const bool rule = std::abs(p.outputMean) <= 0.1 * p.outputSd;
        QCOMPARE(p.zeroCentred, rule);
        QCOMPARE(p.zeroCentred, name == rightChoice(s));
    }
}

// T6: σ′ = σ(1 − σ), largest at 0 where it is 1/4 (the question's answer); range (0, 1);
// saturates at both ends; not zero-centred.
void TestLessonClaimsBasics::sigmoidDerivative()
{
    const QJsonObject s = lessonStep(QStringLiteral("sigmoid_tanh"), 0);
    QVERIFY(teaches(s, QStringLiteral("T6")));
    const Core::Activation a = shownActivation(s);
    QCOMPARE(a.id(), std::string("sigmoid"));
    QVERIFY(isClose(a.gradient(0.0), 0.25, 1e-15, 0.0));
    QVERIFY(isClose(a.gradient(0.0), choiceValue(rightChoice(s)), 1e-15, 0.0));
    for (double x : gridWithoutZero(30.0, 30.0)) {
        const double sigma = a.value(x);
        QVERIFY2(isClose(a.gradient(x), sigma * (1.0 - sigma), 1e-15, 1e-12),
                 qPrintable(QString::number(x)));
        QVERIFY(a.gradient(x) < 0.25);
    }
    const Core::ActivationProperties p = a.properties();
    QVERIFY(isClose(p.rangeMin, 0.0, 0.0, 0.0) && !p.rangeMinReached);
    QVERIFY(isClose(p.rangeMax, 1.0, 0.0, 0.0) && !p.rangeMaxReached);
    QVERIFY(p.saturatesLeft && p.saturatesRight);
    QVERIFY(!p.zeroCentred);
}

// T7: tanh(x) = 2σ(2x) − 1 (σ is the step's overlay); tanh′ = 1 − tanh², 1 at 0 (the
// question's answer, four times σ′(0)); below 0.01 for |x| > 3; range (−1, 1); zero-centred.
void TestLessonClaimsBasics::tanhIsAScaledSigmoid()
{
    const QJsonObject s = lessonStep(QStringLiteral("sigmoid_tanh"), 1);
    QVERIFY(teaches(s, QStringLiteral("T7")));
    const Core::Activation tanh = shownActivation(s);
    const std::vector<Core::Activation> overlays = shownOverlays(s);
    QCOMPARE(tanh.id(), std::string("tanh"));
    QCOMPARE(overlays.size(), std::size_t(1));
    const Core::Activation &sigmoid = overlays.front();
    QCOMPARE(sigmoid.id(), std::string("sigmoid"));
    for (double x : gridWithoutZero(20.0, 20.0)) {
        const QByteArray number = QByteArray::number(x);
        const char *at = number.constData();
        QVERIFY2(isClose(tanh.value(x), 2.0 * sigmoid.value(2.0 * x) - 1.0, 1e-15, 1e-13), at);
        const double t = tanh.value(x);
        QVERIFY2(isClose(tanh.gradient(x), 1.0 - t * t, 1e-15, 1e-12), at);
        if (std::abs(x) > 3.0)
            QVERIFY2(tanh.gradient(x) < 0.01, at);
    }
    QVERIFY(isClose(tanh.gradient(0.0), 1.0, 0.0, 0.0));
    QVERIFY(isClose(tanh.gradient(0.0), choiceValue(rightChoice(s)), 0.0, 0.0));
    QVERIFY(isClose(tanh.gradient(0.0), 4.0 * sigmoid.gradient(0.0), 0.0, 1e-15));
    const Core::ActivationProperties p = tanh.properties();
    QVERIFY(isClose(p.rangeMin, -1.0, 0.0, 0.0) && isClose(p.rangeMax, 1.0, 0.0, 0.0));
    QVERIFY(p.zeroCentred);
    QVERIFY(p.saturatesLeft && p.saturatesRight);
}

// T10: ReLU′ is 1 for x > 0 and 0 for x < 0; at the kink core takes PyTorch's 0 (the
// question's answer), in float64 and float32; the one-sided slopes are 0 and 1, so any value
// in [0, 1] is a subgradient. Exact zeros happen: in float32, (1 + 10⁻⁸) − 1 is exactly 0,
// and ReLU and its derivative there are exactly 0.
void TestLessonClaimsBasics::reluKinkAndExactZeros()
{
    const QJsonObject s = lessonStep(QStringLiteral("relu"), 1);
    QVERIFY(teaches(s, QStringLiteral("T10")));
    const Core::Activation a = shownActivation(s);
    QCOMPARE(a.id(), std::string("relu"));
    for (double x : gridWithoutZero(20.0, 20.0))
        QVERIFY2(isClose(a.gradient(x), x > 0 ? 1.0 : 0.0, 0.0, 0.0),
                 qPrintable(QString::number(x)));
    QVERIFY(isClose(a.gradient(0.0), 0.0, 0.0, 0.0));
    QVERIFY(isClose(a.gradient(0.0), choiceValue(rightChoice(s)), 0.0, 0.0));
    QVERIFY(isClose(a.properties().gradientAtZero, 0.0, 0.0, 0.0));
    const std::vector<Core::BreakPoint> kinks = a.breakPoints();
    QCOMPARE(kinks.size(), std::size_t(1));
    QVERIFY(isClose(kinks.front().x, 0.0, 0.0, 0.0));
    QVERIFY(isClose(kinks.front().gradLeft, 0.0, 0.0, 0.0));
    QVERIFY(isClose(kinks.front().gradRight, 1.0, 0.0, 0.0));
    QVERIFY(kinks.front().gradAt >= kinks.front().gradLeft
            && kinks.front().gradAt <= kinks.front().gradRight);

    // volatile: the sum is rounded to float32 at run time, as a network's arithmetic is.
    volatile float one = 1.0f;
    volatile float tiny = 1e-8f;
    const float z = (one + tiny) - one;
    QVERIFY(z == 0.0f); // the claim is an exact zero, so == is the test
    const float xs[] = {z, -0.0f, 0.0f};
    float values[3] = {1.0f, 1.0f, 1.0f};
    float grads[3] = {1.0f, 1.0f, 1.0f};
    a.evaluate(std::span<const float>(xs), std::span<float>(values), std::span<float>(grads));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(values[i] == 0.0f);
        QVERIFY(grads[i] == 0.0f);
    }
}

// T11: for x > 0 ReLU′ stays exactly 1 while tanh′ and σ′ (the overlays) fall towards 0;
// ReLU saturates on the left only.
void TestLessonClaimsBasics::reluDoesNotSaturateOnTheRight()
{
    const QJsonObject s = lessonStep(QStringLiteral("relu"), 2);
    QVERIFY(teaches(s, QStringLiteral("T11")));
    const Core::Activation relu = shownActivation(s);
    QCOMPARE(relu.id(), std::string("relu"));
    const std::vector<Core::Activation> overlays = shownOverlays(s);
    QCOMPARE(overlays.size(), std::size_t(2));
    for (double x : gridWithoutZero(0.0, 50.0)) {
        QVERIFY(isClose(relu.gradient(x), 1.0, 0.0, 0.0));
        for (const Core::Activation &other : overlays)
            QVERIFY(other.gradient(x) < 1.0);
    }
    for (const Core::Activation &other : overlays) {
        QVERIFY(other.id() == "tanh" || other.id() == "sigmoid");
        QVERIFY(other.gradient(10.0) < 1e-4);
        QVERIFY(other.properties().saturatesRight);
    }
    QVERIFY(relu.properties().saturatesLeft);
    QVERIFY(!relu.properties().saturatesRight);
}

// T14: unbounded above, slope 1 however large the input; the sigmoid overlay saturates.
void TestLessonClaimsBasics::reluIsUnboundedAbove()
{
    const QJsonObject s = lessonStep(QStringLiteral("relu"), 6);
    QVERIFY(teaches(s, QStringLiteral("T14")));
    const Core::Activation relu = shownActivation(s);
    QCOMPARE(relu.id(), std::string("relu"));
    for (double x : {10.0, 1e3, 1e6, 1e12}) {
        QVERIFY(isClose(relu.value(x), x, 0.0, 0.0));
        QVERIFY(isClose(relu.gradient(x), 1.0, 0.0, 0.0));
    }
    QCOMPARE(relu.properties().rangeMax, inf);
    const std::vector<Core::Activation> overlays = shownOverlays(s);
    QCOMPARE(overlays.size(), std::size_t(1));
    QCOMPARE(overlays.front().id(), std::string("sigmoid"));
    QVERIFY(overlays.front().value(1e3) <= 1.0);
    QVERIFY(overlays.front().properties().saturatesRight);
}

QTEST_APPLESS_MAIN(TestLessonClaimsBasics)
#include "tst_lessonclaims_basics.moc"
