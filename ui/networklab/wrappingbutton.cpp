// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "wrappingbutton.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ReluLab {

WrappingButton::WrappingButton(const QString &text, QWidget *parent)
    : QPushButton(parent)
    , m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    // Clicks go to the button underneath; the label only paints.
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setWrappedText(text);
}

void WrappingButton::setWrappedText(const QString &text)
{
    m_label->setText(text);
    setAccessibleName(text);
    setToolTip(text);
    updateGeometry();
}

QString WrappingButton::wrappedText() const
{
    return m_label->text();
}

QSize WrappingButton::sizeHint() const
{
    return layout()->sizeHint();
}

QSize WrappingButton::minimumSizeHint() const
{
    return layout()->minimumSize();
}

bool WrappingButton::hasHeightForWidth() const
{
    return true;
}

int WrappingButton::heightForWidth(int width) const
{
    return layout()->heightForWidth(width);
}

} // namespace ReluLab
