// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "bundleddata.h"
#include "coreerrortext.h"
#include "scriptexport.h"
#include "sessionfile.h"

#include "core/datasets/datasets.h"

namespace ReluLab {

std::optional<Core::Trainer> ScriptExport::sessionTrainer(const Session &session, QString *error,
                                                          bool pytorch)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Core::Trainer>();
    };
    const QString unsupportedText = unsupported(session.config, pytorch);
    if (!unsupportedText.isEmpty())
        return fail(unsupportedText);
    if (const Core::Status size = Core::checkRunSize(session.config); !size)
        return fail(describeCoreError(size.error()));
    Core::Expected<Core::DataSplit> data = Core::makeDataSplit(session.config.data,
                                                               bundledDataSources());
    if (!data)
        return fail(describeCoreError(data.error()));
    Core::Expected<Core::Trainer> trainer = Core::Trainer::create(session.config, std::move(*data));
    if (!trainer)
        return fail(describeCoreError(trainer.error()));
    if (session.weights) {
        if (const Core::Status status = trainer->setWeights(*session.weights); !status)
            return fail(describeCoreError(status.error()));
        if (session.state) {
            if (const Core::Status status = trainer->restoreState(*session.state); !status)
                return fail(describeCoreError(status.error()));
        }
    }
    return std::optional<Core::Trainer>(std::move(*trainer));
}

} // namespace ReluLab
