// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "io/languagemanager.h"
#include "ui/glossary.h"
#include "ui/glossarywindow.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace ReluLab;

namespace {

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

constexpr int definitionColumn = 3;

} // namespace

class TestGlossary final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void bundledGlossaryIsComplete()
    {
        QString error;
        const Glossary glossary = Glossary::bundled();
        QVERIFY(glossary.entries().size() >= 40);
        QSet<QString> ids;
        for (const GlossaryEntry &entry : glossary.entries()) {
            QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
            ids.insert(entry.id);
            QVERIFY2(!hasCjk(entry.termEn) && !hasCjk(entry.definitionEn), qPrintable(entry.id));
            QVERIFY2(hasCjk(entry.termZhCN) && hasCjk(entry.termZhTW), qPrintable(entry.id));
            QVERIFY2(hasCjk(entry.definitionZhCN) && hasCjk(entry.definitionZhTW),
                     qPrintable(entry.id));
            // One line each: a definition, not an essay.
            for (const QString &definition :
                 {entry.definitionEn, entry.definitionZhCN, entry.definitionZhTW}) {
                QVERIFY2(!definition.contains(QLatin1Char('\n')) && definition.size() < 200,
                         qPrintable(entry.id));
            }
        }
    }

    // The words Chinese textbooks use (d2l-zh), zh_TW in Traditional characters.
    void textbookTerms_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("zhCN");
        QTest::addColumn<QString>("zhTW");
        QTest::newRow("activation function")
            << QStringLiteral("activation_function") << QStringLiteral("激活函数")
            << QStringLiteral("激活函數");
        QTest::newRow("derivative")
            << QStringLiteral("derivative") << QStringLiteral("导数") << QStringLiteral("導數");
        QTest::newRow("gradient") << QStringLiteral("gradient") << QStringLiteral("梯度")
                                  << QStringLiteral("梯度");
        QTest::newRow("vanishing gradient")
            << QStringLiteral("vanishing_gradient") << QStringLiteral("梯度消失")
            << QStringLiteral("梯度消失");
        QTest::newRow("sparsity") << QStringLiteral("sparsity") << QStringLiteral("稀疏性")
                                  << QStringLiteral("稀疏性");
        QTest::newRow("dead neuron")
            << QStringLiteral("dead_neuron") << QStringLiteral("死亡神经元")
            << QStringLiteral("死亡神經元");
        QTest::newRow("learning rate") << QStringLiteral("learning_rate")
                                       << QStringLiteral("学习率") << QStringLiteral("學習率");
        QTest::newRow("weight initialisation")
            << QStringLiteral("weight_initialisation") << QStringLiteral("权重初始化")
            << QStringLiteral("權重初始化");
        QTest::newRow("batch normalisation")
            << QStringLiteral("batch_normalisation") << QStringLiteral("批量规范化")
            << QStringLiteral("批量規範化");
        QTest::newRow("backpropagation")
            << QStringLiteral("backpropagation") << QStringLiteral("反向传播")
            << QStringLiteral("反向傳播");
        QTest::newRow("neural network") << QStringLiteral("neural_network")
                                        << QStringLiteral("神经网络") << QStringLiteral("神經網路");
        QTest::newRow("born dead") << QStringLiteral("born_dead") << QStringLiteral("初始即死亡")
                                   << QStringLiteral("初始即死亡");
        QTest::newRow("rectified linear unit")
            << QStringLiteral("rectified_linear_unit") << QStringLiteral("修正线性单元")
            << QStringLiteral("修正線性單元");
        QTest::newRow("piecewise linear")
            << QStringLiteral("piecewise_linear") << QStringLiteral("分段线性")
            << QStringLiteral("分段線性");
        QTest::newRow("smooth") << QStringLiteral("smooth") << QStringLiteral("光滑")
                                << QStringLiteral("光滑");
        QTest::newRow("overfitting") << QStringLiteral("overfitting") << QStringLiteral("过拟合")
                                     << QStringLiteral("過擬合");
    }

    void textbookTerms()
    {
        QFETCH(QString, id);
        QFETCH(QString, zhCN);
        QFETCH(QString, zhTW);
        const Glossary glossary = Glossary::bundled();
        const GlossaryEntry *entry = glossary.find(id);
        QVERIFY(entry);
        QCOMPARE(entry->term(QStringLiteral("zh_CN")), zhCN);
        QCOMPARE(entry->term(QStringLiteral("zh_TW")), zhTW);
        QCOMPARE(entry->term(QStringLiteral("en")), entry->termEn);
    }

    // Other words for a term are kept, and shown in the term's tooltip in the window.
    void aliasesAreReadAndShown()
    {
        const Glossary glossary = Glossary::bundled();
        const GlossaryEntry *entry = glossary.find(QStringLiteral("batch_normalisation"));
        QVERIFY(entry);
        QVERIFY(entry->aliases(QStringLiteral("zh_CN")).contains(QStringLiteral("批归一化")));
        QVERIFY(entry->aliases(QStringLiteral("zh_TW")).contains(QStringLiteral("批次正規化")));
        GlossaryWindow window;
        const QAbstractItemModel *model
            = window.findChild<QTableView *>(QStringLiteral("glossaryTable"))->model();
        bool shown = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 1).data().toString() == entry->termZhCN)
                shown = model->index(row, 1)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("批归一化"));
        }
        QVERIFY(shown);
    }

    void malformedDocumentsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{terms: [");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "x", "version": 1, "terms": []})");
        QTest::newRow("wrong version")
            << QByteArray(R"({"format": "relulab-glossary", "version": 9, "terms": []})");
        QTest::newRow("no terms") << QByteArray(
            R"({"format": "relulab-glossary", "version": 1, "terms": []})");
        QTest::newRow("missing language") << QByteArray(
            R"({"format": "relulab-glossary", "version": 1, "terms": [{"id": "a",
                "term": {"en": "A", "zh_CN": "甲"}, "definition": {"en": "d", "zh_CN": "d",
                "zh_TW": "d"}}]})");
        QTest::newRow("aliases not a list") << QByteArray(
            R"({"format": "relulab-glossary", "version": 1, "terms": [{"id": "a",
                "term": {"en": "A", "zh_CN": "甲", "zh_TW": "甲"}, "definition": {"en": "d",
                "zh_CN": "d", "zh_TW": "d"}, "aliases": {"zh_CN": "乙"}}]})");
        QTest::newRow("duplicate id") << QByteArray(
            R"({"format": "relulab-glossary", "version": 1, "terms": [
                {"id": "a", "term": {"en": "A", "zh_CN": "甲", "zh_TW": "甲"},
                 "definition": {"en": "d", "zh_CN": "d", "zh_TW": "d"}},
                {"id": "a", "term": {"en": "A", "zh_CN": "甲", "zh_TW": "甲"},
                 "definition": {"en": "d", "zh_CN": "d", "zh_TW": "d"}}]})");
    }

    void malformedDocumentsAreRejected()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(Glossary::fromJson(json, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void searchFiltersInAnyLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("english, any case") << QStringLiteral("GRADIENT");
        QTest::newRow("simplified") << QStringLiteral("梯度");
        QTest::newRow("traditional") << QStringLiteral("神經");
    }

    void searchFiltersInAnyLanguage()
    {
        QFETCH(QString, text);
        GlossaryWindow window;
        auto *table = window.findChild<QTableView *>(QStringLiteral("glossaryTable"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("glossarySearch"));
        QVERIFY(table && search);
        const QAbstractItemModel *model = table->model();
        const int all = model->rowCount();
        QCOMPARE(all, int(Glossary::bundled().entries().size()));

        search->setText(text); // as an input method commits CJK text (keyClicks is ASCII only)
        const int shown = model->rowCount();
        QVERIFY(shown > 0 && shown < all);
        for (int row = 0; row < shown; ++row) {
            bool found = false;
            for (int column = 0; column < model->columnCount(); ++column)
                found = found
                        || model->index(row, column)
                               .data()
                               .toString()
                               .contains(text, Qt::CaseInsensitive);
            QVERIFY2(found, qPrintable(model->index(row, 0).data().toString()));
        }

        search->clear();
        QCOMPARE(model->rowCount(), all);
    }

    void definitionsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void definitionsFollowTheLanguage()
    {
        QFETCH(QString, language);
        LanguageManager::instance()->setLanguage(
            language == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        GlossaryWindow window;
        window.show();
        const Glossary glossary = Glossary::bundled();
        const QAbstractItemModel *model
            = window.findChild<QTableView *>(QStringLiteral("glossaryTable"))->model();

        LanguageManager::instance()->setLanguage(language);
        QCoreApplication::processEvents(); // LanguageChange reaches top-level widgets posted

        for (int row = 0; row < model->rowCount(); ++row) {
            const QString english = model->index(row, 0).data().toString();
            const QString definition = model->index(row, definitionColumn).data().toString();
            bool matched = false;
            for (const GlossaryEntry &entry : glossary.entries())
                matched = matched
                          || (entry.termEn == english && entry.definition(language) == definition);
            QVERIFY2(matched, qPrintable(english));
        }
        QVERIFY(!model->headerData(definitionColumn, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("简体中文"));
    }

    void definitionsWrapInsteadOfEliding_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en, default size") << QStringLiteral("en") << QSize(900, 560);
        QTest::newRow("en, narrow") << QStringLiteral("en") << QSize(640, 480);
        QTest::newRow("zh_CN, narrow") << QStringLiteral("zh_CN") << QSize(640, 480);
        QTest::newRow("zh_TW, wide") << QStringLiteral("zh_TW") << QSize(1400, 800);
    }

    // Every definition is shown whole: the definition column ends inside the table (no
    // horizontal scrolling) and each row is tall enough for its definition wrapped at the
    // column's width, and no taller than that and a line (a term may wrap to one more line).
    void definitionsWrapInsteadOfEliding()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        LanguageManager::instance()->setLanguage(language);
        GlossaryWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents(); // the queued re-fit after the last resize
        auto *table = window.findChild<QTableView *>(QStringLiteral("glossaryTable"));
        QVERIFY(table);
        const int right = table->columnViewportPosition(definitionColumn)
                          + table->columnWidth(definitionColumn);
        QVERIFY2(right <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(right).arg(table->viewport()->width())));
        // The cell's text rectangle is the column less the style's item text margin on each side
        // (as QCommonStyle lays out an item view's text) and the grid line.
        const int textMargin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr,
                                                           table)
                               + 1;
        const int textWidth = table->columnWidth(definitionColumn) - 2 * textMargin - 1;
        QVERIFY(textWidth > 100);
        const QFontMetrics metrics(table->font());
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString definition = model->index(row, definitionColumn).data().toString();
            const int needed = metrics
                                   .boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap,
                                                 definition)
                                   .height();
            const int termLines = 3 * metrics.lineSpacing()
                                  + 12; // "Rectified linear / unit (ReLU)"
            QVERIFY2(table->rowHeight(row)
                         <= std::max(needed + metrics.lineSpacing(), termLines) + 12,
                     qPrintable(QStringLiteral("row %1 (%2): %3 px for %4 px of text")
                                    .arg(row)
                                    .arg(model->index(row, 0).data().toString())
                                    .arg(table->rowHeight(row))
                                    .arg(needed)));
            QVERIFY2(table->rowHeight(row) >= needed,
                     qPrintable(QStringLiteral("row %1 (%2): %3 px < %4 px")
                                    .arg(row)
                                    .arg(model->index(row, 0).data().toString())
                                    .arg(table->rowHeight(row))
                                    .arg(needed)));
        }
    }
};

QTEST_MAIN(TestGlossary)
#include "tst_glossary.moc"
