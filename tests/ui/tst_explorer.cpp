// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/activation.h"
#include "explorertesting.h"
#include "io/languagemanager.h"
#include "ui/explorer/activationlist.h"
#include "ui/explorer/activationplot.h"
#include "ui/explorer/curvegraph.h"
#include "ui/explorer/explorerwidget.h"
#include "ui/explorer/learnpanel.h"
#include "ui/explorer/parameteranimator.h"
#include "ui/explorer/parameterpanel.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>

#include <cmath>

using ReluLab::Testing::compareGraph;
using ReluLab::Testing::isClose;
using ReluLab::Testing::make;

using namespace ReluLab;
namespace {

// The first visible control of `root` whose right edge passes the visible part of `viewport`
// (clipped on the right) or which is squeezed below its minimum size; empty when all fit.
QString clippedControl(const QWidget *root, const QWidget *viewport)
{
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (const QWidget *w : children) {
        if (!w->isVisibleTo(viewport->window()) || !w->isVisible())
            continue;
        if (!qobject_cast<const QLabel *>(w) && !qobject_cast<const QAbstractButton *>(w)
            && !qobject_cast<const QAbstractSpinBox *>(w) && !qobject_cast<const QComboBox *>(w)
            && !qobject_cast<const QAbstractSlider *>(w))
            continue;
        const QPoint right = w->mapTo(viewport, QPoint(w->width(), 0));
        const bool clipped = right.x() > viewport->width() + 1;
        const bool squeezed = w->width() + 1 < w->minimumSizeHint().width()
                              && !qobject_cast<const QLabel *>(w);
        if (clipped || squeezed)
            return QStringLiteral("%1 \"%2\": right edge %3 of %4, width %5, minimum %6")
                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                .arg(right.x())
                .arg(viewport->width())
                .arg(w->width())
                .arg(w->minimumSizeHint().width());
    }
    return QString();
}

} // namespace

class TestExplorer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choosingActivation_data();
    void choosingActivation();
    void movingParameterSlider();
    void resetToDefaults();
    void searchFilter_data();
    void searchFilter();
    void listOpensAtTheFamilyHeading_data();
    void listOpensAtTheFamilyHeading();
    void animatorSweeps();
    void learnPanelShowsProperties();
    void presentationMode();
    void sidePanelsFit_data();
    void sidePanelsFit();
    void animatorDefaultRangeIsVisible_data();
    void animatorDefaultRangeIsVisible();
    void learnPanelFollowsAnimation();
};

void TestExplorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExplorer::choosingActivation_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id :
         {"relu", "leaky_relu", "elu", "gelu", "sigmoid", "softplus", "hardswish", "mish"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestExplorer::choosingActivation()
{
    QFETCH(QString, id);
    ExplorerWidget explorer;
    explorer.plot()->setShowSecondDerivative(true);
    explorer.activationList()->setCurrentActivation(id); // as a click in the list does
    QCOMPARE(explorer.currentActivation(), id);
    const Core::Activation reference = make(id.toLatin1().constData());
    ActivationPlot *plot = explorer.plot();
    QCOMPARE(plot->mainGraph(ActivationPlot::Curve::F)->data()->size(),
             ActivationPlot::DefaultSampleCount);
    QCOMPARE(compareGraph(plot->mainGraph(ActivationPlot::Curve::F), reference,
                          ActivationPlot::Curve::F),
             QString());
    QCOMPARE(compareGraph(plot->mainGraph(ActivationPlot::Curve::Df), reference,
                          ActivationPlot::Curve::Df),
             QString());
    QCOMPARE(compareGraph(plot->mainGraph(ActivationPlot::Curve::D2f), reference,
                          ActivationPlot::Curve::D2f),
             QString());
}

void TestExplorer::movingParameterSlider()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("leaky_relu"));
    auto *slider = explorer.parameterPanel()->findChild<QSlider *>(
        QStringLiteral("negative_slopeSlider"));
    QVERIFY(slider);
    slider->setValue(slider->maximum() / 2); // as a drag does
    const double slope = explorer.parameterPanel()->value(QStringLiteral("negative_slope"));
    QVERIFY(slope > 0.05);
    const Core::Activation reference = make("leaky_relu", {{"negative_slope", slope}});
    QCOMPARE(compareGraph(explorer.plot()->mainGraph(ActivationPlot::Curve::F), reference,
                          ActivationPlot::Curve::F),
             QString());
    QCOMPARE(compareGraph(explorer.plot()->mainGraph(ActivationPlot::Curve::Df), reference,
                          ActivationPlot::Curve::Df),
             QString());
}

void TestExplorer::resetToDefaults()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("elu"));
    explorer.setParameter(QStringLiteral("alpha"), 2.5);
    QVERIFY(isClose(explorer.plot()->activation().parameter("alpha"), 2.5, 1e-12, 1e-12));
    explorer.parameterPanel()->resetToDefaults();
    QVERIFY(isClose(explorer.plot()->activation().parameter("alpha"), 1.0, 1e-12, 1e-12));
    QCOMPARE(compareGraph(explorer.plot()->mainGraph(ActivationPlot::Curve::F), make("elu"),
                          ActivationPlot::Curve::F),
             QString());
}

void TestExplorer::searchFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<int>("atMost");
    const int all = static_cast<int>(Core::activationCatalogue().size());
    QTest::newRow("empty shows all") << QString() << all << all;
    QTest::newRow("tanh") << QStringLiteral("tanh") << 3 << 3;
    QTest::newRow("PyTorch class") << QStringLiteral("LeakyReLU") << 1 << 1;
    QTest::newRow("no match") << QStringLiteral("zzz") << 0 << 0;
}

void TestExplorer::searchFilter()
{
    QFETCH(QString, text);
    QFETCH(int, atLeast);
    QFETCH(int, atMost);
    ActivationList list;
    list.setFilter(text);
    QVERIFY2(list.visibleCount() >= atLeast && list.visibleCount() <= atMost,
             qPrintable(QString::number(list.visibleCount())));
}

void TestExplorer::listOpensAtTheFamilyHeading_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("family");
    for (const QString &language : LanguageManager::availableLanguages()) {
        QTest::addRow("%s/relu", qPrintable(language)) << language << QStringLiteral("relu") << 0;
        QTest::addRow("%s/elu", qPrintable(language)) << language << QStringLiteral("elu") << 1;
    }
}

// The activation chosen before the list is shown (as at start-up) appears under its family's
// heading: the heading is inside the viewport, not scrolled off above it.
void TestExplorer::listOpensAtTheFamilyHeading()
{
    QFETCH(QString, language);
    QFETCH(QString, id);
    QFETCH(int, family);
    LanguageManager::instance()->setLanguage(language);
    ActivationList list;
    list.setCurrentActivation(id);
    list.resize(240, 220);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    auto *tree = list.findChild<QTreeWidget *>(QStringLiteral("activationTree"));
    QVERIFY(tree);
    const QRect heading = tree->visualItemRect(tree->topLevelItem(family));
    const QRect item = tree->visualItemRect(tree->currentItem());
    QCOMPARE(tree->currentItem()->data(0, Qt::UserRole).toString(), id);
    QVERIFY2(heading.top() >= 0 && heading.bottom() <= tree->viewport()->height(),
             qPrintable(QStringLiteral("heading at %1").arg(heading.top())));
    QVERIFY(item.top() >= 0 && item.bottom() <= tree->viewport()->height());
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
}

void TestExplorer::animatorSweeps()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("elu"));
    ParameterAnimator *animator = explorer.animator();
    animator->setRange(0.5, 1.5);
    for (int i = 0; i < ParameterAnimator::StepsPerSweep / 2; ++i)
        animator->step();
    QVERIFY(isClose(explorer.plot()->activation().parameter("alpha"), 1.0, 1e-9, 1e-12));
    for (int i = 0; i < ParameterAnimator::StepsPerSweep / 2; ++i)
        animator->step();
    QVERIFY(isClose(explorer.plot()->activation().parameter("alpha"), 1.5, 1e-9, 1e-12));
    animator->step(); // the triangle wave turns back
    QVERIFY(explorer.plot()->activation().parameter("alpha") < 1.5);
}

void TestExplorer::learnPanelShowsProperties()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("relu"));
    const QString html = explorer.learnPanel()->html();
    QVERIFY(html.contains(QStringLiteral("Range")));
    QVERIFY(html.contains(QStringLiteral("Dead-unit risk")));
    QVERIFY(html.contains(QStringLiteral("torch.nn.ReLU")));
}

void TestExplorer::presentationMode()
{
    QSettings store;
    Settings settings(store);
    MainWindow window(settings);
    window.resize(1024, 768);
    const qreal normalFont = QApplication::font().pointSizeF();
    const Theme::Kind before = window.themeKind();
    QVERIFY(window.explorer()
                ->findChild<QDockWidget *>(QStringLiteral("learnDock"))
                ->isVisibleTo(window.explorer()));
    window.setPresentationMode(true);
    QVERIFY(window.isPresentationMode());
    QCOMPARE(window.themeKind(), Theme::Kind::HighContrast);
    QVERIFY(QApplication::font().pointSizeF() > normalFont);
    for (QDockWidget *dock : window.explorer()->findChildren<QDockWidget *>())
        QVERIFY(!dock->isVisibleTo(window.explorer()));
    QCOMPARE(window.explorer()->plot()->theme().lineScale, 2.0);
    window.setPresentationMode(false);
    QCOMPARE(window.themeKind(), before);
    QVERIFY(qAbs(QApplication::font().pointSizeF() - normalFont) < 1e-9);
}

void TestExplorer::sidePanelsFit_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    for (const char *id : {"elu", "hardtanh", "rrelu", "softplus"}) {
        for (const char *language : {"en", "zh_CN", "zh_TW"}) {
            QTest::newRow(qPrintable(
                QStringLiteral("%1, %2").arg(QLatin1String(id), QLatin1String(language))))
                << QString::fromLatin1(id) << QString::fromLatin1(language);
        }
    }
}

void TestExplorer::sidePanelsFit()
{
    QFETCH(QString, id);
    QFETCH(QString, language);
    LanguageManager::instance()->setLanguage(language);
    const QString from = QCoreApplication::translate("ReluLab::ParameterAnimator", "From");
    QCOMPARE(from == QStringLiteral("From"), language == QStringLiteral("en"));
    QSettings store;
    Settings settings(store);
    MainWindow window(settings);
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.explorer()->selectActivation(id);
    QApplication::processEvents();
    for (const char *dockName : {"parametersDock", "compareDock"}) {
        auto *dock = window.explorer()->findChild<QDockWidget *>(QLatin1String(dockName));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        QApplication::processEvents();
        auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
        const QWidget *viewport = scroll ? scroll->viewport() : dock->widget();
        const QWidget *content = scroll ? scroll->widget() : dock->widget();
        QVERIFY2(dock->width() < 1024 / 2, qPrintable(QString::number(dock->width())));
        QCOMPARE(clippedControl(content, viewport), QString());
    }
    LanguageManager::instance()->setLanguage(QStringLiteral("en"));
}

void TestExplorer::animatorDefaultRangeIsVisible_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parameter");
    for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
        for (const Core::ParameterSpec &spec : info.parameters) {
            if (spec.kind != Core::ParameterKind::Real)
                continue;
            QTest::addRow("%s %s", info.id.c_str(), spec.name.c_str())
                << QString::fromStdString(info.id) << QString::fromStdString(spec.name);
        }
    }
}

// The animator's first sweep, from the default value to its default end, moves f somewhere in
// the default view by a visible amount: at least 0.05 (a pixel or more at 1024 × 768).
void TestExplorer::animatorDefaultRangeIsVisible()
{
    QFETCH(QString, id);
    QFETCH(QString, parameter);
    ExplorerWidget explorer;
    explorer.selectActivation(id);
    auto *choice = explorer.animator()->findChild<QComboBox *>(QStringLiteral("animateParameter"));
    auto *from = explorer.animator()->findChild<QDoubleSpinBox *>(QStringLiteral("animateFrom"));
    auto *to = explorer.animator()->findChild<QDoubleSpinBox *>(QStringLiteral("animateTo"));
    QVERIFY(choice && from && to);
    choice->setCurrentIndex(-1);
    choice->setCurrentIndex(choice->findText(parameter));
    QCOMPARE(choice->currentText(), parameter);
    std::map<std::string, double> start = explorer.parameterPanel()->values();
    std::map<std::string, double> end = start;
    start[parameter.toStdString()] = from->value();
    end[parameter.toStdString()] = to->value();
    const Core::Expected<Core::Activation> a = Core::Activation::create(id.toStdString(), start);
    const Core::Expected<Core::Activation> b = Core::Activation::create(id.toStdString(), end);
    QVERIFY(a && b);
    double change = 0.0;
    for (int i = 0; i <= 200; ++i) {
        const double x = -5.0 + 0.05 * i;
        const double d = std::abs(b->value(x) - a->value(x));
        if (std::isfinite(d))
            change = std::max(change, d);
    }
    QVERIFY2(change >= 0.05, qPrintable(QStringLiteral("%1 → %2 moves f by %3 at most")
                                            .arg(from->value())
                                            .arg(to->value())
                                            .arg(change)));
}

// While the animator plays, the Learn panel describes the current parameters (f′(0) of leaky
// ReLU is its slope), not the value the sweep started from.
void TestExplorer::learnPanelFollowsAnimation()
{
    ExplorerWidget explorer;
    explorer.selectActivation(QStringLiteral("leaky_relu"));
    explorer.parameterPanel()->setValue(QStringLiteral("negative_slope"), 0.82);
    QTRY_VERIFY(isClose(explorer.learnPanel()->activation().parameter("negative_slope"), 0.82,
                        1e-12, 1e-12));
    ParameterAnimator *animator = explorer.animator();
    animator->setRange(0.82, 0.018);
    animator->setSecondsPerSweep(1.0);
    animator->setPlaying(true);
    QTRY_VERIFY_WITH_TIMEOUT(explorer.plot()->activation().parameter("negative_slope") < 0.4, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(explorer.learnPanel()->activation().parameter("negative_slope") < 0.6,
                             3000);
    QVERIFY(animator->isPlaying()); // followed during the sweep, not only after it
    animator->setPlaying(false);
    QTRY_COMPARE(explorer.learnPanel()->activation().parameterValues(),
                 explorer.plot()->activation().parameterValues());
}
QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
