// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/activation.h"
#include "core/dataset.h"
#include "core/interruption.h"

#include <Eigen/Core>

#include <span>
#include <vector>

namespace ReluLab::Core {

class Rng;

/// A hidden layer's activation as the network applies it: a core Activation, or PReLU handled
/// here because its slope is a learnable parameter (f(z) = z for z > 0, s·z otherwise).
struct HiddenActivation
{
    Activation function; ///< used unless isPrelu
    bool isPrelu = false;
};

/// Per-batch buffers, allocated once for `capacity` samples and used through leftCols(n), which
/// is contiguous in Eigen's column-major storage: no allocation per step.
template<typename Scalar>
struct Workspace
{
    using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
    Eigen::Index capacity = 0;
    std::vector<Matrix> z;     ///< pre-activations, per hidden layer.  Z: units x batch
    std::vector<Matrix> a;     ///< activations f(Z), per hidden layer. A: units x batch
    std::vector<Matrix> d;     ///< f′(Z), per hidden layer.            D: units x batch
    std::vector<Matrix> delta; ///< dL/dA then dL/dZ, per hidden layer.       units x batch
    Matrix out;                ///< logits or predictions.              Y: outputs x batch
    Matrix dOut;               ///< dL/dY.                                  outputs x batch
};

/// A fully connected network with all parameters in one flat vector (so the optimiser, the
/// divergence check and the last-good copy are single vector operations). Layer k's weight is a
/// column-major out x in view into it (the same numbers as PyTorch's row-major out x in weight,
/// indexed W(i, j)), then its bias, then (hidden layers) its PReLU slots: 1 or `units` slopes,
/// present for every hidden layer so switching to PReLU needs no reallocation (unused slots have
/// zero gradient).
template<typename Scalar>
class Network
{
public:
    using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
    using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;
    using MatrixMap = Eigen::Map<Matrix>;
    using ConstMatrixMap = Eigen::Map<const Matrix>;
    using VectorMap = Eigen::Map<Vector>;
    using ConstVectorMap = Eigen::Map<const Vector>;
    using ConstMatrixRef = Eigen::Ref<const Matrix>;

    /// widths = input, hidden..., output; activations one per hidden layer.
    Network(std::vector<int> widths, std::vector<HiddenActivation> activations, bool preluPerUnit,
            Task task);

    int hiddenLayerCount() const { return static_cast<int>(m_widths.size()) - 2; }
    const std::vector<int> &widths() const { return m_widths; }
    Task task() const { return m_task; }

    Vector &parameters() { return m_parameters; }
    const Vector &parameters() const { return m_parameters; }
    Vector &gradients() { return m_gradients; }
    const Vector &gradients() const { return m_gradients; }

    /// Weight matrix k (0..hiddenLayerCount()), out x in.
    MatrixMap weight(int k);
    ConstMatrixMap weight(int k) const;
    VectorMap bias(int k);
    ConstVectorMap bias(int k) const;
    /// PReLU slope slots of hidden layer k (1 or units).
    VectorMap slopes(int k);
    ConstVectorMap slopes(int k) const;
    /// dL/dW_k of the last backward pass.
    ConstMatrixMap weightGradient(int k) const;

    const HiddenActivation &activation(int k) const { return m_activations[std::size_t(k)]; }
    void setActivation(int k, HiddenActivation activation);

    /// forward() and backward() call throwIfInterrupted(flag) before each layer's product (null:
    /// never interrupted).
    void setInterruption(const std::atomic_bool *flag) { m_interruption = flag; }

    /// Sizes a workspace for up to `capacity` samples (allocates only when it grows).
    void prepare(Workspace<Scalar> &ws, Eigen::Index capacity) const;

    /// Forward pass on X (features x n, n <= ws.capacity): fills z, a, d (when wantGrad) and out
    /// in their leftCols(n). `rng` non-null = training mode (RReLU draws random slopes).
    /// `throughLayer` in [0, hiddenLayerCount()) stops after that hidden layer (out and the
    /// layers after it are left as they were): what one layer's values need, at a fraction of
    /// a deep network's cost. -1: the whole network.
    void forward(const ConstMatrixRef &x, Workspace<Scalar> &ws, bool wantGrad, Rng *rng,
                 int throughLayer = -1) const;

    /// Mean data loss of ws.out.leftCols(n) against labels (classification: stable
    /// log-sum-exp cross-entropy, mean over samples) or targets (MSE, mean over all elements);
    /// writes dL/dY into ws.dOut. `meanOver` (0: n) is the sample count the mean is over: a chunk
    /// of n columns of a larger batch gives its share Σ_chunk ℓ_j / meanOver and its part of dL/dY,
    /// so the chunks' losses and gradients add up to the whole batch's.
    Scalar loss(Workspace<Scalar> &ws, Eigen::Index n, std::span<const int> labels,
                const ConstMatrixRef &targets, bool wantGrad, Eigen::Index meanOver = 0) const;

    /// Activity penalty λ · (1/total) Σ_samples Σ_hidden units |a| over every hidden layer
    /// (total 0: n).
    Scalar activityPenalty(const Workspace<Scalar> &ws, Eigen::Index n, Scalar lambda,
                           Eigen::Index total = 0) const;

    /// Backward pass after forward(wantGrad) and loss(wantGrad): writes every gradient into
    /// gradients(), adding the activity penalty's subgradient λ/total · sign(a) when lambda != 0
    /// (total 0: n). With `accumulate` the gradients are added to those already there: a batch
    /// passed in chunks sums its chunks' gradients.
    void backward(const ConstMatrixRef &x, Workspace<Scalar> &ws, Eigen::Index n, Scalar lambda,
                  Eigen::Index total = 0, bool accumulate = false);

private:
    void layout();

    std::vector<int> m_widths;
    std::vector<HiddenActivation> m_activations;
    bool m_preluPerUnit = false;
    Task m_task = Task::Classification;
    Vector m_parameters;
    Vector m_gradients;
    std::vector<Eigen::Index> m_weightOffset;
    std::vector<Eigen::Index> m_biasOffset;
    std::vector<Eigen::Index> m_slopeOffset;
    std::vector<Eigen::Index> m_slopeCount;
    const std::atomic_bool *m_interruption = nullptr;
};

extern template class Network<float>;
extern template class Network<double>;

} // namespace ReluLab::Core
