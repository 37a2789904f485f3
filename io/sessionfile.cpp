// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Session file format, version 2 (keys are snake_case; every key but "format", "version" is
// optional and defaults to TrainingConfig's default; unknown keys are ignored):
// {
//   "format": "relulab-session", "version": 2, "title": "...", "description": "...",
//   "config": {
//     "dataset": {"name": "moons", "csv_path": "", "csv_task": "auto", "samples": 1000,
//                 "noise": 0.1, "classes": 3, "test_fraction": 0.25, "standardise": false,
//                 "seed": 1},
//     "network": {"hidden": [64, 64], "activations": [{"id": "relu", "parameters": {}}],
//                 "init": "he_normal", "bias_init": "pytorch_default" | -3.0,
//                 "prelu_mode": "per_layer", "dtype": "f32"},
//     "optimizer": {"kind": "sgd", "lr": 0.1, "momentum": 0, "nesterov": false, "beta1": 0.9,
//                   "beta2": 0.999, "epsilon": 1e-8, "rms_alpha": 0.99, "weight_decay": 0,
//                   "schedule": "constant", "step_size": 30, "gamma": 0.1, "cosine_epochs": 100},
//     "batch_size": 32, "epochs": 100, "activity_l1": 0, "seed": 1
//   },
//   "weights": {"layers": [{"weight": [[...], ...], "bias": [...], "prelu_slopes": [...]}]},
//   "training_state": {"epoch": 5, "step": 160, "step_in_epoch": 0, "order": [...],
//                      "rng": {"words": ["<16 hex digits>" x 4], "spare_normal": "<16 hex>",
//                              "has_spare": false},
//                      "optimizer_step": 160, "first_moment": [...], "second_moment": [...],
//                      "reference_loss": 0.69, "reference_gradient_norms": [...],
//                      "unit_history": [[0, 1, 5, ...], ...]}
// }
// Seeds are JSON integers up to 2^53 or decimal strings for the full 64-bit range.
// Version 2 added "training_state" (it needs "weights"): where the run stands, so a reopened run
// continues bit for bit. "epoch" is the schedule's position; "order" (only inside an epoch of a
// minibatch run) the epoch's shuffled sample order; "rng" the xoshiro256** generator's four
// words and its spare normal's IEEE-754 bits, as hexadecimal texts (a JSON number would lose
// bits); the moments are the optimiser's buffers over the flat parameter vector (weights, then
// bias, then the PReLU slots of each layer: core/network/network.h); the optional
// "unit_history" what the evaluations so far saw of each hidden unit (Core::UnitHistoryBit: 1
// dead once, 2 revived, 4 dead since the start). Version 1 files read as
// before: without a state, a run restarts its schedule, optimiser and shuffling.
#include "sessionfile.h"

#include "coreerrortext.h"
#include "jsonreader.h"
#include "sessionstate.h"

#include "core/activation.h"
#include "core/activations/parameterparser.h"
#include "core/datasets/csvreader.h"
#include "core/limits.h"
#include "core/network/weightshapes.h"
#include "core/trainingconfigio.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace ReluLab {

namespace {

const QLatin1String formatId(SessionFile::formatName);

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

/// o[key] into `value` when present, checked against core's table (core/limits.h), the CLI's
/// and the trainer's ranges too; `whole` asks for a whole number first. False when absent or
/// refused (the reader then holds the message).
bool readOptionValue(JsonReader &r, const QJsonObject &o, const QString &key, const QString &path,
                     Core::Option option, bool whole, double &value)
{
    if (r.failed() || !o.contains(key))
        return false;
    const QString where = path + QLatin1Char('.') + key;
    const double any = std::numeric_limits<double>::max();
    if (!r.numberValue(o.value(key), where, -any, any, value))
        return false;
    if (whole && std::floor(value) != value) {
        r.fail(where, JsonReader::tr("expected a whole number"));
        return false;
    }
    if (const Core::Status status = Core::checkOption(option, value); !status) {
        r.fail(where, describeCoreError(status.error()));
        return false;
    }
    return true;
}

void readOption(JsonReader &r, const QJsonObject &o, const QString &key, const QString &path,
                Core::Option option, double &out)
{
    double value = 0.0;
    if (readOptionValue(r, o, key, path, option, false, value))
        out = value;
}

void readOption(JsonReader &r, const QJsonObject &o, const QString &key, const QString &path,
                Core::Option option, int &out)
{
    double value = 0.0;
    if (readOptionValue(r, o, key, path, option, true, value))
        out = static_cast<int>(value); // inside the option's range, so it fits
}

void readDataset(JsonReader &r, const QJsonObject &o, Core::DatasetRecipe &d)
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
    // Sessions from before the task choice have no key: the task is detected (auto).
    r.name(o, QStringLiteral("csv_task"), p, Core::parseCsvTask, d.csvTask);
    r.integer(o, QStringLiteral("samples"), p, L::minSamples, L::maxSamples, d.samples);
    r.number(o, QStringLiteral("noise"), p, 0.0, L::maxNoise, d.noise);
    r.integer(o, QStringLiteral("classes"), p, L::minClasses, L::maxClasses, d.classes);
    r.number(o, QStringLiteral("test_fraction"), p, 0.0, L::maxTestFraction, d.testFraction);
    r.boolean(o, QStringLiteral("standardise"), p, d.standardise);
    r.seed(o, QStringLiteral("seed"), p, d.seed);
}

void readActivationFields(JsonReader &r, const QJsonValue &v, const QString &p,
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
        // A choice or a flag may be written by name ("approximate": "tanh", "training": true);
        // a string goes through the one parameter parser, so the CLI's spellings and messages
        // hold here too.
        const QString where = pp + QLatin1Char('.') + it.key();
        if (it.value().isString() || it.value().isBool()) {
            const Core::ActivationInfo *info = Core::findActivationInfo(a.id);
            const Core::ParameterSpec *spec = info ? info->parameter(it.key().toStdString())
                                                   : nullptr;
            if (!spec) {
                r.fail(where, describeCoreError(
                                  Core::Error{"unknown_parameter",
                                              {},
                                              {{"id", a.id}, {"name", it.key().toStdString()}}}));
                return;
            }
            const QString text = it.value().isBool()
                                     ? (it.value().toBool() ? QStringLiteral("true")
                                                            : QStringLiteral("false"))
                                     : it.value().toString().left(64);
            const Core::Expected<double> value = Core::parseParameterValue(*info, *spec,
                                                                           text.toStdString());
            if (!value) {
                r.fail(where, describeCoreError(value.error()));
                return;
            }
            a.parameters[it.key().toStdString()] = *value;
            continue;
        }
        double value = 0.0;
        if (!r.numberValue(it.value(), where, -1e6, 1e6, value))
            return;
        a.parameters[it.key().toStdString()] = value;
    }
}

// An activation the core cannot build (unknown id, parameter out of range) is named here, with
// the core's reason, rather than when the network is built.
void readActivation(JsonReader &r, const QJsonValue &v, const QString &p, Core::LayerActivation &a)
{
    readActivationFields(r, v, p, a);
    if (r.failed())
        return;
    const Core::Expected<Core::Activation> built = Core::Activation::create(a.id, a.parameters);
    if (!built)
        r.fail(p, describeCoreError(built.error()));
}

void readNetwork(JsonReader &r, const QJsonObject &o, Core::NetworkConfig &n)
{
    using L = Core::NetworkLimits;
    const QString p = QStringLiteral("config.network");
    if (o.contains(QStringLiteral("hidden"))) {
        QJsonArray widths;
        if (r.array(o.value(QStringLiteral("hidden")), p + QStringLiteral(".hidden"),
                    L::maxHiddenLayers, widths)) {
            n.hidden.assign(static_cast<std::size_t>(widths.size()), 0);
            for (qsizetype i = 0; i < widths.size() && !r.failed(); ++i) {
                r.integerValue(widths.at(i), p + QStringLiteral(".hidden[%1]").arg(i), L::minWidth,
                               L::maxWidth, n.hidden[static_cast<std::size_t>(i)]);
            }
        }
    }
    if (!r.failed() && o.contains(QStringLiteral("activations"))) {
        QJsonArray list;
        const QString ap = p + QStringLiteral(".activations");
        if (r.array(o.value(QStringLiteral("activations")), ap, L::maxHiddenLayers, list)) {
            const auto count = static_cast<std::size_t>(list.size());
            n.activations.assign(count, Core::LayerActivation{});
            if (!n.activationCountFits()) {
                r.fail(ap, SessionFile::tr(
                               "%1 activations for %2 hidden layers (give one, or one per layer)")
                               .arg(count)
                               .arg(n.hidden.size()));
            }
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
            const Core::OptionRange &range = Core::optionRange(Core::Option::BiasInit);
            if (r.numberValue(v, bp, range.minimum, range.maximum, value))
                n.bias = Core::BiasInit{false, value};
        } else {
            r.fail(bp, SessionFile::tr("expected \"pytorch_default\" or a number"));
        }
    }
    r.name(o, QStringLiteral("prelu_mode"), p, Core::parsePreluMode, n.preluMode);
    r.name(o, QStringLiteral("dtype"), p, Core::parseDtype, n.dtype);
}

void readOptimizer(JsonReader &r, const QJsonObject &o, Core::OptimizerConfig &c)
{
    const QString p = QStringLiteral("config.optimizer");
    r.name(o, QStringLiteral("kind"), p, Core::parseOptimizerKind, c.kind);
    using Core::Option;
    readOption(r, o, QStringLiteral("lr"), p, Option::LearningRate, c.learningRate);
    readOption(r, o, QStringLiteral("momentum"), p, Option::Momentum, c.momentum);
    r.boolean(o, QStringLiteral("nesterov"), p, c.nesterov);
    readOption(r, o, QStringLiteral("beta1"), p, Option::Beta1, c.beta1);
    readOption(r, o, QStringLiteral("beta2"), p, Option::Beta2, c.beta2);
    readOption(r, o, QStringLiteral("epsilon"), p, Option::Epsilon, c.epsilon);
    readOption(r, o, QStringLiteral("rms_alpha"), p, Option::RmsAlpha, c.rmsAlpha);
    readOption(r, o, QStringLiteral("weight_decay"), p, Option::WeightDecay, c.weightDecay);
    r.name(o, QStringLiteral("schedule"), p, Core::parseScheduleKind, c.schedule);
    readOption(r, o, QStringLiteral("step_size"), p, Option::StepSize, c.stepSize);
    readOption(r, o, QStringLiteral("gamma"), p, Option::Gamma, c.gamma);
    readOption(r, o, QStringLiteral("cosine_epochs"), p, Option::CosineEpochs, c.cosineEpochs);
}

/// Reads {"layers": [...]} at `path`.
bool readLayers(JsonReader &r, const QJsonValue &v, const QString &path,
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
        std::vector<double> bias;
        if (!r.vector(lo.value(QStringLiteral("bias")), kp + QStringLiteral(".bias"),
                      SessionFile::maxMatrixSide, bias)) {
            return false;
        }
        layer.bias = Eigen::Map<const Eigen::VectorXd>(bias.data(), Eigen::Index(bias.size()));
        if (lo.contains(QStringLiteral("prelu_slopes"))) {
            const QString sp = kp + QStringLiteral(".prelu_slopes");
            if (!r.vector(lo.value(QStringLiteral("prelu_slopes")), sp, SessionFile::maxMatrixSide,
                          layer.preluSlopes)) {
                return false;
            }
        }
    }
    // The shapes between layers: core's one check, at the member of the layer it names.
    const Core::Status shapes = Core::checkWeightShapes(layers, Core::WeightShapeSpec{});
    if (!shapes) {
        const Core::Error &error = shapes.error();
        r.fail(lp
                   + QStringLiteral("[%1].%2")
                         .arg(QString::fromStdString(error.arg("layer")).toInt() - 1)
                         .arg(QString::fromStdString(error.arg("part"))),
               describeCoreError(error));
        return false;
    }
    return true;
}

} // namespace

ReadResult<Session> SessionFile::fromJson(const QByteArray &json)
{
    JsonReader r;
    QJsonObject root;
    if (!r.document(json, maxFileBytes, root))
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
        readOption(r, config, QStringLiteral("batch_size"), p, Core::Option::BatchSize,
                   c.batchSize);
        readOption(r, config, QStringLiteral("epochs"), p, Core::Option::Epochs, c.epochs);
        readOption(r, config, QStringLiteral("activity_l1"), p, Core::Option::ActivityL1,
                   c.activityL1);
        r.seed(config, QStringLiteral("seed"), p, c.seed);
        // A run too large for the memory it would need is refused here, before the data or the
        // network is made (core/limits.h, RunLimits).
        if (!r.failed()) {
            if (const Core::Status size = Core::checkRunSize(c); !size)
                r.fail(p, describeCoreError(size.error()));
        }
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
    if (!r.failed() && version >= 2 && root.contains(QStringLiteral("training_state"))) {
        Core::TrainerState state;
        readTrainerState(r, root.value(QStringLiteral("training_state")),
                         QStringLiteral("training_state"), c.network,
                         session.weights ? &*session.weights : nullptr, state);
        session.state = std::move(state);
    }
    if (r.failed())
        return ReadResult<Session>::failure(r.error);
    return session;
}

ReadResult<Session> SessionFile::read(const QString &path)
{
    QString error;
    const QByteArray bytes = JsonReader::readFile(path, maxFileBytes, error);
    if (!error.isEmpty())
        return ReadResult<Session>::failure(error);
    ReadResult<Session> result = fromJson(bytes);
    if (!result)
        return ReadResult<Session>::failure(
            tr("%1: %2").arg(QFileInfo(path).fileName(), result.errorString()));
    return result;
}

ReadResult<std::vector<Core::LayerWeights>> SessionFile::weightsFromJson(const QByteArray &json)
{
    using Result = ReadResult<std::vector<Core::LayerWeights>>;
    JsonReader r;
    QJsonObject root;
    if (!r.document(json, maxFileBytes, root))
        return Result::failure(r.error);
    std::vector<Core::LayerWeights> layers;
    if (!readLayers(r, root, QStringLiteral("weights"), layers))
        return Result::failure(r.error);
    return layers;
}

ReadResult<std::vector<Core::LayerWeights>> SessionFile::readWeights(const QString &path)
{
    QString error;
    const QByteArray bytes = JsonReader::readFile(path, maxFileBytes, error);
    if (!error.isEmpty())
        return ReadResult<std::vector<Core::LayerWeights>>::failure(error);
    ReadResult<std::vector<Core::LayerWeights>> result = weightsFromJson(bytes);
    if (!result)
        return ReadResult<std::vector<Core::LayerWeights>>::failure(
            tr("%1: %2").arg(QFileInfo(path).fileName(), result.errorString()));
    return result;
}

} // namespace ReluLab
