// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "languagemanager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace ReluLab {

namespace {

const QString english = QStringLiteral("en");
const QString simplifiedChinese = QStringLiteral("zh_CN");
const QString traditionalChinese = QStringLiteral("zh_TW");

} // namespace

LanguageManager *LanguageManager::instance()
{
    // Parented to the application so it (and its translators) go away with it; QPointer notices.
    static QPointer<LanguageManager> manager;
    if (!manager) {
        Q_ASSERT(QCoreApplication::instance());
        manager = new LanguageManager(QCoreApplication::instance());
    }
    return manager;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_language(english)
    , m_appTranslator(std::make_unique<QTranslator>())
    , m_qtTranslator(std::make_unique<QTranslator>())
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {english, simplifiedChinese, traditionalChinese};
}

QString LanguageManager::displayName(const QString &code)
{
    const QString matched = matchLanguage(code);
    if (matched == simplifiedChinese)
        return QStringLiteral("简体中文");
    if (matched == traditionalChinese)
        return QStringLiteral("繁體中文");
    if (matched == english)
        return QStringLiteral("English");
    return code;
}

QString LanguageManager::matchLanguage(const QString &localeName)
{
    const QString trimmed = localeName.trimmed();
    if (trimmed.isEmpty())
        return {};
    // QLocale fills in the likely script and territory: "zh" -> Simplified/China,
    // "zh_HK" -> Traditional/Hong Kong, "zh-Hant" -> Traditional/Taiwan.
    const QLocale locale(trimmed);
    switch (locale.language()) {
    case QLocale::English:
        return english;
    case QLocale::Chinese:
        if (locale.script() == QLocale::TraditionalHanScript
            || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
            || locale.territory() == QLocale::Macao)
            return traditionalChinese;
        return simplifiedChinese;
    default:
        return {};
    }
}

QString LanguageManager::bestMatch(const QStringList &localeNames)
{
    for (const QString &name : localeNames) {
        const QString matched = matchLanguage(name);
        if (!matched.isEmpty())
            return matched;
    }
    return english;
}

QString LanguageManager::systemLanguage()
{
    return bestMatch(QLocale::system().uiLanguages());
}

QLocale LanguageManager::localeFor(const QString &code)
{
    // Keep the user's own conventions (en_GB dates, zh_HK) when they speak the chosen language;
    // otherwise use the language's main locale.
    // The C locale counts as English: it is what LANG=C users (and scripts) ask for.
    const QLocale system = QLocale::system();
    if (matchLanguage(system.name()) == code
        || (system.language() == QLocale::C && code == english))
        return system;
    return QLocale(code);
}

QString LanguageManager::language() const
{
    return m_language;
}

bool LanguageManager::hasApplicationTranslator() const
{
    return m_appInstalled;
}

bool LanguageManager::hasQtTranslator() const
{
    return m_qtInstalled;
}

void LanguageManager::removeTranslators()
{
    // While the application object is being destroyed (this manager is its child) there is no
    // instance left to remove from, and nothing left to retranslate.
    if (QCoreApplication::instance()) {
        if (m_appInstalled)
            QCoreApplication::removeTranslator(m_appTranslator.get());
        if (m_qtInstalled)
            QCoreApplication::removeTranslator(m_qtTranslator.get());
    }
    m_appInstalled = false;
    m_qtInstalled = false;
}

void LanguageManager::setLanguage(const QString &code)
{
    QString matched = matchLanguage(code);
    if (matched.isEmpty())
        matched = english;
    if (matched == m_language && QLocale() == localeFor(matched))
        return;

    removeTranslators();
    if (matched != english) {
        // installTranslator() refuses an empty catalogue, so "installed" is what it returns.
        if (m_appTranslator->load(QStringLiteral(":/i18n/relulab_%1.qm").arg(matched)))
            m_appInstalled = QCoreApplication::installTranslator(m_appTranslator.get());
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(matched), qtDirectory))
            m_qtInstalled = QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    QLocale::setDefault(localeFor(matched));
    m_language = matched;

    // Widgets got QEvent::LanguageChange from (un)installing translators; when no translator
    // changed (English to English with another locale) send one so locale-dependent text updates.
    if (QCoreApplication::instance() && !m_appInstalled && !m_qtInstalled) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    emit languageChanged(m_language);
}

} // namespace ReluLab
