// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "lessonfile.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace ReluLab {

/// Where a step's demo stands: epochs trained in this step, and whether its switch was made.
struct LessonProgress
{
    int trained = 0;
    bool switched = false;
};

/// What a step's demo does next (the Lessons tab and `relulab lesson --check` follow the same
/// rule): stop when `until` holds (at once if it already does), when the run diverged, or when
/// `epochs` epochs are done; make the switch when its epoch comes; otherwise train an epoch.
enum class LessonAction {
    TrainEpoch,
    Switch,
    Done,       ///< trained the step's epochs (no condition)
    Reached,    ///< the condition holds
    NotReached, ///< the most epochs are done and the condition does not hold
    Diverged    ///< the run diverged before the condition held
};
LessonAction nextLessonAction(const LessonLabState &lab, const LessonProgress &progress,
                              const Core::Diagnostics &latest);

/// What `relulab lesson --check` found for one step, run headless in core.
struct LessonStepReport
{
    bool ran = false; ///< the step has Network Lab state
    QString error;    ///< the run could not be made (data, configuration)
    int epochsTrained = 0;
    int epoch = 0; ///< the run's epoch when the step ended
    bool switched = false;
    LessonAction outcome = LessonAction::Done;
    std::optional<double> measured; ///< a number question's answer
    struct Claim
    {
        Core::StopCondition condition;
        double value = 0.0;
        bool holds = false;
    };
    std::vector<Claim> claims;
};

class LessonRunner
{
    Q_DECLARE_TR_FUNCTIONS(LessonRunner)

public:
    /// Runs every step's Network Lab state in order (a step without a configuration goes on
    /// with the previous step's run), as the Lessons tab would, without a window. A non-zero
    /// `seedOffset` is added to each new run's seed (initialisation, shuffling, RReLU draws;
    /// the data set keeps its own seed): the same lesson with other random draws.
    static std::vector<LessonStepReport> run(const Lesson &lesson, std::uint64_t seedOffset = 0);

    /// "dead fraction of layer 2 ≥ 30 %", "epoch ≥ 20", "diverged": for people, translated.
    static QString describe(const Core::StopCondition &condition);
    /// A measured value in the condition's unit: "42 %", "17", "yes"/"no".
    static QString formatValue(const Core::StopCondition &condition, double value);
};

} // namespace ReluLab
