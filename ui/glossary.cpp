// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "glossary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ReluLab {

namespace {

const QString enKey = QStringLiteral("en");
const QString zhCNKey = QStringLiteral("zh_CN");
const QString zhTWKey = QStringLiteral("zh_TW");

// Reads {"en", "zh_CN", "zh_TW"}: all three must be non-empty strings.
bool readTriple(const QJsonValue &value, QString &en, QString &zhCN, QString &zhTW)
{
    const QJsonObject object = value.toObject();
    en = object.value(enKey).toString().trimmed();
    zhCN = object.value(zhCNKey).toString().trimmed();
    zhTW = object.value(zhTWKey).toString().trimmed();
    return !en.isEmpty() && !zhCN.isEmpty() && !zhTW.isEmpty();
}

// Reads an optional {"en": [...], "zh_CN": [...], "zh_TW": [...]} of non-empty strings.
bool readAliases(const QJsonValue &value, GlossaryEntry &entry)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList *list = it.key() == enKey     ? &entry.aliasesEn
                            : it.key() == zhCNKey ? &entry.aliasesZhCN
                            : it.key() == zhTWKey ? &entry.aliasesZhTW
                                                  : nullptr;
        if (!list || !it.value().isArray())
            return false;
        for (const QJsonValue &alias : it.value().toArray()) {
            const QString text = alias.toString().trimmed();
            if (text.isEmpty())
                return false;
            list->append(text);
        }
    }
    return true;
}

Glossary failure(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

QString GlossaryEntry::term(const QString &language) const
{
    if (language == zhCNKey)
        return termZhCN;
    if (language == zhTWKey)
        return termZhTW;
    return termEn;
}

QString GlossaryEntry::definition(const QString &language) const
{
    if (language == zhCNKey)
        return definitionZhCN;
    if (language == zhTWKey)
        return definitionZhTW;
    return definitionEn;
}

QStringList GlossaryEntry::aliases(const QString &language) const
{
    if (language == zhCNKey)
        return aliasesZhCN;
    if (language == zhTWKey)
        return aliasesZhTW;
    return aliasesEn;
}

Glossary Glossary::bundled()
{
    QFile file(QStringLiteral(":/teaching/glossary.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.readAll());
}

Glossary Glossary::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(error, parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("relulab-glossary"))
        return failure(error, QStringLiteral("not a relulab-glossary document"));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return failure(error, QStringLiteral("unsupported version"));

    Glossary glossary;
    QSet<QString> seen;
    const QJsonArray terms = root.value(QStringLiteral("terms")).toArray();
    for (const QJsonValue &value : terms) {
        const QJsonObject object = value.toObject();
        GlossaryEntry entry;
        entry.id = object.value(QStringLiteral("id")).toString();
        if (entry.id.isEmpty() || seen.contains(entry.id))
            return failure(error, QStringLiteral("missing or duplicate id '%1'").arg(entry.id));
        seen.insert(entry.id);
        if (!readTriple(object.value(QStringLiteral("term")), entry.termEn, entry.termZhCN,
                        entry.termZhTW))
            return failure(error, QStringLiteral("term '%1' lacks a language").arg(entry.id));
        if (!readTriple(object.value(QStringLiteral("definition")), entry.definitionEn,
                        entry.definitionZhCN, entry.definitionZhTW))
            return failure(error,
                           QStringLiteral("definition of '%1' lacks a language").arg(entry.id));
        if (!readAliases(object.value(QStringLiteral("aliases")), entry))
            return failure(error,
                           QStringLiteral("aliases of '%1' are not lists of words").arg(entry.id));
        glossary.m_entries.append(entry);
    }
    if (glossary.m_entries.isEmpty())
        return failure(error, QStringLiteral("no terms"));
    return glossary;
}

const QList<GlossaryEntry> &Glossary::entries() const
{
    return m_entries;
}

const GlossaryEntry *Glossary::find(const QString &id) const
{
    for (const GlossaryEntry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

bool Glossary::isEmpty() const
{
    return m_entries.isEmpty();
}

} // namespace ReluLab
