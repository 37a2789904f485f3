// Activation: validation of parameters and the dispatch to the descriptor's kernel. Everything
// about one activation (its parameters, kernel, formulas, properties rule) lives in its
// descriptor, core/activations/<family>.cpp; nothing here knows any activation by name.

#include "activation.h"

#include "core/numbertext.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace ReluLab::Core {

namespace {

bool isInteger(double v)
{
    return std::isfinite(v) && std::floor(v) == v;
}

template<typename T>
void evaluateSpans(KernelFunction<T> kernel, const Activation &a, std::span<const T> x,
                   std::span<T> value, std::span<T> grad, std::span<T> grad2, Rng *rng)
{
    assert(value.size() == x.size());
    assert(grad.empty() || grad.size() == x.size());
    assert(grad2.empty() || grad2.size() == x.size());
    const std::size_t n = std::min(x.size(), value.size());
    T *g = grad.size() >= n && !grad.empty() ? grad.data() : nullptr;
    T *h = grad2.size() >= n && !grad2.empty() ? grad2.data() : nullptr;
    kernel(a, x.data(), value.data(), g, h, n, rng);
}

} // namespace

const ParameterSpec *ActivationInfo::parameter(std::string_view name) const
{
    for (const ParameterSpec &spec : parameters) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

Activation::Activation()
    : m_info(findActivationInfo("relu"))
{}

Expected<Activation> Activation::create(std::string_view id,
                                        const std::map<std::string, double> &parameters)
{
    const ActivationInfo *info = findActivationInfo(id);
    const std::string idText(id);
    if (!info)
        return makeError("unknown_activation", "unknown activation '" + idText + "'",
                         {{"id", idText}});

    for (const auto &parameter : parameters) {
        // Named references rather than a structured binding: clang before 16 cannot capture one.
        const std::string &name = parameter.first;
        const double value = parameter.second;
        const auto spec = std::find_if(info->parameters.begin(), info->parameters.end(),
                                       [&name](const ParameterSpec &s) { return s.name == name; });
        if (spec == info->parameters.end())
            return makeError("unknown_parameter",
                             "activation '" + idText + "' has no parameter '" + name + "'",
                             {{"id", idText}, {"name", name}});
        const bool inRange = value >= spec->minimum && value <= spec->maximum; // false for NaN
        const bool wellFormed = spec->kind == ParameterKind::Real || isInteger(value);
        if (!inRange || !wellFormed)
            return makeError("parameter_out_of_range",
                             "parameter '" + name + "' of '" + idText + "' must lie in ["
                                 + shortestText(spec->minimum) + ", " + shortestText(spec->maximum)
                                 + "]" + (wellFormed ? "" : " and be a whole number") + "; got "
                                 + shortestText(value),
                             {{"id", idText},
                              {"name", name},
                              {"value", shortestText(value)},
                              {"min", shortestText(spec->minimum)},
                              {"max", shortestText(spec->maximum)}});
    }

    Activation activation;
    activation.m_info = info;
    activation.m_values.clear();
    for (const ParameterSpec &spec : info->parameters) {
        const auto it = parameters.find(spec.name);
        activation.m_values.push_back(it == parameters.end() ? spec.defaultValue : it->second);
    }

    if (info->validate) {
        if (const std::optional<std::string> detail = info->validate(activation))
            return makeError("invalid_parameters", idText + ": " + *detail,
                             {{"id", idText}, {"detail", *detail}});
    }
    return activation;
}

const ActivationInfo &Activation::info() const
{
    return *m_info;
}

const std::string &Activation::id() const
{
    return m_info->id;
}

double Activation::parameter(std::string_view name) const
{
    for (std::size_t i = 0; i < m_info->parameters.size(); ++i) {
        if (m_info->parameters[i].name == name)
            return m_values[i];
    }
    assert(false && "parameter(): no such parameter");
    return std::numeric_limits<double>::quiet_NaN();
}

bool Activation::isRandomInTraining() const
{
    return m_info->randomInTraining && m_info->randomInTraining(*this);
}

void Activation::evaluate(std::span<const double> x, std::span<double> value,
                          std::span<double> grad, std::span<double> grad2, Rng *rng) const
{
    evaluateSpans<double>(m_info->evaluateDouble, *this, x, value, grad, grad2, rng);
}

void Activation::evaluate(std::span<const float> x, std::span<float> value, std::span<float> grad,
                          std::span<float> grad2, Rng *rng) const
{
    evaluateSpans<float>(m_info->evaluateFloat, *this, x, value, grad, grad2, rng);
}

double Activation::value(double x) const
{
    double v = 0.0;
    evaluate(std::span<const double>(&x, 1), std::span<double>(&v, 1));
    return v;
}

double Activation::gradient(double x) const
{
    double v = 0.0;
    double g = 0.0;
    evaluate(std::span<const double>(&x, 1), std::span<double>(&v, 1), std::span<double>(&g, 1));
    return g;
}

double Activation::secondDerivative(double x) const
{
    double v = 0.0;
    double h = 0.0;
    evaluate(std::span<const double>(&x, 1), std::span<double>(&v, 1), {},
             std::span<double>(&h, 1));
    return h;
}

} // namespace ReluLab::Core
