// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// A lecturer's hands in the Network Lab: Space, → / Page Down and R wherever the focus is
// (never a focused button's), fields keep their keys, Ctrl+Z undoes a reset, F1 and the sheet
// shown while Ctrl is held list the shown workspace's shortcuts, and the pace a class follows
// (5 epochs per second, Step = one epoch).
#include "ui/explorer/explorerwidget.h"
#include "ui/mainwindow.h"
#include "ui/networklab/curvesview.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/scenariopanel.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"
#include "ui/settings.h"
#include "ui/shortcutoverlay.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace ReluLab;

namespace {

int epochOf(const NetworkLabWorkspace *lab)
{
    return lab->controller()->lastSnapshot().diagnostics.epoch;
}

bool sameWeights(const std::vector<Core::LayerWeights> &a, const std::vector<Core::LayerWeights> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t k = 0; k < a.size(); ++k) {
        if (a[k].weight != b[k].weight || a[k].bias != b[k].bias)
            return false;
    }
    return true;
}

} // namespace

class TestLecturerKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keysActWhereverTheFocusIs_data();
    void keysActWhereverTheFocusIs();
    void fieldsKeepTheirKeys_data();
    void fieldsKeepTheirKeys();
    void undoBringsTheRunBack();
    void f1ListsTheShownWorkspace_data();
    void f1ListsTheShownWorkspace();
    void holdingCtrlShowsTheSheet();
    void questionMarkTogglesTheSheet();
    void scenariosOpenAtAClassroomPace();
    void stepAdvancesOneEpoch();

private:
    // Opens the lab on a scenario chosen with the mouse, as a lecturer does.
    void openLab(const QString &scenario);
    void waitForEpoch(int epoch);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    NetworkLabWorkspace *m_lab = nullptr;
};

void TestLecturerKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestLecturerKeys::init()
{
    m_store = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                          QSettings::IniFormat);
    m_store->clear();
    m_settings = std::make_unique<Settings>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_lab = m_window->networkLab();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestLecturerKeys::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
}

void TestLecturerKeys::openLab(const QString &scenario)
{
    m_window->workspaces()->setCurrentWidget(m_lab);
    auto *button = m_lab->scenarioPanel()->findChild<QPushButton *>(QStringLiteral("scenario_")
                                                                    + scenario);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_lab->controller()->hasSnapshot());
    QCOMPARE(epochOf(m_lab), 0);
}

void TestLecturerKeys::waitForEpoch(int epoch)
{
    QTRY_VERIFY_WITH_TIMEOUT(epochOf(m_lab) >= epoch, 10000);
}

void TestLecturerKeys::keysActWhereverTheFocusIs_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Space pauses") << int(Qt::Key_Space);
    QTest::newRow("right arrow steps one epoch") << int(Qt::Key_Right);
    QTest::newRow("Page Down steps one epoch") << int(Qt::Key_PageDown);
    QTest::newRow("R resets") << int(Qt::Key_R);
}

void TestLecturerKeys::keysActWhereverTheFocusIs()
{
    QFETCH(int, key);
    openLab(QStringLiteral("half_active"));
    auto *scenarioButton = m_lab->findChild<QPushButton *>(QStringLiteral("scenario_half_active"));
    // The scenario button keeps the focus (a QPushButton takes it on a click); Play is clicked.
    scenarioButton->setFocus();
    QCOMPARE(QApplication::focusWidget(), scenarioButton);
    m_lab->controlBar()->setStopAfterEpochs(0);
    QTest::mouseClick(m_lab->findChild<QToolButton *>(QStringLiteral("playButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_lab->controller()->isPlaying());
    waitForEpoch(2);
    const std::uint64_t generation = m_lab->controller()->generation();

    if (key == Qt::Key_Space) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(!m_lab->controller()->isPlaying());
        // The scenario was not chosen again: same network, its epochs kept.
        QCOMPARE(m_lab->controller()->generation(), generation);
        QVERIFY(epochOf(m_lab) >= 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(m_lab->controller()->isPlaying());
    } else if (key == Qt::Key_R) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key::Key_R);
        QTRY_VERIFY(m_lab->controller()->generation() > generation);
        QTRY_VERIFY(m_lab->controller()->hasSnapshot());
        QVERIFY(m_lab->undoResetAction()->isEnabled());
    } else {
        m_lab->pause();
        QTRY_VERIFY(!m_lab->controller()->isPlaying());
        QTest::qWait(50);
        const int before = epochOf(m_lab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key));
        QTRY_COMPARE(epochOf(m_lab), before + 1);
        QCOMPARE(m_lab->controller()->generation(), generation);
    }
    QCOMPARE(QApplication::focusWidget(), scenarioButton);
}

void TestLecturerKeys::fieldsKeepTheirKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Space") << int(Qt::Key_Space);
    QTest::newRow("right arrow") << int(Qt::Key_Right);
    QTest::newRow("R") << int(Qt::Key_R);
}

void TestLecturerKeys::fieldsKeepTheirKeys()
{
    QFETCH(int, key);
    openLab(QStringLiteral("half_active"));
    auto *spin = m_lab->controlBar()->findChild<QSpinBox *>();
    QVERIFY(spin);
    spin->setFocus();
    QLineEdit *edit = spin->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->setCursorPosition(0);
    const QString text = edit->text();
    const std::uint64_t generation = m_lab->controller()->generation();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key));
    QTest::qWait(100);
    QVERIFY(!m_lab->controller()->isPlaying());
    QCOMPARE(m_lab->controller()->generation(), generation);
    QCOMPARE(epochOf(m_lab), 0);
    if (key == Qt::Key_Right) // the spin box's cursor moved instead
        QCOMPARE(edit->cursorPosition(), 1);
    else // a number field rejects the character: it is still the spin box's key
        QCOMPARE(edit->text(), text);
    QCOMPARE(QApplication::focusWidget(), spin);
}

void TestLecturerKeys::undoBringsTheRunBack()
{
    openLab(QStringLiteral("half_active"));
    m_lab->controlBar()->setSpeed(0);
    m_lab->controlBar()->setStopAfterEpochs(4);
    m_lab->play();
    QTRY_VERIFY_WITH_TIMEOUT(epochOf(m_lab) == 4 && !m_lab->controller()->isPlaying(), 10000);
    QTRY_COMPARE(m_lab->log().size(), 5);
    const auto *curves = m_lab->findChild<CurvesView *>();
    QVERIFY(curves);
    const int curveEpochs = curves->epochCount();
    const std::vector<Core::LayerWeights> weights = m_lab->controller()->currentWeights();
    const QString csv = m_lab->log().toCsv();
    const QString epochText = m_lab->controlBar()->epochText();

    QTest::keyClick(m_window.get(), Qt::Key_R);
    QTRY_VERIFY(m_lab->controller()->hasSnapshot());
    QCOMPARE(epochOf(m_lab), 0);
    QCOMPARE(m_lab->log().size(), 1);
    QVERIFY(!sameWeights(m_lab->controller()->currentWeights(), weights));

    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QTRY_VERIFY(m_lab->controller()->hasSnapshot());
    QCOMPARE(epochOf(m_lab), 4);
    QCOMPARE(m_lab->controlBar()->epochText(), epochText);
    QCOMPARE(m_lab->log().toCsv(), csv);
    QCOMPARE(curves->epochCount(), curveEpochs);
    QVERIFY(sameWeights(m_lab->controller()->currentWeights(), weights));
    QVERIFY(!m_lab->undoResetAction()->isEnabled());
    // Training goes on from there: the restored trainer is the one that was reset.
    m_lab->controlBar()->step();
    QTRY_COMPARE(epochOf(m_lab), 5);
    QTRY_COMPARE(m_lab->log().size(), 6);
}

void TestLecturerKeys::f1ListsTheShownWorkspace_data()
{
    QTest::addColumn<bool>("lab");
    QTest::newRow("Network Lab") << true;
    QTest::newRow("Explorer") << false;
}

void TestLecturerKeys::f1ListsTheShownWorkspace()
{
    QFETCH(bool, lab);
    if (lab)
        openLab(QStringLiteral("half_active"));
    else
        m_window->workspaces()->setCurrentWidget(m_window->explorer());
    QString shown;
    QTimer::singleShot(200, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text();
        box->accept();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(shown.contains(QStringLiteral("Play or pause training")), lab);
    QCOMPARE(shown.contains(QStringLiteral("Train one epoch")), lab);
    QVERIFY(shown.contains(QStringLiteral("Presentation mode")));
    // The Explorer's keys (Ctrl+0 resets its view) only while the Explorer is shown.
    QCOMPARE(shown.contains(QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText)),
             !lab);
}

void TestLecturerKeys::holdingCtrlShowsTheSheet()
{
    openLab(QStringLiteral("half_active"));
    ShortcutOverlay *sheet = m_window->shortcutOverlay();
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    // Ctrl with another key is a shortcut: no sheet.
    QTest::keyPress(focus, Qt::Key_Control);
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    QTest::qWait(ShortcutOverlay::HoldMilliseconds + 200);
    QTest::keyRelease(focus, Qt::Key_Control);
    QVERIFY(!sheet->isVisible());
    // Held alone, it opens the sheet of the lab's keys; released, it goes.
    QTest::keyPress(focus, Qt::Key_Control);
    QTRY_VERIFY_WITH_TIMEOUT(sheet->isVisible(), 3000);
    const auto *text = sheet->findChild<QLabel *>(QStringLiteral("shortcutOverlayText"));
    QVERIFY(text->text().contains(QStringLiteral("Play or pause training")));
    QVERIFY(sheet->geometry().contains(text->geometry()));
    QTest::keyRelease(focus, Qt::Key_Control);
    QVERIFY(!sheet->isVisible());
}

void TestLecturerKeys::questionMarkTogglesTheSheet()
{
    openLab(QStringLiteral("half_active"));
    ShortcutOverlay *sheet = m_window->shortcutOverlay();
    QTest::keyClick(m_window.get(), Qt::Key_Question, Qt::ShiftModifier);
    QVERIFY(sheet->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_Question, Qt::ShiftModifier);
    QVERIFY(!sheet->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_Question, Qt::ShiftModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(!sheet->isVisible());
}

void TestLecturerKeys::scenariosOpenAtAClassroomPace()
{
    auto *speed = m_lab->controlBar()->findChild<QComboBox *>(QStringLiteral("speedBox"));
    QVERIFY(speed);
    QCOMPARE(speed->itemText(speed->count() - 1), QStringLiteral("full speed"));
    QCOMPARE(speed->itemData(speed->count() - 1).toInt(), 0);
    for (int i = 0; i + 1 < speed->count(); ++i)
        QVERIFY2(speed->itemText(i).contains(QStringLiteral("epoch")),
                 qPrintable(speed->itemText(i)));
    speed->setCurrentIndex(speed->count() - 1);
    openLab(QStringLiteral("half_active"));
    QCOMPARE(m_lab->controlBar()->speed(), 5);
    QCOMPARE(speed->currentText(), QStringLiteral("5 epochs/s"));
    // At 5 epochs per second, a second of training is about 5 epochs, never 20-30: the bound
    // holds however slow the machine is (a slow machine trains fewer).
    m_lab->controlBar()->setStopAfterEpochs(0);
    QElapsedTimer clock;
    clock.start();
    m_lab->play();
    QTest::qWait(1000);
    m_lab->pause();
    QTRY_VERIFY(!m_lab->controller()->isPlaying());
    const double seconds = clock.elapsed() / 1000.0;
    QVERIFY2(epochOf(m_lab) <= int(5 * seconds) + 2,
             qPrintable(QStringLiteral("%1 epochs in %2 s").arg(epochOf(m_lab)).arg(seconds)));
}

void TestLecturerKeys::stepAdvancesOneEpoch()
{
    openLab(QStringLiteral("half_active"));
    auto *step = m_lab->findChild<QToolButton *>(QStringLiteral("stepButton"));
    QVERIFY(step);
    QCOMPARE(m_lab->controlBar()->epochText(), QStringLiteral("Epoch 0"));
    for (int epoch = 1; epoch <= 3; ++epoch) {
        QTest::mouseClick(step, Qt::LeftButton);
        QTRY_COMPARE(m_lab->controlBar()->epochText(), QStringLiteral("Epoch %1").arg(epoch));
        QTRY_COMPARE(m_lab->log().size(), epoch + 1);
    }
    // Paused in the middle of an epoch (a limited speed stops between steps), Step ends it.
    m_lab->controlBar()->setSpeed(1);
    m_lab->play();
    QTest::qWait(400);
    m_lab->pause();
    QTRY_VERIFY(!m_lab->controller()->isPlaying());
    const int before = epochOf(m_lab);
    QTest::mouseClick(step, Qt::LeftButton);
    QTRY_COMPARE(epochOf(m_lab), before + 1);
    QTest::qWait(100);
    QCOMPARE(epochOf(m_lab), before + 1);
}

QTEST_MAIN(TestLecturerKeys)

#include "tst_lecturerkeys.moc"
