// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The words around the code of an activation: comments and notes, translated; the code itself
// comes from the descriptor (core/activationcode.h) and is never translated.

#include "codesnippettext.h"

#include "core/activationcode.h"

#include <QCoreApplication>
#include <QStringList>

namespace ReluLab {

namespace {

/// The translation context of the comments and notes.
class CodeSnippets
{
    Q_DECLARE_TR_FUNCTIONS(CodeSnippets)
};

/// Columns a character takes in a monospace font: CJK ideographs and full-width forms two.
int columns(QChar c)
{
    return c.unicode() >= 0x2e80 ? 2 : 1;
}

/// `text` as comment lines starting with `marker` ("# " or "// "), wrapped at `width` columns
/// (0: one line): at a space where there is one, between any two CJK characters otherwise.
QString comment(const QString &text, const QString &marker, int width)
{
    if (width <= 0)
        return marker + text + QLatin1Char('\n');
    QStringList lines;
    QString line;
    int used = 0;
    int lastBreak = -1; // index in `line` after which it may break
    for (const QChar c : text) {
        line += c;
        used += columns(c);
        if (c == QLatin1Char(' ') || columns(c) == 2)
            lastBreak = int(line.size());
        if (used > width - marker.size() && lastBreak > 0) {
            lines << line.left(lastBreak).trimmed();
            line = line.mid(lastBreak);
            used = 0;
            for (const QChar d : line)
                used += columns(d);
            lastBreak = -1;
        }
    }
    if (!line.trimmed().isEmpty())
        lines << line.trimmed();
    QString out;
    for (const QString &l : lines)
        out += marker + l + QLatin1Char('\n');
    return out;
}

QString pythonComment(const QString &text, int width)
{
    return comment(text, QStringLiteral("# "), width);
}

/// A NumPy function: `def name(x):` and its body indented.
QString pythonFunction(const QString &name, const std::string &body)
{
    QString out = QStringLiteral("def %1(x):\n").arg(name);
    for (const QString &line : QString::fromStdString(body).split(QLatin1Char('\n')))
        out += QStringLiteral("    ") + line + QLatin1Char('\n');
    return out;
}

QString noteLines(const std::string &id, const QString &marker, int width)
{
    const QString note = codeNoteText(id);
    return note.isEmpty() ? QString() : QLatin1Char('\n') + comment(note, marker, width);
}

QString pytorchSnippet(const Core::CodeTemplates &code, int width)
{
    QString out = QStringLiteral("import torch\n\n");
    if (!code.torchModule.empty()) {
        out += pythonComment(CodeSnippets::tr(
                                 "Module: a layer object, e.g. inside torch.nn.Sequential"),
                             width);
        out += QStringLiteral("act = ") + QString::fromStdString(code.torchModule)
               + QStringLiteral("\ny = act(x)\n\n");
    }
    out += pythonComment(CodeSnippets::tr(
                             "Functional form: the same computation as a function call"),
                         width);
    out += QStringLiteral("y = ") + QString::fromStdString(code.torchFunctional)
           + QLatin1Char('\n');
    return out + noteLines(code.torchNote, QStringLiteral("# "), width);
}

QString kerasSnippet(const Core::CodeTemplates &code, int width)
{
    QString out = QStringLiteral("import keras\n\n");
    if (!code.kerasLayer.empty()) {
        out += pythonComment(CodeSnippets::tr("Layer"), width);
        out += QStringLiteral("layer = ") + QString::fromStdString(code.kerasLayer)
               + QStringLiteral("\ny = layer(x)\n\n");
    }
    out += pythonComment(CodeSnippets::tr("Function"), width);
    out += QStringLiteral("y = ") + QString::fromStdString(code.kerasFunction) + QLatin1Char('\n');
    out += noteLines(code.kerasNote, QStringLiteral("# "), width);
    return out + QLatin1Char('\n')
           + pythonComment(CodeSnippets::tr(
                               "Keras is not packaged in Debian 12, so ReLU Lab does not run "
                               "these lines: its tests check the names and parameter names "
                               "against a table transcribed from Keras 3's documentation."),
                           width);
}

QString numpySnippet(const Core::CodeTemplates &code, int width)
{
    QString out = QStringLiteral("import numpy as np\n");
    if (!code.numpyImport.empty())
        out += QString::fromStdString(code.numpyImport) + QLatin1Char('\n');
    out += QLatin1Char('\n');
    out += pythonComment(CodeSnippets::tr("f(x) for a NumPy array x (float64)"), width);
    out += pythonFunction(QStringLiteral("f"), code.numpyValue) + QLatin1Char('\n');
    out += pythonComment(CodeSnippets::tr(
                             "df(x): the derivative f′(x), with PyTorch's value at a kink"),
                         width);
    out += pythonFunction(QStringLiteral("df"), code.numpyGradient);
    return out + noteLines(code.numpyNote, QStringLiteral("# "), width);
}

QString cppSnippet(const Core::Activation &activation, int width)
{
    QString out = QStringLiteral("#include \"core/activation.h\"\n\n#include <vector>\n\n");
    out += comment(CodeSnippets::tr(
                       "Parameters by their PyTorch names; an invalid value comes back as an "
                       "error value, not an exception"),
                   QStringLiteral("// "), width);
    out += QString::fromStdString(Core::coreCreateCall(activation)) + QLatin1Char('\n');
    out += QStringLiteral("std::vector<double> x{-2.0, 0.0, 2.0}, y(3), dy(3);\n");
    out += comment(CodeSnippets::tr("f and f′ at every x"), QStringLiteral("// "), width);
    out += QStringLiteral("act->evaluate(x, y, dy);\n");
    return out;
}

} // namespace

QString codeLanguageTitle(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::PyTorch:
        return QStringLiteral("PyTorch");
    case CodeLanguage::Keras:
        return QStringLiteral("Keras 3");
    case CodeLanguage::NumPy:
        return QStringLiteral("NumPy");
    case CodeLanguage::Cpp:
        return CodeSnippets::tr("C++ (ReLU Lab core)");
    }
    return {};
}

QString codeLanguageKey(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::PyTorch:
        return QStringLiteral("pytorch");
    case CodeLanguage::Keras:
        return QStringLiteral("keras");
    case CodeLanguage::NumPy:
        return QStringLiteral("numpy");
    case CodeLanguage::Cpp:
        return QStringLiteral("cpp");
    }
    return {};
}

std::optional<CodeLanguage> codeLanguageFromKey(const QString &key)
{
    for (const CodeLanguage language : allCodeLanguages) {
        if (codeLanguageKey(language) == key)
            return language;
    }
    return std::nullopt;
}

QString codeSnippet(const Core::Activation &activation, CodeLanguage language, int commentWidth)
{
    const Core::CodeTemplates code = Core::activationCode(activation);
    switch (language) {
    case CodeLanguage::PyTorch:
        return pytorchSnippet(code, commentWidth);
    case CodeLanguage::Keras:
        return kerasSnippet(code, commentWidth);
    case CodeLanguage::NumPy:
        return numpySnippet(code, commentWidth);
    case CodeLanguage::Cpp:
        return cppSnippet(activation, commentWidth);
    }
    return {};
}

QString codeNoteText(const std::string &id)
{
    struct Note
    {
        const char *id;
        const char *text;
    };
    static constexpr Note notes[] = {
        {"prelu_learned",
         QT_TRANSLATE_NOOP("CodeSnippets", "PReLU's slope is a learned parameter: init is only its "
                                           "starting value.")},
        {"rrelu_modes",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "In training mode RReLU draws a random slope from U(lower, upper) for "
                           "every negative input; in evaluation mode (model.eval()) the slope is "
                           "(lower + upper)/2.")},
        {"step_no_module",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "PyTorch has no module for the step function, and torch.heaviside has "
                           "no gradient: use the function.")},
        {"keras_leaky_defaults",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "Keras's defaults differ from PyTorch's 0.01: 0.3 for the layer, 0.2 "
                           "for the function. Pass negative_slope every time.")},
        {"keras_prelu",
         QT_TRANSLATE_NOOP(
             "CodeSnippets",
             "Keras calls the learned slope alpha and starts it at 0; it learns one "
             "slope per unit unless shared_axes is given (PyTorch: one shared slope). "
             "The function line is the fixed slope.")},
        {"keras_rrelu",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "Keras has no RReLU. This line is RReLU in evaluation mode: Leaky ReLU "
                           "with the slope (lower + upper)/2.")},
        {"keras_no_builtin",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "Keras 3 has no built-in activation for this: the line defines it with "
                           "keras.ops.")},
        {"keras_ops",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "Keras 3 has this one in keras.ops (backend-neutral operations), not "
                           "in keras.activations.")},
        {"keras_gelu_flag",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "Keras's approximate is a bool: False is PyTorch's approximate='none' "
                           "(exact, with erf), True its 'tanh'. keras.activations.gelu defaults to "
                           "False but keras.ops.gelu to True: always pass it.")},
        {"keras_softplus",
         QT_TRANSLATE_NOOP(
             "CodeSnippets",
             "Keras's softplus has no beta and no threshold: for beta ≠ 1 it is "
             "softplus(beta·x)/beta as written. Above the threshold PyTorch returns x "
             "itself, which differs by at most log(1 + e^−threshold)/beta.")},
        {"keras_hard_sigmoid",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "Keras 3's hard_sigmoid is PyTorch's, relu6(x + 3)/6; Keras 2 used "
                           "0.2·x + 0.5 instead.")},
        {"rrelu_eval",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "This is RReLU in evaluation mode: the slope (lower + upper)/2. In "
                           "training mode each negative input gets its own random slope.")},
        {"numpy_expm1",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "np.expm1(x) computes eˣ − 1 without losing digits near 0; "
                           "np.minimum(x, 0) keeps exp from overflowing in the branch np.where "
                           "does not take.")},
        {"numpy_gelu_erf",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "Exact GELU needs the error function, which NumPy lacks: this uses "
                           "scipy.special.erfc, since ½x(1 + erf(x/√2)) = ½x·erfc(−x/√2) and the "
                           "erfc form does not cancel for negative x.")},
        {"numpy_gelu_tanh",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "½x(1 + tanh u) is written x·σ(2u) with scipy.special.expit (σ), "
                           "which does not cancel for negative x.")},
        {"numpy_expit",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "scipy.special.expit is the sigmoid σ(x) = 1/(1 + e^−x), computed "
                           "without overflow.")},
        {"numpy_logaddexp",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "np.logaddexp(0, x) is softplus, ln(1 + eˣ), without overflow for large "
                           "x; scipy.special.expit is the sigmoid σ.")},
        {"numpy_softplus",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "np.logaddexp(0, βx) is ln(1 + e^βx) without overflow; where βx > "
                           "threshold the result is x itself, as PyTorch defines it.")},
        {"numpy_sigmoid",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "e = e^−|x| never overflows: the two branches are the same σ(x) written "
                           "for each sign. The naive exp(x)/(1 + exp(x)) gives NaN for x > 709.")},
        {"numpy_tanh",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "f′ = 1 − tanh²x = 4e/(1 + e)² with e = e^−2|x|, which keeps its digits "
                           "where 1 − tanh²x would round to 0.")},
        {"numpy_logsigmoid",
         QT_TRANSLATE_NOOP("CodeSnippets",
                           "ln σ(x) = −ln(1 + e^−x) = −np.logaddexp(0, −x), without overflow; the "
                           "derivative is σ(−x), written with e = e^−|x|.")},
    };
    for (const Note &note : notes) {
        if (id == note.id)
            return CodeSnippets::tr(note.text);
    }
    return {};
}

} // namespace ReluLab
