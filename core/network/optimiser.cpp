// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "optimiser.h"

#include <cmath>
#include <numbers>

namespace ReluLab::Core {

double scheduleFactor(const OptimizerConfig &config, int epoch)
{
    switch (config.schedule) {
    case ScheduleKind::Constant:
        return 1.0;
    case ScheduleKind::Step:
        return std::pow(config.gamma, double(epoch / std::max(1, config.stepSize)));
    case ScheduleKind::Cosine:
        return 0.5
               * (1.0
                  + std::cos(std::numbers::pi * double(epoch)
                             / double(std::max(1, config.cosineEpochs))));
    }
    return 1.0;
}

template<typename Scalar>
Optimiser<Scalar>::Optimiser(const OptimizerConfig &config, Eigen::Index size)
    : m_config(config)
    , m_first(Vector::Zero(size))
    , m_second(Vector::Zero(size))
{}

template<typename Scalar>
void Optimiser<Scalar>::reset()
{
    m_first.setZero();
    m_second.setZero();
    m_steps = 0;
}

template<typename Scalar>
void Optimiser<Scalar>::restore(const Vector &first, const Vector &second, std::int64_t steps)
{
    m_first = first;
    m_second = second;
    m_steps = steps;
}

template<typename Scalar>
void Optimiser<Scalar>::step(Eigen::Ref<Vector> p, Eigen::Ref<Vector> g, double lr)
{
    const auto eta = Scalar(lr);
    if (m_config.weightDecay != 0.0)
        g.noalias() += Scalar(m_config.weightDecay) * p;
    ++m_steps;
    switch (m_config.kind) {
    case OptimizerKind::Sgd: {
        const auto mu = Scalar(m_config.momentum);
        if (m_config.momentum != 0.0) {
            if (m_steps == 1)
                m_first = g;
            else
                m_first = mu * m_first + g;
            if (m_config.nesterov)
                g.noalias() += mu * m_first;
            else
                g = m_first;
        }
        p.noalias() -= eta * g;
        break;
    }
    case OptimizerKind::Adam: {
        const auto beta1 = Scalar(m_config.beta1);
        const auto beta2 = Scalar(m_config.beta2);
        m_first.array() += (Scalar(1) - beta1) * (g.array() - m_first.array());
        m_second = beta2 * m_second + (Scalar(1) - beta2) * g.cwiseAbs2();
        const double t = double(m_steps);
        const double correction1 = 1.0 - std::pow(m_config.beta1, t);
        const double correction2 = 1.0 - std::pow(m_config.beta2, t);
        const auto stepSize = Scalar(lr / correction1);
        const auto correction2Sqrt = Scalar(std::sqrt(correction2));
        p.array() -= stepSize
                     * (m_first.array()
                        / (m_second.array().sqrt() / correction2Sqrt + Scalar(m_config.epsilon)));
        break;
    }
    case OptimizerKind::RmsProp: {
        const auto alpha = Scalar(m_config.rmsAlpha);
        m_second = alpha * m_second + (Scalar(1) - alpha) * g.cwiseAbs2();
        const auto eps = Scalar(m_config.epsilon);
        if (m_config.momentum > 0.0) {
            m_first.array() = Scalar(m_config.momentum) * m_first.array()
                              + g.array() / (m_second.array().sqrt() + eps);
            p.noalias() -= eta * m_first;
        } else {
            p.array() -= eta * g.array() / (m_second.array().sqrt() + eps);
        }
        break;
    }
    }
}

template class Optimiser<float>;
template class Optimiser<double>;

} // namespace ReluLab::Core
