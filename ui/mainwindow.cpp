// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "mainwindow.h"

#include "autosave.h"
#include "explorer/activationplot.h"
#include "explorer/explorerwidget.h"
#include "glossarywindow.h"
#include "io/languagemanager.h"
#include "lessons/lessonsworkspace.h"
#include "networklab/networklabworkspace.h"
#include "scriptexportactions.h"
#include "sessionactions.h"
#include "settings.h"
#include "shortcutoverlay.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace ReluLab {

namespace {

constexpr double PresentationFontScale = 1.6;

Settings::Theme toSettingsTheme(Theme::Kind kind)
{
    switch (kind) {
    case Theme::Kind::Light:
        return Settings::Theme::Light;
    case Theme::Kind::Dark:
        return Settings::Theme::Dark;
    case Theme::Kind::HighContrast:
        return Settings::Theme::HighContrast;
    }
    return Settings::Theme::Light;
}

Theme::Kind fromSettingsTheme(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::Light:
        return Theme::Kind::Light;
    case Settings::Theme::Dark:
        return Theme::Kind::Dark;
    case Settings::Theme::HighContrast:
        return Theme::Kind::HighContrast;
    }
    return Theme::Kind::Light;
}

// The short label of the language button: what a reader of that language recognises at once.
QString shortLanguageLabel(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁");
    return QStringLiteral("EN");
}

// QComboBox (Qt 6.4) keeps its cached minimum size hint when its font changes, so after
// presentation mode a combo box would keep asking for its room at presentation type and widen
// its column (and the window) past a 1024 px screen. A style change clears both cached hints.
void refreshComboSizes(QWidget *window)
{
    for (QComboBox *combo : window->findChildren<QComboBox *>()) {
        QEvent styleChange(QEvent::StyleChange);
        QCoreApplication::sendEvent(combo, &styleChange);
        combo->updateGeometry();
    }
}

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
    , m_explorer(new ExplorerWidget(this))
    , m_readout(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(QStringLiteral("workspaces"));
    setCentralWidget(m_tabs);
    addWorkspace(m_explorer, tr("Explorer"));
    m_readout->setObjectName(QStringLiteral("cursorReadout"));
    m_readout->setTextFormat(Qt::PlainText);
    // A normal widget, not a permanent one: a temporary message ("Plot copied") covers it for
    // a few seconds; a permanent widget with stretch would leave the message no room at all.
    statusBar()->addWidget(m_readout, 1);

    m_networkLab = new NetworkLabWorkspace(this);
    m_sessions = new SessionActions(m_settings, m_networkLab, this);
    connect(m_sessions, &SessionActions::labWanted, this,
            [this] { m_tabs->setCurrentWidget(m_networkLab); });
    connect(m_sessions, &SessionActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_scripts = new ScriptExportActions(m_settings, m_networkLab, this);
    connect(m_scripts, &ScriptExportActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    // The Lessons tab drives the other two through their public API.
    m_lessons = new LessonsWorkspace(m_settings, m_explorer, m_networkLab, this);
    connect(m_lessons, &LessonsWorkspace::showWorkspaceRequested, this,
            [this](QWidget *workspace) { m_tabs->setCurrentWidget(workspace); });
    createActions();
    createMenus();
    addWorkspace(m_networkLab, m_networkLab->windowTitle());
    addWorkspace(m_lessons, m_lessons->windowTitle());
    m_networkLab->addScenarioActions(m_scenariosMenu);
    connect(m_networkLab, &NetworkLabWorkspace::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_networkLab, &NetworkLabWorkspace::showRequested, this,
            [this] { m_tabs->setCurrentWidget(m_networkLab); });
    createToolBar();
    m_shortcutOverlay = new ShortcutOverlay(
        this, [this] { return currentShortcuts(); },
        [this] {
        return tr("Keyboard shortcuts: %1").arg(m_tabs->tabText(m_tabs->currentIndex()));
        });

    connect(m_explorer, &ExplorerWidget::readoutChanged, m_readout, &QLabel::setText);
    connect(m_explorer, &ExplorerWidget::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this,
            &MainWindow::updateLanguageChecks);

    // Never larger than the screen (a classroom projector is often 1024 × 768).
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(available));
    restoreSettings();
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::addWorkspace(QWidget *workspace, const QString &title)
{
    m_tabs->addTab(workspace, title);
    workspace->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const int index = widget ? m_tabs->indexOf(widget) : -1;
        if (index >= 0 && !widget->windowTitle().isEmpty())
            m_tabs->setTabText(index, widget->windowTitle());
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createActions()
{
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_presentationAction = new QAction(this);
    m_presentationAction->setObjectName(QStringLiteral("presentationAction"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);

    m_toggleTheme = new QAction(this);
    connect(m_toggleTheme, &QAction::triggered, this, [this] {
        setTheme(m_themeKind == Theme::Kind::Light ? Theme::Kind::Dark : Theme::Kind::Light);
    });

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        auto *action = new QAction(LanguageManager::displayName(code), m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::triggered, this,
                [code] { LanguageManager::instance()->setLanguage(code); });
        m_languageActions << action;
    }

    m_themeGroup = new QActionGroup(this);
    for (Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::HighContrast}) {
        auto *action = new QAction(m_themeGroup);
        action->setCheckable(true);
        action->setData(int(kind));
        connect(action, &QAction::triggered, this, [this, kind] { setTheme(kind); });
        m_themeActions << action;
    }

    for (int i = 0; i < 4; ++i) {
        auto *action = new QAction(this);
        connect(action, &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentWidget(m_explorer);
            m_explorer->showSpecialView(static_cast<SpecialView>(i));
        });
        m_comparisonActions << action;
    }

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_glossaryAction = new QAction(this);
    connect(m_glossaryAction, &QAction::triggered, this, [this] {
        // One non-modal glossary window, kept open beside the main window.
        auto *glossary = findChild<GlossaryWindow *>();
        if (!glossary)
            glossary = new GlossaryWindow(this);
        glossary->show();
        glossary->raise();
        glossary->activateWindow();
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // Sessions are the Network Lab's (a configuration plus its weights); they sit in File so
    // that Ctrl+O / Ctrl+S work from either workspace.
    m_fileMenu->addAction(m_sessions->openAction());
    m_fileMenu->addMenu(m_sessions->recentMenu());
    m_fileMenu->addAction(m_sessions->saveAction());
    m_fileMenu->addAction(m_networkLab->exportLogAction());
    m_fileMenu->addAction(m_scripts->pytorchAction());
    m_fileMenu->addAction(m_scripts->numpyAction());
    m_fileMenu->addAction(m_lessons->openLessonAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_explorer->exportFigureAction());
    m_fileMenu->addAction(m_explorer->exportCsvAction());
    m_fileMenu->addAction(m_explorer->copyImageAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageActions);
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeActions);
    m_themeMenu->addSeparator();
    m_themeMenu->addAction(m_toggleTheme); // the toolbar's switch, reachable with Alt too
    m_viewMenu->addAction(m_presentationAction);
    m_viewMenu->addSeparator();
    for (QAction *action : m_explorer->viewActions()) {
        if (action)
            m_viewMenu->addAction(action);
        else
            m_viewMenu->addSeparator();
    }

    m_scenariosMenu = menuBar()->addMenu(QString());
    m_scenariosMenu->addActions(m_comparisonActions);
    m_scenariosMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_glossaryAction);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_languageButton = new QToolButton(m_toolBar);
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    m_languageButton->setMenu(new QMenu(m_languageButton));
    m_languageButton->menu()->addActions(m_languageActions);
    QFont bold = m_languageButton->font();
    bold.setBold(true);
    m_languageButton->setFont(bold);
    m_toolBar->addWidget(m_languageButton);
    m_toolBar->addAction(m_toggleTheme);
    m_toolBar->addAction(m_presentationAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_explorer->exportFigureAction());
    m_toolBar->addAction(m_explorer->copyImageAction());
}

void MainWindow::restoreSettings()
{
    const Settings &settings = m_settings;
    setTheme(fromSettingsTheme(settings.theme()));
    // First start, or a saved size that no longer fits (the laptop is now on a 1024 × 768
    // projector): 90 % of the available screen, centred, never larger.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    if (!restoreGeometry(settings.windowGeometry())
        || !available.contains(frameGeometry().adjusted(8, 8, -8, -8))) {
        setWindowState(windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
        const QSize size = (available.size() * 0.9).boundedTo(available.size());
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(settings.windowState());
    const QString id = settings.lastActivation();
    if (m_explorer->selectActivation(id)) {
        const QVariantMap parameters = settings.lastParameters();
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
            m_explorer->setParameter(it.key(), it.value().toDouble());
    }
    const Settings::XRange range = settings.explorerXRange();
    m_explorer->plot()->setXRange(range.min, range.max);
    m_explorer->plot()->fitYRange();
}

void MainWindow::setAutosave(Autosave *autosave)
{
    m_autosave = autosave;
    if (!m_autosaveTimer) {
        m_autosaveTimer = new QTimer(this);
        m_autosaveTimer->setInterval(Autosave::intervalMilliseconds);
        connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    }
    if (m_autosave && m_autosave->ownsAutosave())
        m_autosaveTimer->start();
    else
        m_autosaveTimer->stop();
}

bool MainWindow::autosaveNow()
{
    if (!m_autosave || !m_autosave->ownsAutosave())
        return false;
    QString error;
    if (m_autosave->save(m_networkLab->currentSession(), &error))
        return true;
    statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    return false;
}

bool MainWindow::offerRestore()
{
    if (!m_autosave || !m_autosave->previousRunCrashed())
        return false;
    const ReadResult<Session> session = m_autosave->readSession();
    if (!session) {
        QMessageBox::warning(this, tr("Restore session"),
                             tr("The autosaved session cannot be restored: %1")
                                 .arg(session.errorString()));
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Restore session"),
                    tr("ReLU Lab did not close normally last time. Restore the Network Lab "
                       "session autosaved at %1?")
                        .arg(QLocale().toString(m_autosave->sessionTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Start afresh"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    m_tabs->setCurrentWidget(m_networkLab);
    m_networkLab->restoreSession(session.value());
    statusBar()->showMessage(tr("Autosaved session restored"), 5000);
    return true;
}

void MainWindow::saveSettings()
{
    Settings &settings = m_settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setTheme(toSettingsTheme(m_themeKind));
    settings.setLastActivation(m_explorer->currentActivation());
    QVariantMap parameters;
    for (const auto &[name, value] : m_explorer->parameters())
        parameters.insert(QString::fromStdString(name), value);
    settings.setLastParameters(parameters);
    const QPair<double, double> range = m_explorer->plot()->xRange();
    settings.setExplorerXRange({range.first, range.second});
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_presentation)
        setPresentationMode(false);
    saveSettings();
    if (m_autosave) {
        m_autosaveTimer->stop();
        autosaveNow();
    }
    event->accept();
}

void MainWindow::setTheme(Theme::Kind kind)
{
    m_themeKind = kind;
    const Theme theme = Theme::forKind(kind);
    applyThemeToApplication(theme);
    m_explorer->setTheme(theme);
    m_networkLab->setTheme(theme);
    for (QAction *action : std::as_const(m_themeActions))
        action->setChecked(action->data().toInt() == int(kind));
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    {
        const QSignalBlocker blocker(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    if (on) {
        m_themeBeforePresentation = m_themeKind;
        m_fontBeforePresentation = QApplication::font();
        m_wasMaximized = isMaximized();
        m_geometryBeforePresentation = geometry();
        QFont large = m_fontBeforePresentation;
        large.setPointSizeF(large.pointSizeF() * PresentationFontScale);
        QApplication::setFont(large);
        QTimer::singleShot(0, this, [this] { refreshComboSizes(this); });
        setTheme(Theme::Kind::HighContrast);
        m_explorer->setPresentationMode(true);
        m_networkLab->setPresentationMode(true);
        m_lessons->setPresentationMode(true);
        menuBar()->hide();
        showFullScreen();
    } else {
        QApplication::setFont(m_fontBeforePresentation);
        setTheme(m_themeBeforePresentation);
        m_explorer->setPresentationMode(false);
        m_networkLab->setPresentationMode(false);
        m_lessons->setPresentationMode(false);
        menuBar()->show();
        if (m_wasMaximized) {
            showMaximized();
        } else {
            showNormal();
            // The window's size before, not the one its larger type asked for (which can be
            // wider than a 1024 px screen). The workspaces measure their normal type over
            // several queued layout passes, the hidden one last (a hidden tab's layouts are not
            // activated by themselves, and its presentation-size minimums keep the tab widget,
            // and so the window, too wide): the old geometry is applied again after each of the
            // first few passes, clamped by Qt to the minimum of the moment.
            setGeometry(m_geometryBeforePresentation);
            for (const int delay : {0, 50, 150, 400}) {
                QTimer::singleShot(delay, this,
                                   [this, delay, geometry = m_geometryBeforePresentation] {
                    if (m_presentation)
                        return;
                    if (delay == 0)
                        refreshComboSizes(this);
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                    const QList<QLayout *> layouts = findChildren<QLayout *>();
                    for (QLayout *layout : layouts)
                        layout->invalidate();
                    for (QLayout *layout : layouts)
                        layout->activate();
                    setGeometry(geometry);
                });
            }
        }
    }
}

void MainWindow::updateLanguageChecks()
{
    const QString current = LanguageManager::instance()->language();
    for (QAction *action : std::as_const(m_languageActions))
        action->setChecked(action->data().toString() == current);
    m_languageButton->setText(shortLanguageLabel(current));
}

ShortcutList MainWindow::currentShortcuts() const
{
    // A menu text without its mnemonic: "&Keyboard shortcuts", "键盘快捷键(&K)".
    const auto plain = [](const QAction *action) {
        static const QRegularExpression mnemonic(QStringLiteral("\\(&\\w\\)|&(?=\\w)"));
        return action->text().remove(mnemonic);
    };
    const auto keys = [](const QAction *action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    ShortcutList list;
    if (m_tabs->currentWidget() == m_networkLab) {
        list = m_networkLab->shortcuts();
    } else {
        for (const QAction *action : m_explorer->viewActions()) {
            if (action && !action->shortcut().isEmpty())
                list.append({keys(action), plain(action)});
        }
    }
    list.append({keys(m_presentationAction), plain(m_presentationAction)});
    list.append({keys(m_shortcutsAction), plain(m_shortcutsAction)});
    list.append({tr("Hold Ctrl, or ?"), tr("These shortcuts, over the window")});
    return list;
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (const ShortcutEntry &entry : currentShortcuts()) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(entry.keys.toHtmlEscaped(), entry.description.toHtmlEscaped());
    }
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("shortcutsBox"));
    box.setWindowTitle(tr("Keyboard shortcuts: %1").arg(m_tabs->tabText(m_tabs->currentIndex())));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table cellpadding=\"3\">%1</table>").arg(rows));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ReLU Lab"),
                       tr("<h3>ReLU Lab %1</h3><p>Interactive lessons on neural-network "
                          "activation functions: explore f, f′ and f″, then train a small network "
                          "and watch ReLU units die.</p><p>Licensed under the GNU GPL, version 3 "
                          "or later.</p>")
                           .arg(QStringLiteral(RELULAB_VERSION)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("ReLU Lab"));
    m_tabs->setTabText(m_tabs->indexOf(m_explorer), tr("Explorer"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_scenariosMenu->setTitle(tr("&Scenarios"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_quit->setText(tr("&Quit"));
    m_sessions->retranslateUi();
    m_scripts->retranslateUi();
    m_presentationAction->setText(tr("Presentation mode"));
    m_presentationAction->setToolTip(tr("Full screen, large type, heavy lines, side panels hidden "
                                        "(F11)"));
    m_toggleTheme->setText(tr("Light / dark"));
    m_toggleTheme->setToolTip(tr("Switch between the light and the dark theme"));
    m_languageButton->setToolTip(tr("Language"));
    const QStringList themeNames{tr("Light"), tr("Dark"), tr("High contrast")};
    for (int i = 0; i < m_themeActions.size(); ++i)
        m_themeActions[i]->setText(themeNames[i]);
    const QStringList comparisons{tr("Compare: RReLU random slopes vs eval"),
                                  tr("Compare: GELU exact vs tanh approximation"),
                                  tr("Compare: Softplus approaching ReLU"),
                                  tr("Compare: Leaky ReLU slopes")};
    for (int i = 0; i < m_comparisonActions.size(); ++i)
        m_comparisonActions[i]->setText(comparisons[i]);
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About ReLU Lab"));
    m_glossaryAction->setText(tr("&Glossary"));
    updateLanguageChecks();
}

} // namespace ReluLab
