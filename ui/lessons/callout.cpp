// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "callout.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ReluLab {

namespace {

// Okabe–Ito orange with a black edge: the frame reads on light, dark and high-contrast themes,
// and the note says in words what the frame marks (colour never carries the meaning alone).
const QColor frameColour(0xE6, 0x9F, 0x00);
constexpr int frameWidth = 5;
constexpr int margin = 8;

} // namespace

Callout::Callout(QWidget *workspace)
    : QWidget(workspace)
{
    setObjectName(QStringLiteral("lessonCallout"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    workspace->installEventFilter(this);
    hide();
}

void Callout::pointAt(QWidget *target, const QString &text)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = target;
    m_text = text;
    if (m_target)
        m_target->installEventFilter(this);
    follow();
}

void Callout::clear()
{
    pointAt(nullptr, QString());
}

QRect Callout::frameRect() const
{
    if (!m_target || !m_target->isVisibleTo(parentWidget()))
        return QRect();
    const QPoint topLeft = m_target->mapTo(parentWidget(), QPoint(0, 0));
    return QRect(topLeft, m_target->size());
}

void Callout::follow()
{
    const bool shown = !frameRect().isEmpty();
    if (shown) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    setVisible(shown);
    update();
}

bool Callout::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        if (watched == m_target || watched == parentWidget())
            follow();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void Callout::paintEvent(QPaintEvent *)
{
    const QRect frame = frameRect().intersected(rect().adjusted(2, 2, -2, -2));
    if (frame.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, frameWidth + 4));
    painter.drawRoundedRect(frame.adjusted(2, 2, -2, -2), 8, 8);
    painter.setPen(QPen(frameColour, frameWidth));
    painter.drawRoundedRect(frame.adjusted(2, 2, -2, -2), 8, 8);
    if (m_text.isEmpty())
        return;

    // The note never hides what it points at: below the frame, else above it, else (a frame
    // as tall as the workspace) inside its top edge on the right, away from the plots' legends,
    // which sit top left.
    QFont font = this->font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int maxWidth = std::clamp(frame.width() - 2 * margin, 10 * metrics.averageCharWidth(),
                                    std::max(width() / 2, 10 * metrics.averageCharWidth()));
    const QRect textRect = metrics.boundingRect(QRect(0, 0, maxWidth, 10000),
                                                Qt::TextWordWrap | Qt::AlignLeft, m_text);
    QRect box = textRect.adjusted(-margin, -margin / 2, margin, margin / 2);
    box.moveTopLeft(QPoint(frame.left() + margin, frame.bottom() + margin));
    if (box.bottom() > height())
        box.moveBottom(frame.top() - margin);
    if (box.top() < 0) {
        box.moveTop(frame.top() + 2 * margin);
        box.moveRight(frame.right() - 2 * margin);
    }
    if (box.right() > width())
        box.moveRight(width() - margin);
    box.moveLeft(std::max(box.left(), margin));
    painter.setPen(QPen(Qt::black, 2));
    painter.setBrush(frameColour);
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(Qt::black);
    painter.drawText(box.adjusted(margin, margin / 2, -margin, -margin / 2),
                     Qt::TextWordWrap | Qt::AlignLeft, m_text);
}

} // namespace ReluLab
