// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/trainingconfigio.h"

#include <QtTest>

#include <cmath>

using namespace ReluLab::Core;

class TestTrainingConfigIo : public QObject
{
    Q_OBJECT

private slots:
    void enumRoundTrip();
    void unknownNames_data();
    void unknownNames();
    void biasInit_data();
    void biasInit();
    void hiddenWidths_data();
    void hiddenWidths();
    void finiteNumbers_data();
    void finiteNumbers();
};

void TestTrainingConfigIo::enumRoundTrip()
{
    QCOMPARE(initSchemeNames().size(), std::size_t(8));
    for (const std::string_view name : initSchemeNames())
        QCOMPARE(toString(*parseInitScheme(name)), name);
    for (const std::string_view name : optimizerNames())
        QCOMPARE(toString(*parseOptimizerKind(name)), name);
    for (const std::string_view name : scheduleNames())
        QCOMPARE(toString(*parseScheduleKind(name)), name);
    for (const std::string_view name : dtypeNames())
        QCOMPARE(toString(*parseDtype(name)), name);
    for (const std::string_view name : preluModeNames())
        QCOMPARE(toString(*parsePreluMode(name)), name);
    QCOMPARE(csvTaskNames().size(), std::size_t(3));
    for (const std::string_view name : csvTaskNames())
        QCOMPARE(toString(*parseCsvTask(name)), name);

    QVERIFY(*parseInitScheme("he_normal") == InitScheme::HeNormal);
    QVERIFY(*parseInitScheme("rai") == InitScheme::Rai);
    QVERIFY(*parseOptimizerKind("rmsprop") == OptimizerKind::RmsProp);
    QVERIFY(*parseScheduleKind("cosine") == ScheduleKind::Cosine);
    QVERIFY(*parseDtype("f64") == Dtype::F64);
    QVERIFY(*parsePreluMode("per_unit") == PreluMode::PerUnit);
    QVERIFY(*parseCsvTask("auto") == CsvTask::Auto);
    QVERIFY(*parseCsvTask("regression") == CsvTask::Regression);
}

void TestTrainingConfigIo::unknownNames_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("text");
    QTest::newRow("init case") << "init"
                               << "He_Normal";
    QTest::newRow("init space") << "init"
                                << " he_normal";
    QTest::newRow("optimizer") << "optimizer"
                               << "adamw";
    QTest::newRow("schedule") << "schedule"
                              << "";
    QTest::newRow("dtype") << "dtype"
                           << "f16";
    QTest::newRow("prelu") << "prelu_mode"
                           << "per_channel";
    QTest::newRow("task") << "task"
                          << "Classification";
}

void TestTrainingConfigIo::unknownNames()
{
    QFETCH(QString, which);
    QFETCH(QString, text);
    const std::string t = text.toStdString();
    Error error;
    if (which == QLatin1String("init"))
        error = parseInitScheme(t).error();
    else if (which == QLatin1String("optimizer"))
        error = parseOptimizerKind(t).error();
    else if (which == QLatin1String("schedule"))
        error = parseScheduleKind(t).error();
    else if (which == QLatin1String("dtype"))
        error = parseDtype(t).error();
    else if (which == QLatin1String("task"))
        error = parseCsvTask(t).error();
    else
        error = parsePreluMode(t).error();
    QCOMPARE(error.code, std::string("unknown_name"));
    QCOMPARE(QString::fromStdString(error.arg("kind")), which);
    QCOMPARE(error.arg("value"), t);
    QVERIFY(!error.arg("allowed").empty());
}

void TestTrainingConfigIo::biasInit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("pytorch");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("written");

    QTest::newRow("default") << "pytorch_default" << true << true << 0.0 << "pytorch_default";
    QTest::newRow("negative") << "-3" << true << false << -3.0 << "-3";
    QTest::newRow("plus") << "+0.5" << true << false << 0.5 << "0.5";
    QTest::newRow("tenth") << "0.1" << true << false << 0.1 << "0.1";
    QTest::newRow("nan") << "nan" << false << false << 0.0 << "";
    QTest::newRow("inf") << "inf" << false << false << 0.0 << "";
    QTest::newRow("text") << "zero" << false << false << 0.0 << "";
    QTest::newRow("trailing") << "1x" << false << false << 0.0 << "";
}

void TestTrainingConfigIo::biasInit()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, pytorch);
    QFETCH(double, value);
    QFETCH(QString, written);

    const Expected<BiasInit> bias = parseBiasInit(text.toStdString());
    QCOMPARE(bias.hasValue(), ok);
    if (!ok) {
        QCOMPARE(bias.error().arg("kind"), std::string("bias_init"));
        return;
    }
    QCOMPARE(bias->pytorchDefault, pytorch);
    QCOMPARE(bias->value, value); // exact: parsed from short decimal text
    QCOMPARE(QString::fromStdString(toString(*bias)), written);
}

void TestTrainingConfigIo::hiddenWidths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("two") << "64,64"
                         << ""
                         << "64,64";
    QTest::newRow("one") << "1"
                         << ""
                         << "1";
    QTest::newRow("max") << "512,3"
                         << ""
                         << "512,3";
    QTest::newRow("empty") << ""
                           << ""
                           << "none";
    QTest::newRow("none") << "none"
                          << ""
                          << "none";
    QTest::newRow("zero") << "64,0"
                          << "width_out_of_range"
                          << "";
    QTest::newRow("too wide") << "513"
                              << "width_out_of_range"
                              << "";
    QTest::newRow("billion") << "1000000000"
                             << "width_out_of_range"
                             << "";
    QTest::newRow("huge") << "99999999999999999999999"
                          << "width_out_of_range"
                          << "";
    QTest::newRow("negative") << "-4"
                              << "width_out_of_range"
                              << "";
    QTest::newRow("decimal") << "6.5"
                             << "width_not_integer"
                             << "";
    QTest::newRow("trailing comma") << "64,"
                                    << "width_not_integer"
                                    << "";
    QTest::newRow("letters") << "abc"
                             << "width_not_integer"
                             << "";
    QTest::newRow("65 layers") << QString(QStringLiteral("8,")).repeated(64) + QStringLiteral("8")
                               << "too_many_layers"
                               << "";
}

void TestTrainingConfigIo::hiddenWidths()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, canonical);

    const Expected<std::vector<int>> widths = parseHiddenWidths(text.toStdString());
    if (!code.isEmpty()) {
        QVERIFY(!widths.hasValue());
        QCOMPARE(QString::fromStdString(widths.error().code), code);
        return;
    }
    QVERIFY(widths.hasValue());
    QCOMPARE(QString::fromStdString(hiddenWidthsToString(*widths)), canonical);
}

void TestTrainingConfigIo::finiteNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("value");

    QTest::newRow("plain") << "1.5"
                           << "" << 1.5;
    QTest::newRow("exponent") << "-2e-3"
                              << "" << -0.002;
    QTest::newRow("underflow") << "1e-400"
                               << "" << 0.0;
    QTest::newRow("underflow long") << "0.000000001e-400"
                                    << "" << 0.0;
    QTest::newRow("overflow") << "1e400"
                              << "non_finite" << 0.0;
    QTest::newRow("overflow negative exp")
        << QStringLiteral("1") + QString(400, QLatin1Char('0')) + QStringLiteral("e-10")
        << "non_finite" << 0.0;
    QTest::newRow("huge exponent") << "1e99999999999999999999"
                                   << "non_finite" << 0.0;
    // Exponents at and beyond the range of long long: no signed overflow (the sanitizer build
    // checks), overflow refused, underflow to 0.
    QTest::newRow("llong max exponent") << "10e9223372036854775807"
                                        << "non_finite" << 0.0;
    QTest::newRow("llong max exponent, plus") << "+100e+9223372036854775807"
                                              << "non_finite" << 0.0;
    QTest::newRow("llong min exponent") << "0.01e-9223372036854775808"
                                        << "" << 0.0;
    QTest::newRow("beyond llong, negative") << "-5e-999999999999999999999999"
                                            << "" << 0.0;
    QTest::newRow("long mantissa, huge exponent")
        << QStringLiteral("0.") + QString(500, QLatin1Char('0'))
               + QStringLiteral("1e9223372036854775807")
        << "non_finite" << 0.0;
    QTest::newRow("nan") << "nan"
                         << "non_finite" << 0.0;
    QTest::newRow("infinity") << "-infinity"
                              << "non_finite" << 0.0;
    QTest::newRow("double sign") << "+-1"
                                 << "not_a_number" << 0.0;
    QTest::newRow("hex") << "0x10"
                         << "not_a_number" << 0.0;
    QTest::newRow("comma") << "1,5"
                           << "not_a_number" << 0.0;
    QTest::newRow("empty") << ""
                           << "not_a_number" << 0.0;
}

void TestTrainingConfigIo::finiteNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(double, value);

    const Expected<double> parsed = parseFiniteNumber(text.toStdString());
    if (!code.isEmpty()) {
        QVERIFY(!parsed.hasValue());
        QCOMPARE(QString::fromStdString(parsed.error().code), code);
        return;
    }
    QVERIFY(parsed.hasValue());
    QVERIFY(std::abs(*parsed - value) <= 1e-300 + 1e-15 * std::abs(value));
}

QTEST_APPLESS_MAIN(TestTrainingConfigIo)
#include "tst_trainingconfigio.moc"
