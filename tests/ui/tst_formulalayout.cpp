// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Every activation's formula, as the Learn panel typesets it, at the narrowest, a usual and a
// wide panel width, in every language: no piece of text overlaps another and nothing leaves the
// panel (which would clip it or need a horizontal scroll bar).
#include "core/activation.h"
#include "io/languagemanager.h"
#include "ui/explorer/learnpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>

using namespace ReluLab;

namespace {

struct LaidOutLine
{
    QRectF rect;
    QString text;
    bool brokenInsideAWord = false; ///< the line starts where no space allowed a break
};

// The lines of text of the formula section: everything between the "Formula" heading and the
// next heading (the property table). Rectangles are in document coordinates.
QList<LaidOutLine> formulaLines(QTextDocument *document, const QString &formulaHeading)
{
    QList<LaidOutLine> lines;
    bool inFormula = false;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const bool heading = block.blockFormat().headingLevel() > 0;
        if (heading) {
            if (inFormula)
                break;
            inFormula = block.text() == formulaHeading;
            continue;
        }
        if (!inFormula || block.text().trimmed().isEmpty())
            continue;
        const QTextLayout *textLayout = block.layout();
        // blockBoundingRect() is the layout's bounding rectangle in document coordinates; the
        // lines are relative to the layout's origin.
        const QPointF origin = layout->blockBoundingRect(block).topLeft()
                               - textLayout->boundingRect().topLeft();
        for (int i = 0; i < textLayout->lineCount(); ++i) {
            const QTextLine line = textLayout->lineAt(i);
            const QString text = block.text().mid(line.textStart(), line.textLength()).trimmed();
            if (text.isEmpty())
                continue;
            // A formula may wrap between terms, never inside one ("er" | "f(x)"); Chinese text
            // may wrap between any two characters.
            const auto breakable = [](QChar c) { return c.isSpace() || c.unicode() >= 0x2E80; };
            const bool broken = i > 0 && !breakable(block.text().at(line.textStart() - 1))
                                && !breakable(block.text().at(line.textStart()));
            const QRectF rect = line.naturalTextRect().translated(origin);
            lines.append({rect, text, broken});
        }
    }
    return lines;
}

} // namespace

class TestFormulaLayout final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void formulasFitWithoutOverlap_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("width");
        for (const QString &language : LanguageManager::availableLanguages()) {
            for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
                for (int width : {LearnPanel::MinimumWidth, 400, 560})
                    QTest::addRow("%s/%s/%d", qPrintable(language), info.id.c_str(), width)
                        << language << QString::fromStdString(info.id) << width;
            }
        }
    }

    void formulasFitWithoutOverlap()
    {
        QFETCH(QString, language);
        QFETCH(QString, id);
        QFETCH(int, width);
        LanguageManager::instance()->setLanguage(language);
        LearnPanel panel;
        panel.resize(width, 700);
        Core::Expected<Core::Activation> activation = Core::Activation::create(id.toStdString());
        QVERIFY(activation);
        panel.setActivation(*activation);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *browser = panel.findChild<QTextBrowser *>(QStringLiteral("learnBrowser"));
        QVERIFY(browser);
        QTextDocument *document = browser->document();
        const qreal available = browser->viewport()->width();

        // Nothing wider than the panel: a cut-off denominator or a clipped case shows up here.
        QVERIFY2(document->size().width() <= available + 1,
                 qPrintable(QStringLiteral("document %1 px wide in a %2 px panel")
                                .arg(document->size().width())
                                .arg(available)));
        QVERIFY(!browser->horizontalScrollBar()->isVisible());

        const QList<LaidOutLine> lines = formulaLines(document, LearnPanel::tr("Formula"));
        QVERIFY2(lines.size() >= 2, "no formula found"); // f and f′ at least
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QVERIFY2(!lines[i].brokenInsideAWord,
                     qPrintable(QStringLiteral("a line break inside \"%1%2\"")
                                    .arg(i > 0 ? lines[i - 1].text : QString(), lines[i].text)));
            const QRectF a = lines[i].rect.adjusted(0.5, 0.5, -0.5, -0.5);
            QVERIFY2(a.left() >= -0.5 && a.right() <= available + 0.5,
                     qPrintable(QStringLiteral("\"%1\" at x %2..%3 outside 0..%4")
                                    .arg(lines[i].text)
                                    .arg(a.left())
                                    .arg(a.right())
                                    .arg(available)));
            for (qsizetype j = i + 1; j < lines.size(); ++j) {
                const QRectF b = lines[j].rect.adjusted(0.5, 0.5, -0.5, -0.5);
                QVERIFY2(!a.intersects(b), qPrintable(QStringLiteral("\"%1\" overlaps \"%2\"")
                                                          .arg(lines[i].text, lines[j].text)));
            }
        }
    }
};

QTEST_MAIN(TestFormulaLayout)
#include "tst_formulalayout.moc"
