// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "io/bundleddata.h"

#include <QtTest>

using namespace ReluLab;

class TestBundledData : public QObject
{
    Q_OBJECT

private slots:
    void digitsFromResources();
};

void TestBundledData::digitsFromResources()
{
    const Core::DataSources &sources = bundledDataSources();
    QVERIFY2(!sources.digitsCsv.empty(), ":/data/digits.csv is not in the resources");
    QCOMPARE(&bundledDataSources(), &sources); // read once, kept

    Core::DatasetRecipe recipe;
    recipe.name = "digits";
    recipe.testFraction = 0.0;
    const Core::Expected<Core::DataSplit> split = Core::makeDataSplit(recipe, sources);
    QVERIFY2(split.hasValue(), split ? "" : split.error().message.c_str());
    QCOMPARE(split->train.sampleCount(), 1797);
    QCOMPARE(split->train.featureCount(), 64);
    QCOMPARE(split->train.classCount, 10);
}

QTEST_GUILESS_MAIN(TestBundledData)
#include "tst_bundleddata.moc"
