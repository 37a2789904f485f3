// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "activations/descriptor.h"
#include "result.h"

#include <cstddef>
#include <limits>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ReluLab::Core {

/// Every activation the app offers, in display order: one descriptor each.
const std::vector<ActivationInfo> &activationCatalogue();
/// The catalogue entry for a stable id, or nullptr.
const ActivationInfo *findActivationInfo(std::string_view id);

/// An activation with concrete parameter values: f, f′ and f″, vectorised, in float and double.
///
/// Accuracy policy (tests/reference/activations/README.md §2): the exact function where the
/// derivative exists, PyTorch's gradient at kinks, PyTorch's softplus threshold. At a break point
/// f″ takes the same branch as PyTorch's f′ (elu: the x ≤ 0 side, α at 0; hardswish: 1/3 at ±3;
/// every piecewise linear function: 0; the delta of a jump in f′ is not representable); softsign,
/// whose f″ jumps from 2 to −2, gives 0 at 0. Kernels: core/activations/*.h.
class Activation
{
public:
    /// The default-constructed activation is relu with no parameters.
    Activation();

    /// Builds an activation from its id and any parameters (by PyTorch name); missing parameters
    /// take their defaults. Errors: "unknown_activation" {id}, "unknown_parameter" {id, name},
    /// "parameter_out_of_range" {id, name, value, min, max}, "invalid_parameters" {id, detail}
    /// (e.g. hardtanh min_val >= max_val, rrelu lower > upper).
    static Expected<Activation> create(std::string_view id,
                                       const std::map<std::string, double> &parameters = {});

    const ActivationInfo &info() const;
    const std::string &id() const;
    /// The parameter values in catalogue order.
    const std::vector<double> &parameterValues() const { return m_values; }
    double parameter(std::string_view name) const;
    /// Properties for these parameter values (leaky_relu with slope 0 can produce dead units):
    /// the descriptor's rule, the smoothness class it implies, the T5 zero-centred test by
    /// quadrature of f against N(0, 1), and f′(0) from the kernel.
    ActivationProperties properties() const;
    /// Where f jumps or has a kink, with one-sided limits (the Explorer's open and filled dots).
    std::vector<BreakPoint> breakPoints() const;

    /// True for rrelu with training = 1: negative inputs get a slope drawn U(lower, upper) per
    /// element from the Rng passed to evaluate().
    bool isRandomInTraining() const;

    /// f, f′, f″ at every x. `value` must have x.size() elements; `grad` and `grad2` may be empty
    /// (not wanted) or have x.size() elements. `rng` is used only by rrelu in training mode
    /// (nullptr then means eval behaviour). Never throws, never crashes on inf or NaN.
    void evaluate(std::span<const double> x, std::span<double> value, std::span<double> grad = {},
                  std::span<double> grad2 = {}, Rng *rng = nullptr) const;
    /// float32: computed in float throughout, constants rounded to float as PyTorch does.
    void evaluate(std::span<const float> x, std::span<float> value, std::span<float> grad = {},
                  std::span<float> grad2 = {}, Rng *rng = nullptr) const;

    /// Scalar conveniences (float64).
    double value(double x) const;
    double gradient(double x) const;
    double secondDerivative(double x) const;

private:
    const ActivationInfo *m_info = nullptr;
    std::vector<double> m_values;
};

} // namespace ReluLab::Core
