// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "explorerwidget.h"

#include "activationlist.h"
#include "activationplot.h"
#include "codepanel.h"
#include "explorertext.h"
#include "learnpanel.h"
#include "parameteranimator.h"
#include "parameterpanel.h"

#include "io/coreerrortext.h"
#include "ui/plotexport.h"
#include "ui/plotexportdialog.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace ReluLab {

namespace {

constexpr int LearnDelayMilliseconds = 120; // the learn panel follows a dragged slider lazily

} // namespace

ExplorerWidget::ExplorerWidget(QWidget *parent)
    : QMainWindow(parent)
    , m_plot(new ActivationPlot(this))
    , m_list(new ActivationList(this))
    , m_parameters(new ParameterPanel(this))
    , m_learn(new LearnPanel(this))
    , m_overlayPanel(new OverlayPanel(this))
    , m_codePanel(new CodePanel(this))
    , m_learnTimer(new QTimer(this))
{
    setWindowFlags(Qt::Widget);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCentralWidget(createCentre());

    m_listDock = new QDockWidget(this);
    m_listDock->setObjectName(QStringLiteral("activationsDock"));
    m_listDock->setWidget(m_list);
    addDockWidget(Qt::LeftDockWidgetArea, m_listDock);

    auto *parameterPage = new QWidget;
    auto *parameterLayout = new QVBoxLayout(parameterPage);
    parameterLayout->addWidget(m_parameters);
    m_animateBox = new QGroupBox(parameterPage);
    auto *animateLayout = new QVBoxLayout(m_animateBox);
    m_animator = new ParameterAnimator(m_parameters, m_animateBox);
    animateLayout->addWidget(m_animator);
    parameterLayout->addWidget(m_animateBox);
    parameterLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(parameterPage);
    m_parameterDock = new QDockWidget(this);
    m_parameterDock->setObjectName(QStringLiteral("parametersDock"));
    m_parameterDock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_parameterDock);
    splitDockWidget(m_listDock, m_parameterDock, Qt::Vertical);

    m_learnDock = new QDockWidget(this);
    m_learnDock->setObjectName(QStringLiteral("learnDock"));
    m_learnDock->setWidget(m_learn);
    addDockWidget(Qt::RightDockWidgetArea, m_learnDock);
    m_compareDock = new QDockWidget(this);
    m_compareDock->setObjectName(QStringLiteral("compareDock"));
    m_compareDock->setWidget(m_overlayPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_compareDock);
    tabifyDockWidget(m_learnDock, m_compareDock);
    m_codeDock = new QDockWidget(this);
    m_codeDock->setObjectName(QStringLiteral("codeDock"));
    m_codeDock->setWidget(m_codePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_codeDock);
    tabifyDockWidget(m_compareDock, m_codeDock);
    m_learnDock->raise();
    // Docks of a nested main window get their size before it is shown: give them room to read.
    m_list->setMinimumWidth(200);
    scroll->setMinimumWidth(250);
    m_list->setMinimumHeight(220);

    m_learnTimer->setSingleShot(true);
    m_learnTimer->setInterval(LearnDelayMilliseconds);
    connect(m_learnTimer, &QTimer::timeout, this,
            [this] { m_learn->setActivation(m_plot->activation()); });

    connect(m_list, &ActivationList::activationChosen, this, &ExplorerWidget::selectActivation);
    connect(m_parameters, &ParameterPanel::parametersChanged, this,
            &ExplorerWidget::rebuildActivation);
    connect(m_plot, &ActivationPlot::readoutChanged, this, &ExplorerWidget::readoutChanged);
    connect(m_plot, &ActivationPlot::overlayVisibilityChanged, this,
            &ExplorerWidget::updateOverlayPanel);
    connect(m_plot, &ActivationPlot::derivativeVisibilityChanged, this, [this](bool df, bool d2f) {
        m_showDf->setChecked(df);
        m_showD2f->setChecked(d2f);
    });
    connect(m_overlayPanel, &OverlayPanel::addCurrentRequested, this,
            &ExplorerWidget::addCurrentAsOverlay);
    connect(m_overlayPanel, &OverlayPanel::removeRequested, this, &ExplorerWidget::removeOverlay);
    connect(m_overlayPanel, &OverlayPanel::clearRequested, this, &ExplorerWidget::clearOverlays);
    connect(m_overlayPanel, &OverlayPanel::visibilityToggled, m_plot,
            &ActivationPlot::setOverlayVisible);
    connect(m_overlayPanel, &OverlayPanel::specialViewRequested, this,
            &ExplorerWidget::showSpecialView);
    connect(m_plot->customPlot()->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &ExplorerWidget::syncRangeBoxes);

    createActions();
    retranslateUi();
    selectActivation(QStringLiteral("relu"));
    syncRangeBoxes();
}

ExplorerWidget::~ExplorerWidget() = default;

QWidget *ExplorerWidget::createCentre()
{
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(4, 4, 4, 4);
    m_controlBar = new QWidget(centre);
    auto *rows = new QVBoxLayout(m_controlBar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    auto *bar = new QHBoxLayout;
    rows->addLayout(bar);
    m_rangeLabel = new QLabel(m_controlBar);
    m_toLabel = new QLabel(m_controlBar);
    m_xMin = new QDoubleSpinBox(m_controlBar);
    m_xMax = new QDoubleSpinBox(m_controlBar);
    m_xMin->setObjectName(QStringLiteral("xMin"));
    m_xMax->setObjectName(QStringLiteral("xMax"));
    for (QDoubleSpinBox *box : {m_xMin, m_xMax}) {
        box->setRange(-1e4, 1e4);
        box->setDecimals(2);
        box->setKeyboardTracking(false);
        box->setMaximumWidth(90);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (m_xMin->value() < m_xMax->value())
                m_plot->setXRange(m_xMin->value(), m_xMax->value());
        });
    }
    m_resetViewButton = new QPushButton(m_controlBar);
    m_dfBox = new QCheckBox(m_controlBar);
    m_d2fBox = new QCheckBox(m_controlBar);
    m_bandBox = new QCheckBox(m_controlBar);
    m_dfBox->setObjectName(QStringLiteral("showDerivative"));
    m_d2fBox->setObjectName(QStringLiteral("showSecondDerivative"));
    bar->addWidget(m_rangeLabel);
    bar->addWidget(m_xMin);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_xMax);
    bar->addWidget(m_resetViewButton);
    bar->addStretch(1);
    // The curve switches get their own row, so the centre fits a 1024 × 768 projector.
    auto *curveRow = new QHBoxLayout;
    curveRow->addWidget(m_dfBox);
    curveRow->addWidget(m_d2fBox);
    curveRow->addWidget(m_bandBox);
    curveRow->addStretch(1);
    rows->addLayout(curveRow);
    layout->addWidget(m_controlBar);
    layout->addWidget(m_plot, 1);
    return centre;
}

void ExplorerWidget::createActions()
{
    auto make = [this](const QKeySequence &shortcut, auto slot, bool checkable = false) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        action->setCheckable(checkable);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        // Checkable actions follow their state (set from a menu, a check box or the legend).
        if (checkable)
            connect(action, &QAction::toggled, this, slot);
        else
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_showDf = make(
        QKeySequence(Qt::CTRL | Qt::Key_D), [this](bool on) { m_plot->setShowDerivative(on); },
        true);
    m_showD2f = make(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        [this](bool on) { m_plot->setShowSecondDerivative(on); }, true);
    m_showBand = make(
        QKeySequence(Qt::CTRL | Qt::Key_B), [this](bool on) { m_plot->setShowDeadBand(on); }, true);
    m_showDf->setChecked(m_plot->showDerivative());
    m_showD2f->setChecked(m_plot->showSecondDerivative());
    m_showBand->setChecked(true);
    m_resetView = make(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_plot->resetView(); });
    m_clearPins = make(QKeySequence(Qt::CTRL | Qt::Key_Backspace), [this] { m_plot->clearPins(); });
    m_nextActivation = make(QKeySequence(Qt::ALT | Qt::Key_Down),
                            [this] { m_list->selectRelative(1); });
    m_previousActivation = make(QKeySequence(Qt::ALT | Qt::Key_Up),
                                [this] { m_list->selectRelative(-1); });
    m_nudgeUp = make(QKeySequence(Qt::Key_BracketRight), [this] { m_parameters->nudge(0, 1); });
    m_nudgeDown = make(QKeySequence(Qt::Key_BracketLeft), [this] { m_parameters->nudge(0, -1); });
    m_nudgeUp2 = make(QKeySequence(Qt::CTRL | Qt::Key_BracketRight),
                      [this] { m_parameters->nudge(1, 1); });
    m_nudgeDown2 = make(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
                        [this] { m_parameters->nudge(1, -1); });
    m_playAnimation = make(QKeySequence(Qt::CTRL | Qt::Key_Space),
                           [this] { m_animator->setPlaying(!m_animator->isPlaying()); });
    m_exportFigure = make(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportFigure(); });
    m_exportCsv = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportCsv(); });
    m_copyImage = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyImage(); });

    connect(m_dfBox, &QCheckBox::toggled, m_showDf, &QAction::setChecked);
    connect(m_d2fBox, &QCheckBox::toggled, m_showD2f, &QAction::setChecked);
    connect(m_bandBox, &QCheckBox::toggled, m_showBand, &QAction::setChecked);
    connect(m_resetViewButton, &QPushButton::clicked, m_resetView, &QAction::trigger);
    auto mirror = [](QAction *action, QCheckBox *box) {
        box->setChecked(action->isChecked());
        QObject::connect(action, &QAction::toggled, box, [box](bool on) {
            const QSignalBlocker blocker(box);
            box->setChecked(on);
        });
    };
    mirror(m_showDf, m_dfBox);
    mirror(m_showD2f, m_d2fBox);
    mirror(m_showBand, m_bandBox);
}

QList<QAction *> ExplorerWidget::viewActions() const
{
    return {m_showDf,       m_showD2f, m_showBand,           m_resetView,
            m_clearPins,    nullptr,   m_previousActivation, m_nextActivation,
            m_nudgeDown,    m_nudgeUp, m_nudgeDown2,         m_nudgeUp2,
            m_playAnimation};
}

bool ExplorerWidget::selectActivation(const QString &id)
{
    const Core::ActivationInfo *info = Core::findActivationInfo(id.toStdString());
    if (!info)
        return false;
    const bool changed = id != m_currentId;
    m_currentId = id;
    {
        const QSignalBlocker blocker(m_parameters);
        m_parameters->setActivationInfo(info);
    }
    m_list->setCurrentActivation(id);
    m_animator->refresh();
    // Nothing to sweep without a parameter: the box goes rather than stand empty and greyed.
    m_animateBox->setVisible(!info->parameters.empty());
    rebuildActivation();
    m_plot->fitYRange();
    m_learnTimer->stop();
    m_learn->setActivation(m_plot->activation());
    if (changed)
        emit activationChanged(id);
    return true;
}

std::map<std::string, double> ExplorerWidget::parameters() const
{
    return m_parameters->values();
}

void ExplorerWidget::setParameter(const QString &name, double value)
{
    m_parameters->setValue(name, value);
}

void ExplorerWidget::rebuildActivation()
{
    Core::Expected<Core::Activation> activation
        = Core::Activation::create(m_currentId.toStdString(), m_parameters->values());
    if (!activation) {
        // Two parameters that do not fit together (hardtanh min_val ≥ max_val): keep the last
        // valid curve and say why.
        emit statusMessage(describeCoreError(activation.error()));
        return;
    }
    m_plot->setActivation(*activation, activationLabel(*activation));
    m_codePanel->setActivation(*activation); // live: a few lines of text per change
    // A throttle, not a debounce: while a slider is dragged or the animator plays (a step every
    // 33 ms) the panel still follows, at most every LearnDelayMilliseconds, and its last update
    // reads the final value.
    if (!m_learnTimer->isActive())
        m_learnTimer->start();
    updateOverlayPanel();
}

bool ExplorerWidget::addSpec(const QString &id, const std::map<std::string, double> &parameters,
                             const QString &label)
{
    QList<PlotCurveSpec> overlays = m_plot->overlays();
    if (overlays.size() >= ActivationPlot::MaxOverlays) {
        emit statusMessage(tr("At most six overlays can be shown."));
        return false;
    }
    Core::Expected<Core::Activation> activation = Core::Activation::create(id.toStdString(),
                                                                           parameters);
    if (!activation) {
        emit statusMessage(describeCoreError(activation.error()));
        return false;
    }
    PlotCurveSpec spec;
    spec.activation = *activation;
    spec.label = label.isEmpty() ? activationLabel(*activation) : label;
    overlays.append(spec);
    m_plot->setOverlays(overlays);
    updateOverlayPanel();
    return true;
}

bool ExplorerWidget::addCurrentAsOverlay()
{
    return addSpec(m_currentId, m_parameters->values());
}

bool ExplorerWidget::addOverlay(const QString &id, const std::map<std::string, double> &parameters)
{
    return addSpec(id, parameters);
}

void ExplorerWidget::removeOverlay(int index)
{
    QList<PlotCurveSpec> overlays = m_plot->overlays();
    if (index < 0 || index >= overlays.size())
        return;
    overlays.removeAt(index);
    m_plot->setOverlays(overlays);
    updateOverlayPanel();
}

void ExplorerWidget::clearOverlays()
{
    m_plot->setOverlays({});
    updateOverlayPanel();
}

void ExplorerWidget::showSpecialView(SpecialView view)
{
    clearOverlays();
    switch (view) {
    case SpecialView::RreluBand: {
        selectActivation(QStringLiteral("rrelu"));
        const double lower = m_parameters->value(QStringLiteral("lower"));
        const double upper = m_parameters->value(QStringLiteral("upper"));
        addSpec(QStringLiteral("rrelu"), {{"training", 1.0}},
                tr("RReLU in training (random slope per input)"));
        addSpec(QStringLiteral("leaky_relu"), {{"negative_slope", lower}},
                tr("slope = lower = %1").arg(QLocale().toString(lower, 'g', 3)));
        addSpec(QStringLiteral("leaky_relu"), {{"negative_slope", upper}},
                tr("slope = upper = %1").arg(QLocale().toString(upper, 'g', 3)));
        m_plot->setXRange(-5.0, 2.0);
        break;
    }
    case SpecialView::GeluApproximation: {
        selectActivation(QStringLiteral("gelu"));
        addSpec(QStringLiteral("gelu"), {{"approximate", 1.0}}, tr("GELU, tanh approximation"));
        Core::Expected<Core::Activation> exact = Core::Activation::create("gelu");
        Core::Expected<Core::Activation> approx = Core::Activation::create("gelu",
                                                                           {{"approximate", 1.0}});
        if (exact && approx) {
            QList<PlotCurveSpec> overlays = m_plot->overlays();
            PlotCurveSpec spec;
            spec.activation = *approx;
            spec.subtract = *exact;
            spec.label = tr("difference: tanh − exact");
            overlays.append(spec);
            m_plot->setOverlays(overlays);
        }
        break;
    }
    case SpecialView::SoftplusBeta:
        selectActivation(QStringLiteral("softplus"));
        for (double beta : {2.0, 4.0, 10.0})
            addSpec(QStringLiteral("softplus"), {{"beta", beta}});
        addSpec(QStringLiteral("relu"), {});
        break;
    case SpecialView::LeakySlopes:
        selectActivation(QStringLiteral("leaky_relu"));
        for (double slope : {0.1, 0.2, 0.3, 0.5})
            addSpec(QStringLiteral("leaky_relu"), {{"negative_slope", slope}});
        break;
    }
    m_plot->fitYRange();
    m_compareDock->raise();
    updateOverlayPanel();
}

void ExplorerWidget::updateOverlayPanel()
{
    QStringList labels;
    QList<bool> visible;
    for (const PlotCurveSpec &spec : m_plot->overlays()) {
        labels << spec.label;
        visible << spec.visible;
    }
    m_overlayPanel->setOverlays(labels, visible, labels.size() < ActivationPlot::MaxOverlays);
}

void ExplorerWidget::syncRangeBoxes()
{
    const QPair<double, double> range = m_plot->xRange();
    const QSignalBlocker a(m_xMin);
    const QSignalBlocker b(m_xMax);
    m_xMin->setValue(range.first);
    m_xMax->setValue(range.second);
}

void ExplorerWidget::setTheme(const Theme &theme)
{
    m_plot->setTheme(theme);
}

void ExplorerWidget::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    if (on) {
        m_stateBeforePresentation = saveState();
        for (QDockWidget *dock :
             {m_listDock, m_parameterDock, m_learnDock, m_compareDock, m_codeDock})
            dock->hide();
    } else {
        restoreState(m_stateBeforePresentation);
    }
    m_controlBar->setVisible(!on);
}

void ExplorerWidget::exportFigure()
{
    PlotExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export figure"),
                                                    m_currentId + QLatin1Char('.')
                                                        + dialog.suffix(),
                                                    dialog.fileFilter());
    if (fileName.isEmpty())
        return;
    if (!plotFileFormat(fileName))
        fileName += QLatin1Char('.') + dialog.suffix();
    QString error;
    if (!exportPlot(m_plot->customPlot(), fileName, dialog.options(), &error))
        QMessageBox::warning(this, tr("Export figure"), error);
    else
        emit statusMessage(tr("Figure written to %1").arg(fileName));
}

void ExplorerWidget::exportCsv()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export curves as CSV"),
                                                          m_currentId + QStringLiteral(".csv"),
                                                          tr("CSV table (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!writeTextFile(fileName, m_plot->curvesCsv(), &error))
        QMessageBox::warning(this, tr("Export curves as CSV"), error);
    else
        emit statusMessage(tr("Curves written to %1").arg(fileName));
}

void ExplorerWidget::copyImage()
{
    PlotExportOptions options;
    options.size = m_plot->customPlot()->size();
    options.dpi = 192; // twice the screen resolution: sharp when pasted into slides
    QApplication::clipboard()->setImage(renderPlotImage(m_plot->customPlot(), options));
    emit statusMessage(tr("Plot copied to the clipboard."));
}

void ExplorerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void ExplorerWidget::retranslateUi()
{
    m_listDock->setWindowTitle(tr("Activations"));
    m_parameterDock->setWindowTitle(tr("Parameters"));
    m_learnDock->setWindowTitle(tr("Learn"));
    m_compareDock->setWindowTitle(tr("Compare"));
    m_codeDock->setWindowTitle(tr("In code"));
    m_animateBox->setTitle(tr("Animate a parameter"));
    m_rangeLabel->setText(tr("x from"));
    m_toLabel->setText(tr("to"));
    m_resetViewButton->setText(tr("Reset view"));
    m_dfBox->setText(tr("f′"));
    m_dfBox->setToolTip(tr("Show the derivative f′ (dashed)"));
    m_d2fBox->setText(tr("f″"));
    m_d2fBox->setToolTip(tr("Show the second derivative f″ (dotted)"));
    m_bandBox->setText(tr("Shade f′ = 0"));
    m_bandBox->setToolTip(
        tr("Shade where the gradient is exactly zero: a unit there stops learning"));
    m_showDf->setText(tr("Show f′ (derivative)"));
    m_showD2f->setText(tr("Show f″ (second derivative)"));
    m_showBand->setText(tr("Shade where f′ = 0"));
    m_resetView->setText(tr("Reset view"));
    m_clearPins->setText(tr("Clear pinned readouts"));
    m_nextActivation->setText(tr("Next activation"));
    m_previousActivation->setText(tr("Previous activation"));
    m_nudgeUp->setText(tr("Increase first parameter"));
    m_nudgeDown->setText(tr("Decrease first parameter"));
    m_nudgeUp2->setText(tr("Increase second parameter"));
    m_nudgeDown2->setText(tr("Decrease second parameter"));
    m_playAnimation->setText(tr("Play / pause the parameter animation"));
    m_exportFigure->setText(tr("Export figure…"));
    m_exportCsv->setText(tr("Export curves as CSV…"));
    m_copyImage->setText(tr("Copy plot image"));
}

} // namespace ReluLab
