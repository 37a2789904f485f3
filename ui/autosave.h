// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "io/sessionfile.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace ReluLab {

/// Crash-safe autosave of the Network Lab session.
///
/// The running application holds a lock file beside the autosave file for as long as it runs.
/// A lock left behind by a process that no longer exists means the previous run ended without
/// closing (crash, kill, power cut): the next start offers to restore the autosaved session.
/// The session itself is written through SessionFile::write (QSaveFile: write to a temporary
/// file, fsync, rename), so a kill at any moment leaves the old or the new file, never a
/// broken one. A second instance running beside the first does not autosave (the first one
/// owns the file) and is told so by ownsAutosave().
class Autosave final
{
public:
    /// Standard location: QStandardPaths::AppDataLocation.
    static QString defaultDirectory();
    static constexpr int intervalMilliseconds = 60'000;

    explicit Autosave(const QString &directory);
    ~Autosave();
    Autosave(const Autosave &) = delete;
    Autosave &operator=(const Autosave &) = delete;

    /// Takes the lock. Returns false when another instance holds it (or the directory cannot
    /// be created); then nothing is saved and nothing is offered.
    bool begin();
    bool ownsAutosave() const { return m_owned; }
    /// True when the previous run left its lock behind and an autosaved session can be read.
    bool previousRunCrashed() const { return m_crashed; }

    QString sessionPath() const;
    bool hasSession() const;
    QDateTime sessionTime() const;
    ReadResult<Session> readSession() const;
    /// Writes atomically; false (and the translated reason) when not owned or on failure.
    bool save(const Session &session, QString *errorMessage);
    /// Releases the lock: the run ended cleanly. Also done by the destructor.
    void finish();

private:
    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    bool m_owned = false;
    bool m_crashed = false;
};

} // namespace ReluLab
