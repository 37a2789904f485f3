// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "network.h"

#include "core/random.h"

#include <cassert>
#include <cmath>
#include <utility>

namespace ReluLab::Core {

template<typename Scalar>
Network<Scalar>::Network(std::vector<int> widths, std::vector<HiddenActivation> activations,
                         bool preluPerUnit, Task task)
    : m_widths(std::move(widths))
    , m_activations(std::move(activations))
    , m_preluPerUnit(preluPerUnit)
    , m_task(task)
{
    assert(m_widths.size() >= 2);
    assert(m_activations.size() + 2 == m_widths.size());
    layout();
}

template<typename Scalar>
void Network<Scalar>::layout()
{
    const int layers = hiddenLayerCount() + 1;
    Eigen::Index offset = 0;
    for (int k = 0; k < layers; ++k) {
        const Eigen::Index in = m_widths[std::size_t(k)];
        const Eigen::Index out = m_widths[std::size_t(k) + 1];
        m_weightOffset.push_back(offset);
        offset += out * in;
        m_biasOffset.push_back(offset);
        offset += out;
        const bool hidden = k < hiddenLayerCount();
        const Eigen::Index slopes = hidden ? (m_preluPerUnit ? out : 1) : 0;
        m_slopeOffset.push_back(offset);
        m_slopeCount.push_back(slopes);
        offset += slopes;
    }
    m_parameters = Vector::Zero(offset);
    m_gradients = Vector::Zero(offset);
}

template<typename Scalar>
typename Network<Scalar>::MatrixMap Network<Scalar>::weight(int k)
{
    const auto i = std::size_t(k);
    return MatrixMap(m_parameters.data() + m_weightOffset[i], m_widths[i + 1], m_widths[i]);
}

template<typename Scalar>
typename Network<Scalar>::ConstMatrixMap Network<Scalar>::weight(int k) const
{
    const auto i = std::size_t(k);
    return ConstMatrixMap(m_parameters.data() + m_weightOffset[i], m_widths[i + 1], m_widths[i]);
}

template<typename Scalar>
typename Network<Scalar>::VectorMap Network<Scalar>::bias(int k)
{
    const auto i = std::size_t(k);
    return VectorMap(m_parameters.data() + m_biasOffset[i], m_widths[i + 1]);
}

template<typename Scalar>
typename Network<Scalar>::ConstVectorMap Network<Scalar>::bias(int k) const
{
    const auto i = std::size_t(k);
    return ConstVectorMap(m_parameters.data() + m_biasOffset[i], m_widths[i + 1]);
}

template<typename Scalar>
typename Network<Scalar>::VectorMap Network<Scalar>::slopes(int k)
{
    const auto i = std::size_t(k);
    return VectorMap(m_parameters.data() + m_slopeOffset[i], m_slopeCount[i]);
}

template<typename Scalar>
typename Network<Scalar>::ConstVectorMap Network<Scalar>::slopes(int k) const
{
    const auto i = std::size_t(k);
    return ConstVectorMap(m_parameters.data() + m_slopeOffset[i], m_slopeCount[i]);
}

template<typename Scalar>
typename Network<Scalar>::ConstMatrixMap Network<Scalar>::weightGradient(int k) const
{
    const auto i = std::size_t(k);
    return ConstMatrixMap(m_gradients.data() + m_weightOffset[i], m_widths[i + 1], m_widths[i]);
}

template<typename Scalar>
void Network<Scalar>::setActivation(int k, HiddenActivation activation)
{
    m_activations[std::size_t(k)] = std::move(activation);
}

template<typename Scalar>
void Network<Scalar>::prepare(Workspace<Scalar> &ws, Eigen::Index capacity) const
{
    if (ws.capacity >= capacity && ws.z.size() == std::size_t(hiddenLayerCount()))
        return;
    const auto hidden = std::size_t(hiddenLayerCount());
    ws.capacity = capacity;
    ws.z.resize(hidden);
    ws.a.resize(hidden);
    ws.d.resize(hidden);
    ws.delta.resize(hidden);
    for (std::size_t k = 0; k < hidden; ++k) {
        const int units = m_widths[k + 1];
        ws.z[k].resize(units, capacity);
        ws.a[k].resize(units, capacity);
        ws.d[k].resize(units, capacity);
        ws.delta[k].resize(units, capacity);
    }
    ws.out.resize(m_widths.back(), capacity);
    ws.dOut.resize(m_widths.back(), capacity);
}

template<typename Scalar>
void Network<Scalar>::forward(const ConstMatrixRef &x, Workspace<Scalar> &ws, bool wantGrad,
                              Rng *rng, int throughLayer) const
{
    const Eigen::Index n = x.cols();
    assert(n <= ws.capacity);
    const bool partial = throughLayer >= 0 && throughLayer < hiddenLayerCount();
    const int layers = partial ? throughLayer + 1 : hiddenLayerCount();
    for (int k = 0; k < layers; ++k) {
        throwIfInterrupted(m_interruption);
        const auto i = std::size_t(k);
        const ConstMatrixRef input = k == 0 ? x : ConstMatrixRef(ws.a[i - 1].leftCols(n));
        Eigen::Ref<Matrix> z(ws.z[i].leftCols(n)); // Z: units x batch
        Eigen::Ref<Matrix> a(ws.a[i].leftCols(n)); // A: units x batch
        Eigen::Ref<Matrix> d(ws.d[i].leftCols(n)); // D = f′(Z): units x batch
        z.noalias() = weight(k) * input;
        z.colwise() += bias(k);
        const HiddenActivation &act = m_activations[i];
        if (act.isPrelu) {
            // PReLU: f(z) = z (z > 0), s·z (z <= 0); f′ = 1 or s, PyTorch's choice at 0 being s.
            const ConstVectorMap s = slopes(k);
            if (s.size() == 1) {
                const Scalar slope = s(0);
                a.array() = (z.array() > Scalar(0)).select(z.array(), slope * z.array());
                if (wantGrad)
                    // Constant() is a lazy expression here: nothing is allocated.
                    d.array() = (z.array() > Scalar(0))
                                    .select(Scalar(1),
                                            Matrix::Constant(z.rows(), n, slope).array());
            } else {
                a.array()
                    = (z.array() > Scalar(0)).select(z.array(), z.array().colwise() * s.array());
                if (wantGrad)
                    d.array()
                        = (z.array() > Scalar(0)).select(Scalar(1), s.replicate(1, n).array());
            }
        } else {
            const std::size_t count = std::size_t(z.size());
            act.function.evaluate(std::span<const Scalar>(z.data(), count),
                                  std::span<Scalar>(a.data(), count),
                                  wantGrad ? std::span<Scalar>(d.data(), count)
                                           : std::span<Scalar>(),
                                  {}, rng);
        }
    }
    if (partial)
        return;
    const int last = hiddenLayerCount();
    const ConstMatrixRef input = last == 0
                                     ? x
                                     : ConstMatrixRef(ws.a[std::size_t(last) - 1].leftCols(n));
    Eigen::Ref<Matrix> out(ws.out.leftCols(n)); // Y: outputs x batch
    out.noalias() = weight(last) * input;
    out.colwise() += bias(last);
}

template<typename Scalar>
Scalar Network<Scalar>::loss(Workspace<Scalar> &ws, Eigen::Index n, std::span<const int> labels,
                             const ConstMatrixRef &targets, bool wantGrad,
                             Eigen::Index meanOver) const
{
    const Eigen::Ref<const Matrix> y(ws.out.leftCols(n));
    Eigen::Ref<Matrix> dy(ws.dOut.leftCols(n));
    if (meanOver <= 0)
        meanOver = n;
    const Scalar invN = Scalar(1) / Scalar(meanOver);
    if (m_task == Task::Regression) {
        // MSE as torch's mean over all elements: L = Σ (y - t)² / (n·outputs); dL/dY = 2(y -
        // t)/(n·outputs).
        const Scalar invCount = Scalar(1) / Scalar(meanOver * y.rows());
        dy = y - targets;
        const Scalar value = dy.squaredNorm() * invCount;
        if (wantGrad)
            dy *= Scalar(2) * invCount;
        return value;
    }
    // Cross-entropy per sample in the stable form ℓ_j = log Σ_i exp(y_ij - m_j) + (m_j -
    // y_{c_j,j}),
    // m_j = max_i y_ij, c_j the label: the sum is ≥ 1, so both terms are ≥ 0 and nothing cancels
    // (Σ_j lse_j - Σ_j y_{c_j,j} would lose every digit once the logits reach 1e3 and more).
    // L = (1/n) Σ_j ℓ_j ≥ 0; dL/dY = (softmax - onehot)/n.
    const Eigen::Matrix<Scalar, 1, Eigen::Dynamic> m = y.colwise().maxCoeff();
    dy = (y.rowwise() - m).array().exp().matrix();
    const Eigen::Matrix<Scalar, 1, Eigen::Dynamic> sums = dy.colwise().sum();
    Scalar total = 0;
    for (Eigen::Index j = 0; j < n; ++j)
        total += std::log(sums(j)) + (m(j) - y(labels[std::size_t(j)], j));
    if (wantGrad) {
        dy.array().rowwise() *= (invN / sums.array());
        for (Eigen::Index j = 0; j < n; ++j)
            dy(labels[std::size_t(j)], j) -= invN;
    }
    return total * invN;
}

template<typename Scalar>
Scalar Network<Scalar>::activityPenalty(const Workspace<Scalar> &ws, Eigen::Index n, Scalar lambda,
                                        Eigen::Index total) const
{
    if (lambda == Scalar(0))
        return Scalar(0);
    Scalar sum = 0;
    for (int k = 0; k < hiddenLayerCount(); ++k)
        sum += ws.a[std::size_t(k)].leftCols(n).cwiseAbs().sum();
    return lambda * sum / Scalar(total > 0 ? total : n);
}

template<typename Scalar>
void Network<Scalar>::backward(const ConstMatrixRef &x, Workspace<Scalar> &ws, Eigen::Index n,
                               Scalar lambda, Eigen::Index total, bool accumulate)
{
    const int hidden = hiddenLayerCount();
    const Scalar penaltyScale = lambda / Scalar(total > 0 ? total : n);
    const auto gradW = [this](int k) {
        const auto i = std::size_t(k);
        return MatrixMap(m_gradients.data() + m_weightOffset[i], m_widths[i + 1], m_widths[i]);
    };
    const auto gradB = [this](int k) {
        const auto i = std::size_t(k);
        return VectorMap(m_gradients.data() + m_biasOffset[i], m_widths[i + 1]);
    };
    const auto gradS = [this](int k) {
        const auto i = std::size_t(k);
        return VectorMap(m_gradients.data() + m_slopeOffset[i], m_slopeCount[i]);
    };
    // dL/dW = G · Inputᵀ and dL/db = Σ_j G(:, j), written, or added to what earlier chunks of
    // the same batch left (accumulate).
    const auto store = [accumulate](MatrixMap gw, VectorMap gb, const ConstMatrixRef &g,
                                    const ConstMatrixRef &input) {
        if (accumulate) {
            gw.noalias() += g * input.transpose();
            gb += g.rowwise().sum();
        } else {
            gw.noalias() = g * input.transpose();
            gb = g.rowwise().sum();
        }
    };

    // Output layer: dL/dW = dY · A_prevᵀ, dL/db = Σ_j dY(:, j), dL/dA_prev = Wᵀ · dY.
    const Eigen::Ref<const Matrix> dy(ws.dOut.leftCols(n)); // outputs x batch
    {
        const ConstMatrixRef input = hidden == 0 ? x
                                                 : ConstMatrixRef(
                                                     ws.a[std::size_t(hidden) - 1].leftCols(n));
        store(gradW(hidden), gradB(hidden), dy, input);
        if (hidden > 0)
            ws.delta[std::size_t(hidden) - 1].leftCols(n).noalias() = weight(hidden).transpose()
                                                                      * dy;
    }
    for (int k = hidden - 1; k >= 0; --k) {
        throwIfInterrupted(m_interruption);
        const auto i = std::size_t(k);
        Eigen::Ref<Matrix> delta(ws.delta[i].leftCols(n)); // dL/dA, then dL/dZ: units x batch
        const Eigen::Ref<const Matrix> a(ws.a[i].leftCols(n));
        const Eigen::Ref<const Matrix> z(ws.z[i].leftCols(n));
        const Eigen::Ref<const Matrix> d(ws.d[i].leftCols(n));
        // Activity L1: d(λ/n Σ|a|)/da = λ/n · sign(a), with sign(0) = 0 as torch's abs backward.
        if (lambda != Scalar(0))
            delta.array() += penaltyScale * a.array().sign();
        VectorMap gs = gradS(k);
        if (m_activations[i].isPrelu) {
            // dL/ds = Σ over z <= 0 of z · dL/da (per unit, or summed over the layer).
            // Reduced straight from the expression: no units x batch temporary per step.
            if (!accumulate)
                gs.setZero();
            if (gs.size() == 1)
                gs(0) += (z.array() > Scalar(0)).select(Scalar(0), z.array() * delta.array()).sum();
            else
                gs += (z.array() > Scalar(0))
                          .select(Scalar(0), z.array() * delta.array())
                          .matrix()
                          .rowwise()
                          .sum();
        } else {
            gs.setZero();
        }
        delta.array() *= d.array();
        const ConstMatrixRef input = k == 0 ? x : ConstMatrixRef(ws.a[i - 1].leftCols(n));
        store(gradW(k), gradB(k), delta, input);
        if (k > 0)
            ws.delta[i - 1].leftCols(n).noalias() = weight(k).transpose() * delta;
    }
}

template class Network<float>;
template class Network<double>;

} // namespace ReluLab::Core
