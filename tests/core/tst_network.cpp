// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "core/activation.h"
#include "core/network/network.h"
#include "core/random.h"

#include <QTest>

#include <cmath>
#include <string>

using ReluLab::Testing::isClose;

using namespace ReluLab::Core;

// Backpropagation checked against float64 central differences,
// dL/dθ_i ≈ (L(θ + h e_i) − L(θ − h e_i)) / 2h, for every parameter of a small network: every
// activation of the catalogue, both losses, PReLU slopes (per layer and per unit) and the activity
// L1 penalty. The error of the quotient is O(h²) + O(ε/h) ≈ 1e-10 for h = 1e-6.
class TestNetwork : public QObject
{
    Q_OBJECT

private slots:
    void gradientCheck_data();
    void gradientCheck();
    void lossValues();
    void crossEntropyAtHugeLogits_data();
    void crossEntropyAtHugeLogits();
};

namespace {

struct Problem
{
    Eigen::MatrixXd x; // features x samples
    std::vector<int> labels;
    Eigen::MatrixXd targets; // outputs x samples (regression)
};

Problem makeProblem(Task task, Rng &rng)
{
    Problem p;
    const int samples = 7;
    p.x.resize(3, samples);
    for (Eigen::Index i = 0; i < p.x.size(); ++i)
        p.x(i) = rng.normal(0.0, 1.5);
    if (task == Task::Classification) {
        for (int j = 0; j < samples; ++j)
            p.labels.push_back(int(rng.below(3)));
    } else {
        p.targets.resize(2, samples);
        for (Eigen::Index i = 0; i < p.targets.size(); ++i)
            p.targets(i) = rng.normal();
    }
    return p;
}

// The objective the trainer minimises: data loss + activity penalty. `draws` is copied per
// evaluation so RReLU sees the same random slopes every time.
double objective(Network<double> &net, Workspace<double> &ws, const Problem &p, double lambda,
                 const Rng *draws)
{
    Rng copy = draws ? *draws : Rng();
    net.forward(p.x, ws, true, draws ? &copy : nullptr);
    const auto n = p.x.cols();
    return net.loss(ws, n, p.labels, p.targets, true) + net.activityPenalty(ws, n, lambda);
}

} // namespace

void TestNetwork::gradientCheck_data()
{
    QTest::addColumn<QString>("activation");
    QTest::addColumn<bool>("regression");
    QTest::addColumn<bool>("perUnit");
    QTest::addColumn<double>("lambda");
    QTest::addColumn<bool>("training");

    for (const ActivationInfo &info : activationCatalogue()) {
        for (const bool regression : {false, true}) {
            const std::string name = info.id + (regression ? "/mse" : "/cross_entropy");
            QTest::newRow(name.c_str())
                << QString::fromStdString(info.id) << regression << false << 0.0 << false;
        }
    }
    QTest::newRow("prelu/per_unit") << QStringLiteral("prelu") << false << true << 0.0 << false;
    QTest::newRow("prelu/per_unit/mse") << QStringLiteral("prelu") << true << true << 0.0 << false;
    QTest::newRow("relu/activity_l1") << QStringLiteral("relu") << false << false << 0.3 << false;
    QTest::newRow("tanh/activity_l1") << QStringLiteral("tanh") << true << false << 0.7 << false;
    QTest::newRow("prelu/activity_l1") << QStringLiteral("prelu") << false << true << 0.2 << false;
    QTest::newRow("rrelu/training") << QStringLiteral("rrelu") << false << false << 0.0 << true;
}

void TestNetwork::gradientCheck()
{
    QFETCH(QString, activation);
    QFETCH(bool, regression);
    QFETCH(bool, perUnit);
    QFETCH(double, lambda);
    QFETCH(bool, training);

    const std::string id = activation.toStdString();
    std::map<std::string, double> parameters;
    if (training)
        parameters["training"] = 1.0;
    Expected<Activation> function = Activation::create(id, parameters);
    QVERIFY(function.hasValue());
    HiddenActivation hidden;
    hidden.function = *function;
    hidden.isPrelu = id == "prelu";

    const Task task = regression ? Task::Regression : Task::Classification;
    Rng rng(42);
    const Problem problem = makeProblem(task, rng);
    Network<double> net({3, 4, 5, regression ? 2 : 3}, {hidden, hidden}, perUnit, task);
    Eigen::VectorXd &theta = net.parameters();
    for (Eigen::Index i = 0; i < theta.size(); ++i)
        theta(i) = rng.normal(0.0, 0.8);
    for (int k = 0; k < 2; ++k) {
        for (Eigen::Index u = 0; u < net.slopes(k).size(); ++u)
            net.slopes(k)(u) = 0.25 + 0.1 * rng.normal();
    }

    Workspace<double> ws;
    net.prepare(ws, problem.x.cols());
    const Rng draws(7);
    const Rng *drawsPtr = training ? &draws : nullptr;
    objective(net, ws, problem, lambda, drawsPtr);
    net.backward(problem.x, ws, problem.x.cols(), lambda);
    const Eigen::VectorXd analytic = net.gradients();

    const double h = 1e-6;
    for (Eigen::Index i = 0; i < theta.size(); ++i) {
        const double saved = theta(i);
        theta(i) = saved + h;
        const double plus = objective(net, ws, problem, lambda, drawsPtr);
        theta(i) = saved - h;
        const double minus = objective(net, ws, problem, lambda, drawsPtr);
        theta(i) = saved;
        const double numeric = (plus - minus) / (2 * h);
        if (!isClose(analytic(i), numeric, 2e-6, 1e-5))
            QFAIL(qPrintable(QStringLiteral("parameter %1: backprop %2, central difference %3")
                                 .arg(i)
                                 .arg(analytic(i), 0, 'g', 12)
                                 .arg(numeric, 0, 'g', 12)));
    }
}

// Known values: cross-entropy of equal logits is ln C; MSE is torch's mean over all elements.
void TestNetwork::lossValues()
{
    Expected<Activation> identity = Activation::create("identity");
    QVERIFY(identity.hasValue());
    HiddenActivation hidden{*identity, false};
    Network<double> classifier({2, 4}, {}, false, Task::Classification);
    Workspace<double> ws;
    classifier.prepare(ws, 3);
    const Eigen::MatrixXd x = Eigen::MatrixXd::Ones(2, 3);
    classifier.forward(x, ws, true, nullptr);
    const std::vector<int> labels{0, 1, 3};
    QVERIFY(isClose(classifier.loss(ws, 3, labels, Eigen::MatrixXd(), true), std::log(4.0), 1e-15,
                    1e-14));

    Network<double> regressor({1, 2, 2}, {hidden}, false, Task::Regression);
    regressor.parameters().setZero();
    regressor.bias(1) << 1.0, 3.0; // prediction (1, 3) for every sample
    Workspace<double> rws;
    regressor.prepare(rws, 2);
    const Eigen::MatrixXd rx = Eigen::MatrixXd::Zero(1, 2);
    regressor.forward(rx, rws, true, nullptr);
    Eigen::MatrixXd targets(2, 2);
    targets << 0.0, 2.0, 3.0, 5.0;
    // Squared errors 1, 1, 0, 4: mean 6/4.
    QVERIFY(isClose(regressor.loss(rws, 2, {}, targets, true), 1.5, 1e-15, 1e-14));
}

// Cross-entropy at logits of 1e3 … 1e300 against a long-double reference computed per sample,
// ℓ_j = m_j - y_{c_j,j} + log Σ_i exp(y_ij - m_j): the loss is never negative, and it keeps the
// small per-sample terms (ln 2 for a tie) that Σ lse - Σ y_label would cancel away.
void TestNetwork::crossEntropyAtHugeLogits_data()
{
    QTest::addColumn<bool>("f32");
    QTest::addColumn<double>("scale");
    for (const double scale : {1e3, 1e10, 1e30, 1e100, 1e300})
        QTest::addRow("f64/logits=%g", scale) << false << scale;
    for (const double scale : {1e3, 1e10, 1e30})
        QTest::addRow("f32/logits=%g", scale) << true << scale;
}

template<typename Scalar>
double crossEntropyOf(const Eigen::MatrixXd &logits, const std::vector<int> &labels)
{
    Network<Scalar> net({1, int(logits.rows())}, {}, false, Task::Classification);
    Workspace<Scalar> ws;
    const Eigen::Index n = logits.cols();
    net.prepare(ws, n);
    ws.out.leftCols(n) = logits.cast<Scalar>();
    return double(
        net.loss(ws, n, labels, Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>(), true));
}

void TestNetwork::crossEntropyAtHugeLogits()
{
    QFETCH(bool, f32);
    QFETCH(double, scale);
    // Columns are samples: a confident right answer, a tie (ln 2), a confident wrong answer
    // (loss ≈ 2·scale), and a near-uniform one.
    Eigen::MatrixXd logits(3, 4);
    logits << scale, scale, -scale, scale * 0.25, 0.5 * scale, scale, 0.0, scale * 0.25, -scale,
        0.0, scale, scale * 0.25;
    const std::vector<int> labels{0, 1, 0, 2};
    // The same logits as the network sees them (rounded to float for f32).
    Eigen::MatrixXd seen = logits;
    if (f32)
        seen = logits.cast<float>().cast<double>();
    long double reference = 0.0L;
    for (Eigen::Index j = 0; j < seen.cols(); ++j) {
        const long double m = static_cast<long double>(seen.col(j).maxCoeff());
        long double sum = 0.0L;
        for (Eigen::Index i = 0; i < seen.rows(); ++i)
            sum += std::exp(static_cast<long double>(seen(i, j)) - m);
        reference += std::log(sum)
                     + (m - static_cast<long double>(seen(labels[std::size_t(j)], j)));
    }
    reference /= static_cast<long double>(seen.cols());
    const double loss = f32 ? crossEntropyOf<float>(logits, labels)
                            : crossEntropyOf<double>(logits, labels);
    QVERIFY2(loss >= 0.0, qPrintable(QStringLiteral("negative loss %1").arg(loss, 0, 'g', 17)));
    QVERIFY(std::isfinite(loss));
    const double rtol = f32 ? 1e-6 : 1e-14;
    QVERIFY2(isClose(loss, double(reference), 0.0, rtol),
             qPrintable(QStringLiteral("loss %1, long-double reference %2")
                            .arg(loss, 0, 'g', 17)
                            .arg(double(reference), 0, 'g', 17)));

    // One tie alone: exactly ln 2 at any scale (Σ lse - Σ y would give 0 here from 1e16 on).
    Eigen::MatrixXd tie(2, 1);
    tie << scale, scale;
    const double tieLoss = f32 ? crossEntropyOf<float>(tie, {0}) : crossEntropyOf<double>(tie, {0});
    QVERIFY2(isClose(tieLoss, std::log(2.0), 0.0, f32 ? 1e-6 : 1e-15),
             qPrintable(QStringLiteral("tie loss %1").arg(tieLoss, 0, 'g', 17)));
}

QTEST_APPLESS_MAIN(TestNetwork)
#include "tst_network.moc"
