// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ReluLab {

/// A small highlighter for the code snippets (Python and C++): keywords, numbers, strings and
/// comments, in colours chosen for a light or a dark background.
class CodeHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Syntax { Python, Cpp };

    CodeHighlighter(QTextDocument *document, Syntax syntax);

    /// Picks the colours for a dark (true) or light background and highlights again.
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    void buildRules();

    Syntax m_syntax;
    bool m_dark = false;
    QList<Rule> m_rules; // applied in order: a later rule overrides an earlier one
};

} // namespace ReluLab
