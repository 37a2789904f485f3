// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/network/stopcondition.h"

#include <QTest>

#include <cmath>

using namespace ReluLab::Core;

// The fixed set of conditions a lesson step trains until: each kind on hand-made diagnostics.
class TestStopCondition : public QObject
{
    Q_OBJECT

private slots:
    void holds_data();
    void holds();
    void names();
};

namespace {

// Epoch 12, training accuracy 0.8, test accuracy 0.7, loss 0.25, gradient norms 0.002, 1, 0.5;
// layer 1: 10 units, 3 dead, 5 inactive, 1 revived, sparsity 0.6, mean output 0.4;
// layer 2: 4 units, 4 dead, sparsity 1.
Diagnostics sample(bool diverged)
{
    Diagnostics d;
    d.epoch = 12;
    d.trainAccuracy = 0.8;
    d.testAccuracy = 0.7;
    d.trainLoss = 0.25;
    d.gradientNorms = {0.002, 1.0, 0.5};
    LayerDiagnostics first;
    first.units = 10;
    first.deadUnits = 3;
    first.inactiveUnits = 5;
    first.revivedUnits = 1;
    first.sparsity = 0.6;
    first.meanActivation = 0.4;
    LayerDiagnostics second;
    second.units = 4;
    second.deadUnits = 4;
    second.sparsity = 1.0;
    d.layers = {first, second};
    d.status = diverged ? TrainingStatus::Diverged : TrainingStatus::Ok;
    return d;
}

} // namespace

void TestStopCondition::holds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("layer");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("diverged");
    QTest::addColumn<bool>("holds");
    QTest::addColumn<bool>("atMost");
    const auto row = [](const char *name, ConditionKind kind, int layer, double threshold,
                        bool diverged, bool holds, bool atMost = false) {
        QTest::newRow(name) << int(kind) << layer << threshold << diverged << holds << atMost;
    };
    row("epoch reached", ConditionKind::Epoch, 1, 12, false, true);
    row("epoch not yet", ConditionKind::Epoch, 1, 13, false, false);
    row("accuracy reached", ConditionKind::Accuracy, 1, 0.75, false, true);
    row("accuracy not yet", ConditionKind::Accuracy, 1, 0.85, false, false);
    row("dead fraction 3/10 >= 0.3", ConditionKind::DeadFraction, 1, 0.3, false, true);
    row("dead fraction 3/10 < 0.31", ConditionKind::DeadFraction, 1, 0.31, false, false);
    row("dead fraction of layer 2", ConditionKind::DeadFraction, 2, 1.0, false, true);
    row("no such layer", ConditionKind::DeadFraction, 3, 0.0, false, false);
    row("sparsity reached", ConditionKind::Sparsity, 1, 0.6, false, true);
    row("sparsity not yet", ConditionKind::Sparsity, 1, 0.7, false, false);
    row("diverged", ConditionKind::Diverged, 1, 0, true, true);
    row("not diverged", ConditionKind::Diverged, 1, 0, false, false);
    // A diverged run's numbers are those of older weights: no other condition holds then.
    row("epoch of a diverged run", ConditionKind::Epoch, 1, 1, true, false);
    row("test accuracy reached", ConditionKind::TestAccuracy, 1, 0.7, false, true);
    row("test accuracy not yet", ConditionKind::TestAccuracy, 1, 0.71, false, false);
    row("loss at most 0.25", ConditionKind::Loss, 1, 0.25, false, true, true);
    row("loss not at most 0.24", ConditionKind::Loss, 1, 0.24, false, false, true);
    // 0.002 / 0.5: the first weight matrix's gradient norm over the output layer's.
    row("gradient ratio at most 0.004", ConditionKind::GradientRatio, 1, 0.004, false, true, true);
    row("gradient ratio above 0.0039", ConditionKind::GradientRatio, 1, 0.0039, false, true);
    row("gradient ratio not at least 0.0041", ConditionKind::GradientRatio, 1, 0.0041, false,
        false);
    row("mean activation at least 0.4", ConditionKind::MeanActivation, 1, 0.4, false, true);
    row("mean activation not at most 0.39", ConditionKind::MeanActivation, 1, 0.39, false, false,
        true);
    row("revived 1/10", ConditionKind::RevivedFraction, 1, 0.1, false, true);
    row("revived not 2/10", ConditionKind::RevivedFraction, 1, 0.2, false, false);
    row("inactive 5/10", ConditionKind::InactiveFraction, 1, 0.5, false, true);
    row("inactive at most 0.4 fails", ConditionKind::InactiveFraction, 1, 0.4, false, false, true);
    row("sparsity at most 0.6", ConditionKind::Sparsity, 1, 0.6, false, true, true);
    row("sparsity of layer 2 not at most 0.99", ConditionKind::Sparsity, 2, 0.99, false, false,
        true);
    row("at most on a missing layer", ConditionKind::Sparsity, 3, 1.0, false, false, true);
    row("loss of a diverged run", ConditionKind::Loss, 1, 10.0, true, false, true);
}

void TestStopCondition::holds()
{
    QFETCH(int, kind);
    QFETCH(int, layer);
    QFETCH(double, threshold);
    QFETCH(bool, diverged);
    QFETCH(bool, holds);
    QFETCH(bool, atMost);
    const StopCondition condition{ConditionKind(kind), layer, threshold, atMost};
    QCOMPARE(conditionHolds(condition, sample(diverged)), holds);
}

void TestStopCondition::names()
{
    for (const ConditionKind kind :
         {ConditionKind::Epoch, ConditionKind::Accuracy, ConditionKind::DeadFraction,
          ConditionKind::Sparsity, ConditionKind::Diverged, ConditionKind::TestAccuracy,
          ConditionKind::Loss, ConditionKind::GradientRatio, ConditionKind::MeanActivation,
          ConditionKind::RevivedFraction, ConditionKind::InactiveFraction}) {
        const std::optional<ConditionKind> back = conditionKindFromString(toString(kind));
        QVERIFY(back);
        QCOMPARE(int(*back), int(kind));
    }
    QVERIFY(!conditionKindFromString("gradient"));
    Diagnostics noGradient = sample(false);
    noGradient.gradientNorms = {1.0, 0.0};
    QVERIFY(std::isnan(conditionValue({ConditionKind::GradientRatio, 1, 0.0}, noGradient)));
    QVERIFY(std::isnan(conditionValue({ConditionKind::Sparsity, 5, 0.0}, sample(false))));
}

QTEST_APPLESS_MAIN(TestStopCondition)
#include "tst_stopcondition.moc"
