// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "lessonfile.h"

#include "bundledfiles.h"
#include "coreerrortext.h"
#include "jsonreader.h"

#include "core/activation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtDebug>

#include <algorithm>

namespace ReluLab {

namespace {

constexpr qsizetype maxSteps = 100;
constexpr qsizetype maxTextLength = 20'000;
constexpr qsizetype maxListSize = 16;
constexpr int maxStepEpochs = 100'000;
const QString bundledDirectory = QStringLiteral(":/lessons");

// Reads a lesson document; the first problem stays in the JsonReader with its JSON path.
class LessonReader
{
public:
    explicit LessonReader(JsonReader &reader)
        : r(reader)
    {}

    void read(const QJsonObject &root, Lesson &lesson);

private:
    LocalizedText text(const QJsonValue &value, const QString &path);
    std::optional<LessonCurve> curve(const QJsonValue &value, const QString &path);
    std::optional<Core::StopCondition> condition(const QJsonValue &value, const QString &path,
                                                 bool needsThreshold = true);
    void step(const QJsonObject &o, const QString &path, LessonStep &step);
    void explorer(const QJsonObject &o, const QString &path, LessonExplorerState &state);
    void lab(const QJsonObject &o, const QString &path, LessonLabState &state);
    void question(const QJsonObject &o, const QString &path, LessonQuestion &question);
    void onlyKeys(const QJsonObject &o, const QString &path, const QStringList &keys);

    JsonReader &r;
    bool m_lacksChinese = false;
    /// The hidden layer count of the run the steps so far have set up (-1: none yet).
    int m_hiddenLayers = -1;
};

QString joined(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

void LessonReader::onlyKeys(const QJsonObject &o, const QString &path, const QStringList &keys)
{
    for (const QString &key : o.keys()) {
        if (!keys.contains(key)) {
            r.fail(path + QLatin1Char('.') + key,
                   LessonFile::tr("unknown key (expected %1)").arg(joined(keys)));
            return;
        }
    }
}

// {"en": ..., "zh_CN": ..., "zh_TW": ...}: English required, Chinese optional.
LocalizedText LessonReader::text(const QJsonValue &value, const QString &path)
{
    LocalizedText result;
    QJsonObject o;
    if (r.failed() || !r.object(value, path, o))
        return result;
    onlyKeys(o, path, {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")});
    if (!o.contains(QStringLiteral("en"))) {
        r.fail(path, LessonFile::tr("the English text (\"en\") is missing"));
        return result;
    }
    r.string(o, QStringLiteral("en"), path, maxTextLength, result.en);
    r.string(o, QStringLiteral("zh_CN"), path, maxTextLength, result.zhCN);
    r.string(o, QStringLiteral("zh_TW"), path, maxTextLength, result.zhTW);
    if (!r.failed() && result.en.trimmed().isEmpty())
        r.fail(path + QStringLiteral(".en"), LessonFile::tr("empty text"));
    if (result.zhCN.isEmpty() || result.zhTW.isEmpty())
        m_lacksChinese = true;
    return result;
}

std::optional<LessonCurve> LessonReader::curve(const QJsonValue &value, const QString &path)
{
    QJsonObject o;
    if (r.failed() || !r.object(value, path, o))
        return std::nullopt;
    onlyKeys(o, path, {QStringLiteral("id"), QStringLiteral("parameters")});
    LessonCurve curve;
    if (!o.contains(QStringLiteral("id"))) {
        r.fail(path, LessonFile::tr("\"id\" is missing"));
        return std::nullopt;
    }
    r.string(o, QStringLiteral("id"), path, 64, curve.id);
    QJsonObject parameters;
    if (o.contains(QStringLiteral("parameters"))
        && r.object(o.value(QStringLiteral("parameters")), path + QStringLiteral(".parameters"),
                    parameters)) {
        for (const QString &name : parameters.keys()) {
            double v = 0.0;
            r.number(parameters, name, path + QStringLiteral(".parameters"), -1e6, 1e6, v);
            curve.parameters[name.toStdString()] = v;
        }
    }
    if (r.failed())
        return std::nullopt;
    const Core::Expected<Core::Activation> made = Core::Activation::create(curve.id.toStdString(),
                                                                           curve.parameters);
    if (!made) {
        r.fail(path, describeCoreError(made.error()));
        return std::nullopt;
    }
    return curve;
}

std::optional<Core::StopCondition> LessonReader::condition(const QJsonValue &value,
                                                           const QString &path, bool needsThreshold)
{
    QJsonObject o;
    if (r.failed() || !r.object(value, path, o))
        return std::nullopt;
    onlyKeys(o, path,
             {QStringLiteral("kind"), QStringLiteral("layer"), QStringLiteral("at_least"),
              QStringLiteral("at_most")});
    QString name;
    r.string(o, QStringLiteral("kind"), path, 64, name);
    const std::optional<Core::ConditionKind> kind = Core::conditionKindFromString(
        name.toStdString());
    if (r.failed())
        return std::nullopt;
    if (!kind) {
        r.fail(path + QStringLiteral(".kind"),
               LessonFile::tr("expected one of %1")
                   .arg(QStringLiteral("epoch, accuracy, test_accuracy, loss, dead_fraction, "
                                       "sparsity, inactive_fraction, revived_fraction, "
                                       "mean_activation, gradient_ratio, diverged")));
        return std::nullopt;
    }
    Core::StopCondition c;
    c.kind = *kind;
    if (Core::conditionHasLayer(c.kind)) {
        if (m_hiddenLayers < 1) {
            r.fail(path, LessonFile::tr("no step before it has set up a network with hidden "
                                        "layers (give \"lab\" a \"scenario\" or \"config\")"));
            return std::nullopt;
        }
        if (!o.contains(QStringLiteral("layer"))) {
            r.fail(path, LessonFile::tr("\"layer\" is missing"));
            return std::nullopt;
        }
        r.integer(o, QStringLiteral("layer"), path, 1, m_hiddenLayers, c.layer);
    }
    const bool least = o.contains(QStringLiteral("at_least"));
    const bool most = o.contains(QStringLiteral("at_most"));
    if (least && most) {
        r.fail(path, LessonFile::tr("give \"at_least\" or \"at_most\", not both"));
        return std::nullopt;
    }
    if (c.kind != Core::ConditionKind::Diverged && needsThreshold) {
        if (!least && !most) {
            r.fail(path, LessonFile::tr("\"at_least\" or \"at_most\" is missing"));
            return std::nullopt;
        }
        c.atMost = most;
        const QString key = most ? QStringLiteral("at_most") : QStringLiteral("at_least");
        // The range of the condition's value: epochs, a fraction, or a loss, a gradient ratio
        // and a mean output, which have no natural bound (a generous one keeps typos out).
        double lowest = 0.0;
        double highest = 1e6;
        if (c.kind == Core::ConditionKind::Epoch)
            highest = double(maxStepEpochs);
        else if (Core::conditionIsFraction(c.kind))
            highest = 1.0;
        else if (c.kind == Core::ConditionKind::MeanActivation)
            lowest = -1e6;
        r.number(o, key, path, lowest, highest, c.threshold);
    }
    if (r.failed())
        return std::nullopt;
    return c;
}

void LessonReader::explorer(const QJsonObject &o, const QString &path, LessonExplorerState &state)
{
    onlyKeys(o, path, {QStringLiteral("activation"), QStringLiteral("overlays")});
    if (o.contains(QStringLiteral("activation")))
        state.activation = curve(o.value(QStringLiteral("activation")),
                                 path + QStringLiteral(".activation"));
    QJsonArray overlays;
    if (o.contains(QStringLiteral("overlays"))
        && r.array(o.value(QStringLiteral("overlays")), path + QStringLiteral(".overlays"), 6,
                   overlays)) {
        state.overlays.emplace();
        for (qsizetype i = 0; i < overlays.size() && !r.failed(); ++i) {
            if (std::optional<LessonCurve> c = curve(overlays.at(i),
                                                     path + QStringLiteral(".overlays[%1]").arg(i)))
                state.overlays->push_back(*c);
        }
    }
}

// The run's configuration: a bundled scenario's (or the default one) with "config" merged
// over it, read and checked as a session file's.
void LessonReader::lab(const QJsonObject &o, const QString &path, LessonLabState &state)
{
    onlyKeys(o, path,
             {QStringLiteral("scenario"), QStringLiteral("config"), QStringLiteral("train"),
              QStringLiteral("switch")});
    if (o.contains(QStringLiteral("scenario")) || o.contains(QStringLiteral("config"))) {
        QJsonObject session{{QStringLiteral("format"), QLatin1String(SessionFile::formatName)},
                            {QStringLiteral("version"), 1}};
        r.string(o, QStringLiteral("scenario"), path, 64, state.scenario);
        if (!state.scenario.isEmpty()) {
            const std::vector<Scenario> &bundled = ScenarioFile::bundled();
            const auto found = std::find_if(bundled.begin(), bundled.end(), [&](const Scenario &s) {
                return s.id == state.scenario;
            });
            if (found == bundled.end()) {
                r.fail(path + QStringLiteral(".scenario"),
                       LessonFile::tr("unknown scenario \"%1\"").arg(state.scenario));
                return;
            }
            QFile file(found->path);
            if (file.open(QIODevice::ReadOnly))
                session.insert(QStringLiteral("config"), QJsonDocument::fromJson(file.readAll())
                                                             .object()
                                                             .value(QStringLiteral("config")));
        }
        QJsonObject patch;
        if (o.contains(QStringLiteral("config"))
            && !r.object(o.value(QStringLiteral("config")), path + QStringLiteral(".config"),
                         patch)) {
            return;
        }
        if (r.failed())
            return;
        session.insert(QStringLiteral("config"),
                       mergedJson(session.value(QStringLiteral("config")).toObject(), patch));
        const ReadResult<Session> read = SessionFile::fromJson(
            QJsonDocument(session).toJson(QJsonDocument::Compact));
        if (!read) {
            r.fail(path, read.errorString());
            return;
        }
        state.config = read->config;
        m_hiddenLayers = int(read->config.network.hidden.size());
    } else if (m_hiddenLayers < 0) {
        r.fail(path, LessonFile::tr("the first step in the Network Lab needs a \"scenario\" or a "
                                    "\"config\""));
        return;
    }

    QJsonObject train;
    if (o.contains(QStringLiteral("train"))
        && r.object(o.value(QStringLiteral("train")), path + QStringLiteral(".train"), train)) {
        const QString tp = path + QStringLiteral(".train");
        onlyKeys(train, tp, {QStringLiteral("epochs"), QStringLiteral("until")});
        if (!train.contains(QStringLiteral("epochs"))) {
            r.fail(tp, LessonFile::tr("\"epochs\" is missing (with \"until\": the most epochs "
                                      "to try)"));
            return;
        }
        // 0: the step looks at the run as it is (a fresh network's initialisation).
        r.integer(train, QStringLiteral("epochs"), tp, 0, maxStepEpochs, state.epochs);
        if (train.contains(QStringLiteral("until")))
            state.until = condition(train.value(QStringLiteral("until")),
                                    tp + QStringLiteral(".until"));
    }
    QJsonObject change;
    if (o.contains(QStringLiteral("switch"))
        && r.object(o.value(QStringLiteral("switch")), path + QStringLiteral(".switch"), change)) {
        const QString sp = path + QStringLiteral(".switch");
        onlyKeys(change, sp,
                 {QStringLiteral("at_epoch"), QStringLiteral("layer"),
                  QStringLiteral("activation")});
        LessonSwitch s;
        r.integer(change, QStringLiteral("at_epoch"), sp, 0, std::max(state.epochs - 1, 0),
                  s.atEpoch);
        r.integer(change, QStringLiteral("layer"), sp, 0, std::max(m_hiddenLayers, 0), s.layer);
        if (!r.failed() && state.epochs == 0)
            r.fail(sp, LessonFile::tr("a switch needs a step that trains"));
        if (const std::optional<LessonCurve> c = curve(change.value(QStringLiteral("activation")),
                                                       sp + QStringLiteral(".activation"))) {
            s.activation.id = c->id.toStdString();
            s.activation.parameters = c->parameters;
            state.switchActivation = s;
        }
    }
}

void LessonReader::question(const QJsonObject &o, const QString &path, LessonQuestion &q)
{
    onlyKeys(o, path,
             {QStringLiteral("kind"), QStringLiteral("prompt"), QStringLiteral("choices"),
              QStringLiteral("answer"), QStringLiteral("measure"), QStringLiteral("tolerance")});
    QString kind;
    r.string(o, QStringLiteral("kind"), path, 16, kind);
    q.prompt = text(o.value(QStringLiteral("prompt")), path + QStringLiteral(".prompt"));
    if (r.failed())
        return;
    if (kind == QLatin1String("choice")) {
        q.kind = LessonQuestion::Kind::Choice;
        QJsonArray choices;
        if (!r.array(o.value(QStringLiteral("choices")), path + QStringLiteral(".choices"),
                     maxListSize, choices))
            return;
        if (choices.size() < 2) {
            r.fail(path + QStringLiteral(".choices"), LessonFile::tr("at least two choices"));
            return;
        }
        for (qsizetype i = 0; i < choices.size(); ++i)
            q.choices.push_back(text(choices.at(i), path + QStringLiteral(".choices[%1]").arg(i)));
        if (!o.contains(QStringLiteral("answer")))
            r.fail(path, LessonFile::tr("\"answer\" is missing"));
        r.integer(o, QStringLiteral("answer"), path, 0, int(choices.size()) - 1, q.answer);
    } else if (kind == QLatin1String("number")) {
        q.kind = LessonQuestion::Kind::Number;
        const std::optional<Core::StopCondition> measure
            = condition(o.value(QStringLiteral("measure")), path + QStringLiteral(".measure"),
                        false);
        if (!measure)
            return;
        if (measure->kind == Core::ConditionKind::Diverged) {
            r.fail(path + QStringLiteral(".measure.kind"),
                   LessonFile::tr("a number question cannot measure \"diverged\""));
            return;
        }
        q.measure = *measure;
        if (!o.contains(QStringLiteral("tolerance")))
            r.fail(path, LessonFile::tr("\"tolerance\" is missing"));
        r.number(o, QStringLiteral("tolerance"), path, 0.0, double(maxStepEpochs), q.tolerance);
    } else {
        r.fail(path + QStringLiteral(".kind"), LessonFile::tr("expected \"choice\" or \"number\""));
    }
}

void LessonReader::step(const QJsonObject &o, const QString &path, LessonStep &s)
{
    onlyKeys(o, path,
             {QStringLiteral("title"), QStringLiteral("text"), QStringLiteral("workspace"),
              QStringLiteral("explorer"), QStringLiteral("lab"), QStringLiteral("point_at"),
              QStringLiteral("question"), QStringLiteral("expect"), QStringLiteral("teaches")});
    s.title = text(o.value(QStringLiteral("title")), path + QStringLiteral(".title"));
    s.text = text(o.value(QStringLiteral("text")), path + QStringLiteral(".text"));
    r.string(o, QStringLiteral("workspace"), path, 16, s.workspace);
    if (!r.failed() && !s.workspace.isEmpty() && s.workspace != QLatin1String("explorer")
        && s.workspace != QLatin1String("network"))
        r.fail(path + QStringLiteral(".workspace"),
               LessonFile::tr("expected \"explorer\" or \"network\""));
    QJsonObject part;
    if (o.contains(QStringLiteral("explorer"))
        && r.object(o.value(QStringLiteral("explorer")), path + QStringLiteral(".explorer"),
                    part)) {
        s.explorer.emplace();
        explorer(part, path + QStringLiteral(".explorer"), *s.explorer);
    }
    if (o.contains(QStringLiteral("lab"))
        && r.object(o.value(QStringLiteral("lab")), path + QStringLiteral(".lab"), part)) {
        s.lab.emplace();
        lab(part, path + QStringLiteral(".lab"), *s.lab);
    }
    if (o.contains(QStringLiteral("point_at"))
        && r.object(o.value(QStringLiteral("point_at")), path + QStringLiteral(".point_at"),
                    part)) {
        const QString pp = path + QStringLiteral(".point_at");
        onlyKeys(part, pp, {QStringLiteral("target"), QStringLiteral("callout")});
        r.string(part, QStringLiteral("target"), pp, 64, s.pointAt);
        if (!r.failed() && !LessonFile::targetNames().contains(s.pointAt))
            r.fail(pp + QStringLiteral(".target"),
                   LessonFile::tr("expected one of %1").arg(joined(LessonFile::targetNames())));
        s.callout = text(part.value(QStringLiteral("callout")), pp + QStringLiteral(".callout"));
    }
    if (o.contains(QStringLiteral("question"))
        && r.object(o.value(QStringLiteral("question")), path + QStringLiteral(".question"),
                    part)) {
        s.question.emplace();
        question(part, path + QStringLiteral(".question"), *s.question);
    }
    QJsonArray teaches;
    if (o.contains(QStringLiteral("teaches"))
        && r.array(o.value(QStringLiteral("teaches")), path + QStringLiteral(".teaches"),
                   maxListSize, teaches)) {
        static const QRegularExpression claimId(QStringLiteral("^T([1-9][0-9]?)$"));
        for (qsizetype i = 0; i < teaches.size() && !r.failed(); ++i) {
            const QString id = teaches.at(i).toString();
            const QRegularExpressionMatch match = claimId.match(id);
            if (!match.hasMatch() || match.captured(1).toInt() > LessonFile::claimIdCount) {
                r.fail(path + QStringLiteral(".teaches[%1]").arg(i),
                       LessonFile::tr("expected a claim id from T1 to T%1")
                           .arg(LessonFile::claimIdCount));
                return;
            }
            if (!s.teaches.contains(id))
                s.teaches.append(id);
        }
    }
    QJsonArray claims;
    if (o.contains(QStringLiteral("expect"))
        && r.array(o.value(QStringLiteral("expect")), path + QStringLiteral(".expect"), maxListSize,
                   claims)) {
        if (m_hiddenLayers < 0)
            r.fail(path + QStringLiteral(".expect"),
                   LessonFile::tr("claims need a run in the Network Lab"));
        for (qsizetype i = 0; i < claims.size() && !r.failed(); ++i) {
            if (const std::optional<Core::StopCondition> c
                = condition(claims.at(i), path + QStringLiteral(".expect[%1]").arg(i)))
                s.claims.push_back(*c);
        }
    }
}

void LessonReader::read(const QJsonObject &root, Lesson &lesson)
{
    onlyKeys(root, QStringLiteral("lesson"),
             {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
              QStringLiteral("order"), QStringLiteral("title"), QStringLiteral("summary"),
              QStringLiteral("steps")});
    if (r.failed())
        return;
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(LessonFile::formatName)) {
        r.fail(QStringLiteral("format"),
               LessonFile::tr("expected \"%1\"").arg(QLatin1String(LessonFile::formatName)));
        return;
    }
    int version = 0;
    r.integer(root, QStringLiteral("version"), QString(), 1, LessonFile::currentVersion, version);
    if (!r.failed() && version == 0)
        r.fail(QStringLiteral("version"), LessonFile::tr("missing"));
    r.string(root, QStringLiteral("id"), QString(), 64, lesson.id);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    if (!r.failed() && !idPattern.match(lesson.id).hasMatch())
        r.fail(QStringLiteral("id"),
               LessonFile::tr("expected 1 to 64 lowercase letters, digits or underscores"));
    r.integer(root, QStringLiteral("order"), QString(), 0, 1'000'000, lesson.order);
    lesson.title = text(root.value(QStringLiteral("title")), QStringLiteral("title"));
    if (root.contains(QStringLiteral("summary")))
        lesson.summary = text(root.value(QStringLiteral("summary")), QStringLiteral("summary"));
    QJsonArray steps;
    if (!r.array(root.value(QStringLiteral("steps")), QStringLiteral("steps"), maxSteps, steps))
        return;
    if (steps.isEmpty())
        r.fail(QStringLiteral("steps"), LessonFile::tr("a lesson needs at least one step"));
    for (qsizetype i = 0; i < steps.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("steps[%1]").arg(i);
        QJsonObject o;
        if (!r.object(steps.at(i), path, o))
            return;
        LessonStep s;
        step(o, path, s);
        lesson.steps.push_back(std::move(s));
    }
    lesson.lacksChinese = m_lacksChinese;
}

} // namespace

QString LessonStep::shownWorkspace() const
{
    if (!workspace.isEmpty())
        return workspace;
    if (lab)
        return QStringLiteral("network");
    if (explorer)
        return QStringLiteral("explorer");
    if (pointAt.startsWith(QLatin1String("lab.")))
        return QStringLiteral("network");
    if (pointAt.startsWith(QLatin1String("explorer.")))
        return QStringLiteral("explorer");
    return QString();
}

const QStringList &LessonFile::targetNames()
{
    static const QStringList names{
        QStringLiteral("explorer.activations"),
        QStringLiteral("explorer.parameters"),
        QStringLiteral("explorer.plot"),
        QStringLiteral("explorer.learn"),
        QStringLiteral("lab.controls"),
        QStringLiteral("lab.decision_map"),
        QStringLiteral("lab.unit_tiles"),
        QStringLiteral("lab.charts"),
        QStringLiteral("lab.settings"),
        QStringLiteral("lab.charts.sparsity"),
        QStringLiteral("lab.charts.gradient_norms"),
        QStringLiteral("lab.charts.pre_activations"),
    };
    return names;
}

ReadResult<Lesson> LessonFile::fromJson(const QByteArray &json)
{
    JsonReader r;
    QJsonObject root;
    Lesson lesson;
    if (r.document(json, maxFileBytes, root)) {
        LessonReader reader(r);
        reader.read(root, lesson);
    }
    if (r.failed())
        return ReadResult<Lesson>::failure(r.error);
    return lesson;
}

ReadResult<Lesson> LessonFile::read(const QString &path)
{
    QString error;
    const QByteArray bytes = JsonReader::readFile(path, maxFileBytes, error);
    if (!error.isEmpty())
        return ReadResult<Lesson>::failure(error);
    ReadResult<Lesson> lesson = fromJson(bytes);
    if (!lesson)
        return ReadResult<Lesson>::failure(
            tr("%1: %2").arg(QDir::toNativeSeparators(path), lesson.errorString()));
    lesson->path = path;
    return lesson;
}

const std::vector<Lesson> &LessonFile::bundled()
{
    static const std::vector<Lesson> lessons = readBundledFiles<Lesson>(bundledDirectory, "lesson",
                                                                        [](const QString &path) {
        return read(path);
    });
    return lessons;
}

ReadResult<Lesson> LessonFile::open(const QString &idOrPath)
{
    for (const Lesson &lesson : bundled()) {
        if (lesson.id == idOrPath)
            return lesson;
    }
    if (!QFileInfo::exists(idOrPath) && !idOrPath.endsWith(QLatin1String(".json")))
        return ReadResult<Lesson>::failure(
            tr("unknown lesson '%1' (relulab lesson --list lists them)").arg(idOrPath));
    return read(idOrPath);
}

} // namespace ReluLab
