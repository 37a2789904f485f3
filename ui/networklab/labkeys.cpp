// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "labkeys.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace ReluLab {

LabKeys::LabKeys(QWidget *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
{
    workspace->installEventFilter(this);
    setActive(workspace->isVisible());
}

LabKeys::~LabKeys()
{
    setActive(false);
}

void LabKeys::bind(const QList<int> &keys, std::function<void()> action, bool autoRepeat)
{
    m_bindings.push_back({keys, std::move(action), autoRepeat});
}

void LabKeys::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        qApp->installEventFilter(this);
    else
        qApp->removeEventFilter(this);
}

bool LabKeys::isTextField(const QWidget *widget)
{
    if (!widget)
        return false;
    // A spin box's or an editable combo box's line edit is a QLineEdit too.
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget)) {
        return true;
    }
    const auto *combo = qobject_cast<const QComboBox *>(widget);
    return combo && combo->isEditable();
}

const LabKeys::Binding *LabKeys::bindingFor(const QKeyEvent *event) const
{
    // Shift is allowed (a clicker's keys sometimes carry it, and "R" is Shift+r); Ctrl, Alt
    // and Meta make another shortcut (Ctrl+Space, Alt+→) that is not ours.
    const Qt::KeyboardModifiers others = event->modifiers()
                                         & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (others != Qt::NoModifier)
        return nullptr;
    // A focused slider (the history scrubber) keeps its keys: → moves it, not the training.
    static const QList<int> sliderKeys{Qt::Key_Left,   Qt::Key_Right,    Qt::Key_Up,   Qt::Key_Down,
                                       Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End};
    if (qobject_cast<const QAbstractSlider *>(QApplication::focusWidget())
        && sliderKeys.contains(event->key()))
        return nullptr;
    for (const Binding &binding : m_bindings) {
        if (binding.keys.contains(event->key()))
            return &binding;
    }
    return nullptr;
}

bool LabKeys::concerns(QObject *receiver) const
{
    // Keys typed in the workspace's window while it shows the workspace; never in a dialog,
    // a menu or a popup (they have their own windows), never in a field that edits text.
    auto *widget = qobject_cast<QWidget *>(receiver);
    if (!widget || !m_workspace->isVisible() || widget->window() != m_workspace->window())
        return false;
    const QWidget *focus = QApplication::focusWidget();
    return !isTextField(focus ? focus : widget);
}

bool LabKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_workspace) {
        if (event->type() == QEvent::Show)
            setActive(true);
        else if (event->type() == QEvent::Hide)
            setActive(false);
        return false;
    }
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress
        && type != QEvent::KeyRelease) {
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const Binding *binding = bindingFor(key);
    if (!binding || !concerns(watched))
        return false;
    // Claiming the override keeps window shortcuts off the key; the key press then acts here,
    // before the focused widget (a button that would click itself on Space) sees it.
    if (type == QEvent::KeyPress && (binding->autoRepeat || !key->isAutoRepeat()))
        binding->action();
    event->accept();
    return true;
}

} // namespace ReluLab
