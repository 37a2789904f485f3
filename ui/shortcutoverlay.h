// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "shortcutentry.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace ReluLab {

/// A sheet over the window listing the shortcuts of the workspace that is shown. It appears
/// while Ctrl is held alone for HoldMilliseconds (and goes when Ctrl is released), or on "?"
/// (and goes on "?", Esc or a click). Ctrl pressed with another key within that time is a
/// shortcut, not a request for help, so the sheet never flashes up during Ctrl+Z.
class ShortcutOverlay final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int HoldMilliseconds = 600;

    /// `entries` is asked each time the sheet opens (the shown workspace may have changed).
    ShortcutOverlay(QWidget *window, std::function<ShortcutList()> entries,
                    std::function<QString()> title);
    ~ShortcutOverlay() override;

    void showSheet();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    bool isOurs(QObject *receiver) const;

    std::function<ShortcutList()> m_entries;
    std::function<QString()> m_title;
    QLabel *m_text = nullptr;
    QTimer *m_hold = nullptr;
    bool m_byCtrl = false;
};

} // namespace ReluLab
