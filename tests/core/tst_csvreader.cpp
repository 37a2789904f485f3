// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "closeness.h"
#include "core/datasets/csvreader.h"

#include <QtTest>

#include <cmath>
#include <string>

using ReluLab::Testing::isClose;

using namespace ReluLab::Core;

namespace {

std::string csvPath(const char *name)
{
    return std::string(RELULAB_TEST_DATA_DIR) + "/data/csv/" + name;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void goodFiles_data();
    void goodFiles();
    void valuesExactlyAsGiven();
    void badFiles_data();
    void badFiles();
    void limits_data();
    void limits();
    void forcedTask();
    void missingFile();
    void utf8Validation_data();
    void utf8Validation();
};

void TestCsvReader::goodFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("features");
    QTest::addColumn<bool>("classification");
    QTest::addColumn<int>("classes");

    QTest::newRow("header") << "good_header.csv" << 3 << 2 << true << 3;
    QTest::newRow("no header, CRLF, plus sign") << "good_no_header_crlf.csv" << 3 << 2 << true << 2;
    QTest::newRow("regression") << "good_regression.csv" << 3 << 1 << false << 0;
    QTest::newRow("BOM, quotes, blank lines")
        << "good_bom_quotes_blank_lines.csv" << 2 << 2 << true << 2;
}

void TestCsvReader::goodFiles()
{
    QFETCH(QString, file);
    QFETCH(int, samples);
    QFETCH(int, features);
    QFETCH(bool, classification);
    QFETCH(int, classes);

    const Expected<Dataset> data = readCsvFile(csvPath(file.toUtf8().constData()));
    QVERIFY2(data.hasValue(), data ? "" : data.error().message.c_str());
    QCOMPARE(data->sampleCount(), samples);
    QCOMPARE(data->featureCount(), features);
    QCOMPARE(data->task == Task::Classification, classification);
    QCOMPARE(data->classCount, classes);
    if (classification) {
        QCOMPARE(int(data->labels.size()), samples);
        QCOMPARE(data->targets.size(), 0);
    } else {
        QCOMPARE(data->targets.rows(), 1);
        QCOMPARE(data->targets.cols(), samples);
    }
}

void TestCsvReader::valuesExactlyAsGiven()
{
    const Expected<Dataset> data = readCsvFile(csvPath("good_header.csv"));
    QVERIFY(data.hasValue());
    // x1,x2,label / 0.5,1.0,0 / -1.25,2e-1,1 / 3,4,2: column j is sample j, order kept.
    QVERIFY(isClose(data->inputs(0, 0), 0.5, 1e-15, 1e-15));
    QVERIFY(isClose(data->inputs(1, 0), 1.0, 1e-15, 1e-15));
    QVERIFY(isClose(data->inputs(0, 1), -1.25, 1e-15, 1e-15));
    QVERIFY(isClose(data->inputs(1, 1), 0.2, 1e-15, 1e-15));
    QVERIFY(isClose(data->inputs(0, 2), 3.0, 1e-15, 1e-15));
    QVERIFY(isClose(data->inputs(1, 2), 4.0, 1e-15, 1e-15));
    QCOMPARE(data->labels, (std::vector<int>{0, 1, 2}));

    const Expected<Dataset> regression = readCsvFile(csvPath("good_regression.csv"));
    QVERIFY(regression.hasValue());
    QVERIFY(isClose(regression->targets(0, 0), 0.25, 1e-15, 1e-15));
    QVERIFY(isClose(regression->targets(0, 1), 1.0, 1e-15, 1e-15));
    QVERIFY(isClose(regression->targets(0, 2), 2.5, 1e-15, 1e-15));
}

void TestCsvReader::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");

    QTest::newRow("empty") << "bad_empty.csv"
                           << "empty_file"
                           << ""
                           << "";
    QTest::newRow("blank only") << "bad_blank_only.csv"
                                << "empty_file"
                                << ""
                                << "";
    QTest::newRow("header only") << "bad_header_only.csv"
                                 << "no_data_rows"
                                 << "1"
                                 << "";
    QTest::newRow("field count") << "bad_field_count.csv"
                                 << "field_count_mismatch"
                                 << "3"
                                 << "3";
    QTest::newRow("not a number") << "bad_not_a_number.csv"
                                  << "not_a_number"
                                  << "3"
                                  << "2";
    QTest::newRow("nan") << "bad_nan.csv"
                         << "non_finite"
                         << "2"
                         << "2";
    QTest::newRow("inf") << "bad_inf.csv"
                         << "non_finite"
                         << "2"
                         << "1";
    QTest::newRow("overflow") << "bad_overflow.csv"
                              << "non_finite"
                              << "2"
                              << "2";
    QTest::newRow("empty field") << "bad_empty_field.csv"
                                 << "empty_field"
                                 << "2"
                                 << "2";
    QTest::newRow("invalid utf-8") << "bad_invalid_utf8.csv"
                                   << "invalid_utf8"
                                   << "3"
                                   << "2";
    QTest::newRow("one column") << "bad_one_column.csv"
                                << "too_few_columns"
                                << "1"
                                << "";
    QTest::newRow("negative label") << "bad_label_negative.csv"
                                    << "label_out_of_range"
                                    << "2"
                                    << "3";
    QTest::newRow("single class") << "bad_single_class.csv"
                                  << "too_few_classes"
                                  << "3"
                                  << "2";
    QTest::newRow("decimal comma") << "bad_decimal_comma.csv"
                                   << "field_count_mismatch"
                                   << "3"
                                   << "4";
    // A first row with numbers and a typo is data, not a header: the typo is reported.
    QTest::newRow("header typo") << "bad_header_typo.csv"
                                 << "not_a_number"
                                 << "1"
                                 << "3";
    QTest::newRow("huge label") << "bad_label_huge.csv"
                                << "label_out_of_range"
                                << "1"
                                << "2";
}

void TestCsvReader::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, row);
    QFETCH(QString, column);

    const Expected<Dataset> data = readCsvFile(csvPath(file.toUtf8().constData()));
    QVERIFY(!data.hasValue());
    QCOMPARE(QString::fromStdString(data.error().code), code);
    QCOMPARE(QString::fromStdString(data.error().arg("row")), row);
    QCOMPARE(QString::fromStdString(data.error().arg("column")), column);
    QVERIFY(!data.error().message.empty());
    // Numbers quoted in messages are in their shortest round-trip form (1000000000, not
    // 1000000000.000000).
    if (file == QLatin1String("bad_label_huge.csv"))
        QCOMPARE(QString::fromStdString(data.error().arg("value")), QStringLiteral("1000000000"));
}

void TestCsvReader::limits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<int>("maxColumns");
    QTest::addColumn<int>("maxValues");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("row");

    QTest::newRow("rows at limit") << "1,0\n2,1\n"
                                   << 2 << 10 << 100 << ""
                                   << "";
    QTest::newRow("too many rows") << "1,0\n2,1\n3,0\n"
                                   << 2 << 10 << 100 << "too_many_rows"
                                   << "3";
    QTest::newRow("columns at limit") << "1,2,0\n3,4,1\n"
                                      << 10 << 3 << 100 << ""
                                      << "";
    QTest::newRow("too many columns") << "1,2,3,0\n"
                                      << 10 << 3 << 100 << "too_many_columns"
                                      << "1";
    QTest::newRow("too many values") << "1,2,0\n3,4,1\n5,6,0\n"
                                     << 10 << 10 << 8 << "too_many_values"
                                     << "3";
}

void TestCsvReader::limits()
{
    QFETCH(QString, text);
    QFETCH(int, maxRows);
    QFETCH(int, maxColumns);
    QFETCH(int, maxValues);
    QFETCH(QString, code);
    QFETCH(QString, row);

    CsvOptions options;
    options.maxRows = std::size_t(maxRows);
    options.maxColumns = std::size_t(maxColumns);
    options.maxValues = std::size_t(maxValues);
    const std::string bytes = text.toStdString();
    const Expected<Dataset> data = parseCsv(bytes, options);
    if (code.isEmpty()) {
        QVERIFY(data.hasValue());
        return;
    }
    QVERIFY(!data.hasValue());
    QCOMPARE(QString::fromStdString(data.error().code), code);
    QCOMPARE(QString::fromStdString(data.error().arg("row")), row);
}

void TestCsvReader::forcedTask()
{
    CsvOptions classification;
    classification.task = CsvTask::Classification;
    const Expected<Dataset> refused = parseCsv("1,0\n2,1.5\n", classification);
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error().code, std::string("label_not_integer"));
    QCOMPARE(refused.error().arg("row"), std::string("2"));
    QCOMPARE(refused.error().arg("column"), std::string("2"));

    CsvOptions regression;
    regression.task = CsvTask::Regression;
    const Expected<Dataset> real = parseCsv("1,0\n2,1\n", regression);
    QVERIFY(real.hasValue());
    QVERIFY(real->task == Task::Regression);
    QVERIFY(isClose(real->targets(0, 1), 1.0, 1e-15, 1e-15));

    // Integer-valued labels written as decimals still count as classes (Auto rule).
    const Expected<Dataset> auto3 = parseCsv("1,0.0\n2,1e0\n3,2\n");
    QVERIFY(auto3.hasValue());
    QVERIFY(auto3->task == Task::Classification);
    QCOMPARE(auto3->classCount, 3);
}

void TestCsvReader::missingFile()
{
    const Expected<Dataset> data = readCsvFile(csvPath("does_not_exist.csv"));
    QVERIFY(!data.hasValue());
    QCOMPARE(data.error().code, std::string("file_not_found"));

    const Expected<Dataset> directory = readCsvFile(std::string(RELULAB_TEST_DATA_DIR));
    QVERIFY(!directory.hasValue());
    QCOMPARE(directory.error().code, std::string("file_unreadable"));

    CsvOptions tiny;
    tiny.maxFileBytes = 4;
    const Expected<Dataset> large = readCsvFile(csvPath("good_header.csv"), tiny);
    QVERIFY(!large.hasValue());
    QCOMPARE(large.error().code, std::string("file_too_large"));
}

void TestCsvReader::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");

    QTest::newRow("ascii") << QByteArray("abc") << -1;
    QTest::newRow("chinese") << QByteArray("\xe6\x95\xb0\xe6\x8d\xae") << -1;
    QTest::newRow("emoji") << QByteArray("a\xf0\x9f\x98\x80") << -1;
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << 0;
    QTest::newRow("overlong 3-byte") << QByteArray("x\xe0\x80\xaf") << 1;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 0;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
    QTest::newRow("truncated") << QByteArray("ok\xe6\x95") << 2;
}

void TestCsvReader::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    const std::size_t found = firstInvalidUtf8(
        std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (offset < 0)
        QCOMPARE(found, std::string_view::npos);
    else
        QCOMPARE(found, std::size_t(offset));
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
