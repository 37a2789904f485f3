// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/trainer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ReluLab {

struct Session;

/// Python scripts that take a network out of the lab.
///
/// pytorchScript(): a self-contained PyTorch program that builds the same nn.Sequential, loads
/// the trainer's current weights, its data split and (for a continued run) its optimiser state
/// and shuffling generator, trains `epochs` epochs with torch.optim and prints the rows of
/// `relulab train` (TrainingLogWriter's columns) for the same run.
///
/// numpyScript(): a forward pass only, with the trainer's weights: it reads input rows (CSV) on
/// standard input and prints what `relulab predict` prints for them.
///
/// The comments are in the current UI language (QCoreApplication::translate, context
/// "ScriptExport"); the code and the numbers never change with it.
class ScriptExport
{
    Q_DECLARE_TR_FUNCTIONS(ScriptExport)

public:
    /// Empty when every hidden layer's activation has a counterpart in the target library (a
    /// torch.nn module, or its descriptor's NumPy f); otherwise a translated sentence naming the
    /// first layer that has none.
    static QString unsupported(const Core::TrainingConfig &config, bool pytorch);

    /// True when a hidden layer's activation draws random numbers in training (RReLU): PyTorch
    /// draws its own, so the exported script cannot train exactly as the lab does.
    static bool trainsRandomly(const Core::TrainingConfig &config);
    /// The translated sentence that says so (in the script as a comment, and on stderr).
    static QString randomTrainingWarning();

    /// Call only when unsupported(config, true) is empty.
    static QString pytorchScript(const Core::Trainer &trainer, int epochs);
    /// Call only when unsupported(config, false) is empty.
    static QString numpyScript(const Core::Trainer &trainer);

    /// The trainer a session stands for (the lab's File ▸ Export as … script): its data made
    /// again from its recipe, its weights and training state applied. nullopt, with a translated
    /// reason in *error, when that fails or an activation has no counterpart in the target
    /// (PyTorch, or NumPy when `pytorch` is false).
    static std::optional<Core::Trainer> sessionTrainer(const Session &session, QString *error,
                                                       bool pytorch = true);

    /// The CSV header `relulab predict` and the NumPy script print: "class,p_0,...,p_{K-1}" for
    /// K classes, "value" for one regression output ("value_1,..." for several).
    static QString predictHeader(bool classification, int outputs);
};

} // namespace ReluLab
