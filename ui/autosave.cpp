// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "autosave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ReluLab {

namespace {

const QString sessionFileName = QStringLiteral("autosave.relulab.json");
const QString lockFileName = QStringLiteral("running.lock");

} // namespace

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Autosave::Autosave(const QString &directory)
    : m_directory(directory)
{}

Autosave::~Autosave()
{
    finish();
}

bool Autosave::begin()
{
    if (m_owned)
        return true;
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory))
        return false;
    const QString lockPath = QDir(m_directory).filePath(lockFileName);
    const bool lockWasThere = QFileInfo::exists(lockPath);
    m_lock = std::make_unique<QLockFile>(lockPath);
    // A lock is stale only when its process is gone, never because it is old: a lesson may
    // run all day.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return false;
    }
    m_owned = true;
    // tryLock() removed a lock whose owner had died: the last run did not finish.
    m_crashed = lockWasThere && hasSession();
    // A run killed in the middle of a save leaves QSaveFile's temporary file behind; only the
    // lock owner may remove them (another instance's save could be in flight otherwise).
    QDir directory(m_directory);
    const QStringList leftovers = directory.entryList({sessionFileName + QStringLiteral(".*")},
                                                      QDir::Files | QDir::Hidden);
    for (const QString &name : leftovers)
        directory.remove(name);
    return true;
}

QString Autosave::sessionPath() const
{
    return QDir(m_directory).filePath(sessionFileName);
}

bool Autosave::hasSession() const
{
    return QFileInfo(sessionPath()).isFile();
}

QDateTime Autosave::sessionTime() const
{
    return QFileInfo(sessionPath()).lastModified();
}

ReadResult<Session> Autosave::readSession() const
{
    return SessionFile::read(sessionPath());
}

bool Autosave::save(const Session &session, QString *errorMessage)
{
    if (!m_owned) {
        if (errorMessage)
            *errorMessage
                = QCoreApplication::translate("ReluLab::Autosave",
                                              "Another ReLU Lab window owns the autosave file.");
        return false;
    }
    return SessionFile::write(sessionPath(), session, errorMessage);
}

void Autosave::finish()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_owned = false;
}

} // namespace ReluLab
