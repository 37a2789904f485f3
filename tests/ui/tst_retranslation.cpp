// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Switching the language retranslates every visible string of the main window, both workspaces
// included: walk the widget tree after a switch and find nothing left in English, apart from an
// explicit allow-list of names and symbols; switching back restores the English texts exactly.

#include "core/activation.h"
#include "io/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/trainingcontroller.h"
#include "ui/settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>

#include <qcustomplot.h>

using namespace ReluLab;

namespace {

struct VisibleText
{
    QString where; // object path, for the failure message
    QString text;
};

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString pathOf(const QObject *object)
{
    QStringList parts;
    for (const QObject *o = object; o; o = o->parent()) {
        const QString name = o->objectName().isEmpty()
                                 ? QString::fromLatin1(o->metaObject()->className())
                                 : o->objectName();
        parts.prepend(name);
    }
    return parts.join(QLatin1Char('/'));
}

void add(QList<VisibleText> &texts, const QObject *object, const QString &kind, const QString &text)
{
    const QString stripped = plain(text).trimmed();
    if (!stripped.isEmpty())
        texts.append({pathOf(object) + QLatin1Char(':') + kind, stripped});
}

/// Every string a user can read in the window: widget texts, titles, tooltips, placeholders,
/// menu and action texts, tab texts, combo items, plot axis labels and legend names.
QList<VisibleText> collectTexts(QMainWindow &window)
{
    QList<VisibleText> texts;
    add(texts, &window, QStringLiteral("windowTitle"), window.windowTitle());
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        add(texts, widget, QStringLiteral("toolTip"), widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(texts, label, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(texts, button, QStringLiteral("text"), button->text());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(texts, group, QStringLiteral("title"), group->title());
        if (auto *dock = qobject_cast<QDockWidget *>(widget))
            add(texts, dock, QStringLiteral("windowTitle"), dock->windowTitle());
        if (auto *menu = qobject_cast<QMenu *>(widget))
            add(texts, menu, QStringLiteral("title"), menu->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(texts, edit, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(texts, tabs, QStringLiteral("tab%1").arg(i), tabs->tabText(i));
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            if (!combo->isEditable()) {
                for (int i = 0; i < combo->count(); ++i)
                    add(texts, combo, QStringLiteral("item%1").arg(i), combo->itemText(i));
            }
        }
        if (auto *plot = qobject_cast<QCustomPlot *>(widget)) {
            for (QCPAxisRect *rect : plot->axisRects()) {
                for (QCPAxis *axis : rect->axes()) {
                    // A label too long for a short axis is shown elided or as its unit; its
                    // text is the full label the lab keeps beside it (NetworkLabStyle::fitTicks).
                    const QString full = axis->property("relulab_fullLabel").toString();
                    const QString shown = axis->property("relulab_shownLabel").toString();
                    add(texts, plot, QStringLiteral("axis"),
                        axis->label() == shown && !full.isEmpty() ? full : axis->label());
                }
            }
            for (int i = 0; i < plot->plottableCount(); ++i)
                add(texts, plot, QStringLiteral("plottable%1").arg(i), plot->plottable(i)->name());
        }
    }
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        add(texts, action, QStringLiteral("text"), action->text());
        if (action->toolTip() != action->text().remove(QLatin1Char('&')))
            add(texts, action, QStringLiteral("toolTip"), action->toolTip());
    }
    return texts;
}

/// Words that are the same in every language: product and function names, optimiser and
/// initialiser names, file formats, parameter names as PyTorch spells them, symbols.
QSet<QString> allowedWords()
{
    QSet<QString> words = {
        QStringLiteral("ReLU"),
        QStringLiteral("Lab"),
        QStringLiteral("PyTorch"),
        QStringLiteral("Keras"),
        QStringLiteral("NumPy"),
        QStringLiteral("torch"),
        QStringLiteral("nn"),
        QStringLiteral("CSV"),
        QStringLiteral("PNG"),
        QStringLiteral("SVG"),
        QStringLiteral("PDF"),
        QStringLiteral("JSON"),
        QStringLiteral("SGD"),
        QStringLiteral("Adam"),
        QStringLiteral("RMSprop"),
        QStringLiteral("Nesterov"),
        QStringLiteral("Xavier"),
        QStringLiteral("Glorot"),
        QStringLiteral("He"),
        QStringLiteral("Kaiming"),
        QStringLiteral("LeCun"),
        QStringLiteral("RAI"),
        QStringLiteral("EN"),
        QStringLiteral("XOR"),
        QStringLiteral("UCI"),
        QStringLiteral("MNIST"),
        QStringLiteral("Okabe"),
        QStringLiteral("Ito"),
        QStringLiteral("English"),
        QStringLiteral("DPI"),
        QStringLiteral("px"),
        QStringLiteral("ms"),
        QStringLiteral("Swish"),
        QStringLiteral("Heaviside"),
        QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),
        QStringLiteral("Alt"),
        QStringLiteral("PgUp"),
        QStringLiteral("PgDown"),
        QStringLiteral("PgDn"),
        QStringLiteral("Up"),
        QStringLiteral("Down"),
        QStringLiteral("Left"),
        QStringLiteral("Right"),
        QStringLiteral("Esc"),
        QStringLiteral("F11"),
        QStringLiteral("Tab"),
        QStringLiteral("Space"),
        QStringLiteral("exp"),
        QStringLiteral("max"),
        QStringLiteral("min"),
        QStringLiteral("tanh"),
        QStringLiteral("erf"),
        QStringLiteral("ln"),
        QStringLiteral("log"),
        QStringLiteral("sign"),
        QStringLiteral("clamp"),
        QStringLiteral("if"),
        QStringLiteral("otherwise"),
        QStringLiteral("Lu"),
        QStringLiteral("et"),
        QStringLiteral("al"),
        QStringLiteral("none"),
        QStringLiteral("Enter"),
        QStringLiteral("Return"),
        QStringLiteral("Home"),
        QStringLiteral("End"),
        // float32, float64: type names as PyTorch writes them (the word is "float").
        QStringLiteral("float"),
    };
    for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
        const QString name = QString::fromStdString(info.displayName) + QLatin1Char(' ')
                             + QString::fromStdString(info.id) + QLatin1Char(' ')
                             + QString::fromStdString(info.pytorchName);
        for (const QString &word :
             name.split(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]+")), Qt::SkipEmptyParts))
            words.insert(word);
        for (const Core::ParameterSpec &parameter : info.parameters) {
            words.insert(QString::fromStdString(parameter.name));
            for (const std::string &choice : parameter.choices)
                words.insert(QString::fromStdString(choice));
        }
    }
    return words;
}

/// The English words of `text` that are not on the allow-list (one-letter words are symbols:
/// x, f, z, α ... and pass).
QStringList englishWords(const QString &text, const QSet<QString> &allowed)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_]+"));
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowed.contains(w))
            found << w;
    }
    return found;
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

} // namespace

class TestRetranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void switchingBackRestoresEnglish();

private:
    QTemporaryDir m_settingsDir;
};

void TestRetranslation::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReluLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_retranslation"));
}

void TestRetranslation::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

void TestRetranslation::everyStringIsTranslated()
{
    QFETCH(QString, language);
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QSettings store;
    Settings settings(store);
    MainWindow window(settings);
    window.show();
    // The lab's first snapshot fills data-driven labels (the histogram's "% get no gradient");
    // under a sanitizer it arrives late, so wait for it before reading any text.
    QTRY_VERIFY(window.networkLab()->controller()->hasSnapshot());
    QCoreApplication::processEvents();

    LanguageManager::instance()->setLanguage(language);
    QVERIFY(LanguageManager::instance()->hasApplicationTranslator());
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();

    const QSet<QString> allowed = allowedWords();
    QStringList untranslated;
    for (const VisibleText &text : collectTexts(window)) {
        const QStringList words = englishWords(text.text, allowed);
        if (!words.isEmpty() && !hasCjk(text.text))
            untranslated << QStringLiteral("%1: \"%2\"").arg(text.where, text.text.left(80));
    }
    untranslated.removeDuplicates();
    if (!untranslated.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 strings left in English after switching to %2:\n%3")
                             .arg(untranslated.size())
                             .arg(language, untranslated.mid(0, 40).join(QLatin1Char('\n')))));
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
}

void TestRetranslation::switchingBackRestoresEnglish()
{
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QSettings store;
    Settings settings(store);
    MainWindow window(settings);
    window.show();
    // The lab's first snapshot fills data-driven labels (the histogram's "% get no gradient");
    // under a sanitizer it arrives late, so wait for it before reading any text.
    QTRY_VERIFY(window.networkLab()->controller()->hasSnapshot());
    QCoreApplication::processEvents();
    QStringList before;
    for (const VisibleText &text : collectTexts(window))
        before << text.where + QLatin1Char('=') + text.text;

    LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();

    QStringList after;
    for (const VisibleText &text : collectTexts(window))
        after << text.where + QLatin1Char('=') + text.text;
    before.sort();
    after.sort();
    QStringList changed;
    for (const QString &line : std::as_const(before)) {
        if (!after.contains(line))
            changed << line.right(160); // the end of the path and the text
    }
    if (!changed.isEmpty())
        QFAIL(qPrintable(QStringLiteral("not restored after zh_CN -> en:\n")
                         + changed.mid(0, 30).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestRetranslation)
#include "tst_retranslation.moc"
