// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scriptexport.h"
#include "scriptparts.h"
#include "traininglogwriter.h"

#include "core/trainingconfigio.h"

#include <QStringList>

namespace ReluLab {

namespace {

using ScriptParts::comment;
using ScriptParts::number;

// The flat parameter vector's layout (Network): per layer the weight (out x in, column-major),
// the bias, then for a hidden layer its PReLU slope slots; the optimiser's moments follow it. Split into the tensors of
// model.parameters() (the same order), each as a Python literal in PyTorch's row-major layout.
QString momentLiterals(const std::vector<double> &flat, const std::vector<Core::LayerWeights> &w,
                       bool perUnit)
{
    QStringList tensors;
    std::size_t offset = 0;
    for (const Core::LayerWeights &layer : w) {
        const auto out = layer.weight.rows();
        const auto in = layer.weight.cols();
        Eigen::MatrixXd weight(out, in);
        for (Eigen::Index c = 0; c < in; ++c)
            for (Eigen::Index r = 0; r < out; ++r)
                weight(r, c) = flat[offset++];
        tensors << ScriptParts::rows(weight, 8);
        std::vector<double> bias(flat.begin() + std::ptrdiff_t(offset),
                                 flat.begin() + std::ptrdiff_t(offset + std::size_t(out)));
        offset += std::size_t(out);
        tensors << ScriptParts::list(bias);
        // Every hidden layer has its slope slots (1, or one per unit), PReLU or not; only a
        // PReLU layer's are a tensor of the model.
        if (&layer == &w.back())
            break;
        const std::size_t n = perUnit ? std::size_t(out) : 1;
        if (!layer.preluSlopes.empty())
            tensors << ScriptParts::list(
                std::vector<double>(flat.begin() + std::ptrdiff_t(offset),
                                    flat.begin() + std::ptrdiff_t(offset + n)));
        offset += n;
    }
    return QStringLiteral("[\n    ") + tensors.join(QStringLiteral(",\n    "))
           + QStringLiteral(",\n]");
}

QString optimiserCode(const Core::OptimizerConfig &o)
{
    switch (o.kind) {
    case Core::OptimizerKind::Sgd:
        return QStringLiteral("torch.optim.SGD(model.parameters(), lr=%1, momentum=%2, "
                              "nesterov=%3, weight_decay=%4)")
            .arg(number(o.learningRate), number(o.momentum),
                 o.nesterov ? QStringLiteral("True") : QStringLiteral("False"),
                 number(o.weightDecay));
    case Core::OptimizerKind::Adam:
        return QStringLiteral("torch.optim.Adam(model.parameters(), lr=%1, betas=(%2, %3), "
                              "eps=%4, weight_decay=%5)")
            .arg(number(o.learningRate), number(o.beta1), number(o.beta2), number(o.epsilon),
                 number(o.weightDecay));
    case Core::OptimizerKind::RmsProp:
        return QStringLiteral("torch.optim.RMSprop(model.parameters(), lr=%1, alpha=%2, eps=%3, "
                              "weight_decay=%4, momentum=%5)")
            .arg(number(o.learningRate), number(o.rmsAlpha), number(o.epsilon),
                 number(o.weightDecay), number(o.momentum));
    }
    return QString();
}

QString scheduleCode(const Core::OptimizerConfig &o)
{
    switch (o.schedule) {
    case Core::ScheduleKind::Constant:
        return QStringLiteral("    return 1.0\n");
    case Core::ScheduleKind::Step:
        return QStringLiteral("    return %1 ** (epoch // %2)\n")
            .arg(number(o.gamma))
            .arg(std::max(1, o.stepSize));
    case Core::ScheduleKind::Cosine:
        return QStringLiteral("    return 0.5 * (1.0 + math.cos(math.pi * epoch / %1))\n")
            .arg(std::max(1, o.cosineEpochs));
    }
    return QString();
}

} // namespace

QString ScriptExport::unsupported(const Core::TrainingConfig &config, bool pytorch)
{
    const std::size_t layers = config.network.hidden.size();
    for (std::size_t k = 0; k < layers; ++k) {
        const Core::LayerActivation &a = config.network.activationFor(k);
        const QString code = pytorch ? ScriptParts::torchModule(a, false, 1)
                                     : ScriptParts::numpyFunction(a, QStringLiteral("f"));
        if (code.isEmpty())
            return pytorch ? tr("hidden layer %1's activation '%2' has no module in PyTorch "
                                "(torch.nn), so it cannot be exported as a PyTorch script")
                                 .arg(k + 1)
                                 .arg(QString::fromStdString(a.id))
                           : tr("hidden layer %1's activation '%2' has no NumPy form")
                                 .arg(k + 1)
                                 .arg(QString::fromStdString(a.id));
    }
    return QString();
}

bool ScriptExport::trainsRandomly(const Core::TrainingConfig &config)
{
    for (std::size_t k = 0; k < config.network.hidden.size(); ++k)
        if (ScriptParts::randomInTraining(config.network.activationFor(k)))
            return true;
    return false;
}

QString ScriptExport::randomTrainingWarning()
{
    return tr("RReLU draws a random negative slope for every activation in training; PyTorch "
              "draws them from\nits own generator, not the lab's, so this training cannot be "
              "identical to the lab's (the\nrows differ). Evaluation uses the fixed slope "
              "(lower + upper) / 2 in both.");
}

QString ScriptExport::pytorchScript(const Core::Trainer &trainer, int epochs)
{
    const Core::TrainingConfig &config = trainer.config();
    const Core::DataSplit &data = trainer.data();
    const std::vector<Core::LayerWeights> weights = trainer.weights();
    const Core::TrainerState state = trainer.state();
    const bool classification = data.train.task == Core::Task::Classification;
    const bool f64 = config.network.dtype == Core::Dtype::F64;
    const int hidden = trainer.hiddenLayerCount();
    const std::vector<int> widths = trainer.layerWidths();
    const bool perUnit = config.network.preluMode == Core::PreluMode::PerUnit;
    QString s;
    s += QStringLiteral("#!/usr/bin/env python3\n");
    s += comment(tr("Written by ReLU Lab: the network of the lab, trained in PyTorch.\n"
                    "It prints the same CSV rows as `relulab train` with the same options: one "
                    "row per epoch,\nepoch 0 (or the epoch a saved run stopped at) first. "
                    "Run it with: python3 %1")
                     .arg(QStringLiteral("run.py")));
    s += QStringLiteral("import math\nimport sys\n\nimport torch\nfrom torch import nn\n\n");
    s += comment(tr("CPU, one thread, and the network's float type: the same arithmetic as the "
                    "lab."));
    s += QStringLiteral("torch.set_num_threads(1)\nDTYPE = %1\nEPOCHS = %2\nBATCH = %3\n"
                        "L1 = %4  # ")
             .arg(f64 ? QStringLiteral("torch.float64") : QStringLiteral("torch.float32"))
             .arg(epochs)
             .arg(config.batchSize)
             .arg(number(config.activityL1))
         + tr("the L1 activity penalty's lambda") + QStringLiteral("\n\n");

    if (trainsRandomly(config))
        s += comment(randomTrainingWarning()) + QLatin1Char('\n');

    // The generator.
    s += comment(tr("The lab's random numbers: xoshiro256** (seeded from --seed by SplitMix64; "
                    "the state below\nis the one after the initial weights were drawn). Each "
                    "epoch shuffles the training\nset with a Fisher-Yates shuffle whose draws "
                    "are Lemire's unbiased below(n)."));
    s += QStringLiteral(
        "MASK = (1 << 64) - 1\n\n\n"
        "def rotl(x, k):\n"
        "    return ((x << k) | (x >> (64 - k))) & MASK\n\n\n"
        "class Rng:\n"
        "    def __init__(self, words):\n"
        "        self.s = list(words)\n\n"
        "    def next_u64(self):\n"
        "        s = self.s\n"
        "        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK\n"
        "        t = (s[1] << 17) & MASK\n"
        "        s[2] ^= s[0]\n        s[3] ^= s[1]\n        s[1] ^= s[2]\n        s[0] ^= s[3]\n"
        "        s[2] ^= t\n        s[3] = rotl(s[3], 45)\n"
        "        return result\n\n"
        "    def below(self, n):\n"
        "        m = self.next_u64() * n\n"
        "        low = m & MASK\n"
        "        if low < n:\n"
        "            threshold = ((1 << 64) - n) % n\n"
        "            while low < threshold:\n"
        "                m = self.next_u64() * n\n"
        "                low = m & MASK\n"
        "        return m >> 64\n\n\n"
        "def shuffled_order(rng, n):\n"
        "    order = list(range(n))\n"
        "    for i in range(n, 1, -1):\n"
        "        j = rng.below(i)\n"
        "        order[i - 1], order[j] = order[j], order[i - 1]\n"
        "    return order\n\n\n");

    // The network.
    s += comment(tr("The network: Linear layers with each hidden layer's activation, a linear "
                    "output."));
    s += QStringLiteral("def build_model():\n    model = nn.Sequential(\n");
    for (int k = 0; k <= hidden; ++k) {
        s += QStringLiteral("        nn.Linear(%1, %2),\n")
                 .arg(widths[std::size_t(k)])
                 .arg(widths[std::size_t(k) + 1]);
        if (k < hidden)
            s += QStringLiteral("        %1,\n")
                     .arg(ScriptParts::torchModule(config.network.activationFor(std::size_t(k)),
                                                   config.network.preluMode
                                                       == Core::PreluMode::PerUnit,
                                                   widths[std::size_t(k) + 1]));
    }
    s += QStringLiteral("    ).to(DTYPE)\n");
    s += comment(tr("The exact starting weights (and PReLU slopes) of the lab."), 4);
    s += QStringLiteral("    with torch.no_grad():\n"
                        "        for parameter, values in zip(model.parameters(), PARAMETERS):\n"
                        "            parameter.copy_(torch.tensor(values, dtype=torch.float64))\n"
                        "    return model\n\n\n");

    s += comment(tr("Every hidden layer's pre-activations z and outputs a, and the network's "
                    "output."));
    s += QStringLiteral("def forward(model, x):\n"
                        "    modules = list(model)\n"
                        "    zs, activations = [], []\n"
                        "    h = x\n"
                        "    for k in range(0, len(modules) - 1, 2):\n"
                        "        z = modules[k](h)\n"
                        "        h = modules[k + 1](z)\n"
                        "        zs.append(z)\n"
                        "        activations.append(h)\n"
                        "    return zs, activations, modules[-1](h)\n\n\n");
    s += comment(classification ? tr("The loss: softmax cross-entropy, the mean over samples.")
                                : tr("The loss: mean squared error over all outputs."));
    s += classification ? QStringLiteral("loss_function = nn.CrossEntropyLoss()\n\n\n")
                        : QStringLiteral("loss_function = nn.MSELoss()\n\n\n");

    s += comment(tr("The learning rate's schedule: the factor of the base rate after `epoch` "
                    "completed epochs.\nThe lab's own formula, set into the optimiser at the "
                    "start of every epoch."));
    s += QStringLiteral("def schedule(epoch):\n") + scheduleCode(config.optimizer)
         + QStringLiteral("\n\n");

    s += comment(tr("Diagnostics over the whole training set (evaluation mode):\n"
                    "sparsity = the share of activations exactly 0; a dead unit outputs exactly "
                    "0 for every\ntraining sample; an inactive unit's pre-activation is <= 0 for "
                    "every training sample;\ngradient norms are those of the mean data loss "
                    "(no penalty) with respect to each weight matrix."));
    s += QStringLiteral(
        "def cell(value):\n"
        "    return '%.17g' % value\n\n\n"
        "def evaluate(model, epoch, learning_rate):\n"
        "    modes = [m.training for m in model]\n"
        "    model.eval()\n"
        "    model.zero_grad()\n"
        "    zs, activations, output = forward(model, X_TRAIN)\n"
        "    loss = loss_function(output, Y_TRAIN)\n"
        "    loss.backward()\n"
        "    n = X_TRAIN.shape[0]\n"
        "    sparsity = [int((a == 0).sum()) / (a.shape[1] * n) for a in activations]\n"
        "    dead = [int((a == 0).all(dim=0).sum()) for a in activations]\n"
        "    inactive = [int((z <= 0).all(dim=0).sum()) for z in zs]\n"
        "    norms = [float(m.weight.grad.double().norm()) for m in model if isinstance(m, "
        "nn.Linear)]\n"
        "    model.zero_grad()\n"
        "    with torch.no_grad():\n");
    if (classification)
        s += QStringLiteral(
            "        train_acc = int((output.argmax(dim=1) == Y_TRAIN).sum()) / n\n"
            "        if X_TEST.shape[0] > 0:\n"
            "            test_output = forward(model, X_TEST)[2]\n"
            "            test_loss = float(loss_function(test_output, Y_TEST))\n"
            "            test_acc = int((test_output.argmax(dim=1) == Y_TEST).sum()) / "
            "X_TEST.shape[0]\n"
            "        else:\n"
            "            test_loss = test_acc = math.nan\n");
    else
        s += QStringLiteral("        train_acc = test_acc = math.nan\n"
                            "        if X_TEST.shape[0] > 0:\n"
                            "            test_loss = float(loss_function(forward(model, "
                            "X_TEST)[2], Y_TEST))\n"
                            "        else:\n"
                            "            test_loss = math.nan\n");
    s += QStringLiteral(
        "    cells = [str(epoch), cell(float(loss)), cell(test_loss), cell(train_acc), "
        "cell(test_acc)]\n"
        "    cells += [cell(v) for v in sparsity] + [str(v) for v in dead]\n"
        "    cells += [cell(v) for v in norms] + [cell(learning_rate)] + [str(v) for v in "
        "inactive]\n"
        "    for m, mode in zip(model, modes):\n"
        "        m.train(mode)\n"
        "    return ','.join(cells)\n\n\n");

    // Training.
    s += comment(tr("Training: the same optimiser as the lab (torch.optim), the same minibatches "
                    "in the same order,\nthe data loss plus the L1 penalty lambda * sum|a| / "
                    "batch size over every hidden layer."));
    s += QStringLiteral("def main(out=sys.stdout):\n"
                        "    model = build_model()\n"
                        "    optimiser = %1\n"
                        "    parameters = list(model.parameters())\n")
             .arg(optimiserCode(config.optimizer));
    s += comment(tr("A saved run continues with the optimiser's own state."), 4);
    const Core::OptimizerConfig &o = config.optimizer;
    s += QStringLiteral(
        "    if OPTIMISER_STEP > 0:\n"
        "        for p, first, second in zip(parameters, FIRST_MOMENT, "
        "SECOND_MOMENT):\n"
        "            first = torch.tensor(first, dtype=torch.float64).to(DTYPE)\n"
        "            second = torch.tensor(second, dtype=torch.float64).to(DTYPE)\n");
    if (o.kind == Core::OptimizerKind::Sgd)
        s += o.momentum != 0.0
                 ? QStringLiteral("            optimiser.state[p] = {'momentum_buffer': first}\n")
                 : QStringLiteral("            pass\n");
    else if (o.kind == Core::OptimizerKind::Adam)
        s += QStringLiteral("            optimiser.state[p] = {'step': "
                            "torch.tensor(float(OPTIMISER_STEP)), 'exp_avg': first, "
                            "'exp_avg_sq': second}\n");
    else
        s += o.momentum > 0.0
                 ? QStringLiteral("            optimiser.state[p] = {'step': OPTIMISER_STEP, "
                                  "'square_avg': second, 'momentum_buffer': first}\n")
                 : QStringLiteral("            optimiser.state[p] = {'step': OPTIMISER_STEP, "
                                  "'square_avg': second}\n");
    s += QStringLiteral(
        "    rng = Rng(RNG_STATE)\n"
        "    n = X_TRAIN.shape[0]\n"
        "    batch = n if BATCH <= 0 or BATCH >= n else BATCH\n"
        "    steps_per_epoch = (n + batch - 1) // batch\n"
        "    epoch, step_in_epoch, order = START_EPOCH, STEP_IN_EPOCH, PENDING_ORDER\n"
        "    rows = [evaluate(model, epoch, BASE_LR * schedule(epoch))]\n"
        "    print(HEADER, file=out)\n"
        "    print(rows[-1], file=out)\n"
        "    for _ in range(EPOCHS):\n"
        "        for group in optimiser.param_groups:\n"
        "            group['lr'] = BASE_LR * schedule(epoch)\n"
        "        x, y = X_TRAIN, Y_TRAIN\n"
        "        if batch < n:\n"
        "            if step_in_epoch == 0:\n"
        "                order = shuffled_order(rng, n)\n"
        "            index = torch.tensor(order)\n"
        "            x, y = X_TRAIN[index], Y_TRAIN[index]\n"
        "        for b in range(step_in_epoch, steps_per_epoch):\n"
        "            xb, yb = x[b * batch:(b + 1) * batch], y[b * batch:(b + 1) * batch]\n"
        "            zs, activations, output = forward(model, xb)\n"
        "            loss = loss_function(output, yb)\n"
        "            if L1 != 0:\n"
        "                loss = loss + L1 * sum(a.abs().sum() for a in activations) / "
        "xb.shape[0]\n"
        "            optimiser.zero_grad()\n"
        "            loss.backward()\n"
        "            optimiser.step()\n"
        "        step_in_epoch = 0\n"
        "        epoch += 1\n"
        "        rows.append(evaluate(model, epoch, BASE_LR * schedule(epoch)))\n"
        "        print(rows[-1], file=out)\n"
        "    return rows\n\n\n");

    // The numbers, at the end so that the code above reads first.
    s += comment(tr("The numbers: the run's state, the starting parameters (PyTorch's layout, "
                    "weight = out x in)\nand the data split exactly as the lab made it."));
    s += QStringLiteral("HEADER = '%1'\nBASE_LR = %2\nSTART_EPOCH = %3\nSTEP_IN_EPOCH = %4\n"
                        "PENDING_ORDER = %5\nRNG_STATE = [%6]\nOPTIMISER_STEP = %7\n")
             .arg(TrainingLogWriter::csvHeader(hidden), number(config.optimizer.learningRate))
             .arg(state.epoch)
             .arg(state.stepInEpoch)
             .arg(state.stepInEpoch > 0 ? ScriptParts::list(state.order) : QStringLiteral("None"))
             .arg(QStringLiteral("%1, %2, %3, %4")
                      .arg(state.rng.words[0])
                      .arg(state.rng.words[1])
                      .arg(state.rng.words[2])
                      .arg(state.rng.words[3]))
             .arg(state.optimiserStep);
    QStringList parameters;
    for (const Core::LayerWeights &layer : weights) {
        parameters << ScriptParts::rows(layer.weight, 4) << ScriptParts::list(layer.bias);
        if (!layer.preluSlopes.empty())
            parameters << ScriptParts::list(layer.preluSlopes);
    }
    s += QStringLiteral("PARAMETERS = [\n    ") + parameters.join(QStringLiteral(",\n    "))
         + QStringLiteral(",\n]\n");
    if (state.optimiserStep > 0)
        s += QStringLiteral("FIRST_MOMENT = ") + momentLiterals(state.firstMoment, weights, perUnit)
             + QStringLiteral("\nSECOND_MOMENT = ")
             + momentLiterals(state.secondMoment, weights, perUnit) + QLatin1Char('\n');
    else
        s += QStringLiteral("FIRST_MOMENT = SECOND_MOMENT = []\n");
    const auto inputs = [](const Core::Dataset &set) {
        return QStringLiteral("torch.tensor(%1, dtype=torch.float64).reshape(%2, %3).to(DTYPE)")
            .arg(ScriptParts::rows(set.inputs.transpose(), 0))
            .arg(set.sampleCount())
            .arg(set.featureCount());
    };
    const auto outputs = [classification](const Core::Dataset &set) {
        if (classification)
            return QStringLiteral("torch.tensor(%1, dtype=torch.long)")
                .arg(ScriptParts::list(set.labels));
        return QStringLiteral("torch.tensor(%1, dtype=torch.float64).reshape(%2, %3).to(DTYPE)")
            .arg(ScriptParts::rows(set.targets.transpose(), 0))
            .arg(set.sampleCount())
            .arg(set.targets.rows());
    };
    s += QStringLiteral("X_TRAIN = ") + inputs(data.train) + QStringLiteral("\nY_TRAIN = ")
         + outputs(data.train) + QStringLiteral("\nX_TEST = ") + inputs(data.test)
         + QStringLiteral("\nY_TEST = ") + outputs(data.test) + QStringLiteral("\n\n");
    s += QStringLiteral("if __name__ == '__main__':\n    main()\n");
    return s;
}

} // namespace ReluLab
