// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/trainingconfig.h"

#include <Eigen/Core>

#include <cstdint>

namespace ReluLab::Core {

/// The learning-rate factor of a schedule at `epoch` completed epochs, as torch's closed forms:
/// Constant 1; StepLR γ^⌊epoch/step_size⌋; CosineAnnealingLR (η_min = 0)
/// (1 + cos(π·epoch/T_max))/2.
double scheduleFactor(const OptimizerConfig &config, int epoch);

/// torch.optim's update rules on one flat parameter vector p with gradient g (g is modified:
/// weight decay is added to it first, g ← g + λp, as torch does for SGD, Adam and RMSprop):
///  - SGD (dampening 0): b ← g on the first step, else b ← μb + g; Nesterov: g ← g + μb,
///    else g ← b; p ← p − η g.
///  - Adam: m ← m + (1 − β₁)(g − m); v ← β₂v + (1 − β₂)g²; t ← t + 1;
///    p ← p − (η/(1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε).
///  - RMSprop: s ← αs + (1 − α)g²; d = √s + ε (ε outside the root); with momentum μ > 0:
///    b ← μb + g/d, p ← p − ηb; else p ← p − η g/d.
template<typename Scalar>
class Optimiser
{
public:
    using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

    Optimiser() = default;
    Optimiser(const OptimizerConfig &config, Eigen::Index size);

    /// One update with learning rate `lr`.
    void step(Eigen::Ref<Vector> parameters, Eigen::Ref<Vector> gradient, double lr);
    /// Forgets the moment estimates (after setWeights or a divergence).
    void reset();
    std::int64_t stepCount() const { return m_steps; }
    const Vector &firstMoment() const { return m_first; }
    const Vector &secondMoment() const { return m_second; }
    /// Puts saved buffers and count back (sizes as the constructor's), to continue a run.
    void restore(const Vector &first, const Vector &second, std::int64_t steps);

private:
    OptimizerConfig m_config;
    Vector m_first;  ///< SGD/RMSprop momentum buffer, Adam's m
    Vector m_second; ///< Adam's v, RMSprop's square average
    std::int64_t m_steps = 0;
};

extern template class Optimiser<float>;
extern template class Optimiser<double>;

} // namespace ReluLab::Core
