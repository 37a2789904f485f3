// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "sessionactions.h"

#include "networklab/networklabworkspace.h"
#include "settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace ReluLab {

SessionActions::SessionActions(Settings &settings, NetworkLabWorkspace *lab, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_lab(lab)
    , m_window(window)
    , m_open(new QAction(this))
    , m_save(new QAction(this))
    , m_clearRecent(new QAction(this))
    , m_recentMenu(new QMenu(window))
{
    m_open->setObjectName(QStringLiteral("openSessionAction"));
    m_open->setShortcut(QKeySequence::Open);
    m_save->setObjectName(QStringLiteral("saveSessionAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_open, &QAction::triggered, this, &SessionActions::openInteractively);
    connect(m_save, &QAction::triggered, this, &SessionActions::saveInteractively);
    connect(m_clearRecent, &QAction::triggered, this, [this] { m_settings.setRecentSessions({}); });
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SessionActions::fillRecentMenu);
    connect(lab, &NetworkLabWorkspace::openSessionRequested, this,
            &SessionActions::openInteractively);
    connect(lab, &NetworkLabWorkspace::saveSessionRequested, this,
            &SessionActions::saveInteractively);
    retranslateUi();
}

void SessionActions::retranslateUi()
{
    m_open->setText(tr("&Open session…"));
    m_open->setToolTip(tr("Open a Network Lab session (settings and weights)"));
    m_save->setText(tr("&Save session…"));
    m_save->setToolTip(tr("Save the Network Lab settings and the current weights"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_clearRecent->setText(tr("Clear the list"));
    fillRecentMenu();
}

QString SessionActions::startFolder() const
{
    const QStringList recent = m_settings.recentSessions();
    return recent.isEmpty() ? QString() : QFileInfo(recent.first()).path();
}

void SessionActions::openInteractively()
{
    const QString fileName
        = QFileDialog::getOpenFileName(m_window, tr("Open session"), startFolder(),
                                       tr("ReLU Lab sessions (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        openFile(fileName);
}

void SessionActions::saveInteractively()
{
    emit labWanted();
    const QString fileName = QFileDialog::getSaveFileName(m_window, tr("Save session"),
                                                          startFolder(),
                                                          tr("ReLU Lab sessions (*.json)"));
    if (!fileName.isEmpty())
        saveFile(withSessionSuffix(fileName));
}

QString SessionActions::withSessionSuffix(const QString &fileName)
{
    return QFileInfo(fileName).suffix().isEmpty() ? fileName + QStringLiteral(".json") : fileName;
}

bool SessionActions::openFile(const QString &fileName)
{
    QString error;
    if (!m_lab->openSession(fileName, &error)) {
        QMessageBox::warning(m_window, tr("Open session"),
                             tr("%1 cannot be opened.\n%2\nThe current session is unchanged.")
                                 .arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    remember(fileName);
    emit labWanted();
    emit statusMessage(tr("Session opened from %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

bool SessionActions::saveFile(const QString &fileName)
{
    QString error;
    if (!m_lab->saveSession(fileName, &error)) {
        QMessageBox::warning(m_window, tr("Save session"),
                             tr("%1 cannot be saved.\n%2")
                                 .arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    remember(fileName);
    emit statusMessage(tr("Session saved to %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void SessionActions::remember(const QString &fileName)
{
    m_settings.addRecentSession(QFileInfo(fileName).absoluteFilePath());
}

void SessionActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentSessions();
    int number = 1;
    for (const QString &path : recent) {
        // "&1 moons.json — /home/…/lessons": the number is the keyboard accelerator.
        const QFileInfo info(path);
        const QString text = QStringLiteral("&%1 %2  —  %3")
                                 .arg(number++)
                                 .arg(info.fileName(), QDir::toNativeSeparators(info.path()));
        QAction *action = m_recentMenu->addAction(text);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QMessageBox::warning(m_window, tr("Open session"),
                                     tr("%1 no longer exists; it is removed from the list.")
                                         .arg(QDir::toNativeSeparators(path)));
                m_settings.removeRecentSession(path);
                return;
            }
            openFile(path);
        });
    }
    if (recent.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent sessions"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecent);
    }
}

} // namespace ReluLab
