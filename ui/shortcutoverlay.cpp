// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "shortcutoverlay.h"

#include "networklab/labkeys.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

namespace ReluLab {

ShortcutOverlay::ShortcutOverlay(QWidget *window, std::function<ShortcutList()> entries,
                                 std::function<QString()> title)
    : QWidget(window)
    , m_entries(std::move(entries))
    , m_title(std::move(title))
    , m_text(new QLabel(this))
    , m_hold(new QTimer(this))
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    m_text->setObjectName(QStringLiteral("shortcutOverlayText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setAutoFillBackground(true);
    m_text->setMargin(24);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 0, Qt::AlignCenter);
    m_hold->setSingleShot(true);
    m_hold->setInterval(HoldMilliseconds);
    connect(m_hold, &QTimer::timeout, this, [this] {
        m_byCtrl = true;
        showSheet();
    });
    hide();
    qApp->installEventFilter(this);
}

ShortcutOverlay::~ShortcutOverlay()
{
    qApp->removeEventFilter(this);
}

void ShortcutOverlay::showSheet()
{
    QString rows;
    for (const ShortcutEntry &entry : m_entries()) {
        rows += QStringLiteral("<tr><td align=\"right\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(entry.keys.toHtmlEscaped(), entry.description.toHtmlEscaped());
    }
    m_text->setText(QStringLiteral("<h2>%1</h2><table cellpadding=\"6\">%2</table>")
                        .arg(m_title().toHtmlEscaped(), rows));
    // Large enough to read from the back of the room, but never larger than the window.
    QFont font = parentWidget()->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_text->setFont(font);
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

bool ShortcutOverlay::isOurs(QObject *receiver) const
{
    auto *widget = qobject_cast<QWidget *>(receiver);
    return widget && widget->window() == parentWidget()->window();
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease)
        return false;
    if (!isOurs(watched))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (type == QEvent::KeyRelease) {
        if (key->key() == Qt::Key_Control && !key->isAutoRepeat()) {
            m_hold->stop();
            if (m_byCtrl && isVisible())
                hide();
            m_byCtrl = false;
        }
        return false;
    }
    if (key->key() == Qt::Key_Control) {
        if (!key->isAutoRepeat() && !isVisible())
            m_hold->start();
        return false;
    }
    // Any other key: Ctrl was the start of a shortcut, not a request for the sheet.
    m_hold->stop();
    if (isVisible() && (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Question)) {
        hide();
        m_byCtrl = false;
        return true;
    }
    const QWidget *focus = QApplication::focusWidget();
    if (key->key() == Qt::Key_Question && !LabKeys::isTextField(focus)) {
        m_byCtrl = false;
        showSheet();
        return true;
    }
    return false;
}

void ShortcutOverlay::paintEvent(QPaintEvent *)
{
    // The window dimmed behind the sheet, so that the list stands out on any theme.
    QPainter painter(this);
    QColor shade = palette().color(QPalette::Shadow);
    shade.setAlpha(140);
    painter.fillRect(rect(), shade);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *)
{
    m_byCtrl = false;
    hide();
}

} // namespace ReluLab
