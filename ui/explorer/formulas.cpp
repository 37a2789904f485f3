// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "formulas.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

#include <initializer_list>

namespace ReluLab {

namespace {

// One cell of a typeset formula.
struct Piece
{
    enum class Kind { Text, Fraction, Cases };
    Kind kind = Kind::Text;
    QString first;  // text, or numerator
    QString second; // denominator
    QList<QPair<QString, QString>> cases; // (expression, condition)
};

Piece t(const char *html)
{
    return {Piece::Kind::Text, QString::fromUtf8(html), {}, {}};
}

Piece fr(const char *numerator, const char *denominator)
{
    return {Piece::Kind::Fraction, QString::fromUtf8(numerator), QString::fromUtf8(denominator), {}};
}

Piece cases(std::initializer_list<std::pair<const char *, const char *>> rows)
{
    Piece piece;
    piece.kind = Piece::Kind::Cases;
    for (const auto &[expression, condition] : rows)
        piece.cases.append({QString::fromUtf8(expression), QString::fromUtf8(condition)});
    return piece;
}

QString render(std::initializer_list<Piece> pieces)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\"><tr>");
    for (const Piece &piece : pieces) {
        switch (piece.kind) {
        case Piece::Kind::Text:
            html += QStringLiteral("<td valign=\"middle\">%1</td>").arg(piece.first);
            break;
        case Piece::Kind::Fraction:
            // A two-row table: the rule is the numerator cell's bottom border.
            html += QStringLiteral(
                        "<td valign=\"middle\"><table cellspacing=\"0\" cellpadding=\"1\">"
                        "<tr><td align=\"center\" style=\"border-bottom: 1px solid;\">%1</td></tr>"
                        "<tr><td align=\"center\">%2</td></tr></table></td>")
                        .arg(piece.first, piece.second);
            break;
        case Piece::Kind::Cases: {
            QString rows;
            for (const auto &[expression, condition] : piece.cases)
                rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                            .arg(expression, condition);
            html += QStringLiteral("<td valign=\"middle\"><span style=\"font-size:xx-large;\">{</span>"
                                   "</td><td valign=\"middle\"><table cellspacing=\"0\" "
                                   "cellpadding=\"1\">%1</table></td>")
                        .arg(rows);
            break;
        }
        }
    }
    return html + QStringLiteral("</tr></table>");
}

QString valueFormula(const QString &id)
{
    if (id == QLatin1String("relu"))
        return render({t("f(x) = max(0, x)")});
    if (id == QLatin1String("relu6"))
        return render({t("f(x) = min(max(0, x), 6)")});
    if (id == QLatin1String("leaky_relu"))
        return render({t("f(x) = "), cases({{"x", "x &gt; 0"}, {"negative_slope · x", "x ≤ 0"}})});
    if (id == QLatin1String("prelu"))
        return render({t("f(x) = "), cases({{"x", "x &gt; 0"}, {"weight · x", "x ≤ 0 ({learned})"}})});
    if (id == QLatin1String("rrelu"))
        return render({t("f(x) = "), cases({{"x", "x ≥ 0"}, {"a · x", "x &lt; 0"}}),
                       t("&nbsp; a ~ U(lower, upper) {training}, a = "),
                       fr("lower + upper", "2"), t(" {eval}")});
    if (id == QLatin1String("elu"))
        return render({t("f(x) = "), cases({{"x", "x &gt; 0"}, {"α (e<sup>x</sup> − 1)", "x ≤ 0"}})});
    if (id == QLatin1String("celu"))
        return render({t("f(x) = "), cases({{"x", "x &gt; 0"},
                                            {"α (e<sup>x/α</sup> − 1)", "x ≤ 0"}})});
    if (id == QLatin1String("selu"))
        return render({t("f(x) = λ"), cases({{"x", "x &gt; 0"}, {"α (e<sup>x</sup> − 1)", "x ≤ 0"}}),
                       t("&nbsp; λ ≈ 1.0507, α ≈ 1.6733")});
    if (id == QLatin1String("gelu"))
        return render({t("f(x) = x Φ(x) = "), fr("x", "2"), t("(1 + erf("), fr("x", "√2"),
                       t("))&nbsp;&nbsp; tanh: "), fr("x", "2"),
                       t("(1 + tanh(√(2/π) (x + 0.044715 x<sup>3</sup>)))")});
    if (id == QLatin1String("silu"))
        return render({t("f(x) = x σ(x) = "), fr("x", "1 + e<sup>−x</sup>")});
    if (id == QLatin1String("mish"))
        return render({t("f(x) = x tanh(ln(1 + e<sup>x</sup>))")});
    if (id == QLatin1String("softplus"))
        return render({t("f(x) = "), fr("1", "β"), t("ln(1 + e<sup>βx</sup>)"),
                       t("&nbsp; (= x where βx &gt; threshold)")});
    if (id == QLatin1String("sigmoid"))
        return render({t("f(x) = σ(x) = "), fr("1", "1 + e<sup>−x</sup>")});
    if (id == QLatin1String("tanh"))
        return render({t("f(x) = tanh x = "), fr("e<sup>x</sup> − e<sup>−x</sup>",
                                                 "e<sup>x</sup> + e<sup>−x</sup>")});
    if (id == QLatin1String("softsign"))
        return render({t("f(x) = "), fr("x", "1 + |x|")});
    if (id == QLatin1String("logsigmoid"))
        return render({t("f(x) = ln σ(x) = −ln(1 + e<sup>−x</sup>)")});
    if (id == QLatin1String("hardtanh"))
        return render({t("f(x) = "), cases({{"max_val", "x &gt; max_val"},
                                            {"x", "min_val ≤ x ≤ max_val"},
                                            {"min_val", "x &lt; min_val"}})});
    if (id == QLatin1String("hardsigmoid"))
        return render({t("f(x) = "), cases({{"0", "x ≤ −3"}, {"x/6 + 1/2", "−3 &lt; x &lt; 3"},
                                            {"1", "x ≥ 3"}})});
    if (id == QLatin1String("hardswish"))
        return render({t("f(x) = "), cases({{"0", "x ≤ −3"}, {"x (x + 3) / 6", "−3 &lt; x &lt; 3"},
                                            {"x", "x ≥ 3"}})});
    if (id == QLatin1String("tanhshrink"))
        return render({t("f(x) = x − tanh x")});
    if (id == QLatin1String("hardshrink"))
        return render({t("f(x) = "), cases({{"x", "|x| &gt; lambd"}, {"0", "{otherwise}"}})});
    if (id == QLatin1String("softshrink"))
        return render({t("f(x) = "), cases({{"x − lambd", "x &gt; lambd"},
                                            {"x + lambd", "x &lt; −lambd"}, {"0", "{otherwise}"}})});
    if (id == QLatin1String("threshold"))
        return render({t("f(x) = "), cases({{"x", "x &gt; threshold"}, {"value", "{otherwise}"}})});
    if (id == QLatin1String("identity"))
        return render({t("f(x) = x")});
    if (id == QLatin1String("step"))
        return render({t("f(x) = "), cases({{"1", "x &gt; 0"}, {"0", "x &lt; 0"}})});
    return QString();
}

QString derivativeFormula(const QString &id)
{
    if (id == QLatin1String("relu"))
        return render({t("f′(x) = "), cases({{"1", "x &gt; 0"}, {"0", "x ≤ 0"}})});
    if (id == QLatin1String("relu6"))
        return render({t("f′(x) = "), cases({{"1", "0 &lt; x &lt; 6"}, {"0", "{otherwise}"}})});
    if (id == QLatin1String("leaky_relu"))
        return render({t("f′(x) = "), cases({{"1", "x &gt; 0"}, {"negative_slope", "x ≤ 0"}})});
    if (id == QLatin1String("prelu"))
        return render({t("f′(x) = "), cases({{"1", "x &gt; 0"}, {"weight", "x ≤ 0"}})});
    if (id == QLatin1String("rrelu"))
        return render({t("f′(x) = "), cases({{"1", "x ≥ 0"}, {"a", "x &lt; 0"}})});
    if (id == QLatin1String("elu"))
        return render({t("f′(x) = "), cases({{"1", "x &gt; 0"}, {"α e<sup>x</sup>", "x ≤ 0"}})});
    if (id == QLatin1String("celu"))
        return render({t("f′(x) = "), cases({{"1", "x &gt; 0"}, {"e<sup>x/α</sup>", "x ≤ 0"}})});
    if (id == QLatin1String("selu"))
        return render({t("f′(x) = λ"), cases({{"1", "x &gt; 0"}, {"α e<sup>x</sup>", "x ≤ 0"}})});
    if (id == QLatin1String("gelu"))
        return render({t("f′(x) = Φ(x) + x φ(x),&nbsp; φ(x) = "),
                       fr("e<sup>−x²/2</sup>", "√(2π)")});
    if (id == QLatin1String("silu"))
        return render({t("f′(x) = σ(x) (1 + x (1 − σ(x)))")});
    if (id == QLatin1String("mish"))
        return render({t("f′(x) = tanh(s) + x σ(x) sech<sup>2</sup>(s),&nbsp; s = ln(1 + e<sup>x</sup>)")});
    if (id == QLatin1String("softplus"))
        return render({t("f′(x) = σ(βx) = "), fr("1", "1 + e<sup>−βx</sup>")});
    if (id == QLatin1String("sigmoid"))
        return render({t("f′(x) = σ(x) (1 − σ(x))")});
    if (id == QLatin1String("tanh"))
        return render({t("f′(x) = 1 − tanh<sup>2</sup> x")});
    if (id == QLatin1String("softsign"))
        return render({t("f′(x) = "), fr("1", "(1 + |x|)<sup>2</sup>")});
    if (id == QLatin1String("logsigmoid"))
        return render({t("f′(x) = 1 − σ(x) = "), fr("1", "1 + e<sup>x</sup>")});
    if (id == QLatin1String("hardtanh"))
        return render({t("f′(x) = "), cases({{"1", "min_val &lt; x &lt; max_val"}, {"0", "{otherwise}"}})});
    if (id == QLatin1String("hardsigmoid"))
        return render({t("f′(x) = "), cases({{"1/6", "−3 &lt; x &lt; 3"}, {"0", "{otherwise}"}})});
    if (id == QLatin1String("hardswish"))
        return render({t("f′(x) = "), cases({{"0", "x &lt; −3"}, {"(2x + 3) / 6", "−3 ≤ x ≤ 3"},
                                             {"1", "x &gt; 3"}})});
    if (id == QLatin1String("tanhshrink"))
        return render({t("f′(x) = tanh<sup>2</sup> x")});
    if (id == QLatin1String("hardshrink") || id == QLatin1String("softshrink"))
        return render({t("f′(x) = "), cases({{"1", "|x| &gt; lambd"}, {"0", "{otherwise}"}})});
    if (id == QLatin1String("threshold"))
        return render({t("f′(x) = "), cases({{"1", "x &gt; threshold"}, {"0", "{otherwise}"}})});
    if (id == QLatin1String("identity"))
        return render({t("f′(x) = 1")});
    if (id == QLatin1String("step"))
        return render({t("f′(x) = 0&nbsp; (x ≠ 0)")});
    return QString();
}

} // namespace

QString formulaHtml(const QString &id, bool derivative)
{
    QString html = derivative ? derivativeFormula(id) : valueFormula(id);
    // The few words inside formulas are translated; the mathematics is not.
    html.replace(QLatin1String("{otherwise}"), QCoreApplication::translate("Formula", "otherwise"));
    html.replace(QLatin1String("{learned}"), QCoreApplication::translate("Formula", "weight is learned"));
    html.replace(QLatin1String("{training}"), QCoreApplication::translate("Formula", "in training"));
    html.replace(QLatin1String("{eval}"), QCoreApplication::translate("Formula", "in evaluation"));
    return html;
}

} // namespace ReluLab
