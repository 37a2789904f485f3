// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Writing session files (the format is described in sessionfile.cpp, which reads them).
#include "sessionfile.h"
#include "sessionstate.h"

#include "core/trainingconfigio.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

constexpr double maxSafeInteger = 9007199254740992.0; // 2^53: larger integers lose bits in JSON
const QLatin1String formatId(SessionFile::formatName);

QJsonValue seedValue(std::uint64_t seed)
{
    if (static_cast<double>(seed) <= maxSafeInteger)
        return QJsonValue(static_cast<qint64>(seed));
    return QJsonValue(QString::number(seed));
}

QJsonArray numbers(const double *data, Eigen::Index count)
{
    QJsonArray a;
    for (Eigen::Index i = 0; i < count; ++i)
        a.append(data[i]);
    return a;
}

} // namespace

std::optional<QByteArray> SessionFile::toJson(const Session &session, QString *errorMessage)
{
    const Core::TrainingConfig &c = session.config;
    QJsonObject dataset{{QStringLiteral("name"), QString::fromStdString(c.data.name)},
                        {QStringLiteral("csv_path"), QString::fromStdString(c.data.csvPath)},
                        {QStringLiteral("csv_task"),
                         QString::fromLatin1(Core::toString(c.data.csvTask).data(),
                                             qsizetype(Core::toString(c.data.csvTask).size()))},
                        {QStringLiteral("samples"), c.data.samples},
                        {QStringLiteral("noise"), c.data.noise},
                        {QStringLiteral("classes"), c.data.classes},
                        {QStringLiteral("test_fraction"), c.data.testFraction},
                        {QStringLiteral("standardise"), c.data.standardise},
                        {QStringLiteral("seed"), seedValue(c.data.seed)}};
    QJsonArray hidden;
    for (const int width : c.network.hidden)
        hidden.append(width);
    QJsonArray activations;
    for (const Core::LayerActivation &a : c.network.activations) {
        QJsonObject parameters;
        for (const auto &[name, value] : a.parameters)
            parameters.insert(QString::fromStdString(name), value);
        activations.append(QJsonObject{{QStringLiteral("id"), QString::fromStdString(a.id)},
                                       {QStringLiteral("parameters"), parameters}});
    }
    const auto text = [](std::string_view s) {
        return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
    };
    QJsonObject network{{QStringLiteral("hidden"), hidden},
                        {QStringLiteral("activations"), activations},
                        {QStringLiteral("init"), text(Core::toString(c.network.init))},
                        {QStringLiteral("bias_init"),
                         c.network.bias.pytorchDefault
                             ? QJsonValue(QStringLiteral("pytorch_default"))
                             : QJsonValue(c.network.bias.value)},
                        {QStringLiteral("prelu_mode"), text(Core::toString(c.network.preluMode))},
                        {QStringLiteral("dtype"), text(Core::toString(c.network.dtype))}};
    const Core::OptimizerConfig &o = c.optimizer;
    QJsonObject optimizer{{QStringLiteral("kind"), text(Core::toString(o.kind))},
                          {QStringLiteral("lr"), o.learningRate},
                          {QStringLiteral("momentum"), o.momentum},
                          {QStringLiteral("nesterov"), o.nesterov},
                          {QStringLiteral("beta1"), o.beta1},
                          {QStringLiteral("beta2"), o.beta2},
                          {QStringLiteral("epsilon"), o.epsilon},
                          {QStringLiteral("rms_alpha"), o.rmsAlpha},
                          {QStringLiteral("weight_decay"), o.weightDecay},
                          {QStringLiteral("schedule"), text(Core::toString(o.schedule))},
                          {QStringLiteral("step_size"), o.stepSize},
                          {QStringLiteral("gamma"), o.gamma},
                          {QStringLiteral("cosine_epochs"), o.cosineEpochs}};
    QJsonObject config{{QStringLiteral("dataset"), dataset},
                       {QStringLiteral("network"), network},
                       {QStringLiteral("optimizer"), optimizer},
                       {QStringLiteral("batch_size"), c.batchSize},
                       {QStringLiteral("epochs"), c.epochs},
                       {QStringLiteral("activity_l1"), c.activityL1},
                       {QStringLiteral("seed"), seedValue(c.seed)}};
    QJsonObject root{{QStringLiteral("format"), formatId},
                     {QStringLiteral("version"), currentVersion},
                     {QStringLiteral("title"), session.title},
                     {QStringLiteral("description"), session.description},
                     {QStringLiteral("config"), config}};
    if (session.weights) {
        QJsonArray layers;
        for (std::size_t k = 0; k < session.weights->size(); ++k) {
            const Core::LayerWeights &layer = (*session.weights)[k];
            if (!layer.weight.allFinite() || !layer.bias.allFinite()) {
                if (errorMessage) {
                    *errorMessage = tr("layer %1 has weights that are not finite numbers (the "
                                       "training diverged); save without weights or reset")
                                        .arg(k + 1);
                }
                return std::nullopt;
            }
            QJsonArray rows;
            for (Eigen::Index i = 0; i < layer.weight.rows(); ++i) {
                const Eigen::RowVectorXd row = layer.weight.row(i);
                rows.append(numbers(row.data(), row.size()));
            }
            QJsonObject lo{{QStringLiteral("weight"), rows},
                           {QStringLiteral("bias"), numbers(layer.bias.data(), layer.bias.size())}};
            if (!layer.preluSlopes.empty()) {
                lo.insert(QStringLiteral("prelu_slopes"),
                          numbers(layer.preluSlopes.data(),
                                  Eigen::Index(layer.preluSlopes.size())));
            }
            layers.append(lo);
        }
        root.insert(QStringLiteral("weights"), QJsonObject{{QStringLiteral("layers"), layers}});
    }
    // Buffers that overflowed (Adam's v of a huge gradient) cannot be written: the run then
    // reopens without its state, as from a version 1 file.
    const auto finite = [](const std::vector<double> &values) {
        return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
    };
    if (session.state && session.weights && finite(session.state->firstMoment)
        && finite(session.state->secondMoment) && finite(session.state->referenceGradientNorms)) {
        root.insert(QStringLiteral("training_state"), trainerStateToJson(*session.state));
    }
    if (session.divergence) {
        const Core::DivergenceReport &report = *session.divergence;
        // JSON has no NaN or Inf: a non-finite loss is null.
        const auto finiteOrNull = [](double value) {
            return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
        };
        root.insert(QStringLiteral("divergence"),
                    QJsonObject{{QStringLiteral("epoch"), report.epoch},
                                {QStringLiteral("step"), qint64(report.step)},
                                {QStringLiteral("cause"),
                                 QString::fromLatin1(Core::toString(report.cause))},
                                {QStringLiteral("layer"), report.layer + 1},
                                {QStringLiteral("loss"), finiteOrNull(report.loss)},
                                {QStringLiteral("reference_loss"),
                                 finiteOrNull(report.referenceLoss)}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SessionFile::checkWritable(const QString &path)
{
    if (path.isEmpty())
        return tr("no file name given");
    if (QFileInfo(path).isDir())
        return tr("%1 is a folder, not a file").arg(path);
    // The same route as write(): a temporary file next to the target, discarded unused.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot be saved (%2)").arg(path, file.errorString());
    file.cancelWriting();
    return {};
}

bool SessionFile::write(const QString &path, const Session &session, QString *errorMessage)
{
    const std::optional<QByteArray> json = toJson(session, errorMessage);
    if (!json)
        return false;
    // QSaveFile writes a temporary file next to the target and renames it over the target on
    // commit(): a crash or a failure at any point leaves the old file complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot be saved (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ReluLab
