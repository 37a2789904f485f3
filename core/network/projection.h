// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <Eigen/Core>

namespace ReluLab::Core {

/// The samples seen in the plane of their two principal components (PCA).
struct Projection
{
    Eigen::MatrixXd basis;      ///< features x 2: unit-length, orthogonal components (PC1, PC2)
    Eigen::VectorXd mean;       ///< features: the samples' mean, the plane's origin
    Eigen::MatrixXd points;     ///< 2 x samples: basisᵀ (x - mean) for each sample x
    Eigen::Vector2d variance;   ///< the variance along PC1 and PC2 (PC1's ≥ PC2's)
    double totalVariance = 0.0; ///< trace of the covariance: the variance of all features

    /// The share of the total variance along component `component` (0 or 1); 0 when the
    /// samples do not vary at all.
    double explained(int component) const;
};

/// The two principal components of `samples` (features x samples): the eigenvectors of the
/// covariance C = (1/n) Σ (x - μ)(x - μ)ᵀ with the two largest eigenvalues (Eigen's
/// SelfAdjointEigenSolver). An eigenvector's sign is arbitrary, so a plot of the points could
/// mirror from one snapshot to the next although the network barely changed: each component is
/// turned to point the way of the same component of `previous` (features x 2; empty: none), i.e.
/// its dot product with it is ≥ 0. With fewer than two features the missing component is 0.
Projection principalPlane(const Eigen::MatrixXd &samples, const Eigen::MatrixXd &previous = {});

/// principalPlane with the previous call's basis as the reference, so that a sequence of
/// snapshots of a training network moves its points rather than flips them. A basis of other
/// dimensions (a new network) starts afresh.
class StableProjection
{
public:
    Projection fit(const Eigen::MatrixXd &samples);
    void reset() { m_basis.resize(0, 0); }
    const Eigen::MatrixXd &basis() const { return m_basis; }

private:
    Eigen::MatrixXd m_basis; ///< features x 2, the last one returned
};

} // namespace ReluLab::Core
