// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "scenariofile.h"

#include "core/network/stopcondition.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ReluLab {

/// An activation with parameters, as a lesson names it (the Explorer's curve or an overlay).
struct LessonCurve
{
    QString id;
    std::map<std::string, double> parameters;
};

/// What a step does in the Explorer: select an activation with parameters, replace the overlays.
struct LessonExplorerState
{
    std::optional<LessonCurve> activation;
    std::optional<std::vector<LessonCurve>> overlays; ///< given: the overlays become these
};

/// Switch hidden layers' activation once the step has trained `atEpoch` epochs.
struct LessonSwitch
{
    int atEpoch = 0;
    int layer = 0; ///< 1-based; 0 = every hidden layer
    Core::LayerActivation activation;
};

/// What a step does in the Network Lab: a new run (a scenario and/or a configuration), then
/// training for `epochs`, or until `until` holds and at most `epochs` epochs (then the step
/// says the condition was not reached).
struct LessonLabState
{
    /// A new run from this configuration (the scenario's, or the default one, with the file's
    /// "config" merged over it); empty: the step goes on with the run as it is.
    std::optional<Core::TrainingConfig> config;
    QString scenario; ///< the bundled scenario it came from, if any
    int epochs = 0;   ///< epochs to train, or the maximum with `until`
    std::optional<Core::StopCondition> until;
    std::optional<LessonSwitch> switchActivation;
};

/// A check question, asked before the step's demo runs; the demo reveals the answer.
struct LessonQuestion
{
    enum class Kind { Choice, Number };
    Kind kind = Kind::Choice;
    LocalizedText prompt;
    std::vector<LocalizedText> choices; ///< Choice
    int answer = 0;                     ///< Choice: index into choices
    /// Number: the quantity measured after the demo (a fraction shown in %, or epochs) and how
    /// far from it a prediction still counts as right (in the same unit).
    Core::StopCondition measure;
    double tolerance = 0.0;
};

struct LessonStep
{
    LocalizedText title;
    LocalizedText text;
    QString workspace; ///< "explorer", "network" or empty (the step's actions decide)
    std::optional<LessonExplorerState> explorer;
    std::optional<LessonLabState> lab;
    QString pointAt; ///< one of LessonFile::targetNames(), or empty
    LocalizedText callout;
    std::optional<LessonQuestion> question;
    /// Effects the lesson claims after the step's demo; `relulab lesson --check` tests them.
    std::vector<Core::StopCondition> claims;
    /// The claims of the syllabus (docs: teaching.md, "T1" … "T32") the step teaches.
    QStringList teaches;

    /// The workspace the step shows: its own, else the Lab when it trains, else the Explorer
    /// when it sets one up, else none.
    QString shownWorkspace() const;
};

/// A lesson file: JSON
///   {"format": "relulab-lesson", "version": 1, "id": "dead_units", "order": 1,
///    "title": {"en", "zh_CN", "zh_TW"}, "summary": {...}, "steps": [{...}, ...]}
/// with steps as README "Lessons" describes. Every text has "en"; bundled lessons also have
/// "zh_CN" and "zh_TW"; a teacher's lesson may leave Chinese out (English is then shown).
struct Lesson
{
    QString id;
    int order = 1000;
    LocalizedText title;
    LocalizedText summary;
    std::vector<LessonStep> steps;
    bool bundled = false;
    QString path;
    /// Some text has no Chinese version (the lesson tab then says so in Chinese).
    bool lacksChinese = false;
};

class LessonFile
{
    Q_DECLARE_TR_FUNCTIONS(LessonFile)

public:
    static constexpr char formatName[] = "relulab-lesson";
    static constexpr int currentVersion = 1;
    static constexpr qint64 maxFileBytes = 4 << 20;

    /// Reads and checks a lesson; a failure is "JSON path: problem", translated.
    static ReadResult<Lesson> fromJson(const QByteArray &json);
    /// The same from a file; a failure names the file: "FILE: JSON path: problem".
    static ReadResult<Lesson> read(const QString &path);
    /// The bundled lessons (resources/lessons), in teaching order.
    static const std::vector<Lesson> &bundled();
    /// A bundled lesson's id, or a file's path: the lesson (`relulab --lesson ID|FILE`).
    static ReadResult<Lesson> open(const QString &idOrPath);

    /// The parts of the window a step may point at (stable names, README "Lessons").
    static const QStringList &targetNames();
    /// The syllabus's claim ids a step may name in "teaches": T1 … T32.
    static constexpr int claimIdCount = 32;
};

} // namespace ReluLab
