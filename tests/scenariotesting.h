// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

// What the scenario tests (io and ui) share: comparing configurations and finding a bundled
// scenario.

#include "io/scenariofile.h"

#include <QByteArray>
#include <QString>

namespace ReluLab::Testing {

/// Two configurations are equal when they serialise to the same session JSON: every field the
/// file format knows, with no hand-written comparison to forget one.
inline QByteArray canonical(const Core::TrainingConfig &config)
{
    Session session;
    session.config = config;
    QString error;
    const std::optional<QByteArray> json = SessionFile::toJson(session, &error);
    return json ? *json : error.toUtf8();
}

/// The bundled scenario `id`, or nullptr.
inline const Scenario *bundledScenario(const QString &id)
{
    for (const Scenario &scenario : ScenarioFile::bundled()) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

} // namespace ReluLab::Testing
