// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "commands.h"

#include <QTextStream>

namespace ReluLab::Cli {

int runTrain(const QStringList &)
{
    QTextStream(stderr) << QStringLiteral("relulab: 'train' is being built\n");
    return 1;
}

} // namespace ReluLab::Cli
