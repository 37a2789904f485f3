// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// A session's training state (format version 2): what a reopened run needs besides the weights
// to go on bit for bit. The generator's 64-bit words are hexadecimal texts: a JSON number is a
// double and would lose their low bits.
#include "sessionstate.h"

#include "jsonreader.h"
#include "sessionfile.h"

#include <QJsonArray>

#include <bit>
#include <charconv>
#include <cmath>
#include <limits>

namespace ReluLab {

namespace {

constexpr double maxSafeInteger = 9007199254740992.0; // 2^53
constexpr qsizetype maxOrderSize = 100'000'000;

QString hexWord(std::uint64_t word)
{
    return QStringLiteral("%1").arg(word, 16, 16, QLatin1Char('0'));
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray a;
    for (const double value : values)
        a.append(value);
    return a;
}

bool readHexWord(JsonReader &r, const QJsonValue &v, const QString &path, std::uint64_t &out)
{
    QString text;
    if (!r.stringValue(v, path, 16, text))
        return false;
    const QByteArray bytes = text.toLatin1();
    const char *last = bytes.constData() + bytes.size();
    const std::from_chars_result parsed = std::from_chars(bytes.constData(), last, out, 16);
    if (bytes.size() != 16 || parsed.ptr != last || parsed.ec != std::errc()) {
        r.fail(path, SessionFile::tr("\"%1\" is not 16 hexadecimal digits").arg(text.left(40)));
        return false;
    }
    return true;
}

void readCount(JsonReader &r, const QJsonObject &o, const QString &key, const QString &path,
               std::int64_t &out)
{
    if (r.failed())
        return;
    const QString where = path + QLatin1Char('.') + key;
    if (!o.contains(key)) {
        r.fail(where, SessionFile::tr("missing"));
        return;
    }
    double value = 0.0;
    if (!r.numberValue(o.value(key), where, 0.0, maxSafeInteger, value))
        return;
    if (std::floor(value) != value) {
        r.fail(where, JsonReader::tr("expected a whole number"));
        return;
    }
    out = static_cast<std::int64_t>(value);
}

void readRequiredInteger(JsonReader &r, const QJsonObject &o, const QString &key,
                         const QString &path, int &out)
{
    if (r.failed())
        return;
    if (!o.contains(key)) {
        r.fail(path + QLatin1Char('.') + key, SessionFile::tr("missing"));
        return;
    }
    r.integer(o, key, path, 0, std::numeric_limits<int>::max(), out);
}

// The flat parameter vector's length (core/network/network.h): every layer's weight and bias,
// and for each hidden layer its PReLU slots (one, or one per unit), present whatever the
// activation.
qint64 parameterCount(const Core::NetworkConfig &network,
                      const std::vector<Core::LayerWeights> &weights)
{
    qint64 count = 0;
    for (std::size_t k = 0; k < weights.size(); ++k) {
        const Core::LayerWeights &layer = weights[k];
        count += qint64(layer.weight.size()) + qint64(layer.bias.size());
        if (k + 1 < weights.size())
            count += network.preluMode == Core::PreluMode::PerUnit ? layer.weight.rows() : 1;
    }
    return count;
}

} // namespace

QJsonObject trainerStateToJson(const Core::TrainerState &state)
{
    QJsonArray words;
    for (const std::uint64_t word : state.rng.words)
        words.append(hexWord(word));
    QJsonObject o{{QStringLiteral("epoch"), state.epoch},
                  {QStringLiteral("step"), qint64(state.step)},
                  {QStringLiteral("step_in_epoch"), state.stepInEpoch},
                  {QStringLiteral("rng"),
                   QJsonObject{{QStringLiteral("words"), words},
                               {QStringLiteral("spare_normal"), hexWord(state.rng.spareNormalBits)},
                               {QStringLiteral("has_spare"), state.rng.hasSpare}}},
                  {QStringLiteral("optimizer_step"), qint64(state.optimiserStep)},
                  {QStringLiteral("first_moment"), numbers(state.firstMoment)},
                  {QStringLiteral("second_moment"), numbers(state.secondMoment)},
                  // JSON has no NaN: an unknown reference loss is null.
                  {QStringLiteral("reference_loss"), std::isfinite(state.referenceLoss)
                                                         ? QJsonValue(state.referenceLoss)
                                                         : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("reference_gradient_norms"),
                   numbers(state.referenceGradientNorms)}};
    if (!state.unitHistory.empty()) {
        QJsonArray layers;
        for (const std::vector<std::uint8_t> &units : state.unitHistory) {
            QJsonArray bits;
            for (const std::uint8_t unit : units)
                bits.append(int(unit));
            layers.append(bits);
        }
        o.insert(QStringLiteral("unit_history"), layers);
    }
    if (!state.order.empty()) {
        QJsonArray order;
        for (const int index : state.order)
            order.append(index);
        o.insert(QStringLiteral("order"), order);
    }
    return o;
}

void readTrainerState(JsonReader &r, const QJsonValue &value, const QString &path,
                      const Core::NetworkConfig &network,
                      const std::vector<Core::LayerWeights> *weights, Core::TrainerState &state)
{
    QJsonObject o;
    if (!r.object(value, path, o))
        return;
    if (!weights) {
        r.fail(path, SessionFile::tr("a training state needs the weights it belongs to"));
        return;
    }
    readRequiredInteger(r, o, QStringLiteral("epoch"), path, state.epoch);
    readCount(r, o, QStringLiteral("step"), path, state.step);
    readRequiredInteger(r, o, QStringLiteral("step_in_epoch"), path, state.stepInEpoch);
    readCount(r, o, QStringLiteral("optimizer_step"), path, state.optimiserStep);
    if (r.failed())
        return;
    if (state.optimiserStep > state.step) {
        r.fail(path + QStringLiteral(".optimizer_step"),
               SessionFile::tr("%1 optimiser steps, but the run took only %2")
                   .arg(state.optimiserStep)
                   .arg(state.step));
        return;
    }

    const QString rp = path + QStringLiteral(".rng");
    QJsonObject rng;
    QJsonArray words;
    if (!r.object(o.value(QStringLiteral("rng")), rp, rng)
        || !r.array(rng.value(QStringLiteral("words")), rp + QStringLiteral(".words"), 4, words)) {
        return;
    }
    if (words.size() != 4) {
        r.fail(rp + QStringLiteral(".words"),
               SessionFile::tr("%1 words, but the generator has 4").arg(words.size()));
        return;
    }
    bool allZero = true;
    for (qsizetype i = 0; i < 4; ++i) {
        std::uint64_t &word = state.rng.words[std::size_t(i)];
        if (!readHexWord(r, words.at(i), rp + QStringLiteral(".words[%1]").arg(i), word))
            return;
        allZero = allZero && word == 0;
    }
    if (allZero) {
        r.fail(rp + QStringLiteral(".words"),
               SessionFile::tr("all zero, a state the generator never reaches"));
        return;
    }
    if (!readHexWord(r, rng.value(QStringLiteral("spare_normal")),
                     rp + QStringLiteral(".spare_normal"), state.rng.spareNormalBits)) {
        return;
    }
    r.boolean(rng, QStringLiteral("has_spare"), rp, state.rng.hasSpare);
    if (state.rng.hasSpare && !std::isfinite(std::bit_cast<double>(state.rng.spareNormalBits))) {
        r.fail(rp + QStringLiteral(".spare_normal"), SessionFile::tr("not a finite number"));
        return;
    }

    const qint64 expected = parameterCount(network, *weights);
    for (const auto &[key, moment] :
         {std::pair{QStringLiteral("first_moment"), &state.firstMoment},
          std::pair{QStringLiteral("second_moment"), &state.secondMoment}}) {
        const QString mp = path + QLatin1Char('.') + key;
        if (!r.vector(o.value(key), mp, SessionFile::maxWeightValues, *moment))
            return;
        if (qint64(moment->size()) != expected) {
            r.fail(mp, SessionFile::tr("%1 values, but the network has %2 parameters")
                           .arg(moment->size())
                           .arg(expected));
            return;
        }
    }
    for (std::size_t i = 0; i < state.secondMoment.size(); ++i) {
        if (state.secondMoment[i] < 0.0) {
            r.fail(path + QStringLiteral(".second_moment[%1]").arg(i),
                   SessionFile::tr("a mean of squares cannot be negative"));
            return;
        }
    }

    const QJsonValue reference = o.value(QStringLiteral("reference_loss"));
    if (reference.isNull() || reference.isUndefined())
        state.referenceLoss = std::numeric_limits<double>::quiet_NaN();
    else if (!r.numberValue(reference, path + QStringLiteral(".reference_loss"), 0.0, HUGE_VAL,
                            state.referenceLoss))
        return;
    if (o.contains(QStringLiteral("reference_gradient_norms"))) {
        const QString np = path + QStringLiteral(".reference_gradient_norms");
        if (!r.vector(o.value(QStringLiteral("reference_gradient_norms")), np,
                      qsizetype(weights->size()), state.referenceGradientNorms)) {
            return;
        }
        if (!state.referenceGradientNorms.empty()
            && state.referenceGradientNorms.size() != weights->size()) {
            r.fail(np, SessionFile::tr("%1 values, but the network has %2 weight matrices")
                           .arg(state.referenceGradientNorms.size())
                           .arg(weights->size()));
            return;
        }
    }

    // Per hidden layer, per unit: bits 1 dead once, 2 revived, 4 dead since the start
    // (Core::UnitHistoryBit); Trainer::restoreState checks that they fit the network.
    if (o.contains(QStringLiteral("unit_history"))) {
        const QString hp = path + QStringLiteral(".unit_history");
        QJsonArray layers;
        if (!r.array(o.value(QStringLiteral("unit_history")), hp, qsizetype(weights->size()),
                     layers))
            return;
        state.unitHistory.assign(std::size_t(layers.size()), {});
        for (qsizetype k = 0; k < layers.size(); ++k) {
            const QString lp = hp + QStringLiteral("[%1]").arg(k);
            QJsonArray units;
            if (!r.array(layers.at(k), lp, maxOrderSize, units))
                return;
            std::vector<std::uint8_t> &bits = state.unitHistory[std::size_t(k)];
            bits.assign(std::size_t(units.size()), 0);
            for (qsizetype u = 0; u < units.size(); ++u) {
                int unitBits = 0;
                if (!r.integerValue(units.at(u), lp + QStringLiteral("[%1]").arg(u), 0, 7,
                                    unitBits))
                    return;
                bits[std::size_t(u)] = std::uint8_t(unitBits);
            }
        }
    }

    if (o.contains(QStringLiteral("order"))) {
        const QString op = path + QStringLiteral(".order");
        QJsonArray order;
        if (!r.array(o.value(QStringLiteral("order")), op, maxOrderSize, order))
            return;
        state.order.assign(std::size_t(order.size()), 0);
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (!r.integerValue(order.at(i), op + QStringLiteral("[%1]").arg(i), 0,
                                int(order.size()) - 1, state.order[std::size_t(i)])) {
                return;
            }
        }
    }
}

} // namespace ReluLab
