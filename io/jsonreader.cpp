// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "jsonreader.h"

#include "core/datasets/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <charconv>
#include <cmath>

namespace ReluLab {

namespace {

constexpr double maxSafeInteger = 9007199254740992.0; // 2^53: larger integers lose bits in JSON

} // namespace

bool JsonReader::document(const QByteArray &json, qint64 maxBytes, QJsonObject &root)
{
    if (json.size() > maxBytes) {
        failDocument(tr("larger than %1 MiB").arg(maxBytes >> 20));
        return false;
    }
    const std::size_t bad = Core::firstInvalidUtf8(
        std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    if (bad != std::string_view::npos) {
        failDocument(tr("invalid UTF-8 at byte %1").arg(bad));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        failDocument(tr("not valid JSON at byte %1 (%2)")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()));
        return false;
    }
    if (!document.isObject()) {
        failDocument(tr("expected a JSON object"));
        return false;
    }
    root = document.object();
    return true;
}

QByteArray JsonReader::readFile(const QString &path, qint64 maxBytes, QString &error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        error = tr("%1: no such file").arg(path);
        return {};
    }
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        error = tr("%1: cannot be read").arg(path);
        return {};
    }
    if (file.size() > maxBytes) {
        error = tr("%1: larger than %2 MiB").arg(path).arg(maxBytes >> 20);
        return {};
    }
    // One byte more than allowed, so that document() sees a file that grew since the check.
    return file.read(maxBytes + 1);
}

void JsonReader::failDocument(const QString &what)
{
    if (error.isEmpty())
        error = what;
}

void JsonReader::fail(const QString &path, const QString &what)
{
    if (error.isEmpty())
        error = tr("%1: %2").arg(path, what);
}

bool JsonReader::object(const QJsonValue &value, const QString &path, QJsonObject &out)
{
    if (!value.isObject()) {
        fail(path, tr("expected an object"));
        return false;
    }
    out = value.toObject();
    return true;
}

bool JsonReader::array(const QJsonValue &value, const QString &path, qsizetype maxSize,
                       QJsonArray &out)
{
    if (!value.isArray()) {
        fail(path, tr("expected an array"));
        return false;
    }
    out = value.toArray();
    if (out.size() > maxSize) {
        fail(path, tr("%1 entries, at most %2 allowed").arg(out.size()).arg(maxSize));
        return false;
    }
    return true;
}

void JsonReader::number(const QJsonObject &o, const QString &key, const QString &path, double min,
                        double max, double &out)
{
    if (failed() || !o.contains(key))
        return;
    numberValue(o.value(key), path + QLatin1Char('.') + key, min, max, out);
}

bool JsonReader::numberValue(const QJsonValue &v, const QString &path, double min, double max,
                             double &out)
{
    if (!v.isDouble()) {
        fail(path, tr("expected a number"));
        return false;
    }
    const double x = v.toDouble();
    if (!std::isfinite(x) || x < min || x > max) {
        fail(path, tr("%1 is outside [%2, %3]").arg(x).arg(min).arg(max));
        return false;
    }
    out = x;
    return true;
}

bool JsonReader::integerValue(const QJsonValue &v, const QString &path, int min, int max, int &out)
{
    double x = 0.0;
    if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble()) {
        fail(path, tr("expected a whole number"));
        return false;
    }
    if (!numberValue(v, path, min, max, x))
        return false;
    out = static_cast<int>(x);
    return true;
}

void JsonReader::integer(const QJsonObject &o, const QString &key, const QString &path, int min,
                         int max, int &out)
{
    if (!failed() && o.contains(key))
        integerValue(o.value(key), path + QLatin1Char('.') + key, min, max, out);
}

void JsonReader::boolean(const QJsonObject &o, const QString &key, const QString &path, bool &out)
{
    if (failed() || !o.contains(key))
        return;
    if (!o.value(key).isBool()) {
        fail(path + QLatin1Char('.') + key, tr("expected true or false"));
        return;
    }
    out = o.value(key).toBool();
}

bool JsonReader::stringValue(const QJsonValue &v, const QString &path, qsizetype maxLength,
                             QString &out)
{
    if (!v.isString()) {
        fail(path, tr("expected a text"));
        return false;
    }
    out = v.toString();
    if (out.size() > maxLength) {
        fail(path, tr("text longer than %1 characters").arg(maxLength));
        return false;
    }
    return true;
}

void JsonReader::string(const QJsonObject &o, const QString &key, const QString &path,
                        qsizetype maxLength, QString &out)
{
    if (!failed() && o.contains(key))
        stringValue(o.value(key), path + QLatin1Char('.') + key, maxLength, out);
}

void JsonReader::seed(const QJsonObject &o, const QString &key, const QString &path,
                      std::uint64_t &out)
{
    if (failed() || !o.contains(key))
        return;
    const QJsonValue v = o.value(key);
    const QString where = path + QLatin1Char('.') + key;
    if (v.isDouble()) {
        const double x = v.toDouble();
        if (std::floor(x) != x || x < 0.0 || x > maxSafeInteger) {
            fail(where, tr("a seed is a whole number from 0 to 2^53 (or a decimal text)"));
            return;
        }
        out = static_cast<std::uint64_t>(x);
        return;
    }
    QString text;
    if (!v.isString()) {
        fail(where, tr("expected a whole number"));
        return;
    }
    text = v.toString();
    const QByteArray bytes = text.toLatin1();
    std::uint64_t value = 0;
    const char *last = bytes.constData() + bytes.size();
    const std::from_chars_result r = std::from_chars(bytes.constData(), last, value);
    if (bytes.isEmpty() || r.ptr != last || r.ec != std::errc()) {
        fail(where, tr("\"%1\" is not a 64-bit unsigned whole number").arg(text.left(40)));
        return;
    }
    out = value;
}

bool JsonReader::vector(const QJsonValue &v, const QString &path, qsizetype maxSize,
                        std::vector<double> &out)
{
    QJsonArray a;
    if (!array(v, path, maxSize, a))
        return false;
    out.resize(static_cast<std::size_t>(a.size()));
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!numberValue(a.at(i), path + QStringLiteral("[%1]").arg(i), -HUGE_VAL, HUGE_VAL,
                         out[static_cast<std::size_t>(i)])) {
            return false;
        }
    }
    return true;
}

QJsonObject mergedJson(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue old = base.value(it.key());
        if (old.isObject() && it.value().isObject())
            base.insert(it.key(), mergedJson(old.toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace ReluLab
