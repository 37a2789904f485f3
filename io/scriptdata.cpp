// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scriptparts.h"

#include "core/numbertext.h"

#include <QStringList>

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

QString torchModule(const Core::LayerActivation &a, bool preluPerUnit, int units)
{
    const std::string &id = a.id;
    const auto p = [&](const char *name, double fallback) {
        return number(parameter(a, name, fallback));
    };
    if (id == "relu")
        return QStringLiteral("nn.ReLU()");
    if (id == "relu6")
        return QStringLiteral("nn.ReLU6()");
    if (id == "leaky_relu")
        return QStringLiteral("nn.LeakyReLU(negative_slope=%1)").arg(p("negative_slope", 0.01));
    if (id == "prelu") {
        const double init = parameter(a, "weight", parameter(a, "init", 0.25));
        return QStringLiteral("nn.PReLU(num_parameters=%1, init=%2)")
            .arg(preluPerUnit ? units : 1)
            .arg(number(init));
    }
    if (id == "elu")
        return QStringLiteral("nn.ELU(alpha=%1)").arg(p("alpha", 1.0));
    if (id == "celu")
        return QStringLiteral("nn.CELU(alpha=%1)").arg(p("alpha", 1.0));
    if (id == "selu")
        return QStringLiteral("nn.SELU()");
    if (id == "gelu")
        return parameter(a, "approximate", 0.0) != 0.0
                   ? QStringLiteral("nn.GELU(approximate='tanh')")
                   : QStringLiteral("nn.GELU()");
    if (id == "sigmoid")
        return QStringLiteral("nn.Sigmoid()");
    if (id == "tanh")
        return QStringLiteral("nn.Tanh()");
    if (id == "silu")
        return QStringLiteral("nn.SiLU()");
    if (id == "mish")
        return QStringLiteral("nn.Mish()");
    if (id == "softsign")
        return QStringLiteral("nn.Softsign()");
    if (id == "softplus")
        return QStringLiteral("nn.Softplus(beta=%1, threshold=%2)")
            .arg(p("beta", 1.0), p("threshold", 20.0));
    return QString();
}

QString numpyExpression(const Core::LayerActivation &a)
{
    const std::string &id = a.id;
    const auto p = [&](const char *name, double fallback) {
        return number(parameter(a, name, fallback));
    };
    if (id == "relu")
        return QStringLiteral("np.where(z > 0, z, 0 * z)");
    if (id == "relu6")
        return QStringLiteral("np.clip(z, 0, 6)");
    if (id == "leaky_relu")
        return QStringLiteral("np.where(z > 0, z, %1 * z)").arg(p("negative_slope", 0.01));
    if (id == "prelu")
        return QStringLiteral("np.where(z > 0, z, slopes * z)");
    if (id == "elu")
        return QStringLiteral("np.where(z > 0, z, %1 * np.expm1(z))").arg(p("alpha", 1.0));
    if (id == "celu")
        return QStringLiteral("np.where(z > 0, z, %1 * np.expm1(z / %1))").arg(p("alpha", 1.0));
    if (id == "selu")
        return QStringLiteral("SELU_SCALE * np.where(z > 0, z, SELU_ALPHA * np.expm1(z))");
    if (id == "gelu")
        return parameter(a, "approximate", 0.0) != 0.0
                   ? QStringLiteral("0.5 * z * (1 + np.tanh(math.sqrt(2 / math.pi) * (z + "
                                    "0.044715 * z ** 3)))")
                   : QStringLiteral("0.5 * z * (1 + erf(z / math.sqrt(2)))");
    if (id == "sigmoid")
        return QStringLiteral("sigmoid(z)");
    if (id == "tanh")
        return QStringLiteral("np.tanh(z)");
    if (id == "silu")
        return QStringLiteral("z * sigmoid(z)");
    if (id == "mish")
        return QStringLiteral("z * np.tanh(softplus(z, 1.0, 20.0))");
    if (id == "softsign")
        return QStringLiteral("z / (1 + np.abs(z))");
    if (id == "softplus")
        return QStringLiteral("softplus(z, %1, %2)").arg(p("beta", 1.0), p("threshold", 20.0));
    return QString();
}

} // namespace ReluLab::ScriptParts
