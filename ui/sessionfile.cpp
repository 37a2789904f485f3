// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Session file format, version 1 (keys are snake_case; every key but "format", "version" is
// optional and defaults to TrainingConfig's default; unknown keys are ignored):
// {
//   "format": "relulab-session", "version": 1, "title": "...", "description": "...",
//   "config": {
//     "dataset": {"name": "moons", "csv_path": "", "samples": 1000, "noise": 0.1, "classes": 3,
//                 "test_fraction": 0.25, "standardise": false, "seed": 1},
//     "network": {"hidden": [64, 64], "activations": [{"id": "relu", "parameters": {}}],
//                 "init": "he_normal", "bias_init": "pytorch_default" | -3.0,
//                 "prelu_mode": "per_layer", "dtype": "f32"},
//     "optimizer": {"kind": "sgd", "lr": 0.1, "momentum": 0, "nesterov": false, "beta1": 0.9,
//                   "beta2": 0.999, "epsilon": 1e-8, "rms_alpha": 0.99, "weight_decay": 0,
//                   "schedule": "constant", "step_size": 30, "gamma": 0.1, "cosine_epochs": 100},
//     "batch_size": 32, "epochs": 100, "activity_l1": 0, "seed": 1
//   },
//   "weights": {"layers": [{"weight": [[...], ...], "bias": [...], "prelu_slopes": [...]}]}
// }
// Seeds are JSON integers up to 2^53 or decimal strings for the full 64-bit range.
#include "sessionfile.h"

#include "coreerrortext.h"

#include "core/activation.h"
#include "core/datasets/csvreader.h"
#include "core/trainingconfigio.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>

namespace ReluLab {

namespace {

constexpr double maxSafeInteger = 9007199254740992.0; // 2^53: larger integers lose bits in JSON
const QLatin1String formatId(SessionFile::formatName);

/// Walks a JSON document; the first problem is kept in `error` (with its JSON path) and every
/// later call is a no-op, so parsing code reads as a straight list of fields.
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = SessionFile::tr("%1: %2").arg(path, what);
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject &out)
    {
        if (!value.isObject()) {
            fail(path, SessionFile::tr("expected an object"));
            return false;
        }
        out = value.toObject();
        return true;
    }

    bool array(const QJsonValue &value, const QString &path, qsizetype maxSize, QJsonArray &out)
    {
        if (!value.isArray()) {
            fail(path, SessionFile::tr("expected an array"));
            return false;
        }
        out = value.toArray();
        if (out.size() > maxSize) {
            fail(path,
                 SessionFile::tr("%1 entries, at most %2 allowed").arg(out.size()).arg(maxSize));
            return false;
        }
        return true;
    }

    void number(const QJsonObject &o, const QString &key, const QString &path, double min,
                double max, double &out)
    {
        if (failed() || !o.contains(key))
            return;
        numberValue(o.value(key), path + QLatin1Char('.') + key, min, max, out);
    }

    bool numberValue(const QJsonValue &v, const QString &path, double min, double max,
                     double &out)
    {
        if (!v.isDouble()) {
            fail(path, SessionFile::tr("expected a number"));
            return false;
        }
        const double x = v.toDouble();
        if (!std::isfinite(x) || x < min || x > max) {
            fail(path, SessionFile::tr("%1 is outside [%2, %3]").arg(x).arg(min).arg(max));
            return false;
        }
        out = x;
        return true;
    }

    bool integerValue(const QJsonValue &v, const QString &path, int min, int max, int &out)
    {
        double x = 0.0;
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble()) {
            fail(path, SessionFile::tr("expected a whole number"));
            return false;
        }
        if (!numberValue(v, path, min, max, x))
            return false;
        out = static_cast<int>(x);
        return true;
    }

    void integer(const QJsonObject &o, const QString &key, const QString &path, int min, int max,
                 int &out)
    {
        if (!failed() && o.contains(key))
            integerValue(o.value(key), path + QLatin1Char('.') + key, min, max, out);
    }

    void boolean(const QJsonObject &o, const QString &key, const QString &path, bool &out)
    {
        if (failed() || !o.contains(key))
            return;
        if (!o.value(key).isBool()) {
            fail(path + QLatin1Char('.') + key, SessionFile::tr("expected true or false"));
            return;
        }
        out = o.value(key).toBool();
    }

    bool stringValue(const QJsonValue &v, const QString &path, qsizetype maxLength, QString &out)
    {
        if (!v.isString()) {
            fail(path, SessionFile::tr("expected a text"));
            return false;
        }
        out = v.toString();
        if (out.size() > maxLength) {
            fail(path, SessionFile::tr("text longer than %1 characters").arg(maxLength));
            return false;
        }
        return true;
    }

    void string(const QJsonObject &o, const QString &key, const QString &path,
                qsizetype maxLength, QString &out)
    {
        if (!failed() && o.contains(key))
            stringValue(o.value(key), path + QLatin1Char('.') + key, maxLength, out);
    }

    /// A name from one of core's tables (trainingconfigio.h).
    template<typename Enum, typename Parse>
    void name(const QJsonObject &o, const QString &key, const QString &path, Parse parse,
              Enum &out)
    {
        QString text;
        if (failed() || !o.contains(key))
            return;
        if (!stringValue(o.value(key), path + QLatin1Char('.') + key, 64, text))
            return;
        const Core::Expected<Enum> parsed = parse(text.toStdString());
        if (!parsed) {
            fail(path + QLatin1Char('.') + key,
                 SessionFile::tr("unknown name \"%1\" (expected %2)")
                     .arg(text, QString::fromStdString(parsed.error().arg("allowed"))));
            return;
        }
        out = *parsed;
    }

    void seed(const QJsonObject &o, const QString &key, const QString &path, std::uint64_t &out)
    {
        if (failed() || !o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        const QString where = path + QLatin1Char('.') + key;
        if (v.isDouble()) {
            const double x = v.toDouble();
            if (std::floor(x) != x || x < 0.0 || x > maxSafeInteger) {
                fail(where, SessionFile::tr(
                                    "a seed is a whole number from 0 to 2^53 (or a decimal text)"));
                return;
            }
            out = static_cast<std::uint64_t>(x);
            return;
        }
        QString text;
        if (!v.isString()) {
            fail(where, SessionFile::tr("expected a whole number"));
            return;
        }
        text = v.toString();
        const QByteArray bytes = text.toLatin1();
        std::uint64_t value = 0;
        const char *last = bytes.constData() + bytes.size();
        const std::from_chars_result r = std::from_chars(bytes.constData(), last, value);
        if (bytes.isEmpty() || r.ptr != last || r.ec != std::errc()) {
            fail(where, SessionFile::tr("\"%1\" is not a 64-bit unsigned whole number")
                                .arg(text.left(40)));
            return;
        }
        out = value;
    }

    bool vector(const QJsonValue &v, const QString &path, qsizetype maxSize,
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
};

bool isStableId(const QString &id)
{
    if (id.isEmpty() || id.size() > 32)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

void readDataset(Reader &r, const QJsonObject &o, Core::DatasetRecipe &d)
{
    using L = Core::DatasetLimits;
    const QString p = QStringLiteral("config.dataset");
    QString name = QString::fromStdString(d.name);
    r.string(o, QStringLiteral("name"), p, 32, name);
    if (!r.failed() && !Core::isKnownDataset(name.toStdString()))
        r.fail(p + QStringLiteral(".name"), SessionFile::tr("unknown data set \"%1\"").arg(name));
    d.name = name.toStdString();
    QString csv = QString::fromStdString(d.csvPath);
    r.string(o, QStringLiteral("csv_path"), p, 4096, csv);
    d.csvPath = csv.toStdString();
    r.integer(o, QStringLiteral("samples"), p, L::minSamples, L::maxSamples, d.samples);
    r.number(o, QStringLiteral("noise"), p, 0.0, L::maxNoise, d.noise);
    r.integer(o, QStringLiteral("classes"), p, L::minClasses, L::maxClasses, d.classes);
    r.number(o, QStringLiteral("test_fraction"), p, 0.0, L::maxTestFraction, d.testFraction);
    r.boolean(o, QStringLiteral("standardise"), p, d.standardise);
    r.seed(o, QStringLiteral("seed"), p, d.seed);
}

void readActivationFields(Reader &r, const QJsonValue &v, const QString &p,
                          Core::LayerActivation &a)
{
    QJsonObject o;
    if (!r.object(v, p, o))
        return;
    QString id = QString::fromStdString(a.id);
    r.string(o, QStringLiteral("id"), p, 32, id);
    if (!r.failed() && !isStableId(id))
        r.fail(p + QStringLiteral(".id"),
               SessionFile::tr("\"%1\" is not an activation id").arg(id.left(40)));
    a.id = id.toStdString();
    if (r.failed() || !o.contains(QStringLiteral("parameters")))
        return;
    QJsonObject params;
    const QString pp = p + QStringLiteral(".parameters");
    if (!r.object(o.value(QStringLiteral("parameters")), pp, params))
        return;
    if (params.size() > 16) {
        r.fail(pp, SessionFile::tr("more than %1 parameters").arg(16));
        return;
    }
    a.parameters.clear();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!isStableId(it.key())) {
            r.fail(pp, SessionFile::tr("\"%1\" is not a parameter name").arg(it.key().left(40)));
            return;
        }
        double value = 0.0;
        if (!r.numberValue(it.value(), pp + QLatin1Char('.') + it.key(), -1e6, 1e6, value))
            return;
        a.parameters[it.key().toStdString()] = value;
    }
}

// An activation the core cannot build (unknown id, parameter out of range) is named here, with
// the core's reason, rather than when the network is built.
void readActivation(Reader &r, const QJsonValue &v, const QString &p, Core::LayerActivation &a)
{
    readActivationFields(r, v, p, a);
    if (r.failed())
        return;
    const Core::Expected<Core::Activation> built = Core::Activation::create(a.id, a.parameters);
    if (!built)
        r.fail(p, describeCoreError(built.error()));
}

void readNetwork(Reader &r, const QJsonObject &o, Core::NetworkConfig &n)
{
    using L = Core::NetworkLimits;
    const QString p = QStringLiteral("config.network");
    if (o.contains(QStringLiteral("hidden"))) {
        QJsonArray widths;
        if (r.array(o.value(QStringLiteral("hidden")), p + QStringLiteral(".hidden"),
                    L::maxHiddenLayers, widths)) {
            n.hidden.assign(static_cast<std::size_t>(widths.size()), 0);
            for (qsizetype i = 0; i < widths.size() && !r.failed(); ++i) {
                r.integerValue(widths.at(i), p + QStringLiteral(".hidden[%1]").arg(i),
                               L::minWidth, L::maxWidth, n.hidden[static_cast<std::size_t>(i)]);
            }
        }
    }
    if (!r.failed() && o.contains(QStringLiteral("activations"))) {
        QJsonArray list;
        const QString ap = p + QStringLiteral(".activations");
        if (r.array(o.value(QStringLiteral("activations")), ap, L::maxHiddenLayers, list)) {
            const auto count = static_cast<std::size_t>(list.size());
            if (count != 1 && count != n.hidden.size() && !(count == 0 && n.hidden.empty())) {
                r.fail(ap,
                       SessionFile::tr(
                               "%1 activations for %2 hidden layers (give one, or one per layer)")
                               .arg(count)
                               .arg(n.hidden.size()));
            }
            n.activations.assign(count, Core::LayerActivation{});
            for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
                readActivation(r, list.at(i), ap + QStringLiteral("[%1]").arg(i),
                               n.activations[static_cast<std::size_t>(i)]);
            }
        }
    }
    r.name(o, QStringLiteral("init"), p, Core::parseInitScheme, n.init);
    if (!r.failed() && o.contains(QStringLiteral("bias_init"))) {
        const QJsonValue v = o.value(QStringLiteral("bias_init"));
        const QString bp = p + QStringLiteral(".bias_init");
        if (v.isString() && v.toString() == QLatin1String("pytorch_default")) {
            n.bias = Core::BiasInit{true, 0.0};
        } else if (v.isDouble()) {
            double value = 0.0;
            if (r.numberValue(v, bp, -1e6, 1e6, value))
                n.bias = Core::BiasInit{false, value};
        } else {
            r.fail(bp, SessionFile::tr("expected \"pytorch_default\" or a number"));
        }
    }
    r.name(o, QStringLiteral("prelu_mode"), p, Core::parsePreluMode, n.preluMode);
    r.name(o, QStringLiteral("dtype"), p, Core::parseDtype, n.dtype);
}

void readOptimizer(Reader &r, const QJsonObject &o, Core::OptimizerConfig &c)
{
    const QString p = QStringLiteral("config.optimizer");
    r.name(o, QStringLiteral("kind"), p, Core::parseOptimizerKind, c.kind);
    r.number(o, QStringLiteral("lr"), p, 0.0, 1e6, c.learningRate);
    r.number(o, QStringLiteral("momentum"), p, 0.0, 1.0, c.momentum);
    r.boolean(o, QStringLiteral("nesterov"), p, c.nesterov);
    r.number(o, QStringLiteral("beta1"), p, 0.0, 1.0, c.beta1);
    r.number(o, QStringLiteral("beta2"), p, 0.0, 1.0, c.beta2);
    r.number(o, QStringLiteral("epsilon"), p, 0.0, 1.0, c.epsilon);
    r.number(o, QStringLiteral("rms_alpha"), p, 0.0, 1.0, c.rmsAlpha);
    r.number(o, QStringLiteral("weight_decay"), p, 0.0, 1e6, c.weightDecay);
    r.name(o, QStringLiteral("schedule"), p, Core::parseScheduleKind, c.schedule);
    r.integer(o, QStringLiteral("step_size"), p, 1, 1'000'000, c.stepSize);
    r.number(o, QStringLiteral("gamma"), p, 0.0, 1e6, c.gamma);
    r.integer(o, QStringLiteral("cosine_epochs"), p, 1, 1'000'000, c.cosineEpochs);
}

/// Reads {"layers": [...]} at `path`.
bool readLayers(Reader &r, const QJsonValue &v, const QString &path,
                std::vector<Core::LayerWeights> &layers)
{
    QJsonObject o;
    if (!r.object(v, path, o))
        return false;
    QJsonArray list;
    const QString lp = path + QStringLiteral(".layers");
    if (!r.array(o.value(QStringLiteral("layers")), lp, Core::NetworkLimits::maxHiddenLayers + 1,
                 list)) {
        return false;
    }
    if (list.isEmpty()) {
        r.fail(lp, SessionFile::tr("no layers"));
        return false;
    }
    qint64 total = 0;
    layers.assign(static_cast<std::size_t>(list.size()), Core::LayerWeights{});
    for (qsizetype k = 0; k < list.size(); ++k) {
        const QString kp = lp + QStringLiteral("[%1]").arg(k);
        Core::LayerWeights &layer = layers[static_cast<std::size_t>(k)];
        QJsonObject lo;
        QJsonArray rows;
        if (!r.object(list.at(k), kp, lo)
            || !r.array(lo.value(QStringLiteral("weight")), kp + QStringLiteral(".weight"),
                        SessionFile::maxMatrixSide, rows)) {
            return false;
        }
        const qsizetype out = rows.size();
        if (out == 0) {
            r.fail(kp + QStringLiteral(".weight"), SessionFile::tr("empty matrix"));
            return false;
        }
        qsizetype in = -1;
        std::vector<double> row;
        for (qsizetype i = 0; i < out; ++i) {
            const QString rp = kp + QStringLiteral(".weight[%1]").arg(i);
            if (!r.vector(rows.at(i), rp, SessionFile::maxMatrixSide, row))
                return false;
            const auto width = static_cast<qsizetype>(row.size());
            if (in < 0) {
                in = width;
                if (in == 0) {
                    r.fail(rp, SessionFile::tr("empty row"));
                    return false;
                }
                total += qint64(out) * in + out;
                if (total > SessionFile::maxWeightValues) {
                    r.fail(kp, SessionFile::tr("more than %1 weights in the file")
                                   .arg(SessionFile::maxWeightValues));
                    return false;
                }
                layer.weight.resize(out, in);
            } else if (width != in) {
                r.fail(rp,
                       SessionFile::tr("%1 values, but the first row has %2").arg(width).arg(in));
                return false;
            }
            for (qsizetype j = 0; j < in; ++j)
                layer.weight(i, j) = row[static_cast<std::size_t>(j)];
        }
        if (k > 0 && in != layers[static_cast<std::size_t>(k - 1)].weight.rows()) {
            r.fail(kp + QStringLiteral(".weight"),
                   SessionFile::tr("%1 inputs, but the previous layer has %2 outputs")
                       .arg(in)
                       .arg(layers[static_cast<std::size_t>(k - 1)].weight.rows()));
            return false;
        }
        std::vector<double> bias;
        if (!r.vector(lo.value(QStringLiteral("bias")), kp + QStringLiteral(".bias"),
                      SessionFile::maxMatrixSide, bias)) {
            return false;
        }
        if (static_cast<qsizetype>(bias.size()) != out) {
            r.fail(kp + QStringLiteral(".bias"),
                   SessionFile::tr("%1 values for %2 outputs").arg(bias.size()).arg(out));
            return false;
        }
        layer.bias = Eigen::Map<const Eigen::VectorXd>(bias.data(), Eigen::Index(bias.size()));
        if (lo.contains(QStringLiteral("prelu_slopes"))) {
            const QString sp = kp + QStringLiteral(".prelu_slopes");
            if (!r.vector(lo.value(QStringLiteral("prelu_slopes")), sp, SessionFile::maxMatrixSide,
                          layer.preluSlopes)) {
                return false;
            }
            const auto count = static_cast<qsizetype>(layer.preluSlopes.size());
            if (count != 0 && count != 1 && count != out) {
                r.fail(sp, SessionFile::tr("%1 slopes: give 1 or one per unit (%2)")
                                   .arg(count)
                                   .arg(out));
                return false;
            }
        }
    }
    return true;
}

/// The whole text as a JSON object, or an error (size, UTF-8 and syntax checked first).
bool parseDocument(const QByteArray &json, Reader &r, QJsonObject &root)
{
    if (json.size() > SessionFile::maxFileBytes) {
        r.fail(QStringLiteral("file"),
               SessionFile::tr("larger than %1 MiB").arg(SessionFile::maxFileBytes >> 20));
        return false;
    }
    const std::size_t bad = Core::firstInvalidUtf8(
        std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    if (bad != std::string_view::npos) {
        r.fail(QStringLiteral("file"), SessionFile::tr("invalid UTF-8 at byte %1").arg(bad));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(QStringLiteral("file"), SessionFile::tr("not valid JSON at byte %1 (%2)")
                                           .arg(parseError.offset)
                                           .arg(parseError.errorString()));
        return false;
    }
    if (!document.isObject()) {
        r.fail(QStringLiteral("file"), SessionFile::tr("expected a JSON object"));
        return false;
    }
    root = document.object();
    return true;
}

QByteArray readCapped(const QString &path, QString &error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        error = SessionFile::tr("%1: no such file").arg(path);
        return {};
    }
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        error = SessionFile::tr("%1: cannot be read").arg(path);
        return {};
    }
    if (file.size() > SessionFile::maxFileBytes) {
        error = SessionFile::tr("%1: larger than %2 MiB")
                        .arg(path)
                        .arg(SessionFile::maxFileBytes >> 20);
        return {};
    }
    return file.read(SessionFile::maxFileBytes + 1);
}

} // namespace

ReadResult<Session> SessionFile::fromJson(const QByteArray &json)
{
    Reader r;
    QJsonObject root;
    if (!parseDocument(json, r, root))
        return ReadResult<Session>::failure(r.error);
    if (root.value(QStringLiteral("format")).toString() != formatId) {
        return ReadResult<Session>::failure(
            tr("not a ReLU Lab session (\"format\" is not \"relulab-session\")"));
    }
    Session session;
    int version = 0;
    if (!r.integerValue(root.value(QStringLiteral("version")), QStringLiteral("version"), 1,
                        1'000'000, version)) {
        return ReadResult<Session>::failure(r.error);
    }
    if (version > currentVersion) {
        return ReadResult<Session>::failure(
            tr("the session was written by a newer ReLU Lab (format version %1; this version "
               "reads up to %2)")
                .arg(version)
                .arg(currentVersion));
    }
    session.formatVersion = version;
    r.string(root, QStringLiteral("title"), QStringLiteral("session"), 1000, session.title);
    r.string(root, QStringLiteral("description"), QStringLiteral("session"), 100'000,
             session.description);

    Core::TrainingConfig &c = session.config;
    QJsonObject config;
    if (root.contains(QStringLiteral("config"))
        && r.object(root.value(QStringLiteral("config")), QStringLiteral("config"), config)) {
        QJsonObject part;
        if (config.contains(QStringLiteral("dataset"))
            && r.object(config.value(QStringLiteral("dataset")), QStringLiteral("config.dataset"),
                        part)) {
            readDataset(r, part, c.data);
        }
        if (!r.failed() && config.contains(QStringLiteral("network"))
            && r.object(config.value(QStringLiteral("network")), QStringLiteral("config.network"),
                        part)) {
            readNetwork(r, part, c.network);
        }
        if (!r.failed() && config.contains(QStringLiteral("optimizer"))
            && r.object(config.value(QStringLiteral("optimizer")),
                        QStringLiteral("config.optimizer"), part)) {
            readOptimizer(r, part, c.optimizer);
        }
        const QString p = QStringLiteral("config");
        r.integer(config, QStringLiteral("batch_size"), p, 0, 1'000'000, c.batchSize);
        r.integer(config, QStringLiteral("epochs"), p, 0, 1'000'000, c.epochs);
        r.number(config, QStringLiteral("activity_l1"), p, 0.0, 1e6, c.activityL1);
        r.seed(config, QStringLiteral("seed"), p, c.seed);
    }
    if (!r.failed() && root.contains(QStringLiteral("weights"))) {
        std::vector<Core::LayerWeights> layers;
        if (readLayers(r, root.value(QStringLiteral("weights")), QStringLiteral("weights"),
                       layers)) {
            const QString mismatch = checkWeights(c.network, layers, Core::datasetShape(c.data));
            if (!mismatch.isEmpty())
                r.fail(QStringLiteral("weights"), mismatch);
            session.weights = std::move(layers);
        }
    }
    if (r.failed())
        return ReadResult<Session>::failure(r.error);
    return session;
}

ReadResult<Session> SessionFile::read(const QString &path)
{
    QString error;
    const QByteArray bytes = readCapped(path, error);
    if (!error.isEmpty())
        return ReadResult<Session>::failure(error);
    return fromJson(bytes);
}

ReadResult<std::vector<Core::LayerWeights>> SessionFile::weightsFromJson(const QByteArray &json)
{
    using Result = ReadResult<std::vector<Core::LayerWeights>>;
    Reader r;
    QJsonObject root;
    if (!parseDocument(json, r, root))
        return Result::failure(r.error);
    std::vector<Core::LayerWeights> layers;
    if (!readLayers(r, root, QStringLiteral("weights"), layers))
        return Result::failure(r.error);
    return layers;
}

ReadResult<std::vector<Core::LayerWeights>> SessionFile::readWeights(const QString &path)
{
    QString error;
    const QByteArray bytes = readCapped(path, error);
    if (!error.isEmpty())
        return ReadResult<std::vector<Core::LayerWeights>>::failure(error);
    return weightsFromJson(bytes);
}

QString SessionFile::checkWeights(const Core::NetworkConfig &network,
                                  const std::vector<Core::LayerWeights> &weights,
                                  std::optional<Core::DatasetShape> shape)
{
    if (weights.size() != network.hidden.size() + 1) {
        return tr("%1 weight layers, but the network has %2 (hidden layers + output)")
            .arg(weights.size())
            .arg(network.hidden.size() + 1);
    }
    for (std::size_t k = 0; k < weights.size(); ++k) {
        const Core::LayerWeights &layer = weights[k];
        if (layer.bias.size() != layer.weight.rows())
            return tr("layer %1: %2 biases for %3 units")
                .arg(k + 1)
                .arg(layer.bias.size())
                .arg(layer.weight.rows());
        if (k < network.hidden.size() && layer.weight.rows() != network.hidden[k]) {
            return tr("layer %1: %2 units, but the configuration says %3")
                .arg(k + 1)
                .arg(layer.weight.rows())
                .arg(network.hidden[k]);
        }
        if (!layer.preluSlopes.empty() && k < network.hidden.size()) {
            const std::size_t a = network.activations.size() == 1 ? 0 : k;
            const bool prelu = a < network.activations.size()
                               && network.activations[a].id == "prelu";
            if (!prelu)
                return tr("layer %1: PReLU slopes given, but its activation is not prelu")
                    .arg(k + 1);
        }
        if (k > 0 && layer.weight.cols() != weights[k - 1].weight.rows()) {
            return tr("layer %1: %2 inputs, but layer %3 has %4 units")
                .arg(k + 1)
                .arg(layer.weight.cols())
                .arg(k)
                .arg(weights[k - 1].weight.rows());
        }
    }
    if (shape) {
        if (weights.front().weight.cols() != shape->inputs) {
            return tr("the first layer takes %1 inputs, but the data set has %2 features")
                .arg(weights.front().weight.cols())
                .arg(shape->inputs);
        }
        if (weights.back().weight.rows() != shape->outputs) {
            return tr("the output layer has %1 units, but the data set needs %2")
                .arg(weights.back().weight.rows())
                .arg(shape->outputs);
        }
    }
    return {};
}

} // namespace ReluLab
