// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Layouts hold in every language on a classroom projector: on a 1024 × 768
// screen, in English, zh_CN and zh_TW, in the Explorer and in the Network Lab (several
// scenarios), in the window's first-start size and in presentation mode, no text is cut off.
// "Cut off" is measured, not guessed: a tab whose label lies outside its tab bar (hidden behind
// scroll arrows), a combo box whose edit field is narrower than one of its items, a button or a
// one-line label narrower than the text it was given, a spin box narrower than its value.
#include "io/languagemanager.h"
#include "ui/explorer/explorerwidget.h"
#include "ui/mainwindow.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/neurontilesview.h"
#include "ui/networklab/scenariopanel.h"
#include "ui/networklab/scenariopicker.h"
#include "ui/networklab/tilestrip.h"
#include "ui/networklab/trainingcontroller.h"
#include "ui/settings.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
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
    const auto report =
        [&problems](const QWidget *widget, const QString &text, int need, int room) {
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
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
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

// The screen of this run: RELULAB_TEST_SCREEN (e.g. "1280x720"), 1024 × 768 by default.
QString screenName()
{
    const QString name = qEnvironmentVariable("RELULAB_TEST_SCREEN");
    return name.isEmpty() ? QStringLiteral("1024x768") : name;
}

QSize screenSize()
{
    const QStringList parts = screenName().split(QLatin1Char('x'));
    return parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
}

// The sizes of what a lecturer points at in the lab: the controls, the epoch and accuracy
// line, the dead counts.
struct LabSizes
{
    double play = 0, step = 0, reset = 0, epoch = 0, accuracy = 0, deadCount = 0, banner = 0;
};

LabSizes labSizes(const NetworkLabWorkspace *lab)
{
    const auto size = [lab](const char *name) {
        const auto *widget = lab->findChild<QWidget *>(QLatin1String(name));
        return widget ? QFontInfo(widget->font()).pointSizeF() : 0.0;
    };
    return {size("playButton"),    size("stepButton"),      size("resetButton"), size("epochLabel"),
            size("accuracyLabel"), size("deadCountLabel0"), size("bannerText")};
}

// Every layer's count and tiles lie inside the tiles view, none behind a scroll bar.
QString networkFits(const NetworkLabWorkspace *lab)
{
    const NeuronTilesView *tiles = lab->tilesView();
    if (tiles->verticalScrollBar()->isVisible())
        return QStringLiteral("the unit tiles scroll: %1 px of tiles and counts in a %2 px view")
            .arg(tiles->widget()->height())
            .arg(tiles->viewport()->height());
    const QRect view = tiles->viewport()->rect();
    for (int k = 0; k < tiles->layerCount(); ++k) {
        const TileStrip *strip = tiles->tileStrip(k);
        const QRect rect(strip->mapTo(tiles->viewport(), QPoint(0, 0)), strip->size());
        if (!strip->isVisible() || strip->height() <= 0 || !view.contains(rect))
            return QStringLiteral("layer %1's tiles lie outside the view").arg(k + 1);
    }
    return QString();
}

} // namespace

class TestLayoutFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noTextIsCutOff_data();
    void noTextIsCutOff();
    void labPresentationFits_data();
    void labPresentationFits();

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
    QCOMPARE(QApplication::primaryScreen()->size(), screenSize());
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
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
        for (const QString &scenario : scenarios) {
            for (const bool presentation : {false, true}) {
                for (const bool highContrast : {false, true}) {
                    const QString name
                        = QStringLiteral("%1 %2%3%4")
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
    QVERIFY(window.width() <= screenSize().width());
    const QStringList problems = clippedTexts(&window);
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 texts cut off at %2 × %3:\n%4")
                             .arg(problems.size())
                             .arg(window.width())
                             .arg(window.height())
                             .arg(problems.mid(0, 30).join(QLatin1Char('\n')))));
}

void TestLayoutFit::labPresentationFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("highContrast");
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
        // Two wide hidden layers, and ten narrow ones (the born-dead network).
        for (const QString &scenario :
             {QStringLiteral("negative_bias"), QStringLiteral("sparsity_dial"),
              QStringLiteral("born_dead")}) {
            for (const bool highContrast : {false, true}) {
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 %2 %3%4")
                        .arg(screenName(), language, scenario,
                             highContrast ? QStringLiteral(" high contrast") : QString())))
                    << language << scenario << highContrast;
            }
        }
    }
}

void TestLayoutFit::labPresentationFits()
{
    QFETCH(QString, language);
    QFETCH(QString, scenario);
    QFETCH(bool, highContrast);
    QSettings().clear();
    LanguageManager::instance()->setLanguage(language);
    QSettings store;
    Settings settings(store);
    MainWindow window(settings);
    const auto restore = qScopeGuard([&window] {
        window.setPresentationMode(false);
        window.setTheme(Theme::Kind::Light);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    });
    if (highContrast)
        window.setTheme(Theme::Kind::HighContrast);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    NetworkLabWorkspace *lab = window.networkLab();
    window.workspaces()->setCurrentWidget(lab);
    QVERIFY(lab->chooseScenario(scenario));
    QTRY_VERIFY(lab->controller()->hasSnapshot());
    const auto settle = [] {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    };
    settle();
    const LabSizes normal = labSizes(lab);
    QVERIFY(normal.play > 0 && normal.epoch > 0 && normal.deadCount > 0);

    window.setPresentationMode(true);
    settle();
    // The scenarios are one drop-down away, inside the screen.
    const ScenarioPicker *picker = lab->scenarioPicker();
    QVERIFY(picker->isVisible());
    QCOMPARE(picker->comboBox()->count(), int(lab->scenarioPanel()->scenarios().size()) + 1);
    QVERIFY(window.rect().contains(
        QRect(picker->comboBox()->mapTo(&window, QPoint(0, 0)), picker->comboBox()->size())));
    // What a lecturer points at is at least 1.5 times its normal size.
    const LabSizes large = labSizes(lab);
    const auto atLeast = [](double value, double reference) {
        return value >= 1.5 * reference - 0.01;
    };
    QVERIFY2(atLeast(large.play, normal.play) && atLeast(large.step, normal.step)
                 && atLeast(large.reset, normal.reset),
             qPrintable(
                 QStringLiteral("Play %1 pt, normally %2").arg(large.play).arg(normal.play)));
    QVERIFY2(atLeast(large.epoch, normal.epoch) && atLeast(large.accuracy, normal.accuracy),
             qPrintable(
                 QStringLiteral("epoch %1 pt, normally %2").arg(large.epoch).arg(normal.epoch)));
    // The banner's sentence (born dead, diverged) grows too, if less: it must leave the map
    // and the tiles their room.
    QVERIFY2(large.banner >= 1.25 * normal.banner - 0.01,
             qPrintable(
                 QStringLiteral("banner %1 pt, normally %2").arg(large.banner).arg(normal.banner)));
    QVERIFY2(atLeast(large.deadCount, normal.deadCount),
             qPrintable(QStringLiteral("dead count %1 pt, normally %2")
                            .arg(large.deadCount)
                            .arg(normal.deadCount)));
    // The network picture fits without scrolling, and the window fits the screen.
    const QString presentationFit = networkFits(lab);
    QVERIFY2(presentationFit.isEmpty(), qPrintable(presentationFit));
    // ... with the layers side by side, each counted as "dead/units" under its tiles.
    const NeuronTilesView *tiles = lab->tilesView();
    QVERIFY(tiles->isCompact());
    QVERIFY(tiles->layerCount() >= 2);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+/\\d+$"))
                 .match(tiles->deadCountText(0))
                 .hasMatch(),
             qPrintable(tiles->deadCountText(0)));
    const auto left = [tiles](int k) {
        return tiles->tileStrip(k)->mapTo(tiles, QPoint(0, 0)).x();
    };
    QVERIFY(left(1) > left(0) + tiles->tileStrip(0)->width() - 1);
    QVERIFY(window.screen()->geometry().contains(window.frameGeometry().adjusted(1, 1, -1, -1))
            || window.isFullScreen());
    const QStringList problems = clippedTexts(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));

    // Leaving restores every size.
    window.setPresentationMode(false);
    settle();
    const LabSizes back = labSizes(lab);
    QCOMPARE(back.play, normal.play);
    QCOMPARE(back.step, normal.step);
    QCOMPARE(back.epoch, normal.epoch);
    QCOMPARE(back.accuracy, normal.accuracy);
    QCOMPARE(back.deadCount, normal.deadCount);
    QCOMPARE(back.banner, normal.banner);
    QVERIFY(!picker->isVisible());
    QVERIFY(!tiles->isCompact());
    QVERIFY2(tiles->deadCountText(0).contains(QStringLiteral("1"))
                 && tiles->deadCountText(0).size() > 8,
             qPrintable(tiles->deadCountText(0)));
    // ... and the window fits the screen again.
    QTRY_VERIFY2(window.frameGeometry().width() <= window.screen()->availableGeometry().width(),
                 qPrintable(QStringLiteral("%1 px wide after presentation mode")
                                .arg(window.frameGeometry().width())));
}

// An offscreen screen of the size RELULAB_TEST_SCREEN names (1024 × 768 by default: the
// classroom projector the layouts must fit; ctest also runs 1280 × 720 and 1920 × 1080).
int main(int argc, char *argv[])
{
    const QByteArray config = "offscreen:configfile=" RELULAB_TEST_DATA_DIR "/data/offscreen-"
                              + screenName().toLatin1() + ".json";
    qputenv("QT_QPA_PLATFORM", config);
    QApplication app(argc, argv);
    TestLayoutFit test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_layoutfit.moc"
