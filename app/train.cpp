// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "activationhelp.h"
#include "commandline.h"
#include "commands.h"
#include "trainingrun.h"
#include "unitcolumns.h"

#include "core/activation.h"
#include "core/activations/parameterparser.h"
#include "core/datasets/datasets.h"
#include "core/limits.h"
#include "core/network/trainer.h"
#include "core/numbertext.h"
#include "core/trainingconfigio.h"
#include "io/bundleddata.h"
#include "io/coreerrortext.h"
#include "io/divergencetext.h"
#include "io/sessionfile.h"
#include "io/traininglogwriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

namespace ReluLab::Cli {

namespace {

QString number(double value, bool json)
{
    return TrainingLogWriter::number(value, json);
}

QString divergenceJson(const Core::DivergenceReport &report)
{
    return QStringLiteral("{\"epoch\": %1, \"step\": %2, \"cause\": \"%3\", \"layer\": %4, "
                          "\"loss\": %5, \"reference_loss\": %6}")
        .arg(QString::number(report.epoch), QString::number(report.step),
             QString::fromLatin1(Core::toString(report.cause)), QString::number(report.layer + 1),
             number(report.loss, true), number(report.referenceLoss, true));
}

// --param NAME=VALUE for every hidden layer whose activation has that parameter, through the one
// parameter parser; a name no layer's activation has is an error (of the first layer's).
bool applyParameters(const QStringList &texts, std::vector<Core::LayerActivation> &layers,
                     QString &problem)
{
    std::vector<std::pair<std::string, std::string>> assignments;
    for (const QString &text : texts) {
        const Core::Expected<std::pair<std::string, std::string>> assignment
            = Core::splitParameterAssignment(text.toStdString());
        if (!assignment) {
            problem = CliText::tr("relulab train: --param: %1\n")
                          .arg(describeCoreError(assignment.error()));
            return false;
        }
        assignments.push_back(*assignment);
    }
    if (assignments.empty())
        return true;
    for (const auto &assignment : assignments) {
        bool known = false;
        for (const Core::LayerActivation &layer : layers) {
            const Core::ActivationInfo *info = Core::findActivationInfo(layer.id);
            known = known || (info && info->parameter(assignment.first));
        }
        if (!known && !layers.empty()) {
            // The parser names the unknown parameter (or the unknown activation) itself.
            const Core::Expected<std::map<std::string, double>> parsed
                = Core::parseActivationParameters(layers.front().id, {assignment});
            if (!parsed) {
                problem = CliText::tr("relulab train: --param: %1\n")
                              .arg(describeCoreError(parsed.error()));
                return false;
            }
        }
    }
    for (Core::LayerActivation &layer : layers) {
        const Core::ActivationInfo *info = Core::findActivationInfo(layer.id);
        if (!info)
            continue; // the trainer reports the unknown activation
        std::vector<std::pair<std::string, std::string>> own;
        for (const auto &[name, value] : layer.parameters) {
            if (const Core::ParameterSpec *spec = info->parameter(name))
                own.emplace_back(name, Core::parameterValueText(*spec, value));
        }
        for (const auto &assignment : assignments) {
            if (info->parameter(assignment.first))
                own.push_back(assignment);
        }
        const Core::Expected<std::map<std::string, double>> parsed
            = Core::parseActivationParameters(layer.id, own);
        if (!parsed) {
            problem = CliText::tr("relulab train: --param: %1\n")
                          .arg(describeCoreError(parsed.error()));
            return false;
        }
        layer.parameters = *parsed;
    }
    return true;
}

// Every option of `relulab train` (the help text lists them in this order).
constexpr OptionSpec trainOptions[] = {
    {"dataset", "NAME|FILE.csv",
     QT_TRANSLATE_NOOP(
         "Cli", "moons, circles, xor, spiral, blobs, sine, digits, or a CSV file (x1,...,label)")},
    {"task", "auto|classification|regression",
     QT_TRANSLATE_NOOP("Cli", "a CSV file's last column: class numbers 0, 1, ... or real targets "
                              "(default auto: classes when every label is a whole number)")},
    {"samples", "N", QT_TRANSLATE_NOOP("Cli", "number of generated samples (default 1000)")},
    {"noise", "SIGMA",
     QT_TRANSLATE_NOOP("Cli", "generator noise, standard deviation (default 0.1)")},
    {"classes", "K", QT_TRANSLATE_NOOP("Cli", "blobs: number of classes, 2 to 5 (default 3)")},
    {"test-fraction", "F",
     QT_TRANSLATE_NOOP("Cli",
                       "share of samples held out for testing; 0 trains on all (default 0.25)")},
    {"standardise", nullptr,
     QT_TRANSLATE_NOOP("Cli", "scale each feature to zero mean and unit variance")},
    {"hidden", "W1,W2,...",
     QT_TRANSLATE_NOOP("Cli", "hidden layer widths, 1 to 512 each, or 'none' (default 64,64)")},
    {"activation", "ID[,ID...]",
     QT_TRANSLATE_NOOP("Cli", "activation for all hidden layers, or one per layer (default relu)")},
    {"param", "NAME=VALUE",
     QT_TRANSLATE_NOOP("Cli", "activation parameter by its PyTorch name (repeatable)")},
    {"prelu-mode", "per_layer|per_unit",
     QT_TRANSLATE_NOOP("Cli", "one learnable PReLU slope per layer or per unit")},
    {"init", "SCHEME",
     QT_TRANSLATE_NOOP("Cli", "pytorch_default, xavier_uniform, xavier_normal, he_uniform, "
                              "he_normal, lecun_normal, orthogonal, rai")},
    {"bias-init", "NUMBER|pytorch_default",
     QT_TRANSLATE_NOOP("Cli", "hidden biases: a constant, or PyTorch's default")},
    {"optimizer", "sgd|adam|rmsprop",
     QT_TRANSLATE_NOOP("Cli", "optimiser, with torch.optim's semantics (default sgd)")},
    {"lr", "RATE", QT_TRANSLATE_NOOP("Cli", "learning rate (default 0.1)")},
    {"momentum", "MU", QT_TRANSLATE_NOOP("Cli", "momentum for sgd and rmsprop (default 0)")},
    {"nesterov", nullptr, QT_TRANSLATE_NOOP("Cli", "Nesterov momentum (sgd)")},
    {"weight-decay", "LAMBDA",
     QT_TRANSLATE_NOOP("Cli", "L2 weight decay added to the gradient (default 0)")},
    {"schedule", "constant|step|cosine",
     QT_TRANSLATE_NOOP("Cli", "learning-rate schedule (default constant)")},
    {"step-size", "EPOCHS",
     QT_TRANSLATE_NOOP("Cli", "step schedule: epochs between decays (default 30)")},
    {"gamma", "FACTOR", QT_TRANSLATE_NOOP("Cli", "step schedule: decay factor (default 0.1)")},
    {"cosine-epochs", "EPOCHS",
     QT_TRANSLATE_NOOP("Cli",
                       "cosine schedule: epochs it anneals over, T_max (default: --epochs)")},
    {"activity-l1", "LAMBDA",
     QT_TRANSLATE_NOOP("Cli", "L1 penalty on hidden activations (default 0)")},
    {"batch", "N", QT_TRANSLATE_NOOP("Cli", "minibatch size; 0 = full batch (default 32)")},
    {"epochs", "N", QT_TRANSLATE_NOOP("Cli", "epochs to train (default 100)")},
    {"seed", "N",
     QT_TRANSLATE_NOOP("Cli", "seed of the initialisation, shuffling and data (default 1)")},
    {"dtype", "f32|f64", QT_TRANSLATE_NOOP("Cli", "float32 (default) or float64 arithmetic")},
    {"init-weights", "FILE.json",
     QT_TRANSLATE_NOOP(
         "Cli",
         "start from these weights: {\"layers\": [{\"weight\": [[...]], \"bias\": [...]}]}")},
    {"session", "FILE.json",
     QT_TRANSLATE_NOOP("Cli", "continue a saved session where it stopped (options given "
                              "here override it)")},
    {"save", "FILE.json", QT_TRANSLATE_NOOP("Cli", "save the session with the trained weights")},
    {"format", "csv|json", QT_TRANSLATE_NOOP("Cli", "output format (default csv)")},
    {"unit", "L:I",
     QT_TRANSLATE_NOOP("Cli", "also print unit I of hidden layer L (from 1) each epoch: its "
                              "active fraction and pre-activation min, mean, max (repeatable)")},
};

QString trainHelp(const CommandLine &commandLine)
{
    return CliText::tr(
               "Usage: relulab train [OPTIONS]\n"
               "\n"
               "Train a small fully connected network and print one row per epoch:\n"
               "epoch,train_loss,test_loss,train_acc,test_acc,sparsity_1..L,dead_1..L,"
               "gradnorm_1..L+1,\nlearning_rate,inactive_1..L,revived_1..L[,unit_L_I_active,"
               "unit_L_I_pre_min,\nunit_L_I_pre_mean,unit_L_I_pre_max for each --unit L:I]\n"
               "(epoch 0 = before training). Exit status 2 for bad options or data, 3 when\n"
               "training diverged (a NaN or infinite loss, gradient or weight, or a loss over\n"
               "1e6 times the loss before training).\n"
               "\n"
               "Options:\n")
           + commandLine.optionHelp() + QLatin1Char('\n') + activationParameterHelp();
}

int badInput(const QString &message)
{
    QTextStream(stderr) << message;
    return 2;
}

} // namespace

std::optional<Core::Trainer> startTrainer(const TrainingRun &run)
{
    const auto refuse = [](const QString &message) {
        badInput(message);
        return std::optional<Core::Trainer>();
    };
    // A generated set too large for the network is refused before its data is made.
    if (const Core::Status size = Core::checkRunSize(run.config); !size)
        return refuse(CliText::tr("relulab: %1\n").arg(describeCoreError(size.error())));
    Core::Expected<Core::DataSplit> data = Core::makeDataSplit(run.config.data,
                                                               bundledDataSources());
    if (!data)
        return refuse(CliText::tr("relulab: %1\n").arg(describeCoreError(data.error())));
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(run.config, std::move(*data));
    if (!trainer)
        return refuse(CliText::tr("relulab: %1\n").arg(describeCoreError(trainer.error())));
    if (run.initialWeights) {
        const Core::Status status = trainer->setWeights(*run.initialWeights);
        if (!status)
            return refuse(CliText::tr("relulab: the initial weights do not fit the network: %1\n")
                              .arg(describeCoreError(status.error())));
    }
    if (run.initialWeights && run.initialState) {
        const Core::Status status = trainer->restoreState(*run.initialState);
        if (!status)
            return refuse(
                CliText::tr("relulab: the saved training state does not fit the run: %1\n")
                    .arg(describeCoreError(status.error())));
    }
    return std::optional<Core::Trainer>(std::move(*trainer));
}

int runTraining(const TrainingRun &run)
{
    QTextStream err(stderr);
    std::optional<Core::Trainer> trainer = startTrainer(run);
    if (!trainer)
        return 2;

    // An unwritable --save path is found now, not after a long training run.
    if (!run.savePath.isEmpty()) {
        const QString problem = SessionFile::checkWritable(run.savePath);
        if (!problem.isEmpty())
            return badInput(CliText::tr("relulab train: --save: %1\n").arg(problem));
    }

    QString unitProblem;
    if (!checkUnits(run.units, trainer->layerWidths(), unitProblem))
        return badInput(unitProblem + usageHint(QStringLiteral("train")));

    QTextStream out(stdout);
    const bool json = run.format == OutputFormat::Json;
    const int hidden = trainer->hiddenLayerCount();
    // Rows are written as the epochs complete, in CSV and in JSON alike: nothing grows with the
    // epoch count. The JSON's "status" (and "divergence") are known at the end, so they follow
    // the "epochs" array.
    if (json)
        out << "{\n  \"born_dead\": "
            << (trainer->initialDiagnostics().networkDead ? "true" : "false")
            << ",\n  \"epochs\": [\n";
    else
        out << QStringList(TrainingLogWriter::columns(hidden) + unitColumns(run.units))
                   .join(QLatin1Char(','))
            << '\n';
    bool firstRow = true;
    const auto emitRow = [&](const Core::Diagnostics &d) {
        const TrainingLogRow row{d, trainer->currentLearningRate()};
        // The units' numbers are those of the weights the row describes (a pass of their own).
        const std::vector<Core::UnitStats> units = Core::unitStats(*trainer, run.units, 1);
        if (json) {
            out << (firstRow ? "" : ",\n") << "    "
                << withUnitJson(TrainingLogWriter::jsonRow(row), units);
            firstRow = false;
        } else {
            out << TrainingLogWriter::csvRow(row, hidden) << unitCsvCells(units) << '\n';
        }
        out.flush();
    };
    // A continued run starts with the row of the epoch it stopped at (the same numbers the
    // saving run printed last); a new one with epoch 0's.
    if (trainer->stepCount() > 0)
        emitRow(trainer->evaluate());
    else
        emitRow(trainer->initialDiagnostics());
    // Divergence (DESIGN.md §4) is checked by the trainer on every step and on every
    // evaluation; a diverged epoch's row is never printed, only the report.
    for (int e = 0; e < run.config.epochs; ++e) {
        if (!trainer->trainEpoch())
            break;
        const Core::Diagnostics d = trainer->evaluate();
        if (d.status == Core::TrainingStatus::Diverged)
            break;
        emitRow(d);
    }
    const std::optional<Core::DivergenceReport> divergence = trainer->divergence();
    if (json) {
        out << "\n  ],\n  \"status\": \"" << (divergence ? "diverged" : "ok") << '"';
        if (divergence)
            out << ",\n  \"divergence\": " << divergenceJson(*divergence);
        out << "\n}\n";
    }
    out.flush();
    if (divergence)
        err << CliText::tr("relulab: %1\n").arg(describeDivergence(*divergence));

    if (!run.savePath.isEmpty()) {
        Session session;
        session.config = trainer->config();
        session.weights = trainer->weights(); // the last finite weights when it diverged
        session.divergence = divergence;
        session.state = trainer->state();
        QString message;
        if (!SessionFile::write(run.savePath, session, &message)) {
            err << CliText::tr("relulab: cannot save %1: %2\n").arg(run.savePath, message);
            return 1;
        }
    }
    return divergence ? divergedStatus : 0;
}

std::span<const OptionSpec> trainOptionSpecs()
{
    return trainOptions;
}

int readTrainingRun(const CommandLine &parser, TrainingRun &run)
{
    // A bad option value: its message (which names the command and the option) and the hint.
    const auto badOption = [](const QString &message) {
        QTextStream(stderr) << message << usageHint(QStringLiteral("train"));
        return 2;
    };

    Core::TrainingConfig &config = run.config;
    if (parser.isSet("session")) {
        const ReadResult<Session> session = SessionFile::read(parser.value("session"));
        if (!session)
            return badInput(CliText::tr("relulab train: %1\n").arg(session.errorString()));
        config = session->config;
        run.initialWeights = session->weights;
        run.initialState = session->state;
    }

    // Each option overrides the session or default value; a parse failure is reported with the
    // option's name and exit status 2.
    const auto value = [&](const char *name) { return parser.value(name); };
    const auto isSet = [&](const char *name) { return parser.isSet(name); };
    QString problem;
    // The ranges are core's (core/limits.h): the session files and the lab check the same.
    const auto outOfRange =
        [&](const char *name, std::optional<Core::Option> option, double parsed) {
        if (!option)
            return false;
        const Core::Status inRange = Core::checkOption(*option, parsed);
        if (inRange)
            return false;
        problem = CliText::tr("relulab train: --%1: %2\n")
                      .arg(QLatin1String(name), describeCoreError(inRange.error()));
        return true;
    };
    const auto numberOption =
        [&](const char *name, double &target, std::optional<Core::Option> option = std::nullopt) {
        if (!isSet(name))
            return true;
        const Core::Expected<double> parsed = Core::parseFiniteNumber(value(name).toStdString());
        if (!parsed) {
            problem = CliText::tr("relulab train: --%1: %2\n")
                          .arg(QLatin1String(name), describeCoreError(parsed.error()));
            return false;
        }
        if (outOfRange(name, option, *parsed))
            return false;
        target = *parsed;
        return true;
    };
    const auto intOption = [&](const char *name, int &target, int minimum,
                               std::optional<Core::Option> option = std::nullopt) {
        if (!isSet(name))
            return true;
        bool ok = false;
        const int parsed = value(name).toInt(&ok);
        if (ok && parsed >= minimum && outOfRange(name, option, parsed))
            return false;
        if (!ok || parsed < minimum) {
            problem = CliText::tr("relulab train: --%1 expects a whole number >= %2, got '%3'\n")
                          .arg(QLatin1String(name))
                          .arg(minimum)
                          .arg(quoted(value(name)));
            return false;
        }
        target = parsed;
        return true;
    };
    const auto enumOption = [&](const char *name, auto parse, auto &target) {
        if (!isSet(name))
            return true;
        const auto parsed = parse(value(name).toStdString());
        if (!parsed) {
            problem = CliText::tr("relulab train: --%1: %2\n")
                          .arg(QLatin1String(name), describeCoreError(parsed.error()));
            return false;
        }
        target = *parsed;
        return true;
    };

    if (isSet("dataset")) {
        const std::string name = value("dataset").toStdString();
        if (Core::isKnownDataset(name) && name != "csv") {
            config.data.name = name;
        } else {
            config.data.name = "csv";
            config.data.csvPath = name;
        }
    }
    using Core::Option;
    int seed = int(config.seed);
    bool ok = intOption("samples", config.data.samples, 1)
              && numberOption("noise", config.data.noise)
              && intOption("classes", config.data.classes, 1)
              && numberOption("test-fraction", config.data.testFraction)
              && enumOption("task", &Core::parseCsvTask, config.data.csvTask)
              && enumOption("init", &Core::parseInitScheme, config.network.init)
              && enumOption("bias-init", &Core::parseBiasInit, config.network.bias)
              && enumOption("prelu-mode", &Core::parsePreluMode, config.network.preluMode)
              && enumOption("dtype", &Core::parseDtype, config.network.dtype)
              && enumOption("optimizer", &Core::parseOptimizerKind, config.optimizer.kind)
              && enumOption("schedule", &Core::parseScheduleKind, config.optimizer.schedule)
              && numberOption("lr", config.optimizer.learningRate, Option::LearningRate)
              && numberOption("momentum", config.optimizer.momentum, Option::Momentum)
              && numberOption("weight-decay", config.optimizer.weightDecay, Option::WeightDecay)
              && intOption("step-size", config.optimizer.stepSize, 1, Option::StepSize)
              && numberOption("gamma", config.optimizer.gamma, Option::Gamma)
              && intOption("cosine-epochs", config.optimizer.cosineEpochs, 1, Option::CosineEpochs)
              && numberOption("activity-l1", config.activityL1, Option::ActivityL1)
              && intOption("batch", config.batchSize, 0, Option::BatchSize)
              && intOption("epochs", config.epochs, 0, Option::Epochs) && intOption("seed", seed, 0)
              && enumOption("hidden", &Core::parseHiddenWidths, config.network.hidden);
    if (ok && isSet("bias-init") && !config.network.bias.pytorchDefault)
        ok = !outOfRange("bias-init", Option::BiasInit, config.network.bias.value);
    if (!ok)
        return badOption(problem);
    // A generator's task is part of it (sine is regression, the others classification).
    if (isSet("task") && config.data.name != "csv")
        return badOption(
            CliText::tr("relulab train: --task applies to a CSV file, not to the data set '%1'\n")
                .arg(QString::fromStdString(config.data.name)));
    if (isSet("standardise"))
        config.data.standardise = true;
    if (isSet("nesterov"))
        config.optimizer.nesterov = true;
    if (isSet("seed")) {
        config.seed = std::uint64_t(seed);
        config.data.seed = std::uint64_t(seed);
    }
    // The cosine schedule anneals over the whole run (T_max = epochs) unless told otherwise
    // (a run that will be continued anneals over all its parts).
    if (isSet("schedule") && config.optimizer.schedule == Core::ScheduleKind::Cosine
        && !isSet("cosine-epochs"))
        config.optimizer.cosineEpochs = std::max(1, config.epochs);

    if (isSet("activation")) {
        config.network.activations.clear();
        for (const QString &id : value("activation").split(QLatin1Char(',')))
            config.network.activations.push_back(
                Core::LayerActivation{id.trimmed().toStdString(), {}});
    }
    if (!applyParameters(parser.values("param"), config.network.activations, problem))
        return badOption(problem);

    if (isSet("init-weights")) {
        const ReadResult<std::vector<Core::LayerWeights>> weights = SessionFile::readWeights(
            value("init-weights"));
        if (!weights)
            return badInput(
                CliText::tr("relulab train: --init-weights: %1\n").arg(weights.errorString()));
        run.initialWeights = weights.value();
        run.initialState.reset(); // other weights: a fresh run from them
    }
    if (isSet("format")) {
        const QString format = value("format");
        if (format == QLatin1String("json"))
            run.format = OutputFormat::Json;
        else if (format != QLatin1String("csv"))
            return badOption(CliText::tr("relulab train: --format expects csv or json, got '%1'\n")
                                 .arg(quoted(format)));
    }
    if (!parseUnitOptions(parser.values("unit"), run.units, problem))
        return badOption(problem);
    if (isSet("save")) {
        run.savePath = value("save");
        if (run.savePath.isEmpty())
            return badOption(CliText::tr("relulab train: --save needs a file name\n"));
    }
    return -1;
}

int runTrain(const QStringList &arguments)
{
    CommandLine parser(QStringLiteral("train"), trainOptions);
    int status = 0;
    if (!parser.parse(arguments, trainHelp(parser), 0, &status))
        return status;
    TrainingRun run;
    status = readTrainingRun(parser, run);
    return status >= 0 ? status : runTraining(run);
}

} // namespace ReluLab::Cli
