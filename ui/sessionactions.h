// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace ReluLab {

class NetworkLabWorkspace;
class Settings;

/// The one path by which sessions (a Network Lab configuration and its weights) are opened and
/// saved: File ▸ Open session (Ctrl+O), Open recent, Save session (Ctrl+S), and the lab's own
/// buttons all end here, with one suffix rule (".json" added when the name has none), one
/// starting folder (the most recent session's), and one message when a file cannot be used.
class SessionActions final : public QObject
{
    Q_OBJECT

public:
    /// `window` parents the dialogs and the recent menu; the settings hold the recent list.
    SessionActions(Settings &settings, NetworkLabWorkspace *lab, QWidget *window);

    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QMenu *recentMenu() const { return m_recentMenu; }

    /// Opens a session in the lab and remembers it as recent; on failure says why in a message
    /// box and leaves the current session as it was.
    bool openFile(const QString &fileName);
    /// Saves the lab's session and remembers it as recent; on failure says why.
    bool saveFile(const QString &fileName);
    void openInteractively();
    void saveInteractively();

    void retranslateUi();

    /// The name a session is saved under: ".json" is added when the name has no suffix.
    static QString withSessionSuffix(const QString &fileName);

signals:
    /// The lab should come to the front (a session was opened or is being saved).
    void labWanted();
    void statusMessage(const QString &text);

private:
    QString startFolder() const;
    void remember(const QString &fileName);
    void fillRecentMenu();

    Settings &m_settings;
    NetworkLabWorkspace *m_lab = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_clearRecent = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace ReluLab
