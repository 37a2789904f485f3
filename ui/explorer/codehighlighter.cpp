// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "codehighlighter.h"

#include <QColor>

namespace ReluLab {

CodeHighlighter::CodeHighlighter(QTextDocument *document, Syntax syntax)
    : QSyntaxHighlighter(document)
    , m_syntax(syntax)
{
    buildRules();
}

void CodeHighlighter::setDarkBackground(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    buildRules();
    rehighlight();
}

void CodeHighlighter::buildRules()
{
    // Okabe–Ito hues, darker on light backgrounds and lighter on dark ones, each at a contrast
    // of at least 4.5:1; the kind of token is also told by bold (keywords) and italics
    // (comments), not by colour alone.
    auto format = [](const QColor &colour, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(colour);
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        return f;
    };
    const QTextCharFormat keyword = format(m_dark ? QColor(0x56, 0xb4, 0xe9)
                                                  : QColor(0x00, 0x55, 0x8c),
                                           true);
    const QTextCharFormat number = format(m_dark ? QColor(0xe6, 0x9f, 0x00)
                                                 : QColor(0x9a, 0x4a, 0x00));
    const QTextCharFormat string = format(m_dark ? QColor(0x5f, 0xd3, 0xa8)
                                                 : QColor(0x00, 0x70, 0x50));
    const QTextCharFormat comment = format(m_dark ? QColor(0xa8, 0xa8, 0xa8)
                                                  : QColor(0x5f, 0x5f, 0x5f),
                                           false, true);

    const QString keywords = m_syntax == Syntax::Python
                                 ? QStringLiteral(
                                     "import|from|def|return|as|True|False|None|lambda")
                                 : QStringLiteral("const|auto|double|std|include");
    m_rules = {
        {QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(keywords)), keyword},
        {QRegularExpression(QStringLiteral("(?<![\\w.])\\d+(\\.\\d*)?([eE][-+]?\\d+)?\\b")),
         number},
        {QRegularExpression(QStringLiteral("\"[^\"]*\"|'[^']*'|<[a-z]+>")), string},
    };
    if (m_syntax == Syntax::Cpp)
        m_rules.append({QRegularExpression(QStringLiteral("^#include")), keyword});
    m_rules.append({QRegularExpression(m_syntax == Syntax::Python ? QStringLiteral("#.*$")
                                                                  : QStringLiteral("//.*$")),
                    comment});
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        QRegularExpressionMatchIterator matches = rule.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
}

} // namespace ReluLab
