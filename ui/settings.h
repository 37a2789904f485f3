// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class QSettings;

namespace ReluLab {

// The one typed facade over the user's persistent settings. Every key ("Group/Key") and every
// default lives in settings.cpp; nobody else touches QSettings keys. The store is injected, so
// the application passes a default QSettings and tests a temporary file:
//     QSettings store;            // organisation/application names set in main()
//     Settings settings(store);
// Readers validate what they read (a hand-edited file never yields an unusable value) and fall
// back to the default.
class Settings final
{
public:
    enum class Theme { Light, Dark, HighContrast };

    // The explorer's visible x range, min < max, both finite.
    struct XRange
    {
        double min = -5.0;
        double max = 5.0;
    };

    static constexpr int maxRecentSessions = 10;

    explicit Settings(QSettings &store);

    // "en", "zh_CN" or "zh_TW"; default (first start): the system language.
    QString language() const;
    void setLanguage(const QString &code);
    // True once a language was stored (the user chose one).
    bool hasLanguage() const;

    Theme theme() const; // default Light
    void setTheme(Theme theme);
    // Stable ids used in the file and on the command line: "light", "dark", "high_contrast".
    static QString themeId(Theme theme);
    static std::optional<Theme> themeFromId(const QString &id);

    // QMainWindow::saveGeometry() / saveState() blobs; empty by default.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The activation last shown in the explorer (a core id such as "leaky_relu"; default "relu")
    // and its parameter values by PyTorch name ({"negative_slope": 0.01}).
    QString lastActivation() const;
    void setLastActivation(const QString &id);
    QVariantMap lastParameters() const;
    void setLastParameters(const QVariantMap &parameters);

    // Most recent first, no duplicates, at most maxRecentSessions.
    QStringList recentSessions() const;
    void setRecentSessions(const QStringList &paths);
    void addRecentSession(const QString &path);
    void removeRecentSession(const QString &path);

    // The ids of the lessons a student has finished (the Lessons tab ticks them).
    QStringList doneLessons() const;
    void setLessonDone(const QString &id, bool done);

    XRange explorerXRange() const; // default [-5, 5]
    void setExplorerXRange(const XRange &range);

    void sync();

private:
    QSettings &m_store;
};

} // namespace ReluLab
