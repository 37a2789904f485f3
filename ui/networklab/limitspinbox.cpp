// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "limitspinbox.h"

#include "io/coreerrortext.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>

#include <cmath>
#include <optional>

namespace ReluLab {

namespace {

/// The number a person typed into `box` (its prefix and suffix and the locale's group
/// separators allowed), or nothing when the text is not a number at all.
std::optional<double> typedNumber(const QAbstractSpinBox *box, QString text, const QString &prefix,
                                  const QString &suffix)
{
    text = text.trimmed();
    if (!prefix.isEmpty() && text.startsWith(prefix))
        text.remove(0, prefix.size());
    if (!suffix.isEmpty() && text.endsWith(suffix))
        text.chop(suffix.size());
    bool ok = false;
    const double value = box->locale().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QLabel *makeNote(QWidget *box)
{
    auto *note = new QLabel(box->parentWidget());
    note->setObjectName(QStringLiteral("limitNote"));
    note->setWordWrap(true);
    QFont font = note->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    note->setFont(font);
    note->hide();
    return note;
}

void retranslateNote(QLabel *note, Core::Option option)
{
    const QString allowed = allowedRangeText(option);
    note->setText(allowed);
    //: the tooltip of a field's range note: %1 = "learning rate", %2 = "Allowed: 0 < value ≤ …"
    note->setToolTip(QCoreApplication::translate("LimitSpinBox",
                                                 "%1: a value outside this range is not "
                                                 "applied. %2")
                         .arg(optionName(option), allowed));
    note->setAccessibleName(note->toolTip());
}

/// Shows the note for a typed text outside [minimum, maximum], hides it for one inside; a text
/// that is not a number yet ("", "-") leaves it as it is.
void updateNote(QLabel *note, std::optional<double> typed, double minimum, double maximum)
{
    if (!typed)
        return;
    note->setVisible(*typed < minimum || *typed > maximum);
}

} // namespace

LimitSpinBox::LimitSpinBox(Core::Option option, QWidget *parent)
    : QSpinBox(parent)
    , m_option(option)
    , m_note(makeNote(this))
{
    const Core::OptionRange &range = Core::optionRange(option);
    setRange(int(range.minimum) + (range.minimumOpen ? 1 : 0),
             int(range.maximum) - (range.maximumOpen ? 1 : 0));
    setKeyboardTracking(false);
    connect(lineEdit(), &QLineEdit::textEdited, this, &LimitSpinBox::textTyped);
    connect(this, &QSpinBox::valueChanged, m_note, &QWidget::hide);
    retranslateNote(m_note, m_option);
}

bool LimitSpinBox::outOfRange() const
{
    return !m_note->isHidden();
}

QValidator::State LimitSpinBox::validate(QString &text, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(text, pos);
    if (state != QValidator::Invalid)
        return state;
    // A whole number past the range stays in the box (and is not applied) so the note can say
    // why; anything else is refused as before.
    const std::optional<double> typed = typedNumber(this, text, prefix(), suffix());
    return typed && std::floor(*typed) == *typed ? QValidator::Intermediate : state;
}

void LimitSpinBox::textTyped(const QString &text)
{
    updateNote(m_note, typedNumber(this, text, prefix(), suffix()), minimum(), maximum());
}

void LimitSpinBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateNote(m_note, m_option);
    QSpinBox::changeEvent(event);
}

LimitDoubleSpinBox::LimitDoubleSpinBox(Core::Option option, int decimals, QWidget *parent)
    : QDoubleSpinBox(parent)
    , m_option(option)
    , m_note(makeNote(this))
{
    const Core::OptionRange &range = Core::optionRange(option);
    const double smallest = std::pow(10.0, -decimals);
    setDecimals(decimals);
    setRange(range.minimum + (range.minimumOpen ? smallest : 0.0),
             range.maximum - (range.maximumOpen ? smallest : 0.0));
    setKeyboardTracking(false);
    connect(lineEdit(), &QLineEdit::textEdited, this, &LimitDoubleSpinBox::textTyped);
    connect(this, &QDoubleSpinBox::valueChanged, m_note, &QWidget::hide);
    retranslateNote(m_note, m_option);
}

bool LimitDoubleSpinBox::outOfRange() const
{
    return !m_note->isHidden();
}

QValidator::State LimitDoubleSpinBox::validate(QString &text, int &pos) const
{
    const QValidator::State state = QDoubleSpinBox::validate(text, pos);
    if (state != QValidator::Invalid)
        return state;
    return typedNumber(this, text, prefix(), suffix()) ? QValidator::Intermediate : state;
}

void LimitDoubleSpinBox::textTyped(const QString &text)
{
    updateNote(m_note, typedNumber(this, text, prefix(), suffix()), minimum(), maximum());
}

void LimitDoubleSpinBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateNote(m_note, m_option);
    QDoubleSpinBox::changeEvent(event);
}

} // namespace ReluLab
