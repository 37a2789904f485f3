// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scriptexport.h"
#include "scriptparts.h"

#include <QStringList>

namespace ReluLab {

using ScriptParts::comment;

QString ScriptExport::predictHeader(bool classification, int outputs)
{
    QStringList columns;
    if (classification) {
        columns << QStringLiteral("class");
        for (int k = 0; k < outputs; ++k)
            columns << QStringLiteral("p_%1").arg(k);
    } else if (outputs == 1) {
        columns << QStringLiteral("value");
    } else {
        for (int k = 1; k <= outputs; ++k)
            columns << QStringLiteral("value_%1").arg(k);
    }
    return columns.join(QLatin1Char(','));
}

QString ScriptExport::numpyScript(const Core::Trainer &trainer)
{
    const Core::TrainingConfig &config = trainer.config();
    const bool classification = trainer.data().train.task == Core::Task::Classification;
    const bool f64 = config.network.dtype == Core::Dtype::F64;
    const std::vector<Core::LayerWeights> weights = trainer.weights();
    const std::vector<int> widths = trainer.layerWidths();
    const int hidden = trainer.hiddenLayerCount();
    QString s;
    s += QStringLiteral("#!/usr/bin/env python3\n");
    s += comment(tr("Written by ReLU Lab: the trained network's forward pass in NumPy.\n"
                    "Reads one input row per line on standard input (%1 comma-separated numbers, "
                    "as the network\nsees them) and prints the same CSV as `relulab predict`.")
                     .arg(widths.front()));
    // Each hidden layer's activation as its descriptor writes it in NumPy (ActivationInfo::code),
    // with the imports those functions need.
    QStringList imports;
    QString functions;
    for (int k = 0; k < hidden; ++k) {
        const Core::LayerActivation &a = config.network.activationFor(std::size_t(k));
        if (!weights[std::size_t(k)].preluSlopes.empty())
            continue;
        const QString import = ScriptParts::numpyImport(a);
        if (!import.isEmpty() && !imports.contains(import))
            imports << import;
        functions += ScriptParts::numpyFunction(a, QStringLiteral("activation_%1").arg(k + 1))
                     + QStringLiteral("\n\n");
    }
    s += QStringLiteral("import sys\n\nimport numpy as np\n");
    for (const QString &import : imports)
        s += import + QLatin1Char('\n');
    s += QStringLiteral("\nDTYPE = %1\n\n\n")
             .arg(f64 ? QStringLiteral("np.float64") : QStringLiteral("np.float32"));
    s += functions;
    s += comment(tr("Each hidden layer: z = x W^T + b, then the activation; the output layer is "
                    "linear."));
    s += QStringLiteral("def forward(x):\n    a = x.astype(DTYPE)\n");
    for (int k = 0; k <= hidden; ++k) {
        s += QStringLiteral("    z = a @ WEIGHTS[%1].T + BIASES[%1]\n").arg(k);
        if (k == hidden)
            break;
        // PReLU: the learned slopes, one for the layer or one per unit.
        if (!weights[std::size_t(k)].preluSlopes.empty())
            s += QStringLiteral("    a = np.where(z > 0, z, SLOPES[%1] * z).astype(DTYPE)\n")
                     .arg(k);
        else
            s += QStringLiteral("    a = np.asarray(activation_%1(z)).astype(DTYPE)\n").arg(k + 1);
    }
    s += QStringLiteral("    return z.astype(np.float64)\n\n\n");
    s += comment(classification
                     ? tr("Classification: the class with the largest probability, then the "
                          "softmax probabilities.")
                     : tr("Regression: the network's output."));
    s += QStringLiteral(
             "def main(lines=sys.stdin, out=sys.stdout):\n"
             "    print('%1', file=out)\n"
             "    for number, line in enumerate(lines, 1):\n"
             "        line = line.strip()\n"
             "        if not line:\n"
             "            continue\n"
             "        try:\n"
             "            x = np.array([[float(cell) for cell in line.split(',')]])\n"
             "        except ValueError:\n"
             "            sys.exit('line %d: not a row of numbers' % number)\n"
             "        if x.shape[1] != %2:\n"
             "            sys.exit('line %d: %d values, the network expects %2' % (number, "
             "x.shape[1]))\n"
             "        y = forward(x)[0]\n")
             .arg(predictHeader(classification, widths.back()))
             .arg(widths.front());
    if (classification)
        s += QStringLiteral("        p = np.exp(y - y.max())\n"
                            "        p = p / p.sum()\n"
                            "        cells = [str(int(np.argmax(p)))] + [repr(float(v)) for v in "
                            "p]\n");
    else
        s += QStringLiteral("        cells = [repr(float(v)) for v in y]\n");
    s += QStringLiteral("        print(','.join(cells), file=out)\n\n\n");

    s += comment(tr("The trained parameters (PyTorch's layout: weight = out x in)."));
    QStringList w, b, p;
    for (const Core::LayerWeights &layer : weights) {
        w << QStringLiteral("np.array(%1, dtype=np.float64).reshape(%2, %3).astype(DTYPE)")
                 .arg(ScriptParts::rows(layer.weight, 4))
                 .arg(layer.weight.rows())
                 .arg(layer.weight.cols());
        b << QStringLiteral("np.array(%1, dtype=np.float64).astype(DTYPE)")
                 .arg(ScriptParts::list(layer.bias));
        p << (layer.preluSlopes.empty()
                  ? QStringLiteral("None")
                  : QStringLiteral("np.array(%1, dtype=np.float64).astype(DTYPE)")
                        .arg(ScriptParts::list(layer.preluSlopes)));
    }
    s += QStringLiteral("WEIGHTS = [\n    ") + w.join(QStringLiteral(",\n    "))
         + QStringLiteral(",\n]\nBIASES = [\n    ") + b.join(QStringLiteral(",\n    "))
         + QStringLiteral(",\n]\nSLOPES = [") + p.join(QStringLiteral(", "))
         + QStringLiteral("]\n\nif __name__ == '__main__':\n    main()\n");
    return s;
}

} // namespace ReluLab
