// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "lessonrunner.h"

#include "bundleddata.h"
#include "coreerrortext.h"

#include "core/limits.h"
#include "core/network/trainer.h"

#include <QLocale>

#include <cmath>

namespace ReluLab {

LessonAction nextLessonAction(const LessonLabState &lab, const LessonProgress &progress,
                              const Core::Diagnostics &latest)
{
    if (lab.until && Core::conditionHolds(*lab.until, latest))
        return LessonAction::Reached;
    if (latest.status == Core::TrainingStatus::Diverged)
        return LessonAction::Diverged;
    if (progress.trained >= lab.epochs)
        return lab.until ? LessonAction::NotReached : LessonAction::Done;
    if (lab.switchActivation && !progress.switched
        && progress.trained >= lab.switchActivation->atEpoch)
        return LessonAction::Switch;
    return LessonAction::TrainEpoch;
}

std::vector<LessonStepReport> LessonRunner::run(const Lesson &lesson, std::uint64_t seedOffset)
{
    std::vector<LessonStepReport> reports;
    std::optional<Core::Trainer> trainer;
    Core::Diagnostics latest;
    for (const LessonStep &step : lesson.steps) {
        LessonStepReport report;
        if (!step.lab) {
            reports.push_back(report);
            continue;
        }
        report.ran = true;
        const LessonLabState &lab = *step.lab;
        if (lab.config) {
            trainer.reset();
            Core::TrainingConfig config = *lab.config;
            config.seed += seedOffset;
            const Core::Status size = Core::checkRunSize(config);
            Core::Expected<Core::DataSplit> data
                = size ? Core::makeDataSplit(config.data, bundledDataSources())
                       : Core::Expected<Core::DataSplit>(size.error());
            if (!data) {
                report.error = describeCoreError(data.error());
            } else {
                Core::Expected<Core::Trainer> made = Core::Trainer::create(config,
                                                                           std::move(*data));
                if (made) {
                    trainer.emplace(std::move(*made));
                    latest = trainer->initialDiagnostics();
                } else {
                    report.error = describeCoreError(made.error());
                }
            }
        }
        if (!trainer) {
            if (report.error.isEmpty())
                report.error = tr("no run to continue");
            reports.push_back(report);
            continue;
        }
        LessonProgress progress;
        for (;;) {
            const LessonAction action = nextLessonAction(lab, progress, latest);
            if (action == LessonAction::Switch) {
                const LessonSwitch &change = *lab.switchActivation;
                for (int k = 0; k < trainer->hiddenLayerCount(); ++k) {
                    if (change.layer == 0 || change.layer == k + 1)
                        trainer->setActivation(k, change.activation);
                }
                progress.switched = true;
                latest = trainer->evaluate();
                continue;
            }
            if (action != LessonAction::TrainEpoch) {
                report.outcome = action;
                break;
            }
            trainer->trainEpoch();
            ++progress.trained;
            latest = trainer->evaluate();
        }
        report.epochsTrained = progress.trained;
        report.switched = progress.switched;
        report.epoch = trainer->epoch();
        if (step.question && step.question->kind == LessonQuestion::Kind::Number)
            report.measured = Core::conditionValue(step.question->measure, latest);
        for (const Core::StopCondition &claim : step.claims)
            report.claims.push_back(
                {claim, Core::conditionValue(claim, latest), Core::conditionHolds(claim, latest)});
        reports.push_back(report);
    }
    return reports;
}

QString LessonRunner::formatValue(const Core::StopCondition &condition, double value)
{
    if (!std::isfinite(value))
        return tr("not measurable");
    const QLocale locale;
    switch (condition.kind) {
    case Core::ConditionKind::Epoch:
        return QString::number(std::lround(value));
    case Core::ConditionKind::Diverged:
        return value > 0.5 ? tr("yes") : tr("no");
    case Core::ConditionKind::Loss:
    case Core::ConditionKind::MeanActivation:
        return locale.toString(value, 'g', 3);
    case Core::ConditionKind::GradientRatio:
        // Ratios span many orders of magnitude (10⁻⁹ for ten sigmoid layers): 1.2e-05.
        if (value != 0.0 && std::abs(value) < 1e-2)
            return locale.toString(value, 'e', 1);
        return locale.toString(value, 'g', 2);
    case Core::ConditionKind::Accuracy:
    case Core::ConditionKind::TestAccuracy:
    case Core::ConditionKind::DeadFraction:
    case Core::ConditionKind::Sparsity:
    case Core::ConditionKind::RevivedFraction:
    case Core::ConditionKind::InactiveFraction:
        break;
    }
    return tr("%1 %").arg(locale.toString(100.0 * value, 'f', 0));
}

QString LessonRunner::describe(const Core::StopCondition &c)
{
    const QString value = (c.atMost ? tr("≤ %1") : tr("≥ %1")).arg(formatValue(c, c.threshold));
    switch (c.kind) {
    case Core::ConditionKind::Epoch:
        return tr("epoch %1").arg(value);
    case Core::ConditionKind::Accuracy:
        return tr("accuracy %1").arg(value);
    case Core::ConditionKind::TestAccuracy:
        return tr("test accuracy %1").arg(value);
    case Core::ConditionKind::Loss:
        return tr("training loss %1").arg(value);
    case Core::ConditionKind::GradientRatio:
        return tr("gradient norm of layer 1 / output layer %1").arg(value);
    case Core::ConditionKind::DeadFraction:
        return tr("dead units in layer %1 %2").arg(c.layer).arg(value);
    case Core::ConditionKind::Sparsity:
        return tr("sparsity of layer %1 %2").arg(c.layer).arg(value);
    case Core::ConditionKind::InactiveFraction:
        return tr("inactive units in layer %1 %2").arg(c.layer).arg(value);
    case Core::ConditionKind::RevivedFraction:
        return tr("revived units in layer %1 %2").arg(c.layer).arg(value);
    case Core::ConditionKind::MeanActivation:
        return tr("mean output of layer %1 %2").arg(c.layer).arg(value);
    case Core::ConditionKind::Diverged:
        return tr("the run diverged");
    }
    return QString();
}

} // namespace ReluLab
