// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "explorertext.h"

#include "core/activation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace ReluLab {

namespace {

// lupdate files tr() calls by the class that declares them: a free tr() helper would land in
// the namespace's context and never be found at run time.
class ExplorerText
{
    Q_DECLARE_TR_FUNCTIONS(ExplorerText)
};

} // namespace

QString familyDisplayName(Core::ActivationFamily family)
{
    using F = Core::ActivationFamily;
    switch (family) {
    case F::ReluFamily:
        return ExplorerText::tr("ReLU family");
    case F::SmoothReluLike:
        return ExplorerText::tr("Smooth ReLU-like");
    case F::SigmoidFamily:
        return ExplorerText::tr("Sigmoid family");
    case F::HardPiecewise:
        return ExplorerText::tr("Hard / piecewise");
    case F::ShrinkThreshold:
        return ExplorerText::tr("Shrink / threshold");
    case F::Classic:
        return ExplorerText::tr("Classic");
    }
    return QString();
}

QString smoothnessDisplayName(Core::Smoothness smoothness)
{
    using S = Core::Smoothness;
    switch (smoothness) {
    case S::Discontinuous:
        return ExplorerText::tr("discontinuous (jumps)");
    case S::C0:
        return ExplorerText::tr("continuous, with a kink (C<sup>0</sup>)");
    case S::C1:
        return ExplorerText::tr("continuously differentiable (C<sup>1</sup>)");
    case S::CInfinity:
        return ExplorerText::tr("smooth (C<sup>∞</sup>)");
    }
    return QString();
}

QString activationDisplayName(const Core::ActivationInfo &info)
{
    if (info.id == "identity")
        return ExplorerText::tr("Identity");
    if (info.id == "step")
        return ExplorerText::tr("Step (Heaviside)");
    if (info.id == "threshold")
        return ExplorerText::tr("Threshold");
    return QString::fromStdString(info.displayName);
}

QString activationLabel(const Core::Activation &activation)
{
    const Core::ActivationInfo &info = activation.info();
    QStringList changed;
    for (std::size_t i = 0; i < info.parameters.size(); ++i) {
        const Core::ParameterSpec &spec = info.parameters[i];
        const double value = activation.parameterValues()[i];
        if (std::abs(value - spec.defaultValue) <= 1e-12 * (1.0 + std::abs(spec.defaultValue)))
            continue;
        QString shown;
        const auto index = static_cast<std::size_t>(std::lround(value));
        if (spec.kind == Core::ParameterKind::Choice && index < spec.choices.size())
            shown = QString::fromStdString(spec.choices[index]);
        else
            shown = QLocale().toString(value, 'g', 4);
        changed << QStringLiteral("%1 = %2").arg(QString::fromStdString(spec.name), shown);
    }
    const QString name = activationDisplayName(info);
    return changed.isEmpty()
               ? name
               : QStringLiteral("%1 (%2)").arg(name, changed.join(QStringLiteral(", ")));
}

std::map<std::string, double> parameterMap(const Core::Activation &activation)
{
    std::map<std::string, double> map;
    const Core::ActivationInfo &info = activation.info();
    for (std::size_t i = 0; i < info.parameters.size(); ++i)
        map[info.parameters[i].name] = activation.parameterValues()[i];
    return map;
}

} // namespace ReluLab
