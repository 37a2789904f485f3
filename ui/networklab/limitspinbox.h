// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/limits.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

class QLabel;

namespace ReluLab {

/// Spin boxes whose range is one of core's options (core/limits.h), the range the CLI and the
/// session files check too. A plain spin box refuses the keystroke that takes a number past its
/// range, or clamps it, without a word; these let the number be typed, do not apply it (the box
/// goes back to its last valid value when editing ends) and show a note, which the owner places
/// next to the box, saying what is allowed ("Allowed: 0 < value ≤ 1,000,000"), with the same
/// range in its tooltip. The note hides again when an allowed value is entered or set.
/// Typed values are applied when editing ends (Enter, focus out), not at every keystroke.
class LimitSpinBox final : public QSpinBox
{
    Q_OBJECT

public:
    LimitSpinBox(Core::Option option, QWidget *parent);
    /// The note, a child of parent(); hidden while the typed value is allowed.
    QLabel *note() const { return m_note; }
    /// True while the note says the last typed number was outside the range.
    bool outOfRange() const;

    QValidator::State validate(QString &text, int &pos) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void textTyped(const QString &text);

    Core::Option m_option;
    QLabel *m_note = nullptr;
};

/// LimitSpinBox for real numbers: an open end of the range becomes the nearest value the box
/// can show with its decimals (a learning rate > 0 starts at 10^-decimals).
class LimitDoubleSpinBox final : public QDoubleSpinBox
{
    Q_OBJECT

public:
    LimitDoubleSpinBox(Core::Option option, int decimals, QWidget *parent);
    QLabel *note() const { return m_note; }
    bool outOfRange() const;

    QValidator::State validate(QString &text, int &pos) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void textTyped(const QString &text);

    Core::Option m_option;
    QLabel *m_note = nullptr;
};

} // namespace ReluLab
