// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/activation.h"
#include "io/codesnippettext.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;
class QTextEdit;

namespace ReluLab {

class CodeHighlighter;

/// The "In code" side panel: the selected activation with its current parameter values as
/// PyTorch (module and function), Keras 3, NumPy (f and f′) and this app's C++ core, each in a
/// read-only monospace view with simple highlighting and a Copy button. The code comes from the
/// activation's descriptor (io/codesnippettext.h); only comments and notes are translated.
class CodePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CodePanel(QWidget *parent = nullptr);

    /// Shows the code for `activation` (called at every parameter change: cheap).
    void setActivation(const Core::Activation &activation);
    /// The snippet shown for a language, as Copy puts it on the clipboard.
    QString snippet(CodeLanguage language) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Section
    {
        QLabel *title = nullptr;
        QPushButton *copy = nullptr;
        QTextEdit *view = nullptr;
        CodeHighlighter *highlighter = nullptr;
    };
    void retranslateUi();
    void refresh();
    void applyFontAndColours();
    void fitHeight(QTextEdit *view);

    Core::Activation m_activation;
    std::array<Section, std::size(allCodeLanguages)> m_sections;
};

} // namespace ReluLab
