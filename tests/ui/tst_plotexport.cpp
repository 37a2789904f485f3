// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/activation.h"
#include "ui/explorer/activationplot.h"
#include "ui/plotexport.h"

#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace ReluLab;

class TestPlotExport final : public QObject
{
    Q_OBJECT

private slots:
    void writesFigure_data();
    void writesFigure();
    void pngSizeFollowsDpi_data();
    void pngSizeFollowsDpi();
    void rejectsBadRequests_data();
    void rejectsBadRequests();
    void clipboardImage();
    void writesText();
};

namespace {

void preparePlot(ActivationPlot &plot)
{
    Core::Expected<Core::Activation> elu = Core::Activation::create("elu");
    QVERIFY(elu);
    plot.setActivation(*elu, QStringLiteral("ELU"));
    plot.setShowSecondDerivative(true);
}

} // namespace

void TestPlotExport::writesFigure_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<QByteArray>("contains");
    QTest::newRow("png") << QStringLiteral("f.png") << QByteArray("\x89PNG\r\n\x1a\n", 8)
                         << QByteArray("IHDR");
    QTest::newRow("svg") << QStringLiteral("f.svg") << QByteArray("<?xml") << QByteArray("<svg");
    QTest::newRow("pdf") << QStringLiteral("f.PDF") << QByteArray("%PDF-") << QByteArray("%%EOF");
}

void TestPlotExport::writesFigure()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    QFETCH(QByteArray, contains);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ActivationPlot plot;
    preparePlot(plot);
    const QString path = dir.filePath(name);
    QString error;
    QVERIFY2(exportPlot(plot.customPlot(), path, PlotExportOptions{}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY2(data.size() > 2000, qPrintable(QString::number(data.size())));
    QVERIFY(data.startsWith(magic));
    QVERIFY(data.contains(contains));
}

void TestPlotExport::pngSizeFollowsDpi_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("96 dpi") << 96 << QSize(640, 400);
    QTest::newRow("192 dpi doubles") << 192 << QSize(1280, 800);
    QTest::newRow("144 dpi") << 144 << QSize(960, 600);
}

void TestPlotExport::pngSizeFollowsDpi()
{
    QFETCH(int, dpi);
    QFETCH(QSize, expected);
    QTemporaryDir dir;
    ActivationPlot plot;
    preparePlot(plot);
    const QString path = dir.filePath(QStringLiteral("f.png"));
    PlotExportOptions options;
    options.size = QSize(640, 400);
    options.dpi = dpi;
    QVERIFY(exportPlot(plot.customPlot(), path, options, nullptr));
    QImageReader reader(path);
    QCOMPARE(reader.size(), expected);
}

void TestPlotExport::rejectsBadRequests_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::newRow("unknown suffix") << QStringLiteral("f.gif") << QSize(640, 400);
    QTest::newRow("no suffix") << QStringLiteral("figure") << QSize(640, 400);
    QTest::newRow("tiny") << QStringLiteral("f.png") << QSize(4, 4);
    QTest::newRow("missing folder") << QStringLiteral("no/such/dir/f.png") << QSize(640, 400);
}

void TestPlotExport::rejectsBadRequests()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    ActivationPlot plot;
    preparePlot(plot);
    PlotExportOptions options;
    options.size = size;
    QString error;
    QVERIFY(!exportPlot(plot.customPlot(), dir.filePath(name), options, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(name)));
}

void TestPlotExport::clipboardImage()
{
    ActivationPlot plot;
    preparePlot(plot);
    PlotExportOptions options;
    options.size = QSize(300, 200);
    options.dpi = 192;
    const QImage image = renderPlotImage(plot.customPlot(), options);
    QCOMPARE(image.size(), QSize(600, 400));
    // Not blank: the curve and the axes leave dark pixels on the white background.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    }
    QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
}

void TestPlotExport::writesText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("curves.csv"));
    QVERIFY(writeTextFile(path, QStringLiteral("x,f\n1,2\n"), nullptr));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("x,f\n1,2\n"));
    QString error;
    QVERIFY(!writeTextFile(dir.filePath(QStringLiteral("missing/c.csv")), QString(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestPlotExport)
#include "tst_plotexport.moc"
