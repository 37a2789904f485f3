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

// Epoch 12, training accuracy 0.8; layer 1: 10 units, 3 dead, sparsity 0.6; layer 2: 4 units,
// 4 dead, sparsity 1.
Diagnostics sample(bool diverged)
{
    Diagnostics d;
    d.epoch = 12;
    d.trainAccuracy = 0.8;
    LayerDiagnostics first;
    first.units = 10;
    first.deadUnits = 3;
    first.sparsity = 0.6;
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
    const auto row = [](const char *name, ConditionKind kind, int layer, double threshold,
                        bool diverged, bool holds) {
        QTest::newRow(name) << int(kind) << layer << threshold << diverged << holds;
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
}

void TestStopCondition::holds()
{
    QFETCH(int, kind);
    QFETCH(int, layer);
    QFETCH(double, threshold);
    QFETCH(bool, diverged);
    QFETCH(bool, holds);
    const StopCondition condition{ConditionKind(kind), layer, threshold};
    QCOMPARE(conditionHolds(condition, sample(diverged)), holds);
}

void TestStopCondition::names()
{
    for (const ConditionKind kind :
         {ConditionKind::Epoch, ConditionKind::Accuracy, ConditionKind::DeadFraction,
          ConditionKind::Sparsity, ConditionKind::Diverged}) {
        const std::optional<ConditionKind> back = conditionKindFromString(toString(kind));
        QVERIFY(back);
        QCOMPARE(int(*back), int(kind));
    }
    QVERIFY(!conditionKindFromString("loss"));
    QVERIFY(std::isnan(conditionValue({ConditionKind::Sparsity, 5, 0.0}, sample(false))));
}

QTEST_APPLESS_MAIN(TestStopCondition)
#include "tst_stopcondition.moc"
