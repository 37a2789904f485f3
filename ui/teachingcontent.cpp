// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "teachingcontent.h"

#include <QFile>

namespace ReluLab {

namespace {

const QString fallbackLanguage = QStringLiteral("en");

// Ids become path components: accept only [a-z0-9_] so no id can walk out of :/teaching.
bool isSafeId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                        || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

bool isSafeLanguage(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("zh_CN")
           || language == QLatin1String("zh_TW");
}

QString existingPath(const QString &path)
{
    return QFile::exists(path) ? path : QString();
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString teachingResourcePath(const QString &id, const QString &language)
{
    if (!isSafeId(id) || !isSafeLanguage(language))
        return {};
    return existingPath(QStringLiteral(":/teaching/%1/%2.html").arg(language, id));
}

QString topicResourcePath(const QString &topic, const QString &language)
{
    if (!isSafeId(topic) || !isSafeLanguage(language))
        return {};
    return existingPath(QStringLiteral(":/teaching/%1/topics/%2.html").arg(language, topic));
}

QString teachingHtml(const QString &id, const QString &language)
{
    QString path = teachingResourcePath(id, language);
    if (path.isEmpty())
        path = teachingResourcePath(id, fallbackLanguage);
    return readUtf8(path);
}

QString topicHtml(const QString &topic, const QString &language)
{
    QString path = topicResourcePath(topic, language);
    if (path.isEmpty())
        path = topicResourcePath(topic, fallbackLanguage);
    return readUtf8(path);
}

QStringList teachingTopicIds()
{
    return {QStringLiteral("dead_neurons"),         QStringLiteral("sparsity"),
            QStringLiteral("vanishing_gradients"),  QStringLiteral("why_nonlinear"),
            QStringLiteral("derivative_at_zero"),   QStringLiteral("initialisation"),
            QStringLiteral("batch_normalisation"),  QStringLiteral("why_relu"),
            QStringLiteral("activation_properties")};
}

} // namespace ReluLab
