// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "settings.h"

#include "io/languagemanager.h"

#include <QSettings>

#include <cmath>

namespace ReluLab {

namespace {

// All keys in one place.
namespace Key {
const QString language = QStringLiteral("Interface/Language");
const QString theme = QStringLiteral("Interface/Theme");
const QString windowGeometry = QStringLiteral("Window/Geometry");
const QString windowState = QStringLiteral("Window/State");
const QString lastActivation = QStringLiteral("Explorer/LastActivation");
const QString lastParameters = QStringLiteral("Explorer/LastParameters");
const QString explorerXMin = QStringLiteral("Explorer/XMin");
const QString explorerXMax = QStringLiteral("Explorer/XMax");
const QString recentSessions = QStringLiteral("Sessions/Recent");
const QString doneLessons = QStringLiteral("Lessons/Done");
} // namespace Key

// All defaults in one place (the language default, the system language, is computed).
namespace Default {
constexpr Settings::Theme theme = Settings::Theme::Light;
const QString lastActivation = QStringLiteral("relu");
constexpr Settings::XRange explorerXRange{};
} // namespace Default

// Largest |x| the explorer accepts: far beyond any teaching use, well inside double range.
constexpr double maxAbsX = 1e6;

} // namespace

Settings::Settings(QSettings &store)
    : m_store(store)
{}

QString Settings::language() const
{
    const QString stored = LanguageManager::matchLanguage(m_store.value(Key::language).toString());
    return stored.isEmpty() ? LanguageManager::systemLanguage() : stored;
}

void Settings::setLanguage(const QString &code)
{
    const QString matched = LanguageManager::matchLanguage(code);
    if (matched.isEmpty())
        m_store.remove(Key::language);
    else
        m_store.setValue(Key::language, matched);
}

bool Settings::hasLanguage() const
{
    return !LanguageManager::matchLanguage(m_store.value(Key::language).toString()).isEmpty();
}

QString Settings::themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high_contrast");
    }
    Q_UNREACHABLE();
}

std::optional<Settings::Theme> Settings::themeFromId(const QString &id)
{
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        if (themeId(theme) == id)
            return theme;
    }
    return std::nullopt;
}

Settings::Theme Settings::theme() const
{
    return themeFromId(m_store.value(Key::theme).toString()).value_or(Default::theme);
}

void Settings::setTheme(Theme theme)
{
    m_store.setValue(Key::theme, themeId(theme));
}

QByteArray Settings::windowGeometry() const
{
    return m_store.value(Key::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store.setValue(Key::windowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_store.value(Key::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_store.setValue(Key::windowState, state);
}

QString Settings::lastActivation() const
{
    const QString id = m_store.value(Key::lastActivation).toString().trimmed();
    return id.isEmpty() ? Default::lastActivation : id;
}

void Settings::setLastActivation(const QString &id)
{
    m_store.setValue(Key::lastActivation, id);
}

QVariantMap Settings::lastParameters() const
{
    // Only finite numbers survive: a parameter is always a real number.
    const QVariantMap stored = m_store.value(Key::lastParameters).toMap();
    QVariantMap parameters;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        bool ok = false;
        const double value = it.value().toDouble(&ok);
        if (ok && std::isfinite(value))
            parameters.insert(it.key(), value);
    }
    return parameters;
}

void Settings::setLastParameters(const QVariantMap &parameters)
{
    m_store.setValue(Key::lastParameters, parameters);
}

QStringList Settings::recentSessions() const
{
    QStringList paths;
    const QStringList stored = m_store.value(Key::recentSessions).toStringList();
    for (const QString &path : stored) {
        if (!path.isEmpty() && !paths.contains(path) && paths.size() < maxRecentSessions)
            paths << path;
    }
    return paths;
}

void Settings::setRecentSessions(const QStringList &paths)
{
    QStringList cleaned;
    for (const QString &path : paths) {
        if (!path.isEmpty() && !cleaned.contains(path) && cleaned.size() < maxRecentSessions)
            cleaned << path;
    }
    m_store.setValue(Key::recentSessions, cleaned);
}

void Settings::addRecentSession(const QString &path)
{
    QStringList paths = recentSessions();
    paths.removeAll(path);
    paths.prepend(path);
    setRecentSessions(paths);
}

void Settings::removeRecentSession(const QString &path)
{
    QStringList paths = recentSessions();
    paths.removeAll(path);
    setRecentSessions(paths);
}

Settings::XRange Settings::explorerXRange() const
{
    bool minOk = false;
    bool maxOk = false;
    const double min = m_store.value(Key::explorerXMin).toDouble(&minOk);
    const double max = m_store.value(Key::explorerXMax).toDouble(&maxOk);
    if (!minOk || !maxOk || !std::isfinite(min) || !std::isfinite(max) || !(min < max)
        || std::abs(min) > maxAbsX || std::abs(max) > maxAbsX)
        return Default::explorerXRange;
    return {min, max};
}

void Settings::setExplorerXRange(const XRange &range)
{
    m_store.setValue(Key::explorerXMin, range.min);
    m_store.setValue(Key::explorerXMax, range.max);
}

void Settings::sync()
{
    m_store.sync();
}

QStringList Settings::doneLessons() const
{
    return m_store.value(Key::doneLessons).toStringList();
}

void Settings::setLessonDone(const QString &id, bool done)
{
    QStringList ids = doneLessons();
    ids.removeAll(id);
    if (done)
        ids << id;
    m_store.setValue(Key::doneLessons, ids);
}

} // namespace ReluLab
