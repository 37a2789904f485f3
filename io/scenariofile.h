// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "sessionfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace ReluLab {

/// A text in the three languages of the app. A teacher's own scenario may have only one; it
/// is then shown in every language.
struct LocalizedText
{
    QString en;
    QString zhCN;
    QString zhTW;

    /// The text for a language code ("en", "zh_CN", "zh_TW"), falling back to any non-empty one.
    QString text(const QString &language) const;
};

/// A contrasting run of a scenario: the scenario's settings with any of them replaced (another
/// activation, another initialisation, no L1 penalty, another seed), and the button's title.
struct ScenarioContrast
{
    LocalizedText title;
    Core::TrainingConfig config;
};

/// A classroom scenario: a session file with a "scenario" block, bundled in
/// resources/scenarios/ or saved by a teacher into userDirectory().
///   "scenario": {"id": "negative_bias", "order": 2, "title": {"en", "zh_CN", "zh_TW"},
///                "explanation": {...}, "born_dead_count": false, "view": "sparsity",
///                "focus_layer": 2,
///                "contrasts": [{"title": {...}, "config": {<keys of "config">}}]}
/// A contrast's "config" object is merged over the scenario's "config" (objects key by key,
/// recursively; lists and numbers replaced whole) and the result is read and checked exactly
/// like a session file's configuration.
struct Scenario
{
    QString id;
    int order = 1000;
    LocalizedText title;
    LocalizedText explanation;
    Core::TrainingConfig config;
    std::vector<ScenarioContrast> contrasts;
    bool bornDeadCount = false; ///< offers "draw 100 initialisations and count"
    /// The per-layer view to bring forward: "sparsity" (default), "gradient_norms",
    /// "pre_activations" or "prelu_slope".
    QString view = QStringLiteral("sparsity");
    /// The hidden layer the scenario is about (1 = first), which the per-layer views open on.
    int focusLayer = 1;
    bool bundled = false;
    QString path;
};

class ScenarioFile
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)

public:
    /// The values of "view", in the order of the lab's per-layer tabs.
    static const QStringList &viewIds();

    static ReadResult<Scenario> fromJson(const QByteArray &json);
    static ReadResult<Scenario> read(const QString &path);
    /// A scenario file for a teacher's own lesson: the session's settings (no weights: a
    /// scenario starts from its seed), one title and one explanation.
    static std::optional<QByteArray> toJson(const Core::TrainingConfig &config,
                                            const QString &title, const QString &explanation,
                                            const QString &id, QString *errorMessage);

    /// The bundled scenarios (resources/scenarios), in teaching order.
    static const std::vector<Scenario> &bundled();
    /// Where a teacher's scenarios live: AppDataLocation/scenarios.
    static QString userDirectory();
    /// The teacher's scenarios, by title; files that cannot be read are skipped and named in
    /// *problems (translated sentences).
    static std::vector<Scenario> userScenarios(const QString &directory, QStringList *problems);
    /// Saves a teacher's scenario atomically under a file name made from the title; returns the
    /// path, or an empty string and *errorMessage.
    static QString saveUserScenario(const QString &directory, const Core::TrainingConfig &config,
                                    const QString &title, const QString &explanation,
                                    QString *errorMessage);
};

} // namespace ReluLab
