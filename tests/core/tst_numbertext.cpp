// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/numbertext.h"

#include <QTest>

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

using namespace ReluLab::Core;

// The one formatter of numbers for messages (shortest round trip), the 17-digit columns, and the
// escaping of control bytes quoted from input.
class TestNumberText : public QObject
{
    Q_OBJECT

private slots:
    void shortest_data();
    void shortest();
    void seventeenDigits_data();
    void seventeenDigits();
    void escaped_data();
    void escaped();
};

void TestNumberText::shortest_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.9") << 0.9 << "0.9";
    QTest::newRow("billion") << 1e9 << "1000000000";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("negative") << -2.5 << "-2.5";
    QTest::newRow("huge") << 1e300 << "1e+300";
    QTest::newRow("tiny") << 1e-6 << "1e-06";
    QTest::newRow("small plain") << 1e-5 << "0.00001";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("1e16") << 1e16 << "10000000000000000";
    QTest::newRow("1e17") << 1e17 << "1e+17";
    QTest::newRow("third") << 1.0 / 3.0 << "0.3333333333333333";
    QTest::newRow("max") << std::numeric_limits<double>::max() << "1.7976931348623157e+308";
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << "nan";
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << "-inf";
}

void TestNumberText::shortest()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    const std::string written = shortestText(value);
    QCOMPARE(QString::fromStdString(written), text);
    if (std::isfinite(value)) {
        double back = 0.0;
        std::from_chars(written.data(), written.data() + written.size(), back);
        QCOMPARE(back, value); // round trip, bit for bit
    }
}

void TestNumberText::seventeenDigits_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.2") << 0.2 << "0.20000000000000001";
    QTest::newRow("half") << 0.5 << "0.5";
    QTest::newRow("minus zero") << -0.0 << "-0";
    QTest::newRow("big") << 1e300 << "1.0000000000000001e+300";
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << "inf";
}

void TestNumberText::seventeenDigits()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(seventeenDigitText(value)), text);
}

void TestNumberText::escaped_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QByteArray("relu") << "relu";
    QTest::newRow("escape sequence") << QByteArray("\x1b[31mred") << "\\e[31mred";
    QTest::newRow("nul") << QByteArray("1\0abc", 5) << "1\\0abc";
    QTest::newRow("newline, tab, cr") << QByteArray("a\nb\tc\r") << "a\\nb\\tc\\r";
    QTest::newRow("bell, delete") << QByteArray("\a\x7f") << "\\x07\\x7f";
    QTest::newRow("backslash") << QByteArray("a\\b") << "a\\\\b";
    QTest::newRow("C1 CSI") << QByteArray("\xc2\x9b"
                                          "2J")
                            << "\\u009b2J";
    QTest::newRow("Chinese kept") << QByteArray("激活") << QString::fromUtf8("激活");
    QTest::newRow("long") << QByteArray(100, 'x')
                          << QString(80, QLatin1Char('x')) + QStringLiteral("...");
}

void TestNumberText::escaped()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, text);
    const std::string out = escapedForMessage(
        std::string_view(input.constData(), std::size_t(input.size())));
    QCOMPARE(QString::fromStdString(out), text);
}

QTEST_APPLESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
