// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commandline.h"
#include "commands.h"
#include "trainingrun.h"

#include "core/numbertext.h"
#include "core/trainingconfigio.h"
#include "io/coreerrortext.h"
#include "io/scriptexport.h"
#include "io/sessionfile.h"

#include <QTextStream>

#include <iostream>
#include <string>
#include <vector>

// relulab predict: a saved network's answer for input rows read on standard input.

namespace ReluLab::Cli {

namespace {

constexpr OptionSpec predictOptions[] = {
    {"session", "FILE.json", QT_TRANSLATE_NOOP("Cli", "the saved session whose network answers")},
};

std::vector<std::string> splitCells(const std::string &line)
{
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = line.find(',', start);
        cells.push_back(line.substr(start, comma == std::string::npos ? comma : comma - start));
        if (comma == std::string::npos)
            return cells;
        start = comma + 1;
    }
}

std::string trimmed(const std::string &text)
{
    const std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return std::string();
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

} // namespace

std::optional<Core::Trainer> sessionNetwork(const char *command, const QString &path)
{
    QTextStream err(stderr);
    if (path.isEmpty()) {
        err << usageMessage(QLatin1String(command),
                            CliText::tr("--session FILE.json is required."));
        return std::nullopt;
    }
    const ReadResult<Session> session = SessionFile::read(path);
    if (!session) {
        err << CliText::tr("relulab %1: %2\n").arg(QLatin1String(command), session.errorString());
        return std::nullopt;
    }
    // The network alone is needed, not its data: a one-sample stand-in of the right widths and
    // task (one output is regression: a classification has at least two classes).
    if (!session->weights || session->weights->empty()) {
        err << CliText::tr("relulab %1: %2 holds no weights (save a session after training)\n")
                   .arg(QLatin1String(command), path);
        return std::nullopt;
    }
    const std::vector<Core::LayerWeights> &weights = *session->weights;
    const auto inputs = weights.front().weight.cols();
    const auto outputs = weights.back().weight.rows();
    Core::DataSplit data;
    data.train.inputs = Eigen::MatrixXd::Zero(inputs, 1);
    if (outputs == 1) {
        data.train.task = Core::Task::Regression;
        data.train.targets = Eigen::MatrixXd::Zero(1, 1);
    } else {
        data.train.labels = {0};
        data.train.classCount = int(outputs);
    }
    data.test = data.train;
    data.test.inputs.resize(inputs, 0);
    data.test.labels.clear();
    data.test.targets.resize(data.train.targets.rows(), 0);
    Core::TrainingConfig config = session->config;
    config.batchSize = 0;
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(config, std::move(data));
    if (!trainer) {
        err << CliText::tr("relulab %1: %2\n")
                   .arg(QLatin1String(command), describeCoreError(trainer.error()));
        return std::nullopt;
    }
    if (const Core::Status status = trainer->setWeights(weights); !status) {
        err << CliText::tr("relulab %1: the session's weights do not fit its network: %2\n")
                   .arg(QLatin1String(command), describeCoreError(status.error()));
        return std::nullopt;
    }
    return std::optional<Core::Trainer>(std::move(*trainer));
}

int runPredict(const QStringList &arguments)
{
    CommandLine parser(QStringLiteral("predict"), predictOptions);
    const QString help = CliText::tr(
                             "Usage: relulab predict --session FILE.json < inputs.csv\n\n"
                             "Read one input row per line on standard input (comma-separated "
                             "numbers with a decimal\npoint, one per input feature, as the network "
                             "sees them: standardised when the run\nstandardised its data) and "
                             "print per row the predicted class and the class\nprobabilities "
                             "(class,p_0,p_1,...) or, for regression, the value (value).\n"
                             "Exit status 1 for an input row that is not such a row.\n\n"
                             "Options:\n")
                         + parser.optionHelp();
    int status = 0;
    if (!parser.parse(arguments, help, 0, &status))
        return status;
    std::optional<Core::Trainer> trainer = sessionNetwork("predict", parser.value("session"));
    if (!trainer)
        return 2;
    const bool classification = trainer->data().train.task == Core::Task::Classification;
    const std::vector<int> widths = trainer->layerWidths();
    const int features = widths.front();
    // Every row is read and checked before anything is printed: bad input leaves stdout empty.
    QTextStream err(stderr);
    std::vector<Eigen::VectorXd> rows;
    std::string line;
    for (int number = 1; std::getline(std::cin, line); ++number) {
        if (trimmed(line).empty())
            continue;
        const std::vector<std::string> cells = splitCells(line);
        if (int(cells.size()) != features) {
            err << CliText::tr("relulab predict: line %1 has %2 values; the network expects %3 "
                               "(numbers use a decimal point: 0.5, not 0,5)\n")
                       .arg(number)
                       .arg(cells.size())
                       .arg(features);
            return 1;
        }
        Eigen::VectorXd x(features);
        for (int c = 0; c < features; ++c) {
            const std::string cell = trimmed(cells[std::size_t(c)]);
            const Core::Expected<double> value = Core::parseFiniteNumber(cell);
            if (!value) {
                err << CliText::tr("relulab predict: line %1, value %2: '%3' is not a finite "
                                   "number\n")
                           .arg(number)
                           .arg(c + 1)
                           .arg(quoted(cell));
                return 1;
            }
            x(c) = *value;
        }
        rows.push_back(std::move(x));
    }
    Eigen::MatrixXd inputs(features, Eigen::Index(rows.size()));
    for (std::size_t j = 0; j < rows.size(); ++j)
        inputs.col(Eigen::Index(j)) = rows[j];
    const Eigen::MatrixXd answers = classification ? trainer->probabilities(inputs)
                                                   : trainer->predict(inputs);
    QTextStream out(stdout);
    out << ScriptExport::predictHeader(classification, widths.back()) << '\n';
    for (Eigen::Index j = 0; j < answers.cols(); ++j) {
        QStringList row;
        if (classification) {
            Eigen::Index best = 0;
            answers.col(j).maxCoeff(&best);
            row << QString::number(best);
        }
        for (Eigen::Index k = 0; k < answers.rows(); ++k)
            row << QString::fromStdString(Core::shortestText(answers(k, j)));
        out << row.join(QLatin1Char(',')) << '\n';
    }
    return 0;
}

} // namespace ReluLab::Cli
