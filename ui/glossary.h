// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReluLab {

// One glossary term in the three languages, with a one-line definition in each.
struct GlossaryEntry
{
    QString id; // stable id: "dead_neuron"
    QString termEn;
    QString termZhCN;
    QString termZhTW;
    QString definitionEn;
    QString definitionZhCN;
    QString definitionZhTW;
    // Other names for the same concept that readers meet in other texts (批归一化 for
    // 批量规范化); the app's own texts never use them.
    QStringList aliasesEn;
    QStringList aliasesZhCN;
    QStringList aliasesZhTW;

    // The term / definition in a language code ("en", "zh_CN", "zh_TW"; others give English).
    QString term(const QString &language) const;
    QString definition(const QString &language) const;
    QStringList aliases(const QString &language) const;
};

// The bilingual glossary (术语表), read from :/teaching/glossary.json:
//   {"format": "relulab-glossary", "version": 1, "terms": [
//     {"id": "...", "term": {"en", "zh_CN", "zh_TW"}, "definition": {"en", "zh_CN", "zh_TW"},
//      "aliases": {"zh_CN": ["..."], ...}, "alias_contexts": {"zh_CN": ["..."]}}],
//    "usage": [{"language": "zh_TW", "use": "...", "refuse": ["..."]}]}
// "aliases" is optional; "alias_contexts" (longer words that contain an alias but are right, such
// as 修正线性单元 for the alias 单元) and "usage" (wording rules) are read by the terminology test.
class Glossary final
{
public:
    // The bundled glossary (empty if the resource is missing or malformed, which the tests
    // rule out).
    static Glossary bundled();

    // Parses a glossary document. On failure returns an empty glossary and, if `error` is given,
    // a short English diagnostic for the developer (the file is ours, not the user's).
    static Glossary fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<GlossaryEntry> &entries() const;
    const GlossaryEntry *find(const QString &id) const;
    bool isEmpty() const;

private:
    QList<GlossaryEntry> m_entries;
};

} // namespace ReluLab
