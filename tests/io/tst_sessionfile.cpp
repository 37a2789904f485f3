// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "io/sessionfile.h"

#include "core/limits.h"
#include "core/network/weightshapes.h"
#include "core/random.h"
#include "io/coreerrortext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace ReluLab;

namespace {

Session sampleSession(bool withWeights)
{
    Session s;
    s.title = QStringLiteral("死亡 ReLU · dead units");
    s.description = QStringLiteral("Negative biases kill ReLUs.\nSecond line.");
    Core::TrainingConfig &c = s.config;
    c.data.name = "blobs";
    c.data.csvPath = "/tmp/ignored.csv";
    c.data.csvTask = Core::CsvTask::Regression;
    c.data.samples = 321;
    c.data.noise = 0.123456789012345;
    c.data.classes = 4;
    c.data.testFraction = 0.3;
    c.data.standardise = true;
    c.data.seed = 18446744073709551615ULL; // 2^64 - 1: beyond a JSON double, stored as text
    c.network.hidden = {5, 3};
    c.network.activations = {Core::LayerActivation{"leaky_relu", {{"negative_slope", 0.2}}},
                             Core::LayerActivation{"prelu", {}}};
    c.network.init = Core::InitScheme::Rai;
    c.network.bias = Core::BiasInit{false, -3.0};
    c.network.preluMode = Core::PreluMode::PerUnit;
    c.network.dtype = Core::Dtype::F64;
    Core::OptimizerConfig &o = c.optimizer;
    o.kind = Core::OptimizerKind::RmsProp;
    o.learningRate = 0.003;
    o.momentum = 0.5;
    o.nesterov = true;
    o.beta1 = 0.8;
    o.beta2 = 0.95;
    o.epsilon = 1e-6;
    o.rmsAlpha = 0.9;
    o.weightDecay = 1e-4;
    o.schedule = Core::ScheduleKind::Step;
    o.stepSize = 7;
    o.gamma = 0.5;
    o.cosineEpochs = 33;
    c.batchSize = 0;
    c.epochs = 12;
    c.activityL1 = 1e-3;
    c.seed = 42;
    if (withWeights) {
        Core::Rng rng(9);
        const int sizes[] = {2, 5, 3, 4};
        std::vector<Core::LayerWeights> layers;
        for (int k = 0; k < 3; ++k) {
            Core::LayerWeights layer;
            layer.weight.resize(sizes[k + 1], sizes[k]);
            for (Eigen::Index i = 0; i < layer.weight.size(); ++i)
                layer.weight.data()[i] = rng.normal() * 1e-3 / 3.0;
            layer.bias.resize(sizes[k + 1]);
            for (Eigen::Index i = 0; i < layer.bias.size(); ++i)
                layer.bias(i) = rng.uniform(-1.0, 1.0);
            if (k == 1)
                layer.preluSlopes = {0.25, 0.1, 1.0 / 3.0};
            layers.push_back(layer);
        }
        s.weights = layers;
    }
    return s;
}

QByteArray session(const char *config, const char *rest = "")
{
    return QByteArray(R"({"format": "relulab-session", "version": 1, "config": )") + config + rest
           + "}";
}

} // namespace

class TestSessionFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void minimalUsesDefaults();
    void hostile_data();
    void hostile();
    void weightsFile_data();
    void weightsFile();
    void wrongShapeOneMessage_data();
    void wrongShapeOneMessage();
    void atomicWriteKeepsOldFile();
    void missingFile();
    void errorsNameTheFile_data();
    void errorsNameTheFile();
};

void TestSessionFile::roundTrip()
{
    const Session original = sampleSession(true);
    QString error;
    const std::optional<QByteArray> json = SessionFile::toJson(original, &error);
    QVERIFY2(json.has_value(), qPrintable(error));
    const ReadResult<Session> read = SessionFile::fromJson(*json);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    const Session &s = read.value();

    QCOMPARE(s.title, original.title);
    QCOMPARE(s.description, original.description);
    QCOMPARE(s.formatVersion, SessionFile::currentVersion);
    const Core::TrainingConfig &a = original.config;
    const Core::TrainingConfig &b = s.config;
    QCOMPARE(b.data.name, a.data.name);
    QCOMPARE(b.data.csvPath, a.data.csvPath);
    QVERIFY(b.data.csvTask == a.data.csvTask);
    QCOMPARE(b.data.samples, a.data.samples);
    QCOMPARE(b.data.noise, a.data.noise); // exact: JSON doubles are written round-trip
    QCOMPARE(b.data.classes, a.data.classes);
    QCOMPARE(b.data.testFraction, a.data.testFraction);
    QCOMPARE(b.data.standardise, a.data.standardise);
    QCOMPARE(b.data.seed, a.data.seed);
    QCOMPARE(b.network.hidden, a.network.hidden);
    QCOMPARE(b.network.activations.size(), a.network.activations.size());
    for (std::size_t i = 0; i < a.network.activations.size(); ++i) {
        QCOMPARE(b.network.activations[i].id, a.network.activations[i].id);
        QVERIFY(b.network.activations[i].parameters == a.network.activations[i].parameters);
    }
    QVERIFY(b.network.init == a.network.init);
    QCOMPARE(b.network.bias.pytorchDefault, a.network.bias.pytorchDefault);
    QCOMPARE(b.network.bias.value, a.network.bias.value);
    QVERIFY(b.network.preluMode == a.network.preluMode);
    QVERIFY(b.network.dtype == a.network.dtype);
    const Core::OptimizerConfig &p = a.optimizer;
    const Core::OptimizerConfig &q = b.optimizer;
    QVERIFY(q.kind == p.kind);
    QCOMPARE(q.learningRate, p.learningRate);
    QCOMPARE(q.momentum, p.momentum);
    QCOMPARE(q.nesterov, p.nesterov);
    QCOMPARE(q.beta1, p.beta1);
    QCOMPARE(q.beta2, p.beta2);
    QCOMPARE(q.epsilon, p.epsilon);
    QCOMPARE(q.rmsAlpha, p.rmsAlpha);
    QCOMPARE(q.weightDecay, p.weightDecay);
    QVERIFY(q.schedule == p.schedule);
    QCOMPARE(q.stepSize, p.stepSize);
    QCOMPARE(q.gamma, p.gamma);
    QCOMPARE(q.cosineEpochs, p.cosineEpochs);
    QCOMPARE(b.batchSize, a.batchSize);
    QCOMPARE(b.epochs, a.epochs);
    QCOMPARE(b.activityL1, a.activityL1);
    QCOMPARE(b.seed, a.seed);

    QVERIFY(s.weights.has_value());
    QCOMPARE(s.weights->size(), original.weights->size());
    for (std::size_t k = 0; k < s.weights->size(); ++k) {
        const Core::LayerWeights &x = (*original.weights)[k];
        const Core::LayerWeights &y = (*s.weights)[k];
        QCOMPARE(y.weight.rows(), x.weight.rows());
        QCOMPARE(y.weight.cols(), x.weight.cols());
        QVERIFY(y.weight == x.weight); // bit for bit
        QVERIFY(y.bias == x.bias);
        QVERIFY(y.preluSlopes == x.preluSlopes);
    }

    // Writing what was read gives the same bytes (a stable format).
    QCOMPARE(*SessionFile::toJson(s, nullptr), *json);
}

void TestSessionFile::minimalUsesDefaults()
{
    const ReadResult<Session> read = SessionFile::fromJson(
        R"({"format": "relulab-session", "version": 1})");
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    const Core::TrainingConfig defaults;
    QCOMPARE(read->config.data.name, defaults.data.name);
    QCOMPARE(read->config.network.hidden, defaults.network.hidden);
    QCOMPARE(read->config.epochs, defaults.epochs);
    QVERIFY(!read->weights.has_value());
    // A session from before the task choice (no csv_task key) opens with the task detected.
    const ReadResult<Session> old = SessionFile::fromJson(
        session(R"({"dataset": {"name": "csv", "csv_path": "/tmp/old.csv"}})"));
    QVERIFY2(old.ok(), qPrintable(old.errorString()));
    QVERIFY(old->config.data.csvTask == Core::CsvTask::Auto);
}

void TestSessionFile::hostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    const QByteArray weights2x2
        = R"(, "weights": {"layers": [{"weight": [[1, 2], [3, 4]], "bias": [0, 0]}]})";
    QTest::newRow("empty") << QByteArray() << "JSON";
    QTest::newRow("truncated") << session(R"({"epochs": 3)") << "JSON";
    QTest::newRow("array root") << QByteArray("[1, 2]") << "object";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "version": 1})")
                                  << "relulab-session";
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "relulab-session", "version": 3})") << "newer";
    QTest::newRow("version text") << QByteArray(R"({"format": "relulab-session", "version": "1"})")
                                  << "version";
    QTest::newRow("config array") << session("[]") << "config";
    QTest::newRow("billion units")
        << session(R"({"network": {"hidden": [1000000000]}})") << "config.network.hidden[0]";
    QTest::newRow("zero width") << session(R"({"network": {"hidden": [4, 0]}})")
                                << "config.network.hidden[1]";
    QTest::newRow("fractional width")
        << session(R"({"network": {"hidden": [4.5]}})") << "config.network.hidden[0]";
    QTest::newRow("width as text")
        << session(R"({"network": {"hidden": ["64"]}})") << "config.network.hidden[0]";
    QTest::newRow("65 layers") << session(QByteArray(R"({"network": {"hidden": [)")
                                              .append(QByteArray("1,").repeated(64))
                                              .append("1]}}")
                                              .constData())
                               << "config.network.hidden";
    QTest::newRow("activation count") << session(
        R"({"network": {"hidden": [4, 4, 4], "activations": [{"id": "relu"}, {"id": "relu"}]}})")
                                      << "config.network.activations";
    QTest::newRow("activation id") << session(R"({"network": {"activations": [{"id": "Re LU"}]}})")
                                   << "config.network.activations[0].id";
    QTest::newRow("parameter null") << session(
        R"({"network": {"activations": [{"id": "elu", "parameters": {"alpha": null}}]}})")
                                    << "config.network.activations[0].parameters.alpha";
    QTest::newRow("unknown init") << session(R"({"network": {"init": "glorot"}})")
                                  << "config.network.init";
    QTest::newRow("bias text") << session(R"({"network": {"bias_init": "minus three"}})")
                               << "config.network.bias_init";
    QTest::newRow("lr overflow") << session(R"({"optimizer": {"lr": 1e999}})") << "JSON";
    QTest::newRow("lr negative") << session(R"({"optimizer": {"lr": -0.1}})")
                                 << "config.optimizer.lr";
    QTest::newRow("NaN literal") << session(R"({"optimizer": {"lr": NaN}})") << "JSON";
    QTest::newRow("nesterov number")
        << session(R"({"optimizer": {"nesterov": 1}})") << "config.optimizer.nesterov";
    QTest::newRow("negative seed") << session(R"({"seed": -1})") << "config.seed";
    QTest::newRow("seed text junk") << session(R"({"seed": "12abc"})") << "config.seed";
    QTest::newRow("seed text overflow")
        << session(R"({"seed": "18446744073709551616"})") << "config.seed";
    QTest::newRow("unknown data set")
        << session(R"({"dataset": {"name": "mnist"}})") << "config.dataset.name";
    QTest::newRow("absurd samples")
        << session(R"({"dataset": {"samples": 1e9}})") << "config.dataset.samples";
    QTest::newRow("unknown csv task")
        << session(R"({"dataset": {"csv_task": "clustering"}})") << "config.dataset.csv_task";
    QTest::newRow("test fraction 1")
        << session(R"({"dataset": {"test_fraction": 1}})") << "config.dataset.test_fraction";
    QTest::newRow("epochs huge") << session(R"({"epochs": 1e300})") << "config.epochs";
    QTest::newRow("title number") << QByteArray(
        R"({"format": "relulab-session", "version": 1, "title": 5})")
                                  << "session.title";
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"format\": \"relulab-session\", \"version\": 1, "
                      "\"title\": \"\xff\xfe\"}")
        << "UTF-8";
    QTest::newRow("deep nesting") << QByteArray(200000, '[') << "JSON";
    QTest::newRow("deep nesting in config") << session(
        QByteArray(R"({"network": {"hidden": )").append(QByteArray(5000, '[')).constData())
                                            << "JSON";
    QTest::newRow("huge file") << QByteArray(65 << 20, ' ') << "MiB";
    QTest::newRow("weights layer count")
        << session(R"({"network": {"hidden": [2]}})", weights2x2.constData()) << "weights";
    QTest::newRow("weights ragged")
        << session(R"({"network": {"hidden": []}})",
                   R"(, "weights": {"layers": [{"weight": [[1, 2], [3]], "bias": [0, 0]}]})")
        << "weights.layers[0].weight[1]";
    QTest::newRow("weights bias length")
        << session(R"({"network": {"hidden": []}})",
                   R"(, "weights": {"layers": [{"weight": [[1, 2], [3, 4]], "bias": [0]}]})")
        << "weights.layers[0].bias";
    QTest::newRow("weights null") << session(
        R"({"network": {"hidden": []}})",
        R"(, "weights": {"layers": [{"weight": [[1, null], [3, 4]], "bias": [0, 0]}]})")
                                  << "weights.layers[0].weight[0][1]";
    QTest::newRow("weights wrong input count") << session(
        R"({"network": {"hidden": []}})",
        R"(, "weights": {"layers": [{"weight": [[1, 2, 3], [3, 4, 5]], "bias": [0, 0]}]})")
                                               << "must be 2 × 2";
    QTest::newRow("weights chain") << session(
        R"({"network": {"hidden": [3]}})",
        R"(, "weights": {"layers": [{"weight": [[1, 2], [3, 4], [5, 6]], "bias": [0, 0, 0]}, )"
        R"({"weight": [[1, 2], [3, 4]], "bias": [0, 0]}]})")
                                   << "weights.layers[1].weight";
    QTest::newRow("weights huge matrix")
        << session(R"({"network": {"hidden": []}})",
                   QByteArray(R"(, "weights": {"layers": [{"weight": [)")
                       .append(QByteArray("[0],").repeated(5000))
                       .append(R"([0]], "bias": []}]})")
                       .constData())
        << "weights.layers[0].weight";
    // PReLU slopes belong to PReLU layers: on a ReLU layer they are refused, not ignored.
    QTest::newRow("prelu slopes on relu")
        << session(R"({"network": {"hidden": [2], "activations": [{"id": "relu"}]}})",
                   R"(, "weights": {"layers": [{"weight": [[1, 2], [3, 4]], "bias": [0, 0], )"
                   R"("prelu_slopes": [0.25]}, {"weight": [[1, 2], [3, 4]], "bias": [0, 0]}]})")
        << "PReLU";
    // A million samples through eight 512-wide layers: refused with the run-size limit
    // (core/limits.h) before anything is made.
    QTest::newRow("run too large")
        << session(R"({"dataset": {"name": "moons", "samples": 1000000}, )"
                   R"("network": {"hidden": [512, 512, 512, 512, 512, 512, 512, 512]}})")
        << QString::number(Core::RunLimits::maxSampleUnits);
    QTest::newRow("run just too large")
        << session(QByteArray(R"({"dataset": {"name": "moons", "samples": )")
                       .append(QByteArray::number(Core::RunLimits::maxSampleUnits / 500 + 1))
                       .append(R"(}, "network": {"hidden": [500]}})")
                       .constData())
        << "500 hidden units";
}

void TestSessionFile::hostile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const ReadResult<Session> read = SessionFile::fromJson(json);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorString().contains(mentions), qPrintable(read.errorString()));
}

void TestSessionFile::weightsFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("layers");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("two layers") << QByteArray(
        R"({"layers": [{"weight": [[0.5, -1], [2, 3], [4, 5]], "bias": [0, 1, 2]},
                                     {"weight": [[1, 2, 3]], "bias": [-0.25]}]})")
                                << 2 << "";
    QTest::newRow("no layers key") << QByteArray(R"({"weights": []})") << 0 << "weights.layers";
    QTest::newRow("empty layers") << QByteArray(R"({"layers": []})") << 0 << "no layers";
    QTest::newRow("weight not matrix")
        << QByteArray(R"({"layers": [{"weight": [1, 2], "bias": [0]}]})") << 0
        << "weights.layers[0].weight[0]";
    QTest::newRow("slopes count") << QByteArray(
        R"({"layers": [{"weight": [[1], [2], [3]], "bias": [0, 0, 0], )"
        R"("prelu_slopes": [0.1, 0.2]}]})")
                                  << 0 << "prelu_slopes";
}

void TestSessionFile::weightsFile()
{
    QFETCH(QByteArray, json);
    QFETCH(int, layers);
    QFETCH(QString, mentions);

    const ReadResult<std::vector<Core::LayerWeights>> read = SessionFile::weightsFromJson(json);
    if (!mentions.isEmpty()) {
        QVERIFY(!read.ok());
        QVERIFY2(read.errorString().contains(mentions), qPrintable(read.errorString()));
        return;
    }
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(int(read->size()), layers);
    const Core::LayerWeights &first = read->front();
    QCOMPARE(first.weight.rows(), 3); // out x in, as PyTorch
    QCOMPARE(first.weight.cols(), 2);
    QCOMPARE(first.weight(0, 1), -1.0);
    QCOMPARE(first.weight(2, 0), 4.0);
    QCOMPARE(read->back().bias(0), -0.25);

    Core::NetworkConfig network;
    network.hidden = {3};
    QVERIFY(SessionFile::checkWeights(network, read.value(), Core::DatasetShape{2, 1}).isEmpty());
    QVERIFY(!SessionFile::checkWeights(network, read.value(), Core::DatasetShape{2, 2}).isEmpty());
    network.hidden = {4};
    QVERIFY(!SessionFile::checkWeights(network, read.value(), std::nullopt).isEmpty());
}

// A wrong shape is found by core's one check and reported once, in its words, at the member of
// the layer it names: the reader adds only the path.
void TestSessionFile::wrongShapeOneMessage_data()
{
    // Two layers, each given as {rows, columns, biases}.
    QTest::addColumn<QList<int>>("shape");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");

    QTest::newRow("chain") << QList<int>{3, 2, 3, 2, 2, 2}
                           << QStringLiteral("weights.layers[1].weight")
                           << QStringLiteral("weight_shape");
    QTest::newRow("bias") << QList<int>{3, 2, 2, 2, 3, 2}
                          << QStringLiteral("weights.layers[0].bias")
                          << QStringLiteral("bias_shape");
    QTest::newRow("configured width") << QList<int>{4, 2, 4, 2, 4, 2} << QStringLiteral("weights")
                                      << QStringLiteral("weight_shape");
    QTest::newRow("data outputs") << QList<int>{3, 2, 3, 5, 3, 5} << QStringLiteral("weights")
                                  << QStringLiteral("weight_shape");
}

void TestSessionFile::wrongShapeOneMessage()
{
    QFETCH(QList<int>, shape);
    QFETCH(QString, path);
    QFETCH(QString, code);
    std::vector<Core::LayerWeights> layers(2);
    QStringList json;
    for (int k = 0; k < 2; ++k) {
        const int rows = shape[3 * k];
        const int cols = shape[3 * k + 1];
        const int biases = shape[3 * k + 2];
        layers[std::size_t(k)].weight = Eigen::MatrixXd::Constant(rows, cols, 0.5);
        layers[std::size_t(k)].bias = Eigen::VectorXd::Zero(biases);
        const QString row = QStringLiteral("[%1]").arg(
            QStringList(cols, QStringLiteral("0.5")).join(QLatin1Char(',')));
        json << QStringLiteral(R"({"weight": [%1], "bias": [%2]})")
                    .arg(QStringList(rows, row).join(QLatin1Char(',')),
                         QStringList(biases, QStringLiteral("0")).join(QLatin1Char(',')));
    }
    // moons: 2 inputs, 2 classes; one hidden layer of 3 units.
    const QByteArray text = session(R"({"network": {"hidden": [3]}})",
                                    QStringLiteral(R"(, "weights": {"layers": [%1]})")
                                        .arg(json.join(QLatin1Char(',')))
                                        .toUtf8()
                                        .constData());
    const ReadResult<Session> read = SessionFile::fromJson(text);
    QVERIFY(!read.ok());

    // Core's verdict on the same weights: the chain first (as the reader checks it while
    // reading), then the fit to the network and the data.
    Core::Status status = Core::checkWeightShapes(layers, Core::WeightShapeSpec{});
    if (status) {
        Core::NetworkConfig network;
        network.hidden = {3};
        Core::WeightShapeSpec spec;
        spec.network = &network;
        spec.inputs = 2;
        spec.outputs = 2;
        status = Core::checkWeightShapes(layers, spec);
    }
    QVERIFY(!status);
    QCOMPARE(QString::fromStdString(status.error().code), code);
    QCOMPARE(read.errorString(), path + QStringLiteral(": ") + describeCoreError(status.error()));
}

void TestSessionFile::atomicWriteKeepsOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lesson.json"));

    Session first = sampleSession(true);
    QString error;
    QVERIFY2(SessionFile::write(path, first, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // A diverged network cannot be written (JSON has no NaN): the old file stays as it was.
    Session diverged = sampleSession(true);
    diverged.title = QStringLiteral("second");
    (*diverged.weights)[1].weight(0, 0) = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(!SessionFile::write(path, diverged, &error));
    QVERIFY(error.contains(QLatin1String("layer 2")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();

    // A directory that cannot be written: QSaveFile fails before touching the target.
    if (::geteuid() != 0) {
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        Session second = sampleSession(false);
        QVERIFY(!SessionFile::write(path, second, &error));
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      | QFileDevice::ExeOwner));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();
    }

    // A successful overwrite replaces the whole file, and it reads back.
    Session third = sampleSession(false);
    third.title = QStringLiteral("third");
    QVERIFY2(SessionFile::write(path, third, &error), qPrintable(error));
    const ReadResult<Session> read = SessionFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(read->title, QStringLiteral("third"));
    QVERIFY(!read->weights.has_value());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
}

void TestSessionFile::missingFile()
{
    const ReadResult<Session> read = SessionFile::read(QStringLiteral("/nonexistent/x.json"));
    QVERIFY(!read.ok());
    QVERIFY(read.errorString().contains(QLatin1String("/nonexistent/x.json")));
    const ReadResult<Session> directory = SessionFile::read(QDir::tempPath());
    QVERIFY(!directory.ok());
}

void TestSessionFile::errorsNameTheFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << QByteArray("{ nope");
    QTest::newRow("not an object") << QByteArray("[1, 2]");
    QTest::newRow("bad UTF-8") << QByteArray("{\"title\": \"\xff\"}");
    QTest::newRow("bad field") << QByteArray(
        "{\"format\": \"relulab-session\", \"version\": \"x\"}");
}

// A message about a file starts with the file's name, never with an untranslated placeholder.
void TestSessionFile::errorsNameTheFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lecture 3.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    for (const QString &error :
         {SessionFile::read(path).errorString(), SessionFile::readWeights(path).errorString()}) {
        QVERIFY2(error.startsWith(QLatin1String("lecture 3.json: ")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("file:")), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
