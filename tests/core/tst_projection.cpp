// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/network/projection.h"
#include "core/random.h"

#include "closeness.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using ReluLab::Testing::isClose;

using namespace ReluLab::Core;

// The principal plane of a layer's outputs: components ordered by the variance they explain,
// and a basis that keeps its orientation from one snapshot to the next.
class TestProjection : public QObject
{
    Q_OBJECT

private slots:
    void explainedVarianceOrder_data();
    void explainedVarianceOrder();
    void orientationFollowsReference_data();
    void orientationFollowsReference();
    void smallChangeKeepsBasis_data();
    void smallChangeKeepsBasis();
    void degenerate();
};

namespace {

// n samples of independent normal features with these standard deviations, then turned by a
// fixed rotation in the plane of features 0 and 1 (so the components are not the axes).
Eigen::MatrixXd samples(const std::vector<double> &deviations, int n, std::uint64_t seed,
                        double turn = 0.5)
{
    Rng rng(seed);
    const auto d = Eigen::Index(deviations.size());
    Eigen::MatrixXd x(d, n);
    for (int j = 0; j < n; ++j) {
        for (Eigen::Index i = 0; i < d; ++i)
            x(i, j) = 3.0 + deviations[std::size_t(i)] * rng.normal();
    }
    if (d >= 2) {
        const Eigen::RowVectorXd a = x.row(0), b = x.row(1);
        x.row(0) = std::cos(turn) * a - std::sin(turn) * b;
        x.row(1) = std::sin(turn) * a + std::cos(turn) * b;
    }
    return x;
}

} // namespace

void TestProjection::explainedVarianceOrder_data()
{
    QTest::addColumn<QList<double>>("deviations");
    QTest::newRow("3 2 1 0.5") << QList<double>{3.0, 2.0, 1.0, 0.5};
    QTest::newRow("largest last") << QList<double>{0.5, 1.0, 0.2, 2.5};
    QTest::newRow("two features") << QList<double>{1.0, 4.0};
    QTest::newRow("sixty-four features") << QList<double>(64, 1.0);
}

void TestProjection::explainedVarianceOrder()
{
    QFETCH(QList<double>, deviations);
    const std::vector<double> sd(deviations.begin(), deviations.end());
    const Eigen::MatrixXd x = samples(sd, 4000, 3);
    const Projection p = principalPlane(x);
    QCOMPARE(p.basis.rows(), x.rows());
    QCOMPARE(p.points.cols(), x.cols());
    // Orthonormal components, PC1 explaining at least as much as PC2, together at most all.
    QVERIFY(isClose(p.basis.col(0).norm(), 1.0, 1e-12, 0.0));
    QVERIFY(isClose(p.basis.col(1).norm(), 1.0, 1e-12, 0.0));
    QVERIFY(std::abs(p.basis.col(0).dot(p.basis.col(1))) < 1e-12);
    QVERIFY(p.variance(0) >= p.variance(1));
    QVERIFY(p.explained(0) >= p.explained(1));
    QVERIFY(p.explained(0) + p.explained(1) <= 1.0 + 1e-12);
    // The points' own variances are the eigenvalues (the points are centred).
    for (int c = 0; c < 2; ++c) {
        const double variance = p.points.row(c).squaredNorm() / double(x.cols());
        QVERIFY(isClose(variance, p.variance(c), 1e-10, 1e-10));
        QVERIFY(std::abs(p.points.row(c).mean()) < 1e-9);
    }
    // Against the generating deviations: the two largest variances, within sampling error.
    std::vector<double> sorted = sd;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    double total = 0.0;
    for (double s : sd)
        total += s * s;
    QVERIFY(isClose(p.totalVariance, total, 0.0, 0.1));
    if (sorted[0] > 1.2 * sorted[1]) {
        QVERIFY(isClose(p.variance(0), sorted[0] * sorted[0], 0.0, 0.1));
        QVERIFY(isClose(p.variance(1), sorted[1] * sorted[1], 0.0, 0.1));
    }
}

void TestProjection::orientationFollowsReference_data()
{
    QTest::addColumn<double>("sign0");
    QTest::addColumn<double>("sign1");
    QTest::newRow("as found") << 1.0 << 1.0;
    QTest::newRow("PC1 turned") << -1.0 << 1.0;
    QTest::newRow("PC2 turned") << 1.0 << -1.0;
    QTest::newRow("both turned") << -1.0 << -1.0;
}

void TestProjection::orientationFollowsReference()
{
    // An eigenvector's sign is arbitrary: each component takes the reference's.
    QFETCH(double, sign0);
    QFETCH(double, sign1);
    const Eigen::MatrixXd x = samples({3.0, 2.0, 1.0}, 500, 9);
    const Projection first = principalPlane(x);
    Eigen::MatrixXd reference = first.basis;
    reference.col(0) *= sign0;
    reference.col(1) *= sign1;
    const Projection p = principalPlane(x, reference);
    QVERIFY(isClose(p.basis.col(0).dot(first.basis.col(0)), sign0, 1e-9, 0.0));
    QVERIFY(isClose(p.basis.col(1).dot(first.basis.col(1)), sign1, 1e-9, 0.0));
    QVERIFY(isClose(p.points(0, 0), sign0 * first.points(0, 0), 1e-9, 1e-9));
    QVERIFY(isClose(p.points(1, 0), sign1 * first.points(1, 0), 1e-9, 1e-9));
}

void TestProjection::smallChangeKeepsBasis_data()
{
    QTest::addColumn<std::uint64_t>("seed");
    QTest::newRow("seed 1") << std::uint64_t(1);
    QTest::newRow("seed 2") << std::uint64_t(2);
    QTest::newRow("seed 3") << std::uint64_t(3);
}

void TestProjection::smallChangeKeepsBasis()
{
    // A training network's layer changes a little between snapshots: here the samples turn by
    // a small angle and get a little noise at each of 40 steps. Every basis then points the way
    // of the one before (no component flips sign), and no point jumps: it moves by about the
    // change of the data, never by twice its distance from the origin as a flip would move it.
    QFETCH(std::uint64_t, seed);
    StableProjection stable;
    Rng noise(seed + 100);
    Eigen::MatrixXd previousBasis;
    Eigen::MatrixXd previousPoints;
    for (int step = 0; step < 40; ++step) {
        Eigen::MatrixXd x = samples({3.0, 2.0, 1.0, 0.5, 0.5}, 300, seed, 0.5 + 0.01 * step);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] += 0.01 * noise.normal();
        const Projection p = stable.fit(x);
        if (step > 0) {
            QVERIFY2(p.basis.col(0).dot(previousBasis.col(0)) > 0.99,
                     qPrintable(QStringLiteral("PC1 flipped at step %1").arg(step)));
            QVERIFY2(p.basis.col(1).dot(previousBasis.col(1)) > 0.99,
                     qPrintable(QStringLiteral("PC2 flipped at step %1").arg(step)));
            const double moved = (p.points - previousPoints).colwise().norm().maxCoeff();
            QVERIFY2(moved < 0.5, qPrintable(QStringLiteral("a point jumped %1").arg(moved)));
        }
        previousBasis = p.basis;
        previousPoints = p.points;
    }
}

void TestProjection::degenerate()
{
    // One feature: PC2 is absent (zero); no samples: nothing to project; no variance at all.
    const Projection one = principalPlane(Eigen::MatrixXd::Constant(1, 5, 2.0).eval());
    QCOMPARE(one.basis.rows(), Eigen::Index(1));
    QVERIFY(one.basis.col(1).isZero());
    QVERIFY(isClose(one.explained(0), 0.0, 1e-15, 0.0));
    const Projection none = principalPlane(Eigen::MatrixXd(4, 0));
    QCOMPARE(none.points.cols(), Eigen::Index(0));
    QCOMPARE(none.basis.rows(), Eigen::Index(4));
    StableProjection stable;
    stable.fit(samples({2.0, 1.0}, 50, 1));
    // Another width (a new network): a fresh start, not a mismatched reference.
    const Projection wider = stable.fit(samples({2.0, 1.0, 0.5}, 50, 1));
    QCOMPARE(wider.basis.rows(), Eigen::Index(3));
}

QTEST_APPLESS_MAIN(TestProjection)
#include "tst_projection.moc"
