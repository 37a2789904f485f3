// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Accessibility of the main window, both workspaces, in every language:
// every control a user operates has a name a screen reader can say (its text, its label's
// text through a buddy, or an accessible name) and a tooltip or accessible description that
// says what it does, and it is reachable with the keyboard (Tab focus). Toolbar buttons are
// the exception Qt makes (no Tab focus); each of them repeats an action of the menus, which
// the keyboard reaches with Alt. Charts are named too.
#include "io/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

#include <functional>

#include <qcustomplot.h>

using namespace ReluLab;

namespace {

QString pathOf(const QObject *object)
{
    QStringList parts;
    for (const QObject *o = object; o; o = o->parent()) {
        parts.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                : o->objectName());
    }
    return parts.join(QLatin1Char('/')).right(140);
}

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractSlider *>(widget)
           || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget)
           || qobject_cast<const QCustomPlot *>(widget);
}

// Parts of composite Qt widgets (a spin box's line edit, a scroll area's bars, a tab bar's
// scroll arrows, a combo's popup view) are named and reached through their owner.
bool isInternalPart(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
        || qobject_cast<const QTabBar *>(parent))
        return true;
    if (qobject_cast<const QAbstractSlider *>(widget)
        && (parent->objectName() == QLatin1String("qt_scrollarea_hcontainer")
            || parent->objectName() == QLatin1String("qt_scrollarea_vcontainer")))
        return true;
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *p = parent; p; p = p->parentWidget()) {
        if (p->inherits("QComboBoxPrivateContainer"))
            return true;
    }
    return false;
}

bool inToolBar(const QWidget *widget)
{
    return qobject_cast<const QToolButton *>(widget)
           && qobject_cast<const QToolBar *>(widget->parentWidget());
}

QString accessibleText(QWidget *widget, QAccessible::Text kind)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(kind).trimmed() : QString();
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyControlIsNamedDescribedAndReachable_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : LanguageManager::availableLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }

    void everyControlIsNamedDescribedAndReachable()
    {
        QFETCH(QString, language);
        LanguageManager::instance()->setLanguage(language);
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems;
        int checked = 0;
        // Both workspaces, and in the lab a scenario with every panel filled in.
        for (int tab = 0; tab < window.workspaces()->count(); ++tab) {
            window.workspaces()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
        }
        QVERIFY(window.networkLab()->chooseScenario(QStringLiteral("born_dead")));
        QCoreApplication::processEvents();
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!isControl(widget) || isInternalPart(widget) || !widget->isVisibleTo(&window))
                continue;
            ++checked;
            const QString where = pathOf(widget);
            if (accessibleText(widget, QAccessible::Name).isEmpty())
                problems << where + QStringLiteral(": no accessible name");
            if (widget->toolTip().trimmed().isEmpty()
                && accessibleText(widget, QAccessible::Description).isEmpty()
                && !qobject_cast<QAbstractButton *>(widget))
                problems << where + QStringLiteral(": no tooltip or description");
            // A chart is read, not operated (the explorer's keys work from anywhere in it).
            if (!inToolBar(widget) && !qobject_cast<QCustomPlot *>(widget)
                && !(widget->focusPolicy() & Qt::TabFocus))
                problems << where + QStringLiteral(": not reachable with Tab");
        }
        QVERIFY2(checked > 60, qPrintable(QString::number(checked)));
        for (const QString &problem : std::as_const(problems))
            qInfo("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems in %2 controls")
                                                    .arg(problems.size())
                                                    .arg(checked)));
    }

    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    // Every toolbar button repeats a menu action, so the keyboard reaches it with Alt.
    void toolbarActionsAreInMenus()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        QSet<QAction *> inMenus;
        std::function<void(QMenu *)> collect = [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                inMenus.insert(action);
                if (action->menu())
                    collect(action->menu());
            }
        };
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu())
                collect(top->menu());
        }
        for (QToolBar *bar : window.findChildren<QToolBar *>()) {
            for (QAction *action : bar->actions()) {
                if (action->isSeparator())
                    continue;
                if (auto *widgetAction = qobject_cast<QWidgetAction *>(action)) {
                    // The language button: its menu is View ▸ Language.
                    auto *button = qobject_cast<QToolButton *>(widgetAction->defaultWidget());
                    QVERIFY(button && button->menu());
                    for (QAction *choice : button->menu()->actions())
                        QVERIFY2(inMenus.contains(choice), qPrintable(choice->text()));
                    continue;
                }
                QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
            }
        }
    }

    // A visible focus: moving with Tab, the control that gets the focus is drawn differently
    // from how it looks without it.
    void focusIsVisible()
    {
        QSettings store;
        Settings settings(store);
        MainWindow window(settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        int compared = 0;
        for (int step = 0; step < 12; ++step) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                            Qt::Key_Tab);
            auto *button = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
            if (!button)
                continue;
            const QImage focused = button->grab().toImage();
            button->clearFocus();
            const QImage unfocused = button->grab().toImage();
            button->setFocus(Qt::TabFocusReason);
            QVERIFY2(focused != unfocused, qPrintable(button->text()));
            ++compared;
        }
        QVERIFY(compared > 0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
