// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "shortcutentry.h"
#include "theme.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QToolBar;
class QToolButton;

namespace ReluLab {

class Autosave;
class ExplorerWidget;
class LessonsWorkspace;
class NetworkLabWorkspace;
class ScriptExportActions;
class SessionActions;
class Settings;
class ShortcutOverlay;

/// The application window: the workspaces as tabs (Explorer first), menus File / View /
/// Scenarios / Help, a toolbar (language, theme, presentation mode, export) and a status bar
/// with the cursor readout.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// The settings (language, theme, geometry, recent sessions, the explorer's last state)
    /// are read at construction and written on close.
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds a workspace tab (the Network Lab inserts itself here). The tab text follows the
    /// widget's windowTitle() whenever it changes, so a widget that sets its own translated
    /// title in retranslateUi() keeps its tab up to date; `title` is the initial text.
    void addWorkspace(QWidget *workspace, const QString &title);
    QTabWidget *workspaces() const { return m_tabs; }
    ExplorerWidget *explorer() const { return m_explorer; }
    /// Menus other workspaces may extend (the Network Lab adds its scenarios, the glossary its
    /// entry).
    QMenu *scenariosMenu() const { return m_scenariosMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

    NetworkLabWorkspace *networkLab() const { return m_networkLab; }
    LessonsWorkspace *lessons() const { return m_lessons; }

    /// Autosaves the Network Lab session every Autosave::intervalMilliseconds and on close.
    /// Not owned; null (tests) means no autosave.
    void setAutosave(Autosave *autosave);
    /// Saves now; false (with the reason shown in the status bar) on failure.
    bool autosaveNow();
    /// After a crash: asks whether to restore the autosaved session (true when restored).
    bool offerRestore();
    /// Open, Open recent and Save session: the one path for session files.
    SessionActions *sessions() const { return m_sessions; }
    ScriptExportActions *scriptExports() const { return m_scripts; }

    void setTheme(Theme::Kind kind);
    Theme::Kind themeKind() const { return m_themeKind; }
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }
    /// The shortcuts of the workspace that is shown, then the window's own (F1 and the sheet
    /// shown while Ctrl is held).
    ShortcutList currentShortcuts() const;
    ShortcutOverlay *shortcutOverlay() const { return m_shortcutOverlay; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslateUi();
    void updateLanguageChecks();
    void showShortcuts();
    void showAbout();
    void restoreSettings();
    void saveSettings();

    Settings &m_settings;
    QTabWidget *m_tabs = nullptr;
    ExplorerWidget *m_explorer = nullptr;
    NetworkLabWorkspace *m_networkLab = nullptr;
    LessonsWorkspace *m_lessons = nullptr;
    SessionActions *m_sessions = nullptr;
    ScriptExportActions *m_scripts = nullptr;
    Autosave *m_autosave = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_readout = nullptr;
    ShortcutOverlay *m_shortcutOverlay = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_scenariosMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolButton *m_languageButton = nullptr;

    QAction *m_quit = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_toggleTheme = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_glossaryAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QList<QAction *> m_languageActions;
    QList<QAction *> m_themeActions;
    QList<QAction *> m_comparisonActions;

    Theme::Kind m_themeKind = Theme::Kind::Light;
    Theme::Kind m_themeBeforePresentation = Theme::Kind::Light;
    QFont m_fontBeforePresentation;
    bool m_wasMaximized = false;
    QRect m_geometryBeforePresentation;
    bool m_presentation = false;
};

} // namespace ReluLab
