// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// A formula written once, in pieces, from which both the plain Unicode text (CLI, glossary,
// exports) and the typeset rich text (the Explorer: stacked fractions, case braces, real
// superscripts) are produced.
//
// Markup inside a piece's text: ^{…} is a superscript; {word} is a word for a person, kept as a
// placeholder in the HTML (the ui translates it) and written in English in the plain text. The
// words are listed in formulaWords(). Everything else is literal mathematics (never translated).

#include <string>
#include <utility>
#include <vector>

namespace ReluLab::Core {

struct FormulaPiece
{
    enum class Kind { Text, Fraction, Cases, LineBreak };
    Kind kind = Kind::Text;
    std::string text;        ///< Text: the text; Fraction: the numerator
    std::string denominator; ///< Fraction only
    std::vector<std::pair<std::string, std::string>> cases; ///< Cases: (expression, condition)
};

/// A formula: "f(x) = " followed by pieces, laid out left to right.
struct Formula
{
    std::vector<FormulaPiece> pieces;
};

namespace FormulaBuild {

FormulaPiece text(std::string text);
FormulaPiece fraction(std::string numerator, std::string denominator);
FormulaPiece cases(std::vector<std::pair<std::string, std::string>> rows);
/// A second line (a variant, a note): "; " in plain text, a new row when typeset.
FormulaPiece lineBreak();

} // namespace FormulaBuild

/// The words formulas may contain as {word}, with their English text.
const std::vector<std::pair<std::string, std::string>> &formulaWords();

/// Plain Unicode: "f(x) = x if x > 0; α·(eˣ − 1) if x ≤ 0".
std::string formulaToPlainText(const Formula &formula);
/// Qt rich text (tables for fractions and cases, <sup> for superscripts), the {word}
/// placeholders left in place for the caller to translate.
std::string formulaToHtml(const Formula &formula);

} // namespace ReluLab::Core
