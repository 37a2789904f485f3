// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "formula.h"

#include <string_view>

namespace ReluLab::Core {

namespace FormulaBuild {

FormulaPiece text(std::string text)
{
    FormulaPiece piece;
    piece.text = std::move(text);
    return piece;
}

FormulaPiece fraction(std::string numerator, std::string denominator)
{
    FormulaPiece piece;
    piece.kind = FormulaPiece::Kind::Fraction;
    piece.text = std::move(numerator);
    piece.denominator = std::move(denominator);
    return piece;
}

FormulaPiece cases(std::vector<std::pair<std::string, std::string>> rows)
{
    FormulaPiece piece;
    piece.kind = FormulaPiece::Kind::Cases;
    piece.cases = std::move(rows);
    return piece;
}

FormulaPiece lineBreak()
{
    FormulaPiece piece;
    piece.kind = FormulaPiece::Kind::LineBreak;
    return piece;
}

} // namespace FormulaBuild

const std::vector<std::pair<std::string, std::string>> &formulaWords()
{
    static const std::vector<std::pair<std::string, std::string>> words = {
        {"otherwise", "otherwise"},          {"learned", "weight is learned"},
        {"training", "in training"},         {"eval", "in evaluation"},
        {"nogradient", "no gradient flows"},
    };
    return words;
}

namespace {

std::string englishWord(std::string_view key)
{
    for (const auto &[word, english] : formulaWords()) {
        if (word == key)
            return english;
    }
    return std::string(key);
}

/// The Unicode superscript of every character of s, or "" when one has none.
std::string unicodeSuperscript(std::string_view s)
{
    static const std::vector<std::pair<std::string_view, std::string_view>> table = {
        {"0", "⁰"}, {"1", "¹"}, {"2", "²"}, {"3", "³"}, {"4", "⁴"}, {"5", "⁵"}, {"6", "⁶"},
        {"7", "⁷"}, {"8", "⁸"}, {"9", "⁹"}, {"+", "⁺"}, {"−", "⁻"}, {"x", "ˣ"}, {"n", "ⁿ"},
    };
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        bool found = false;
        for (const auto &[plain, super] : table) {
            if (s.substr(i, plain.size()) == plain) {
                out += super;
                i += plain.size();
                found = true;
                break;
            }
        }
        if (!found)
            return {};
    }
    return out;
}

/// prefix + inner + suffix by appends (GCC 12's -Wrestrict misfires on "literal" + string).
std::string wrapped(std::string_view prefix, std::string_view inner, std::string_view suffix)
{
    std::string out;
    out.reserve(prefix.size() + inner.size() + suffix.size());
    out.append(prefix).append(inner).append(suffix);
    return out;
}

/// Expands the markup: superscripts through `sup`, words through `word`, the rest through
/// `literal`.
template<typename Sup, typename Word, typename Literal>
std::string expand(std::string_view s, Sup sup, Word word, Literal literal)
{
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        const bool superscript = s.compare(i, 2, "^{") == 0;
        if (superscript || s[i] == '{') {
            const std::size_t open = i + (superscript ? 2 : 1);
            const std::size_t close = s.find('}', open);
            if (close != std::string_view::npos) {
                const std::string_view inner = s.substr(open, close - open);
                out += superscript ? sup(inner) : word(inner);
                i = close + 1;
                continue;
            }
        }
        out += literal(s[i]);
        ++i;
    }
    return out;
}

std::string plain(std::string_view s)
{
    return expand(
        s,
        [](std::string_view inner) {
        const std::string unicode = unicodeSuperscript(inner);
        return unicode.empty() ? wrapped("^(", inner, ")") : unicode;
        },
        [](std::string_view inner) { return englishWord(inner); },
        [](char c) { return std::string(1, c); });
}

std::string html(std::string_view s)
{
    return expand(
        s, [](std::string_view inner) { return wrapped("<sup>", html(inner), "</sup>"); },
        [](std::string_view inner) { return wrapped("{", inner, "}"); },
        [](char c) -> std::string {
            switch (c) {
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '&':
                return "&amp;";
            default:
                return std::string(1, c);
            }
        });
}

/// Every space of a typeset cell as nbsp: rich text drops a cell's outer spaces (the gaps
/// between pieces) and would break a formula inside a cell (Qt ignores nowrap there).
std::string unbreakable(const std::string &cell)
{
    std::string out;
    for (char c : cell)
        out += c == ' ' ? std::string("&nbsp;") : std::string(1, c);
    return out;
}

/// A fraction's part in a line of text: parenthesised unless it is one symbol or number.
std::string plainOperand(const std::string &s)
{
    const std::string p = plain(s);
    const bool simple = p.find_first_of(" +-/·") == std::string::npos
                        && p.find("−") == std::string::npos;
    return simple ? p : wrapped("(", p, ")");
}

} // namespace

std::string formulaToPlainText(const Formula &formula)
{
    std::string out;
    for (const FormulaPiece &piece : formula.pieces) {
        switch (piece.kind) {
        case FormulaPiece::Kind::Text:
            out += plain(piece.text);
            break;
        case FormulaPiece::Kind::Fraction:
            out += plainOperand(piece.text) + "/" + plainOperand(piece.denominator);
            break;
        case FormulaPiece::Kind::Cases: {
            bool first = true;
            for (const auto &[expression, condition] : piece.cases) {
                out += (first ? "" : "; ") + plain(expression);
                const std::string c = plain(condition);
                out += c == englishWord("otherwise") ? " otherwise" : " if " + c;
                first = false;
            }
            break;
        }
        case FormulaPiece::Kind::LineBreak:
            out += "; ";
            break;
        }
    }
    return out;
}

std::string formulaToHtml(const Formula &formula)
{
    std::string out = "<table cellspacing=\"0\" cellpadding=\"1\"><tr>";
    for (const FormulaPiece &piece : formula.pieces) {
        switch (piece.kind) {
        case FormulaPiece::Kind::Text:
            out += "<td valign=\"middle\">" + unbreakable(html(piece.text)) + "</td>";
            break;
        case FormulaPiece::Kind::Fraction:
            // A two-row table: the rule is the numerator cell's bottom border (Qt's rich text
            // has no inline fractions).
            out += "<td valign=\"middle\"><table cellspacing=\"0\" cellpadding=\"1\">"
                   "<tr><td align=\"center\" style=\"border-bottom: 1px solid;\">"
                   + unbreakable(html(piece.text)) + "</td></tr><tr><td align=\"center\">"
                   + unbreakable(html(piece.denominator)) + "</td></tr></table></td>";
            break;
        case FormulaPiece::Kind::Cases: {
            std::string rows;
            for (const auto &[expression, condition] : piece.cases)
                rows += "<tr><td>" + unbreakable(html(expression)) + "</td><td>&nbsp;&nbsp;"
                        + unbreakable(html(condition)) + "</td></tr>";
            out += "<td valign=\"middle\"><span style=\"font-size:xx-large;\">{</span></td>"
                   "<td valign=\"middle\"><table cellspacing=\"0\" cellpadding=\"1\">"
                   + rows + "</table></td>";
            break;
        }
        case FormulaPiece::Kind::LineBreak:
            // Each line is its own table, so a long first line does not widen the second.
            out += "</tr></table><table cellspacing=\"0\" cellpadding=\"1\"><tr>";
            break;
        }
    }
    return out + "</tr></table>";
}

} // namespace ReluLab::Core
