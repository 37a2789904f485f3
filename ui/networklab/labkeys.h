// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "ui/shortcutentry.h"

#include <QObject>

#include <functional>
#include <vector>

class QKeyEvent;
class QWidget;

namespace ReluLab {

/// A workspace's single keys (Space, →, R ...) that work wherever the focus is in its window,
/// in the one place that handles them: while the workspace is shown, an application event
/// filter takes these keys before any focused widget or window shortcut sees them. A focused
/// button therefore never eats Space; a text or number field (QLineEdit, a spin box, an
/// editable combo box) keeps every key, so typing "r" or pressing → in it edits the field.
/// Keys not bound here are left alone (B stays with the clicker that blanks the screen), so
/// another workspace (Lessons: PageDown/PageUp) binds its own keys in its own LabKeys.
class LabKeys final : public QObject
{
    Q_OBJECT

public:
    /// Active while `workspace` is visible (its show and hide events switch the filter).
    explicit LabKeys(QWidget *workspace);
    ~LabKeys() override;

    /// Binds `keys` (single keys, no modifier) to `action`; `autoRepeat`: a held key repeats it.
    void bind(const QList<int> &keys, std::function<void()> action, bool autoRepeat);
    /// True when the focus is in a field that keeps these keys for editing.
    static bool isTextField(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        QList<int> keys;
        std::function<void()> action;
        bool autoRepeat = false;
    };

    void setActive(bool active);
    const Binding *bindingFor(const QKeyEvent *event) const;
    bool concerns(QObject *receiver) const;

    QWidget *m_workspace = nullptr;
    std::vector<Binding> m_bindings;
    bool m_active = false;
};

} // namespace ReluLab
