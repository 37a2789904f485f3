// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QPushButton>

class QLabel;

namespace ReluLab {

/// A push button whose text wraps (a QPushButton's does not): a long action such as "Same ReLU
/// network with randomized asymmetric initialisation (RAI)" must not widen the settings column
/// past a 1024 px screen. The text is also the button's accessible name and tooltip, so screen
/// readers and keyboard users get the same button as with a plain QPushButton. Set the text
/// with setWrappedText() (QPushButton::setText is not virtual).
class WrappingButton final : public QPushButton
{
public:
    explicit WrappingButton(const QString &text = QString(), QWidget *parent = nullptr);

    void setWrappedText(const QString &text);
    QString wrappedText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

private:
    QLabel *m_label;
};

} // namespace ReluLab
