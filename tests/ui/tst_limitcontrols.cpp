// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The lab's number fields take their ranges from core (core/limits.h), and a number typed
// outside one is neither clamped nor applied: the field's note says what is allowed.
#include "io/coreerrortext.h"
#include "ui/networklab/limitspinbox.h"
#include "ui/networklab/networkpanel.h"

#include "core/limits.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace ReluLab;

Q_DECLARE_METATYPE(ReluLab::Core::Option)

class TestLimitControls : public QObject
{
    Q_OBJECT

private slots:
    void rangesFromCore_data();
    void rangesFromCore();
    void typedOutOfRange_data();
    void typedOutOfRange();
    void allowedValueHidesNote();
};

namespace {

QAbstractSpinBox *field(NetworkPanel &panel, const QString &name)
{
    return panel.findChild<QAbstractSpinBox *>(name);
}

QLabel *noteOf(QAbstractSpinBox *box)
{
    if (auto *whole = qobject_cast<LimitSpinBox *>(box))
        return whole->note();
    if (auto *real = qobject_cast<LimitDoubleSpinBox *>(box))
        return real->note();
    return nullptr;
}

double valueOf(QAbstractSpinBox *box)
{
    if (auto *whole = qobject_cast<QSpinBox *>(box))
        return whole->value();
    return qobject_cast<QDoubleSpinBox *>(box)->value();
}

double maximumOf(QAbstractSpinBox *box)
{
    if (auto *whole = qobject_cast<QSpinBox *>(box))
        return whole->maximum();
    return qobject_cast<QDoubleSpinBox *>(box)->maximum();
}

void addFields()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Core::Option>("option");
    QTest::newRow("learning rate") << QStringLiteral("learningRate") << Core::Option::LearningRate;
    QTest::newRow("momentum") << QStringLiteral("momentum") << Core::Option::Momentum;
    QTest::newRow("batch size") << QStringLiteral("batchSize") << Core::Option::BatchSize;
    QTest::newRow("activity L1") << QStringLiteral("activityL1") << Core::Option::ActivityL1;
    QTest::newRow("bias constant") << QStringLiteral("biasValue") << Core::Option::BiasInit;
    QTest::newRow("hidden layers") << QStringLiteral("hiddenLayers") << Core::Option::HiddenLayers;
    QTest::newRow("layer width") << QStringLiteral("layerWidth1") << Core::Option::HiddenWidth;
}

} // namespace

void TestLimitControls::rangesFromCore_data()
{
    addFields();
}

void TestLimitControls::rangesFromCore()
{
    QFETCH(QString, name);
    QFETCH(Core::Option, option);
    NetworkPanel panel;
    QAbstractSpinBox *box = field(panel, name);
    QVERIFY(box);
    QCOMPARE(maximumOf(box), Core::optionRange(option).maximum);
    QLabel *note = noteOf(box);
    QVERIFY(note);
    QVERIFY(note->isHidden());
    QCOMPARE(note->text(), allowedRangeText(option));
}

void TestLimitControls::typedOutOfRange_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typed");
    QTest::newRow("learning rate 2000000")
        << QStringLiteral("learningRate") << QStringLiteral("2000000");
    QTest::newRow("learning rate 0") << QStringLiteral("learningRate") << QStringLiteral("0");
    QTest::newRow("momentum 2") << QStringLiteral("momentum") << QStringLiteral("2");
    QTest::newRow("batch 2000000") << QStringLiteral("batchSize") << QStringLiteral("2000000");
    QTest::newRow("bias -2000000") << QStringLiteral("biasValue") << QStringLiteral("-2000000");
    QTest::newRow("width 9999") << QStringLiteral("layerWidth1") << QStringLiteral("9999");
    QTest::newRow("99 layers") << QStringLiteral("hiddenLayers") << QStringLiteral("99");
}

void TestLimitControls::typedOutOfRange()
{
    QFETCH(QString, name);
    QFETCH(QString, typed);
    NetworkPanel panel;
    Core::TrainingConfig config;
    config.network.bias = Core::BiasInit{false, -1.0};
    panel.setConfig(config);
    panel.show();
    QAbstractSpinBox *box = field(panel, name);
    QVERIFY(box);
    box->setFocus();
    const double before = valueOf(box);
    Core::TrainingConfig expected;
    panel.fillConfig(expected);
    QSignalSpy structure(&panel, &NetworkPanel::structureChanged);
    QSignalSpy rate(&panel, &NetworkPanel::learningRateChanged);

    box->selectAll();
    QTest::keyClicks(box, typed);
    QCOMPARE(box->text(), typed); // kept as typed, not clamped or refused
    QLabel *note = noteOf(box);
    QVERIFY(note->isVisible());
    QVERIFY(!note->toolTip().isEmpty());
    QTest::keyClick(box, Qt::Key_Return);

    // Not applied: the field is back at its value, nothing was announced, and the note stays
    // to say why.
    QCOMPARE(valueOf(box), before);
    QCOMPARE(structure.count(), 0);
    QCOMPARE(rate.count(), 0);
    QVERIFY(note->isVisible());
    Core::TrainingConfig after;
    panel.fillConfig(after);
    QCOMPARE(after.optimizer.learningRate, expected.optimizer.learningRate);
    QCOMPARE(after.batchSize, expected.batchSize);
    QCOMPARE(after.network.hidden, expected.network.hidden);
}

void TestLimitControls::allowedValueHidesNote()
{
    NetworkPanel panel;
    panel.show();
    QAbstractSpinBox *box = field(panel, QStringLiteral("learningRate"));
    QVERIFY(box);
    box->setFocus();
    QSignalSpy rate(&panel, &NetworkPanel::learningRateChanged);
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("5000000"));
    QVERIFY(noteOf(box)->isVisible());
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("0.5"));
    QVERIFY(noteOf(box)->isHidden());
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(rate.count(), 1);
    QCOMPARE(valueOf(box), 0.5);
}

QTEST_MAIN(TestLimitControls)
#include "tst_limitcontrols.moc"
