// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scenariofile.h"

#include "bundledfiles.h"
#include "jsonreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtDebug>

#include <algorithm>
#include <array>
#include <cmath>

namespace ReluLab {

namespace {

constexpr qsizetype maxContrasts = 8;
constexpr qsizetype maxTextLength = 20'000;
const QString bundledDirectory = QStringLiteral(":/scenarios");

// {"en": ..., "zh_CN": ..., "zh_TW": ...} or one plain string for every language.
bool readLocalized(const QJsonValue &value, LocalizedText &text)
{
    if (value.isString()) {
        text.en = value.toString().left(maxTextLength);
        return true;
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (const QString &key : object.keys()) {
        if (!object.value(key).isString())
            return false;
    }
    text.en = object.value(QStringLiteral("en")).toString().left(maxTextLength);
    text.zhCN = object.value(QStringLiteral("zh_CN")).toString().left(maxTextLength);
    text.zhTW = object.value(QStringLiteral("zh_TW")).toString().left(maxTextLength);
    return !text.en.isEmpty() || !text.zhCN.isEmpty() || !text.zhTW.isEmpty();
}

// The session document with `patch` merged over its config (and no weights, so no training
// state either).
QByteArray withConfigPatch(QJsonObject root, const QJsonObject &patch)
{
    root.insert(QStringLiteral("config"),
                mergedJson(root.value(QStringLiteral("config")).toObject(), patch));
    root.remove(QStringLiteral("weights"));
    root.remove(QStringLiteral("training_state"));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// "Dead ReLUs in layer 2!" → "dead_relus_in_layer_2"; Chinese titles give "scenario".
QString slugOf(const QString &title)
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('_')))
            slug += QLatin1Char('_');
    }
    while (slug.endsWith(QLatin1Char('_')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("scenario") : slug.left(48);
}

} // namespace

QString LocalizedText::text(const QString &language) const
{
    // Preferred language first; Chinese readers fall back on the other script before English.
    std::array<const QString *, 3> order{&en, &zhCN, &zhTW};
    if (language == QLatin1String("zh_CN"))
        order = {&zhCN, &zhTW, &en};
    else if (language == QLatin1String("zh_TW"))
        order = {&zhTW, &zhCN, &en};
    for (const QString *candidate : order) {
        if (!candidate->isEmpty())
            return *candidate;
    }
    return QString();
}

const QStringList &ScenarioFile::viewIds()
{
    static const QStringList ids{QStringLiteral("sparsity"), QStringLiteral("gradient_norms"),
                                 QStringLiteral("pre_activations"), QStringLiteral("prelu_slope")};
    return ids;
}

ReadResult<Scenario> ScenarioFile::fromJson(const QByteArray &json)
{
    const ReadResult<Session> session = SessionFile::fromJson(json);
    if (!session)
        return ReadResult<Scenario>::failure(session.errorString());
    // SessionFile::fromJson has checked that this is a JSON object of the right format.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonValue block = root.value(QStringLiteral("scenario"));
    if (!block.isObject())
        return ReadResult<Scenario>::failure(
            tr("This is a session, not a scenario: it has no \"scenario\" block."));
    const QJsonObject object = block.toObject();

    Scenario scenario;
    scenario.config = session->config;
    scenario.id = object.value(QStringLiteral("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    if (!idPattern.match(scenario.id).hasMatch())
        return ReadResult<Scenario>::failure(
            tr("scenario.id: expected 1 to 64 lowercase letters, digits or underscores"));
    const QJsonValue order = object.value(QStringLiteral("order"));
    if (!order.isUndefined()) {
        if (!order.isDouble() || order.toDouble() < 0 || order.toDouble() > 1e6)
            return ReadResult<Scenario>::failure(
                tr("scenario.order: expected a number from 0 to 1000000"));
        scenario.order = order.toInt();
    }
    if (!readLocalized(object.value(QStringLiteral("title")), scenario.title))
        return ReadResult<Scenario>::failure(
            tr("scenario.title: expected a text or {\"en\", \"zh_CN\", \"zh_TW\"} texts"));
    const QJsonValue explanation = object.value(QStringLiteral("explanation"));
    if (!explanation.isUndefined() && !readLocalized(explanation, scenario.explanation))
        return ReadResult<Scenario>::failure(
            tr("scenario.explanation: expected a text or {\"en\", \"zh_CN\", \"zh_TW\"} texts"));
    const QJsonValue bornDead = object.value(QStringLiteral("born_dead_count"));
    if (!bornDead.isUndefined() && !bornDead.isBool())
        return ReadResult<Scenario>::failure(
            tr("scenario.born_dead_count: expected true or false"));
    scenario.bornDeadCount = bornDead.toBool(false);
    const QJsonValue view = object.value(QStringLiteral("view"));
    const QStringList &views = viewIds();
    if (!view.isUndefined()) {
        if (!views.contains(view.toString()))
            return ReadResult<Scenario>::failure(
                tr("scenario.view: expected one of %1").arg(views.join(QStringLiteral(", "))));
        scenario.view = view.toString();
    }
    const QJsonValue focus = object.value(QStringLiteral("focus_layer"));
    const int hiddenLayers = int(scenario.config.network.hidden.size());
    if (!focus.isUndefined()) {
        if (!focus.isDouble() || focus.toDouble() != std::floor(focus.toDouble())
            || focus.toDouble() < 1 || focus.toDouble() > hiddenLayers)
            return ReadResult<Scenario>::failure(
                tr("scenario.focus_layer: expected a hidden layer from 1 to %1").arg(hiddenLayers));
        scenario.focusLayer = focus.toInt();
    }

    const QJsonValue contrasts = object.value(QStringLiteral("contrasts"));
    if (!contrasts.isUndefined()) {
        if (!contrasts.isArray() || contrasts.toArray().size() > maxContrasts)
            return ReadResult<Scenario>::failure(
                tr("scenario.contrasts: expected a list of at most %1 contrasts")
                    .arg(maxContrasts));
        const QJsonArray list = contrasts.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = QStringLiteral("scenario.contrasts[%1]").arg(i);
            const QJsonObject entry = list.at(i).toObject();
            ScenarioContrast contrast;
            if (!list.at(i).isObject()
                || !readLocalized(entry.value(QStringLiteral("title")), contrast.title)
                || !entry.value(QStringLiteral("config")).isObject())
                return ReadResult<Scenario>::failure(
                    tr("%1: expected {\"title\": ..., \"config\": {...}}").arg(where));
            const ReadResult<Session> patched = SessionFile::fromJson(
                withConfigPatch(root, entry.value(QStringLiteral("config")).toObject()));
            if (!patched)
                return ReadResult<Scenario>::failure(
                    tr("%1: %2").arg(where, patched.errorString()));
            contrast.config = patched->config;
            scenario.contrasts.push_back(std::move(contrast));
        }
    }
    return scenario;
}

ReadResult<Scenario> ScenarioFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReadResult<Scenario>::failure(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > SessionFile::maxFileBytes)
        return ReadResult<Scenario>::failure(
            tr("%1 is too large to be a scenario").arg(QDir::toNativeSeparators(path)));
    ReadResult<Scenario> scenario = fromJson(file.readAll());
    if (scenario)
        scenario->path = path;
    return scenario;
}

std::optional<QByteArray> ScenarioFile::toJson(const Core::TrainingConfig &config,
                                               const QString &title, const QString &explanation,
                                               const QString &id, QString *errorMessage)
{
    Session session;
    session.config = config;
    session.title = title;
    session.description = explanation;
    const std::optional<QByteArray> json = SessionFile::toJson(session, errorMessage);
    if (!json)
        return std::nullopt;
    QJsonObject root = QJsonDocument::fromJson(*json).object();
    root.insert(QStringLiteral("scenario"),
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("explanation"), explanation}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const std::vector<Scenario> &ScenarioFile::bundled()
{
    static const std::vector<Scenario> scenarios
        = readBundledFiles<Scenario>(bundledDirectory, "scenario",
                                     [](const QString &path) { return read(path); });
    return scenarios;
}

QString ScenarioFile::userDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("scenarios"));
}

std::vector<Scenario> ScenarioFile::userScenarios(const QString &directory, QStringList *problems)
{
    std::vector<Scenario> list;
    const QDir folder(directory);
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        ReadResult<Scenario> scenario = read(folder.filePath(name));
        if (!scenario) {
            if (problems)
                problems->append(tr("%1: %2").arg(name, scenario.errorString()));
            continue;
        }
        list.push_back(std::move(scenario.value()));
    }
    std::stable_sort(list.begin(), list.end(), [](const Scenario &a, const Scenario &b) {
        return QString::localeAwareCompare(a.title.text(QString()), b.title.text(QString())) < 0;
    });
    return list;
}

QString ScenarioFile::saveUserScenario(const QString &directory, const Core::TrainingConfig &config,
                                       const QString &title, const QString &explanation,
                                       QString *errorMessage)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("A scenario needs a title.");
        return QString();
    }
    if (!QDir().mkpath(directory)) {
        if (errorMessage)
            *errorMessage
                = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory));
        return QString();
    }
    const QString slug = slugOf(trimmed);
    QString id = QStringLiteral("user_") + slug;
    QString path = QDir(directory).filePath(slug + QStringLiteral(".json"));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        id = QStringLiteral("user_%1_%2").arg(slug).arg(n);
        path = QDir(directory).filePath(QStringLiteral("%1_%2.json").arg(slug).arg(n));
    }
    const std::optional<QByteArray> json = toJson(config, trimmed, explanation.trimmed(), id,
                                                  errorMessage);
    if (!json)
        return QString();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("%1 cannot be written: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }
    return path;
}

} // namespace ReluLab
