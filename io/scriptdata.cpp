// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scriptparts.h"

#include "core/activationcode.h"
#include "core/numbertext.h"

#include <QStringList>

#include <map>
#include <optional>
#include <string>

namespace ReluLab::ScriptParts {

namespace {

double parameter(const Core::LayerActivation &activation, const char *name, double fallback)
{
    const auto found = activation.parameters.find(name);
    return found == activation.parameters.end() ? fallback : found->second;
}

} // namespace

QString number(double value)
{
    // Finite values only reach here (weights, data, moments). The shortest text that reads back
    // as exactly this double: 0.1, not 0.10000000000000001.
    return QString::fromStdString(Core::shortestText(value));
}

QString list(const std::vector<double> &values)
{
    QStringList cells;
    for (double value : values)
        cells << number(value);
    return QLatin1Char('[') + cells.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString list(const Eigen::VectorXd &values)
{
    return list(std::vector<double>(values.data(), values.data() + values.size()));
}

QString list(const std::vector<int> &values)
{
    QStringList cells;
    for (int value : values)
        cells << QString::number(value);
    return QLatin1Char('[') + cells.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString rows(const Eigen::MatrixXd &matrix, int indent)
{
    if (matrix.rows() == 0)
        return QStringLiteral("[]");
    const QString pad(indent + 4, QLatin1Char(' '));
    QString text = QStringLiteral("[\n");
    for (Eigen::Index r = 0; r < matrix.rows(); ++r)
        text += pad + list(Eigen::VectorXd(matrix.row(r).transpose())) + QStringLiteral(",\n");
    return text + QString(indent, QLatin1Char(' ')) + QLatin1Char(']');
}

QString comment(const QString &text, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    QString result;
    for (const QString &line : text.split(QLatin1Char('\n')))
        result += pad + (line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line)
                  + QLatin1Char('\n');
    return result;
}

std::optional<Core::Activation> hiddenActivation(const Core::LayerActivation &a)
{
    // As the network builds it (core/network/trainer.cpp): RReLU's "training" flag defaults to
    // 1 in a hidden layer, PReLU's constructor name "init" is a synonym of "weight".
    std::map<std::string, double> parameters = a.parameters;
    if (a.id == "rrelu" && !parameters.contains("training"))
        parameters["training"] = 1.0;
    if (a.id == "prelu" && parameters.contains("init") && !parameters.contains("weight")) {
        parameters["weight"] = parameters["init"];
        parameters.erase("init");
    }
    Core::Expected<Core::Activation> activation = Core::Activation::create(a.id, parameters);
    if (!activation)
        return std::nullopt;
    return std::move(*activation);
}

bool randomInTraining(const Core::LayerActivation &a)
{
    const std::optional<Core::Activation> activation = hiddenActivation(a);
    return activation && activation->info().randomInTraining
           && activation->info().randomInTraining(*activation);
}

QString torchModule(const Core::LayerActivation &a, bool preluPerUnit, int units)
{
    // PReLU's slope is a parameter of the model, one per layer or one per unit.
    if (a.id == "prelu") {
        const double init = parameter(a, "weight", parameter(a, "init", 0.25));
        return QStringLiteral("nn.PReLU(num_parameters=%1, init=%2)")
            .arg(preluPerUnit ? units : 1)
            .arg(number(init));
    }
    const std::optional<Core::Activation> activation = hiddenActivation(a);
    if (!activation)
        return QString();
    return QString::fromStdString(Core::activationCode(*activation).torchModule);
}

QString numpyFunction(const Core::LayerActivation &a, const QString &name)
{
    const std::optional<Core::Activation> activation = hiddenActivation(a);
    if (!activation)
        return QString();
    // The body of f(x) from the descriptor; evaluation mode (RReLU's fixed slope).
    const std::string body = Core::activationCode(*activation).numpyValue;
    if (body.empty())
        return QString();
    QString text = QStringLiteral("def %1(x):\n").arg(name);
    for (const QString &line : QString::fromStdString(body).split(QLatin1Char('\n')))
        text += QStringLiteral("    ") + line + QLatin1Char('\n');
    return text;
}

QString numpyImport(const Core::LayerActivation &a)
{
    const std::optional<Core::Activation> activation = hiddenActivation(a);
    return activation ? QString::fromStdString(Core::activationCode(*activation).numpyImport)
                      : QString();
}

} // namespace ReluLab::ScriptParts
