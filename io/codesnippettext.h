// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QString>

#include <optional>
#include <string>

namespace ReluLab {
namespace Core {
class Activation;
} // namespace Core

/// The languages the Explorer's "In code" tab and `relulab code` write an activation in.
enum class CodeLanguage { PyTorch, Keras, NumPy, Cpp };

inline constexpr CodeLanguage allCodeLanguages[] = {CodeLanguage::PyTorch, CodeLanguage::Keras,
                                                    CodeLanguage::NumPy, CodeLanguage::Cpp};

/// The language's heading: "PyTorch", "Keras 3", "NumPy", "C++ (ReLU Lab core)" (translated).
QString codeLanguageTitle(CodeLanguage language);
/// The stable name on the command line: "pytorch", "keras", "numpy", "cpp".
QString codeLanguageKey(CodeLanguage language);
std::optional<CodeLanguage> codeLanguageFromKey(const QString &key);

/// The snippet of `activation` with its current parameter values in `language`: the code from
/// the descriptor's templates (core/activationcode.h) with comments and notes in the current
/// UI language. It runs as it stands once `x` is defined (a torch tensor, a Keras tensor or a
/// NumPy float64 array); the NumPy snippet defines f(x) and df(x). Comments are wrapped at
/// `commentWidth` columns (a CJK character counts two); 0 leaves each comment one line, for a
/// view that wraps its lines itself.
QString codeSnippet(const Core::Activation &activation, CodeLanguage language,
                    int commentWidth = 76);

/// The translated sentence for a note id of the code templates; empty for an unknown id.
QString codeNoteText(const std::string &id);

} // namespace ReluLab
