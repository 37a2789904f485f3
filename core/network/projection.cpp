// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "projection.h"

#include <Eigen/Eigenvalues>

#include <algorithm>

namespace ReluLab::Core {

double Projection::explained(int component) const
{
    if (totalVariance <= 0.0 || component < 0 || component > 1)
        return 0.0;
    return variance(component) / totalVariance;
}

Projection principalPlane(const Eigen::MatrixXd &samples, const Eigen::MatrixXd &previous)
{
    const Eigen::Index d = samples.rows();
    const Eigen::Index n = samples.cols();
    Projection p;
    p.basis = Eigen::MatrixXd::Zero(d, 2);
    p.variance.setZero();
    p.mean = Eigen::VectorXd::Zero(d);
    p.points = Eigen::MatrixXd::Zero(2, n);
    if (d == 0 || n == 0)
        return p;
    p.mean = samples.rowwise().mean();
    const Eigen::MatrixXd centred = samples.colwise() - p.mean; // d x n
    Eigen::MatrixXd covariance(d, d);
    covariance.noalias() = centred * centred.transpose() / double(n);
    p.totalVariance = covariance.trace();
    // Eigenvalues come in increasing order: the last columns are the principal components.
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    const Eigen::Index components = std::min<Eigen::Index>(2, d);
    for (Eigen::Index c = 0; c < components; ++c) {
        p.basis.col(c) = solver.eigenvectors().col(d - 1 - c);
        p.variance(c) = std::max(0.0, solver.eigenvalues()(d - 1 - c));
    }
    // The sign of an eigenvector is arbitrary: keep the previous basis's orientation. A
    // component that is orthogonal to its predecessor (dot 0) has no orientation to keep, and
    // then the larger coefficient is made positive, so the choice still does not depend on the
    // solver's whim.
    const bool reference = previous.rows() == d && previous.cols() == 2;
    for (Eigen::Index c = 0; c < components; ++c) {
        double orientation = reference ? p.basis.col(c).dot(previous.col(c)) : 0.0;
        if (orientation == 0.0) {
            Eigen::Index largest = 0;
            p.basis.col(c).cwiseAbs().maxCoeff(&largest);
            orientation = p.basis(largest, c);
        }
        if (orientation < 0.0)
            p.basis.col(c) = -p.basis.col(c);
    }
    p.points.noalias() = p.basis.transpose() * centred;
    return p;
}

Projection StableProjection::fit(const Eigen::MatrixXd &samples)
{
    Projection p = principalPlane(samples, m_basis);
    m_basis = p.basis;
    return p;
}

} // namespace ReluLab::Core
