// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace ReluLab {

/// The one validating reader of the app's JSON files (sessions, scenarios). It walks a document;
/// the first problem is kept in `error` with its JSON path ("config.network.hidden[2]: ...") and
/// every later call is a no-op, so reading code is a straight list of fields. Nothing in a file
/// is trusted: size, UTF-8, syntax, every type and every range is checked.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    QString error;

    bool failed() const { return !error.isEmpty(); }
    /// Keeps "path: what" unless a problem was already found.
    void fail(const QString &path, const QString &what);
    /// A problem with the text as a whole (size, encoding, syntax): just "what"; the caller that
    /// knows the file names it.
    void failDocument(const QString &what);

    /// The whole text as a JSON object (size, UTF-8 and syntax checked first).
    bool document(const QByteArray &json, qint64 maxBytes, QJsonObject &root);
    /// A file's bytes, refused unread when larger than maxBytes; `error` says why when empty.
    static QByteArray readFile(const QString &path, qint64 maxBytes, QString &error);

    bool object(const QJsonValue &value, const QString &path, QJsonObject &out);
    bool array(const QJsonValue &value, const QString &path, qsizetype maxSize, QJsonArray &out);
    /// Finite numbers in [min, max]; the member forms read o[key] when present.
    bool numberValue(const QJsonValue &v, const QString &path, double min, double max, double &out);
    void number(const QJsonObject &o, const QString &key, const QString &path, double min,
                double max, double &out);
    bool integerValue(const QJsonValue &v, const QString &path, int min, int max, int &out);
    void integer(const QJsonObject &o, const QString &key, const QString &path, int min, int max,
                 int &out);
    void boolean(const QJsonObject &o, const QString &key, const QString &path, bool &out);
    bool stringValue(const QJsonValue &v, const QString &path, qsizetype maxLength, QString &out);
    void string(const QJsonObject &o, const QString &key, const QString &path, qsizetype maxLength,
                QString &out);
    /// A seed: a JSON integer up to 2^53, or a decimal text for the full 64-bit range.
    void seed(const QJsonObject &o, const QString &key, const QString &path, std::uint64_t &out);
    /// An array of finite numbers.
    bool vector(const QJsonValue &v, const QString &path, qsizetype maxSize,
                std::vector<double> &out);

    /// A name from one of core's tables (trainingconfigio.h).
    template<typename Enum, typename Parse>
    void name(const QJsonObject &o, const QString &key, const QString &path, Parse parse, Enum &out)
    {
        QString text;
        if (failed() || !o.contains(key))
            return;
        if (!stringValue(o.value(key), path + QLatin1Char('.') + key, 64, text))
            return;
        const Core::Expected<Enum> parsed = parse(text.toStdString());
        if (!parsed) {
            fail(path + QLatin1Char('.') + key,
                 JsonReader::tr("unknown name \"%1\" (expected %2)")
                     .arg(text, QString::fromStdString(parsed.error().arg("allowed"))));
            return;
        }
        out = *parsed;
    }
};

/// `patch` merged over `base`: objects key by key, recursively; any other value (a number, a
/// list such as "hidden" or "activations") is replaced whole. How scenario contrasts and lesson
/// steps change a configuration.
QJsonObject mergedJson(QJsonObject base, const QJsonObject &patch);

} // namespace ReluLab
