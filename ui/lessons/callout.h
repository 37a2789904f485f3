// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QPointer>
#include <QWidget>

namespace ReluLab {

/// A lesson pointing at part of the screen: a thick frame around a widget of a workspace and a
/// note next to it. Not a dialog: it covers the workspace as a transparent layer that lets every
/// click through, follows the widget when it moves or resizes, and is drawn into the workspace's
/// own pictures (the Lessons tab's preview is one).
class Callout final : public QWidget
{
    Q_OBJECT

public:
    /// A layer over `workspace` (its child), hidden until pointAt().
    explicit Callout(QWidget *workspace);

    /// Frames `target` (a descendant of the workspace) with `text` beside it.
    void pointAt(QWidget *target, const QString &text);
    void clear();
    QWidget *target() const { return m_target; }
    QString text() const { return m_text; }
    /// The frame, in the workspace's coordinates (empty when nothing is pointed at).
    QRect frameRect() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow();

    QPointer<QWidget> m_target;
    QString m_text;
};

} // namespace ReluLab
