// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "activationhelp.h"

#include "commands.h"

#include "core/activation.h"
#include "core/activations/parameterparser.h"

#include <QCoreApplication>
#include <QStringList>

namespace ReluLab::Cli {

namespace {

QString values(const Core::ParameterSpec &spec)
{
    switch (spec.kind) {
    case Core::ParameterKind::Choice: {
        QStringList names;
        for (const std::string &name : spec.choices)
            names << QString::fromStdString(name);
        return names.join(QLatin1Char('|'));
    }
    case Core::ParameterKind::Flag:
        return QStringLiteral("true|false");
    case Core::ParameterKind::Real:
        break;
    }
    return QStringLiteral("%1..%2")
        .arg(QString::fromStdString(Core::parameterValueText(spec, spec.minimum)),
             QString::fromStdString(Core::parameterValueText(spec, spec.maximum)));
}

} // namespace

QString activationParameterHelp()
{
    QString text = CliText::tr(
        "Activations and their parameters (--param NAME=VALUE; numbers with a '.' decimal\n"
        "point, a choice by its name or its index, a flag as true, false, 1 or 0):\n");
    for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
        QStringList parameters;
        for (const Core::ParameterSpec &spec : info.parameters)
            parameters << QStringLiteral("%1=%2 (%3)")
                              .arg(QString::fromStdString(spec.name), values(spec),
                                   CliText::tr("default %1")
                                       .arg(QString::fromStdString(
                                           Core::parameterValueText(spec, spec.defaultValue))));
        const QString id = QString::fromStdString(info.id);
        text += parameters.isEmpty()
                    ? QStringLiteral("  %1\n").arg(id)
                    : QStringLiteral("  %1%2\n")
                          .arg(id.leftJustified(12), parameters.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace ReluLab::Cli
