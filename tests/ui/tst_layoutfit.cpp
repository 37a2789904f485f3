// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Layouts hold in every language on a classroom projector (issue 4, point 6): on a 1024 × 768
// screen, in English, zh_CN and zh_TW, in the Explorer and in the Network Lab (several
// scenarios), in the window's first-start size and in presentation mode, no text is cut off.
// "Cut off" is measured, not guessed: a tab whose label lies outside its tab bar (hidden behind
// scroll arrows), a combo box whose edit field is narrower than one of its items, a button or a
// one-line label narrower than the text it was given, a spin box narrower than its value.
#include <ui/explorer/explorerwidget.h>
#include <ui/languagemanager.h>
#include <ui/mainwindow.h>
#include <ui/settings.h>
#include <ui/networklab/networklabworkspace.h>
#include <ui/networklab/trainingcontroller.h>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace ReluLab;

namespace {

// Where a widget is, for the failure message: its class, object name and path of parents.
QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        const QString name = w->objectName();
        path.prepend(name.isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : name);
    }
    return path.mid(std::max<qsizetype>(0, path.size() - 4)).join(QLatin1Char('/'));
}

// Shown to the user: visible up to the window (a widget on a hidden tab page is not).
bool isShown(const QWidget *widget, const QWidget *window)
{
    return widget->isVisibleTo(window) && widget->width() > 0 && widget->height() > 0;
}

// Plain text of a label (rich text is laid out by QTextDocument and measured the same way).
int labelTextWidth(const QLabel *label)
{
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setHtml(label->text());
        document.setDocumentMargin(0);
        return int(std::ceil(document.idealWidth()));
    }
    // A label with a buddy shows "&D" as an underlined D.
    QString text = label->text();
    if (label->buddy()) {
        text.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
        text.remove(QLatin1Char('&'));
        text.replace(QChar(1), QLatin1Char('&'));
    }
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
    return widest;
}

QStringList clippedTexts(const QWidget *window)
{
    QStringList problems;
    const auto report = [&problems](const QWidget *widget, const QString &text, int need,
                                    int room) {
        problems << QStringLiteral("%1 \"%2\": needs %3 px, has %4")
                        .arg(describe(widget), text.left(60))
                        .arg(need)
                        .arg(room);
    };
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!isShown(widget, window))
            continue;
        if (const auto *bar = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i) && !bar->rect().contains(bar->tabRect(i)))
                    report(bar, bar->tabText(i), bar->tabRect(i).right(), bar->width());
            }
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const QRect field = combo->style()->subControlRect(
                QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            // Any item the user may choose must show whole, not only the current one.
            for (int i = 0; i < combo->count(); ++i) {
                int need = combo->fontMetrics().horizontalAdvance(combo->itemText(i));
                if (!combo->itemIcon(i).isNull())
                    need += combo->iconSize().width() + 4;
                if (need > field.width())
                    report(combo, combo->itemText(i), need, field.width());
            }
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget)) {
            const QLineEdit *edit = spin->findChild<QLineEdit *>();
            const int need = spin->fontMetrics().horizontalAdvance(spin->text());
            const int room = edit ? edit->contentsRect().width() - 4 : spin->width();
            if (need > room)
                report(spin, spin->text(), need, room);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            // Buttons that draw their own text (a toolbar's icon buttons, a wrapped button with
            // a label inside) have no text here; the ones with text must show all of it.
            const QString text = button->text();
            if (text.isEmpty() || qobject_cast<const QToolButton *>(button))
                continue;
            if (button->width() < button->sizeHint().width())
                report(button, text, button->sizeHint().width(), button->width());
        } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->wordWrap() || label->text().isEmpty())
                continue;
            const int need = labelTextWidth(label);
            const int room = label->contentsRect().width() - 2 * label->margin()
                             - 2 * std::max(0, label->indent());
            if (need > room)
                report(label, label->text(), need, room);
        }
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace

class TestLayoutFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noTextIsCutOff_data();
    void noTextIsCutOff();

private:
    QTemporaryDir m_settingsDir;
};

void TestLayoutFit::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReluLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layoutfit"));
    QCOMPARE(QApplication::primaryScreen()->size(), QSize(1024, 768));
}

void TestLayoutFit::noTextIsCutOff_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("scenario"); // empty: the Explorer
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<bool>("highContrast");
    // The Explorer, a two-feature lab with the born-dead banner, and a 64-feature lab.
    const QStringList scenarios{QString(), QStringLiteral("negative_bias"),
                                QStringLiteral("sparsity_dial")};
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN"),
                                    QStringLiteral("zh_TW")}) {
        for (const QString &scenario : scenarios) {
            for (const bool presentation : {false, true}) {
                for (const bool highContrast : {false, true}) {
                    const QString name =
                        QStringLiteral("%1 %2%3%4")
                            .arg(language,
                                 scenario.isEmpty() ? QStringLiteral("explorer") : scenario,
                                 presentation ? QStringLiteral(" presentation") : QString(),
                                 highContrast ? QStringLiteral(" high contrast") : QString());
                    QTest::newRow(qPrintable(name))
                        << language << scenario << presentation << highContrast;
                }
            }
        }
    }
}

void TestLayoutFit::noTextIsCutOff()
{
    QFETCH(QString, language);
    QFETCH(QString, scenario);
    QFETCH(bool, presentation);
    QFETCH(bool, highContrast);
    QSettings().clear(); // every row starts as a first start
    LanguageManager::instance()->setLanguage(language);
    QSettings store;
    Settings settings(store);
    MainWindow window(settings);
    // Presentation mode enlarges the application's type: a failing row must not leave it on.
    const auto restore = qScopeGuard([&window] {
        window.setPresentationMode(false);
        window.setTheme(Theme::Kind::Light);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    });
    if (highContrast)
        window.setTheme(Theme::Kind::HighContrast);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (!scenario.isEmpty()) {
        QVERIFY(window.networkLab()->chooseScenario(scenario));
        QTRY_VERIFY(window.networkLab()->controller()->hasSnapshot());
        window.workspaces()->setCurrentWidget(window.networkLab());
    } else {
        window.workspaces()->setCurrentWidget(window.explorer());
    }
    if (presentation)
        window.setPresentationMode(true);
    // Layouts settle over a few event loop turns (the lab fits its charts after a resize).
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
    QVERIFY(window.width() <= 1024);
    const QStringList problems = clippedTexts(&window);
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 texts cut off at %2 × %3:\n%4")
                             .arg(problems.size())
                             .arg(window.width())
                             .arg(window.height())
                             .arg(problems.mid(0, 30).join(QLatin1Char('\n')))));
}

// A 1024 × 768 offscreen screen: the classroom projector the layouts must fit.
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" RELULAB_TEST_DATA_DIR
                               "/data/offscreen-1024x768.json");
    QApplication app(argc, argv);
    TestLayoutFit test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_layoutfit.moc"
