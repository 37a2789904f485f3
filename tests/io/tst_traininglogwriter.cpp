// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The one training-log writer: its column list, a cell per column in every CSV row, the same
// fields in a JSON row, numbers that read back exactly in the C locale.

#include "io/traininglogwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace ReluLab;

namespace {

TrainingLogRow sampleRow(int layers)
{
    TrainingLogRow row;
    row.diagnostics.epoch = 7;
    row.diagnostics.trainLoss = 0.1;
    row.diagnostics.testLoss = std::numeric_limits<double>::quiet_NaN();
    row.diagnostics.trainAccuracy = 0.75;
    row.diagnostics.testAccuracy = 1.0 / 3.0;
    for (int k = 0; k < layers; ++k) {
        Core::LayerDiagnostics layer;
        layer.sparsity = 0.5;
        layer.deadUnits = k + 1;
        layer.inactiveUnits = k + 2;
        row.diagnostics.layers.push_back(layer);
    }
    row.diagnostics.gradientNorms.assign(std::size_t(layers + 1), 2.5);
    row.learningRate = 0.01;
    return row;
}

} // namespace

class TestTrainingLogWriter final : public QObject
{
    Q_OBJECT

private slots:
    void columns_data()
    {
        QTest::addColumn<int>("layers");
        QTest::addColumn<QString>("header");
        QTest::newRow("no hidden layer")
            << 0
            << QStringLiteral("epoch,train_loss,test_loss,train_acc,test_acc,gradnorm_1,"
                              "learning_rate");
        QTest::newRow("two hidden layers")
            << 2
            << QStringLiteral("epoch,train_loss,test_loss,train_acc,test_acc,sparsity_1,"
                              "sparsity_2,dead_1,dead_2,gradnorm_1,gradnorm_2,gradnorm_3,"
                              "learning_rate,inactive_1,inactive_2,revived_1,revived_2");
    }

    void columns()
    {
        QFETCH(int, layers);
        QFETCH(QString, header);
        QCOMPARE(TrainingLogWriter::csvHeader(layers), header);
        const QStringList cells
            = TrainingLogWriter::csvRow(sampleRow(layers), layers).split(QLatin1Char(','));
        QCOMPARE(cells.size(), TrainingLogWriter::columns(layers).size());
        QCOMPARE(cells.at(0), QStringLiteral("7"));
        QCOMPARE(cells.at(2), QStringLiteral("nan"));
        QCOMPARE(cells.at(4).toDouble(), 1.0 / 3.0); // 17 digits: reads back exactly
        QCOMPARE(cells.at(
                     TrainingLogWriter::columns(layers).indexOf(QStringLiteral("learning_rate"))),
                 QStringLiteral("0.01"));
    }

    // The JSON row has the same fields: the scalar columns by name, the per-layer ones as
    // arrays named by the column's stem (sparsity_1.. -> "sparsity").
    void jsonHasTheSameFields()
    {
        const TrainingLogRow row = sampleRow(2);
        QJsonParseError error;
        const QJsonObject object
            = QJsonDocument::fromJson(TrainingLogWriter::jsonRow(row).toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList stems;
        for (const QString &column : TrainingLogWriter::columns(2)) {
            const QString stem = column.section(QLatin1Char('_'), -1).toInt() > 0
                                     ? column.section(QLatin1Char('_'), 0, -2)
                                     : column;
            if (!stems.contains(stem))
                stems << stem;
        }
        QStringList keys = object.keys();
        keys.sort();
        stems.sort();
        QCOMPARE(keys, stems);
        QVERIFY(object.value(QStringLiteral("test_loss")).isNull());
        QCOMPARE(object.value(QStringLiteral("dead")).toArray().size(), 2);
        QCOMPARE(object.value(QStringLiteral("gradnorm")).toArray().size(), 3);
        QCOMPARE(object.value(QStringLiteral("learning_rate")).toDouble(), 0.01);
    }
};

QTEST_APPLESS_MAIN(TestTrainingLogWriter)
#include "tst_traininglogwriter.moc"
