// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// A run saved to a session file and reopened goes on bit for bit: training N epochs, saving,
// reading the file back and training M more gives the same rows and weights as N + M at once,
// for every optimiser and schedule, in float32 and float64. A training state that is malformed
// or does not fit the network is refused with a sentence naming it.
#include "io/coreerrortext.h"
#include "io/sessionfile.h"
#include "io/traininglogwriter.h"

#include "core/datasets/datasets.h"
#include "core/network/trainer.h"

#include <QJsonDocument>
#include <QtTest>

using namespace ReluLab;

namespace {

struct OptimiserCase
{
    const char *name;
    Core::OptimizerKind kind;
    double momentum;
    bool nesterov;
};

constexpr OptimiserCase optimisers[] = {
    {"sgd", Core::OptimizerKind::Sgd, 0.0, false},
    {"momentum", Core::OptimizerKind::Sgd, 0.9, false},
    {"nesterov", Core::OptimizerKind::Sgd, 0.9, true},
    {"adam", Core::OptimizerKind::Adam, 0.0, false},
    {"rmsprop", Core::OptimizerKind::RmsProp, 0.0, false},
    {"rmsprop_momentum", Core::OptimizerKind::RmsProp, 0.5, false},
};

constexpr std::pair<const char *, Core::ScheduleKind> schedules[] = {
    {"constant", Core::ScheduleKind::Constant},
    {"step", Core::ScheduleKind::Step},
    {"cosine", Core::ScheduleKind::Cosine},
};

// Minibatches (so the shuffling generator matters), RReLU in the second layer (random slopes
// in training draw from the same generator), PReLU per unit, weight decay.
Core::TrainingConfig baseConfig()
{
    Core::TrainingConfig c;
    c.data.name = "moons";
    c.data.samples = 72;
    c.data.testFraction = 0.25;
    c.data.seed = 3;
    c.network.hidden = {6, 5, 4};
    c.network.activations = {Core::LayerActivation{"relu", {}}, Core::LayerActivation{"rrelu", {}},
                             Core::LayerActivation{"prelu", {}}};
    c.network.preluMode = Core::PreluMode::PerUnit;
    c.optimizer.learningRate = 0.02;
    c.optimizer.weightDecay = 1e-3;
    c.optimizer.stepSize = 2;
    c.optimizer.gamma = 0.5;
    c.optimizer.cosineEpochs = 5;
    c.batchSize = 10;
    c.seed = 11;
    return c;
}

Core::Trainer makeTrainer(const Core::TrainingConfig &config)
{
    Core::Expected<Core::DataSplit> data = Core::makeDataSplit(config.data);
    if (!data)
        qFatal("data: %s", data.error().message.c_str());
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, std::move(*data));
    if (!trainer)
        qFatal("trainer: %s", trainer.error().message.c_str());
    return std::move(*trainer);
}

QString row(Core::Trainer &trainer)
{
    return TrainingLogWriter::csvRow(TrainingLogRow{trainer.evaluate(),
                                                    trainer.currentLearningRate()},
                                     trainer.hiddenLayerCount());
}

// Trains `epochs` epochs and then `extraSteps` single steps, one row per completed epoch.
QStringList train(Core::Trainer &trainer, int epochs, int extraSteps = 0)
{
    QStringList rows;
    for (int e = 0; e < epochs; ++e) {
        if (!trainer.trainEpoch())
            qFatal("diverged");
        rows << row(trainer);
    }
    for (int s = 0; s < extraSteps; ++s)
        trainer.step();
    return rows;
}

bool sameBits(const std::vector<Core::LayerWeights> &a, const std::vector<Core::LayerWeights> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
        const auto same = [](const auto &x, const auto &y) {
            return x.size() == y.size()
                   && std::memcmp(x.data(), y.data(), sizeof(double) * std::size_t(x.size())) == 0;
        };
        if (!same(a[k].weight, b[k].weight) || !same(a[k].bias, b[k].bias)
            || a[k].preluSlopes != b[k].preluSlopes) {
            return false;
        }
    }
    return true;
}

Session savedSession(const Core::Trainer &trainer)
{
    Session session;
    session.config = trainer.config();
    session.weights = trainer.weights();
    session.state = trainer.state();
    return session;
}

// Through the file format, then a fresh trainer as the CLI and the lab build one.
Core::Trainer reopened(const Session &session)
{
    QString message;
    const std::optional<QByteArray> json = SessionFile::toJson(session, &message);
    if (!json)
        qFatal("toJson: %s", qPrintable(message));
    const ReadResult<Session> read = SessionFile::fromJson(*json);
    if (!read)
        qFatal("fromJson: %s", qPrintable(read.errorString()));
    if (read->formatVersion != 2 || !read->state || !read->weights)
        qFatal("no state read back");
    Core::Trainer trainer = makeTrainer(read->config);
    if (!trainer.setWeights(*read->weights))
        qFatal("setWeights");
    const Core::Status status = trainer.restoreState(*read->state);
    if (!status)
        qFatal("restoreState: %s", status.error().message.c_str());
    return trainer;
}

QJsonObject validSessionJson()
{
    Core::TrainingConfig config = baseConfig();
    config.optimizer.kind = Core::OptimizerKind::Adam;
    Core::Trainer trainer = makeTrainer(config);
    train(trainer, 1, 2);
    QString message;
    return QJsonDocument::fromJson(*SessionFile::toJson(savedSession(trainer), &message)).object();
}

} // namespace

class TestSessionResume : public QObject
{
    Q_OBJECT

private slots:
    void continuesBitForBit_data();
    void continuesBitForBit();
    void continuesInsideAnEpoch_data();
    void continuesInsideAnEpoch();
    void generatorWordsAreExact();
    void malformedStateIsRefused_data();
    void malformedStateIsRefused();
    void inconsistentStateIsRefused_data();
    void inconsistentStateIsRefused();
    void versionOneFilesIgnoreState();
};

void TestSessionResume::continuesBitForBit_data()
{
    QTest::addColumn<int>("optimiser");
    QTest::addColumn<int>("schedule");
    QTest::addColumn<int>("dtype");
    for (int o = 0; o < int(std::size(optimisers)); ++o) {
        for (int s = 0; s < int(std::size(schedules)); ++s) {
            for (const Core::Dtype dtype : {Core::Dtype::F32, Core::Dtype::F64}) {
                QTest::addRow("%s/%s/%s", optimisers[o].name, schedules[s].first,
                              dtype == Core::Dtype::F32 ? "f32" : "f64")
                    << o << s << int(dtype);
            }
        }
    }
}

void TestSessionResume::continuesBitForBit()
{
    QFETCH(int, optimiser);
    QFETCH(int, schedule);
    QFETCH(int, dtype);
    Core::TrainingConfig config = baseConfig();
    const OptimiserCase &o = optimisers[optimiser];
    config.optimizer.kind = o.kind;
    config.optimizer.momentum = o.momentum;
    config.optimizer.nesterov = o.nesterov;
    config.optimizer.schedule = schedules[schedule].second;
    config.network.dtype = Core::Dtype(dtype);
    const int n = 3;
    const int m = 4;

    Core::Trainer whole = makeTrainer(config);
    const QStringList wholeRows = train(whole, n + m);

    Core::Trainer first = makeTrainer(config);
    const QStringList firstRows = train(first, n);
    QCOMPARE(firstRows, wholeRows.mid(0, n));
    Core::Trainer second = reopened(savedSession(first));
    QCOMPARE(second.epoch(), n);
    QCOMPARE(second.stepCount(), first.stepCount());
    QCOMPARE(row(second), wholeRows.at(n - 1)); // the row it stopped at, again
    QCOMPARE(train(second, m), wholeRows.mid(n));
    QVERIFY(sameBits(second.weights(), whole.weights()));
}

// Saved between two minibatches (the lab's autosave may fire there): the rest of the epoch
// uses the epoch's shuffled order, which the file carries.
void TestSessionResume::continuesInsideAnEpoch_data()
{
    QTest::addColumn<int>("dtype");
    QTest::newRow("f32") << int(Core::Dtype::F32);
    QTest::newRow("f64") << int(Core::Dtype::F64);
}

void TestSessionResume::continuesInsideAnEpoch()
{
    QFETCH(int, dtype);
    Core::TrainingConfig config = baseConfig();
    config.optimizer.kind = Core::OptimizerKind::Adam;
    config.optimizer.schedule = Core::ScheduleKind::Cosine;
    config.network.dtype = Core::Dtype(dtype);

    Core::Trainer whole = makeTrainer(config);
    const QStringList wholeRows = train(whole, 5);

    Core::Trainer first = makeTrainer(config);
    train(first, 2, 3);
    QCOMPARE(first.stepInEpoch(), 3);
    const Session session = savedSession(first);
    QCOMPARE(std::ssize(session.state->order), first.data().train.sampleCount());
    Core::Trainer second = reopened(session);
    QCOMPARE(second.stepInEpoch(), 3);
    while (second.stepInEpoch() != 0)
        QVERIFY(second.step());
    QCOMPARE(row(second), wholeRows.at(2));
    QCOMPARE(train(second, 2), wholeRows.mid(3));
    QVERIFY(sameBits(second.weights(), whole.weights()));
}

// The generator's words use all 64 bits; a JSON number (a double) would round them.
void TestSessionResume::generatorWordsAreExact()
{
    Core::Trainer trainer = makeTrainer(baseConfig());
    train(trainer, 1);
    Session session = savedSession(trainer);
    session.state->rng.words = {0xffffffffffffffffULL, 0x8000000000000001ULL, 1, 0};
    session.state->rng.spareNormalBits = 0x3ff0000000000001ULL;
    session.state->rng.hasSpare = true;
    QString message;
    const QByteArray json = *SessionFile::toJson(session, &message);
    QVERIFY(json.contains("\"ffffffffffffffff\""));
    const ReadResult<Session> read = SessionFile::fromJson(json);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY(read->state->rng == session.state->rng);
}

void TestSessionResume::malformedStateIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("needle");
    const QJsonArray threeWords{QStringLiteral("0000000000000001"),
                                QStringLiteral("0000000000000002"),
                                QStringLiteral("0000000000000003")};
    QTest::newRow("three words") << QStringLiteral("rng.words") << QJsonValue(threeWords)
                                 << QStringLiteral("training_state.rng.words");
    QJsonArray notHex = threeWords;
    notHex.append(QStringLiteral("00000000000000zz"));
    QTest::newRow("not hex") << QStringLiteral("rng.words") << QJsonValue(notHex)
                             << QStringLiteral("hexadecimal");
    QJsonArray numberWord = threeWords;
    numberWord.append(12345);
    QTest::newRow("word as number") << QStringLiteral("rng.words") << QJsonValue(numberWord)
                                    << QStringLiteral("training_state.rng.words[3]");
    const QJsonArray zeros{QStringLiteral("0000000000000000"), QStringLiteral("0000000000000000"),
                           QStringLiteral("0000000000000000"), QStringLiteral("0000000000000000")};
    QTest::newRow("all zero") << QStringLiteral("rng.words") << QJsonValue(zeros)
                              << QStringLiteral("all zero");
    QTest::newRow("short moment") << QStringLiteral("first_moment") << QJsonValue(QJsonArray{0.0})
                                  << QStringLiteral("parameters");
    QTest::newRow("moment text") << QStringLiteral("second_moment")
                                 << QJsonValue(QStringLiteral("x"))
                                 << QStringLiteral("training_state.second_moment");
    QTest::newRow("negative epoch")
        << QStringLiteral("epoch") << QJsonValue(-1) << QStringLiteral("training_state.epoch");
    QTest::newRow("fractional step")
        << QStringLiteral("step") << QJsonValue(2.5) << QStringLiteral("training_state.step");
    QTest::newRow("optimiser ahead") << QStringLiteral("optimizer_step") << QJsonValue(1'000'000)
                                     << QStringLiteral("optimiser steps");
    QTest::newRow("no step in epoch")
        << QStringLiteral("step_in_epoch") << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("training_state.step_in_epoch");
    QTest::newRow("state not object")
        << QString() << QJsonValue(7) << QStringLiteral("training_state");
    QTest::newRow("no weights") << QStringLiteral("-weights") << QJsonValue()
                                << QStringLiteral("weights");
}

void TestSessionResume::malformedStateIsRefused()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, needle);
    QJsonObject root = validSessionJson();
    QJsonObject state = root.value(QStringLiteral("training_state")).toObject();
    if (key.isEmpty()) {
        root.insert(QStringLiteral("training_state"), value);
    } else if (key == QLatin1String("-weights")) {
        root.remove(QStringLiteral("weights"));
    } else if (key.startsWith(QLatin1String("rng."))) {
        QJsonObject rng = state.value(QStringLiteral("rng")).toObject();
        rng.insert(key.mid(4), value);
        state.insert(QStringLiteral("rng"), rng);
    } else if (value.isUndefined()) {
        state.remove(key);
    } else {
        state.insert(key, value);
    }
    if (!key.isEmpty())
        root.insert(QStringLiteral("training_state"), state);
    const ReadResult<Session> read = SessionFile::fromJson(QJsonDocument(root).toJson());
    QVERIFY(!read.ok());
    QVERIFY2(read.errorString().contains(needle), qPrintable(read.errorString()));
}

// What only the run can check (the data's size, the epoch's length): refused when the state is
// applied, with the core's reason in words, and nothing changes.
void TestSessionResume::inconsistentStateIsRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("needle");
    QTest::newRow("order repeats") << QStringLiteral("repeat") << QStringLiteral("order");
    QTest::newRow("order short") << QStringLiteral("short") << QStringLiteral("order");
    QTest::newRow("step beyond epoch")
        << QStringLiteral("beyond") << QStringLiteral("step_in_epoch");
    QTest::newRow("huge moment f32") << QStringLiteral("huge") << QStringLiteral("first_moment");
}

void TestSessionResume::inconsistentStateIsRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, needle);
    Core::Trainer trainer = makeTrainer(baseConfig());
    train(trainer, 1, 2);
    Core::TrainerState state = trainer.state();
    if (change == QLatin1String("repeat"))
        state.order[0] = state.order[1];
    else if (change == QLatin1String("short"))
        state.order.pop_back();
    else if (change == QLatin1String("beyond"))
        state.stepInEpoch = trainer.stepsPerEpoch();
    else
        state.firstMoment[0] = 1e300;
    Core::Trainer other = makeTrainer(baseConfig());
    const Core::Status status = other.restoreState(state);
    QVERIFY(!status);
    const QString text = describeCoreError(status.error());
    QVERIFY2(text.contains(needle), qPrintable(text));
    QCOMPARE(other.stepCount(), 0);
    QCOMPARE(other.epoch(), 0);
}

// Version 1 knew no training state: such a key there is ignored, and the file opens as before.
void TestSessionResume::versionOneFilesIgnoreState()
{
    QJsonObject root = validSessionJson();
    root.insert(QStringLiteral("version"), 1);
    const ReadResult<Session> read = SessionFile::fromJson(QJsonDocument(root).toJson());
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->formatVersion, 1);
    QVERIFY(!read->state);
    QVERIFY(read->weights);
}

QTEST_APPLESS_MAIN(TestSessionResume)

#include "tst_sessionresume.moc"
