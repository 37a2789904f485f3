// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QLocale;
class QTranslator;

namespace ReluLab {

// The one place that knows which languages the application speaks and switches between them
// while it runs. English is the source language (no translator); zh_CN and zh_TW install
// :/i18n/relulab_<code>.qm and Qt's own qtbase_<code>.qm so standard dialogs follow.
// Installing or removing a translator sends QEvent::LanguageChange to every widget: each widget
// calls its retranslateUi() from changeEvent(), so switching needs no restart.
// Persisting the choice is the caller's job (Settings::setLanguage on languageChanged).
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    // Created on first use as a child of the QCoreApplication (which must exist).
    static LanguageManager *instance();

    // Supported codes: "en", "zh_CN", "zh_TW".
    static QStringList availableLanguages();
    // The language's own name ("English", "简体中文", "繁體中文"): never translated, so a user
    // can find their language whatever language the UI is in.
    static QString displayName(const QString &code);
    // The supported language closest to the user's preferences (QLocale::system().uiLanguages()).
    static QString systemLanguage();
    // The supported code that best matches a locale name such as "zh-Hant-HK", "zh_CN", "zh",
    // "en_GB"; an empty string when none does (e.g. "fr_FR").
    static QString matchLanguage(const QString &localeName);
    // The first supported language in a preference list, "en" when none is.
    static QString bestMatch(const QStringList &localeNames);

    ~LanguageManager() override;

    QString language() const;
    // Switches to `code` (any name matchLanguage understands; unsupported names fall back to
    // "en"): removes the previous translators, installs the new ones, sets QLocale::setDefault
    // and emits languageChanged. Setting the current language again does nothing.
    void setLanguage(const QString &code);

    // True when the application's own catalogue for the current language is installed (always
    // false for English, which needs none).
    bool hasApplicationTranslator() const;
    // True when Qt's qtbase catalogue for the current language is installed.
    bool hasQtTranslator() const;

signals:
    void languageChanged(const QString &code);

private:
    explicit LanguageManager(QObject *parent);
    void removeTranslators();
    static QLocale localeFor(const QString &code);

    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace ReluLab
