// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "networklabworkspace.h"

#include "borndeadcount.h"
#include "curvesview.h"
#include "datasetpanel.h"
#include "decisionview.h"
#include "gradientview.h"
#include "histogramview.h"
#include "historyscrubber.h"
#include "maptabs.h"
#include "networkpanel.h"
#include "neurontilesview.h"
#include "preluview.h"
#include "savescenariodialog.h"
#include "scenariopanel.h"
#include "scenariopicker.h"
#include "sparsityview.h"
#include "trainingbanner.h"
#include "trainingcontrolbar.h"
#include "trainingcontroller.h"

#include "io/sessionfile.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ReluLab {

NetworkLabWorkspace::NetworkLabWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_controller(new TrainingController(this))
    , m_scenarios(new ScenarioPanel)
    , m_dataset(new DatasetPanel)
    , m_network(new NetworkPanel)
    , m_openSession(new QPushButton)
    , m_saveSession(new QPushButton)
    , m_exportLog(new QPushButton)
    , m_controls(new TrainingControlBar)
    , m_banner(new TrainingBanner)
    , m_decision(new DecisionView)
    , m_mapTabs(new MapTabs(m_decision))
    , m_tiles(new NeuronTilesView)
    , m_curves(new CurvesView)
    , m_rightTabs(new QTabWidget)
    , m_sparsity(new SparsityView)
    , m_gradients(new GradientView)
    , m_histogram(new HistogramView)
    , m_prelu(new PreluView)
    , m_tilesTitle(new QLabel)
    , m_bornDeadCount(new BornDeadCount(this))
    , m_scrubber(
          new HistoryScrubber(m_controller, {m_decision, m_mapTabs->graph(), m_tiles, m_sparsity,
                                             m_gradients, m_histogram, m_curves}))
{
    setObjectName(QStringLiteral("networkLab"));

    // Left: scenarios, data, network, sessions (scrolls on small screens).
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_scenarios);
    leftLayout->addWidget(m_dataset);
    leftLayout->addWidget(m_network);
    m_openSession->setObjectName(QStringLiteral("openSessionButton"));
    m_saveSession->setObjectName(QStringLiteral("saveSessionButton"));
    auto *sessionRow = new QHBoxLayout;
    sessionRow->addWidget(m_openSession);
    sessionRow->addWidget(m_saveSession);
    leftLayout->addLayout(sessionRow);
    leftLayout->addWidget(m_exportLog);
    leftLayout->addStretch(1);
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    // Its panels wrap to the column's width: it scrolls down, never sideways.
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_leftColumn = leftScroll;
    // The panels put one field per row and wrap their texts, so the column is narrow (~260 px)
    // and the map, the tiles and the charts keep their space on a 1024 px screen.
    const int leftWidth = left->minimumSizeHint().width()
                          + leftScroll->verticalScrollBar()->sizeHint().width() + 4;
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 1440;
    const bool narrowScreen = screenWidth < 1300;
    m_leftContent = left;
    left->installEventFilter(this); // its minimum width follows its texts (language, scenario)

    // Centre: controls, banner, decision map over the unit tiles.
    auto *tilesBox = new QWidget;
    auto *tilesLayout = new QVBoxLayout(tilesBox);
    tilesLayout->setContentsMargins(0, 0, 0, 0);
    tilesLayout->addWidget(m_tilesTitle);
    tilesLayout->addWidget(m_tiles, 1);
    auto *centreSplit = new QSplitter(Qt::Vertical);
    m_centreSplit = centreSplit;
    centreSplit->addWidget(m_mapTabs);
    centreSplit->addWidget(tilesBox);
    // The map gets the larger share: it is what the class watches; the tiles scroll.
    centreSplit->setStretchFactor(0, 3);
    centreSplit->setStretchFactor(1, 2);
    centreSplit->setSizes({600, 400});
    centreSplit->setChildrenCollapsible(false);
    // The map is the picture the class looks at: it never shrinks to a strip under a banner
    // or presentation mode's large type (the tiles below scroll instead).
    tilesBox->setMinimumHeight(4 * fontMetrics().height());
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    // The control bar wraps its rows (FlowLayout) rather than widen the window past a 1024 px
    // screen.
    centreLayout->addWidget(m_controls);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_scrubber); // replays the graph and the tiles of an earlier epoch
    centreLayout->addWidget(centreSplit, 1);

    // Right: curves over a tab of the per-layer views.
    m_rightTabs->addTab(m_sparsity, QString());
    m_rightTabs->addTab(m_gradients, QString());
    m_rightTabs->addTab(m_histogram, QString());
    m_rightTabs->addTab(m_prelu, QString());
    // Every tab label stays readable: the column is at least as wide as its tabs (in the current
    // language) instead of hiding some behind scroll arrows. The PReLU tab only shows while a
    // layer uses PReLU (updatePreluTab), which keeps the English row inside a 1024 px screen.
    m_rightTabs->tabBar()->setUsesScrollButtons(false);
    m_rightTabs->tabBar()->setElideMode(Qt::ElideNone);
    auto *rightSplit = new QSplitter(Qt::Vertical);
    m_rightSplit = rightSplit;
    // Neither half may shrink to a strip: the loss curves and the per-layer views each keep
    // room for a readable chart (fitChartHeights).
    rightSplit->setChildrenCollapsible(false);
    fitChartHeights(fontMetrics().height());
    rightSplit->addWidget(m_curves);
    rightSplit->addWidget(m_rightTabs);
    // Loss curves and per-layer views share the column 45 / 55 from the start.
    rightSplit->setSizes({450, 550});

    auto *mainSplit = new QSplitter(Qt::Horizontal);
    m_mainSplit = mainSplit;
    mainSplit->addWidget(leftScroll);
    mainSplit->addWidget(centre);
    mainSplit->addWidget(rightSplit);
    mainSplit->setStretchFactor(0, 0);
    mainSplit->setStretchFactor(1, 3);
    mainSplit->setStretchFactor(2, 3);
    mainSplit->setChildrenCollapsible(false);
    // On a 1024 px projector the settings column gives way to the map and the charts.
    if (narrowScreen)
        mainSplit->setSizes({std::min(leftWidth, screenWidth * 28 / 100), 360, 300});
    else
        mainSplit->setSizes({leftWidth, 480, 560});
    m_picker = new ScenarioPicker(m_scenarios, this);
    m_picker->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker, 0);
    layout->addWidget(mainSplit, 1);

    m_exportLogAction = new QAction(this);
    setUpKeys();

    connect(m_controller, &TrainingController::snapshotReady, this,
            &NetworkLabWorkspace::onSnapshot);
    connect(m_controller, &TrainingController::playingChanged, m_controls,
            &TrainingControlBar::setPlaying);
    connect(m_controller, &TrainingController::failed, this, [this](const QString &message) {
        emit statusMessage(message);
        m_banner->setFailure(message);
    });
    connect(m_controls, &TrainingControlBar::playToggled, m_controller,
            &TrainingController::setPlaying);
    connect(m_controls, &TrainingControlBar::stepRequested, m_controller,
            &TrainingController::stepEpoch);
    connect(m_controls, &TrainingControlBar::resetRequested, this, &NetworkLabWorkspace::resetRun);
    connect(m_controls, &TrainingControlBar::speedChanged, m_controller,
            &TrainingController::setSpeed);
    connect(m_controls, &TrainingControlBar::stopAfterChanged, m_controller,
            &TrainingController::setStopAfterEpochs);
    connect(m_dataset, &DatasetPanel::splitChanged, this, [this] {
        if (!m_loading)
            rebuild();
    });
    connect(m_network, &NetworkPanel::structureChanged, this, [this] {
        if (!m_loading)
            rebuild();
    });
    connect(m_network, &NetworkPanel::activationChanged, this,
            [this](int layer, const Core::LayerActivation &activation) {
        // Intervene: the running network keeps its weights. The panel holds the configuration.
        m_network->fillConfig(m_config);
        m_controller->setActivation(layer, activation);
        updatePreluTab();
    });
    connect(m_network, &NetworkPanel::learningRateChanged, this, [this](double rate) {
        m_config.optimizer.learningRate = rate;
        m_controller->setLearningRate(rate);
    });
    connect(m_scenarios, &ScenarioPanel::scenarioChosen, this,
            [this](const Core::TrainingConfig &config) {
        applyConfig(config);
        m_controls->setStopAfterEpochs(config.epochs);
        m_controls->setSpeed(TrainingControlBar::DefaultEpochsPerSecond);
        // The view the scenario's explanation talks about comes to the front.
        if (const Scenario *scenario = m_scenarios->find(m_scenarios->currentId())) {
            const qsizetype tab = ScenarioFile::viewIds().indexOf(scenario->view);
            m_rightTabs->setCurrentIndex(int(std::max<qsizetype>(0, tab)));
            // ... and the per-layer views open on the layer it is about.
            m_controller->setHistogramLayer(scenario->focusLayer - 1);
        }
        emit showRequested();
    });
    connect(m_scenarios, &ScenarioPanel::contrastChosen, this,
            [this](const Core::TrainingConfig &config) {
        applyConfig(config);
        m_controls->setStopAfterEpochs(config.epochs);
    });
    connect(m_scenarios, &ScenarioPanel::saveScenarioRequested, this,
            &NetworkLabWorkspace::saveScenarioInteractively);
    connect(m_scenarios, &ScenarioPanel::scenariosChanged, this,
            &NetworkLabWorkspace::rebuildScenarioActions);
    connect(m_scenarios, &ScenarioPanel::bornDeadCountRequested, this,
            &NetworkLabWorkspace::countBornDead);
    connect(m_bornDeadCount, &BornDeadCount::finished, this, [this](double fraction, int draws) {
        m_scenarios->setBornDeadBusy(false);
        m_scenarios->showBornDeadResult(fraction, draws);
    });
    connect(m_bornDeadCount, &BornDeadCount::failed, this, [this](const QString &message) {
        m_scenarios->setBornDeadBusy(false);
        m_scenarios->showBornDeadError(message);
    });
    connect(m_bornDeadCount, &BornDeadCount::cancelled, this,
            [this] { m_scenarios->setBornDeadBusy(false); });
    connect(m_histogram, &HistogramView::layerChosen, m_controller,
            &TrainingController::setHistogramLayer);
    connect(m_banner, &TrainingBanner::resetRequested, this, &NetworkLabWorkspace::resetRun);
    connect(m_banner, &TrainingBanner::lowerLearningRateRequested, this,
            &NetworkLabWorkspace::lowerLearningRate);
    // Sessions are opened and saved by the window's one session path (SessionActions).
    connect(m_openSession, &QPushButton::clicked, this, &NetworkLabWorkspace::openSessionRequested);
    connect(m_saveSession, &QPushButton::clicked, this, &NetworkLabWorkspace::saveSessionRequested);
    connect(m_exportLog, &QPushButton::clicked, this, &NetworkLabWorkspace::exportLogInteractively);
    connect(m_exportLogAction, &QAction::triggered, this,
            &NetworkLabWorkspace::exportLogInteractively);

    m_controller->setSpeed(m_controls->speed());
    m_controller->setStopAfterEpochs(m_controls->stopAfterEpochs());
    m_config.data = m_dataset->recipe();
    m_network->fillConfig(m_config);
    retranslateUi();
    fitLeftColumn();
    rebuild();
}

NetworkLabWorkspace::~NetworkLabWorkspace() = default;

NetworkGraphView *NetworkLabWorkspace::graphView() const
{
    return m_mapTabs->graph();
}

void NetworkLabWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateBanner(); // the data's error text is translated where it is made
    }
    QWidget::changeEvent(event);
}

void NetworkLabWorkspace::retranslateUi()
{
    setWindowTitle(tr("Network Lab"));
    m_openSession->setText(tr("Open session…"));
    m_saveSession->setText(tr("Save session…"));
    m_exportLog->setText(tr("Export training log (CSV)…"));
    m_exportLogAction->setText(tr("Export training log (CSV)…"));
    m_undoResetAction->setText(tr("Undo reset"));
    m_tilesTitle->setText(tr("Hidden units, layer by layer"));
    m_rightTabs->setTabText(0, tr("Sparsity"));
    m_rightTabs->setTabText(1, tr("Gradient norms"));
    m_rightTabs->setTabText(2, tr("Pre-activations"));
    m_rightTabs->setTabText(3, tr("PReLU slope"));
    for (QAction *action : m_scenarioActions)
        action->setText(m_scenarios->titleOf(action->data().toString()));
}

void NetworkLabWorkspace::addScenarioActions(QMenu *menu)
{
    m_scenarioMenu = menu;
    rebuildScenarioActions();
}

void NetworkLabWorkspace::rebuildScenarioActions()
{
    if (!m_scenarioMenu)
        return;
    for (QAction *action : m_scenarioActions)
        delete action;
    m_scenarioActions.clear();
    bool bundled = true;
    for (const Scenario &scenario : m_scenarios->scenarios()) {
        if (bundled && !scenario.bundled) {
            m_scenarioActions.push_back(m_scenarioMenu->addSeparator());
            bundled = false;
        }
        auto *action = new QAction(this);
        action->setData(scenario.id);
        connect(action, &QAction::triggered, this,
                [this, id = scenario.id] { chooseScenario(id); });
        m_scenarioActions.push_back(action);
        m_scenarioMenu->addAction(action);
    }
    retranslateUi();
}

void NetworkLabWorkspace::saveScenarioInteractively()
{
    SaveScenarioDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Core::TrainingConfig config = m_config;
    config.epochs = std::max(1, m_controls->stopAfterEpochs());
    QString error;
    const QString path = m_scenarios->saveUserScenario(config, dialog.title(), dialog.explanation(),
                                                       &error);
    if (path.isEmpty())
        QMessageBox::warning(this, tr("Save as my scenario"), error);
    else
        emit statusMessage(tr("Scenario saved to %1").arg(QDir::toNativeSeparators(path)));
}

bool NetworkLabWorkspace::chooseScenario(const QString &id)
{
    return m_scenarios->choose(id);
}

void NetworkLabWorkspace::play()
{
    m_controller->play();
}

void NetworkLabWorkspace::pause()
{
    m_controller->pause();
}

void NetworkLabWorkspace::applyConfig(const Core::TrainingConfig &config)
{
    m_loading = true;
    m_dataset->setRecipe(config.data);
    m_network->setConfig(config);
    m_loading = false;
    m_config = config;
    rebuild();
}

void NetworkLabWorkspace::updatePreluTab()
{
    const std::vector<Core::LayerActivation> &layers = m_config.network.activations;
    const bool anyPrelu = std::any_of(layers.begin(), layers.end(),
                                      [](const Core::LayerActivation &layer) {
        return layer.id == "prelu";
    });
    m_rightTabs->setTabVisible(m_rightTabs->indexOf(m_prelu), anyPrelu);
}

void NetworkLabWorkspace::rebuild(bool undoable)
{
    if (!undoable) {
        m_beforeReset.reset();
        // A born-dead count still running is about settings that are gone.
        m_bornDeadCount->cancel();
    }
    m_undoResetAction->setEnabled(m_beforeReset.has_value());
    m_config.data = m_dataset->recipe();
    m_network->fillConfig(m_config);
    m_config.epochs = std::max(1, m_controls->stopAfterEpochs());
    m_log.clear();
    m_curves->clear();
    m_sparsity->clear();
    m_gradients->clear();
    m_prelu->clear();
    updatePreluTab();
    m_tiles->clear();
    m_mapTabs->clearGraph();
    m_scrubber->clear();
    m_histogram->clear();
    m_controls->clearNumbers();
    m_diverged = false;
    m_divergence.reset();
    m_bornDead = false;
    m_continuing = false;
    m_deadNow = false;
    m_mapTabs->setData(m_dataset->split(), m_config.data.name == "digits");
    // Data that cannot be used leaves no network behind: no figure of the previous data stays
    // on screen, and Play cannot train the old network on the old data.
    const bool valid = m_dataset->isValid();
    m_controls->setTrainable(valid);
    if (!valid) {
        m_controller->discard();
        updateBanner();
        return;
    }
    m_controller->configure(m_config, m_dataset->split(), undoable);
}

void NetworkLabWorkspace::onSnapshot(const TrainingSnapshot &snapshot)
{
    if (m_continuing && snapshot.diagnostics.step > 0) {
        // A continued run: its log and curves start at the epoch it stopped at, not with the
        // fresh network that was built before its weights and state arrived.
        m_continuing = false;
        m_log.clear();
        m_curves->clear();
        m_sparsity->clear();
        m_prelu->clear();
        m_scrubber->clear();
    }
    m_log.append(snapshot.newEpochs);
    m_curves->addEpochs(snapshot.newEpochs);
    m_sparsity->addEpochs(snapshot.newEpochs);
    m_prelu->addEpochs(snapshot.newEpochs);
    m_controls->showSnapshot(snapshot);
    m_mapTabs->showSnapshot(snapshot); // the graph counts every epoch's dead units
    m_scrubber->record(snapshot);
    if (snapshot.progressOnly)
        return;
    m_sparsity->showSnapshot(snapshot);
    m_gradients->showSnapshot(snapshot);
    m_histogram->showSnapshot(snapshot);
    m_tiles->showSnapshot(snapshot);
    m_diverged = snapshot.diagnostics.status == Core::TrainingStatus::Diverged;
    m_divergence = snapshot.divergence;
    m_bornDead = snapshot.initial.networkDead;
    m_deadNow = snapshot.diagnostics.networkDead;
    m_bornDeadLayer = -1;
    for (size_t k = 0; k < snapshot.initial.layers.size(); ++k) {
        if (snapshot.initial.layers[k].allZero) {
            m_bornDeadLayer = int(k);
            break;
        }
    }
    updateBanner();
}

void NetworkLabWorkspace::countBornDead(int draws)
{
    if (!m_dataset->isValid())
        return;
    if (m_bornDeadCount->start(m_config, m_dataset->split(), draws))
        m_scenarios->setBornDeadBusy(true);
}

void NetworkLabWorkspace::fitChartHeights(int lineHeight)
{
    m_chartLineHeight = lineHeight;
    // Small enough that the whole lab still fits a 1024 × 768 screen in presentation mode.
    m_curves->setMinimumHeight(10 * lineHeight);
    m_rightTabs->setMinimumHeight(9 * lineHeight);
    // In presentation mode the map shares the centre with the whole network (no scrolling).
    m_mapTabs->setMinimumMapHeight((m_presentation ? 6 : 9) * lineHeight);
}

void NetworkLabWorkspace::setTheme(const Theme &theme)
{
    // The charts' type follows the theme (high contrast: larger), and so does their room.
    QFont chartFont = font();
    chartFont.setPointSizeF(std::max<double>(chartFont.pointSizeF(), theme.fontPointSize));
    fitChartHeights(QFontMetrics(chartFont).height());
    m_dataset->setTheme(theme);
    m_mapTabs->setTheme(theme);
    m_tiles->setTheme(theme);
    m_curves->setTheme(theme);
    m_sparsity->setTheme(theme);
    m_gradients->setTheme(theme);
    m_histogram->setTheme(theme);
    m_prelu->setTheme(theme);
}

bool NetworkLabWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_leftContent && event->type() == QEvent::LayoutRequest)
        fitLeftColumn();
    return QWidget::eventFilter(watched, event);
}

void NetworkLabWorkspace::fitLeftColumn()
{
    // Never narrower than its panels can wrap to: without a sideways scroll bar, anything
    // wider would be cut off.
    auto *scroll = static_cast<QScrollArea *>(m_leftColumn);
    const int width = m_leftContent->minimumSizeHint().width()
                      + scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth();
    if (scroll->minimumWidth() != width)
        scroll->setMinimumWidth(width);
}

void NetworkLabWorkspace::setPresentationMode(bool on)
{
    // For a projector the pictures get the room: the settings column goes (F11 brings it back),
    // the scenarios stay one drop-down away, the network gets the larger share of the centre
    // (the tiles shrink until every layer shows, see NeuronTilesView), and the loss curves and
    // the per-layer views share the right column.
    if (on) {
        m_mainSizesBefore = m_mainSplit->sizes();
        m_centreSizesBefore = m_centreSplit->sizes();
    }
    m_leftColumn->setVisible(!on);
    m_picker->setVisible(on);
    m_tilesTitle->setVisible(!on);
    m_tiles->setCompact(on);
    m_controls->setCompact(on);
    m_banner->setCompact(on);
    m_presentation = on;
    fitChartHeights(m_chartLineHeight);
    if (on) {
        const int width = std::max(m_mainSplit->width(), 800);
        m_mainSplit->setSizes({0, width * 55 / 100, width * 45 / 100});
        const int centre = std::max(m_centreSplit->height(), 400);
        m_centreSplit->setSizes({centre * 2 / 5, centre * 3 / 5});
    } else if (!m_mainSizesBefore.isEmpty()) {
        // The settings column's width was last measured at presentation type.
        m_leftContent->layout()->invalidate();
        fitLeftColumn();
        m_mainSplit->setSizes(m_mainSizesBefore);
        m_centreSplit->setSizes(m_centreSizesBefore);
    }
    const int height = std::max(m_rightSplit->height(), 400);
    m_rightSplit->setSizes({height * 45 / 100, height * 55 / 100});
}

Session NetworkLabWorkspace::currentSession() const
{
    Session session;
    session.config = m_config;
    session.config.epochs = std::max(1, m_controls->stopAfterEpochs());
    std::optional<Core::TrainerState> state;
    std::vector<Core::LayerWeights> weights = m_controller->currentWeights(&state);
    if (!weights.empty()) {
        session.weights = std::move(weights); // the last finite weights when it diverged
        session.state = std::move(state);     // so that a reopened run goes on bit for bit
    }
    if (m_diverged)
        session.divergence = m_divergence;
    return session;
}

bool NetworkLabWorkspace::saveSession(const QString &fileName, QString *error)
{
    return SessionFile::write(fileName, currentSession(), error);
}

bool NetworkLabWorkspace::openSession(const QString &fileName, QString *error)
{
    const ReadResult<Session> session = SessionFile::read(fileName);
    if (!session) {
        if (error)
            *error = session.errorString();
        return false;
    }
    restoreSession(session.value());
    return true;
}

bool NetworkLabWorkspace::restoreSession(const Session &session)
{
    applyConfig(session.config);
    m_controls->setStopAfterEpochs(session.config.epochs);
    if (session.weights)
        m_controller->setWeights(*session.weights, session.state);
    // Until the continued run's first snapshot, the figures show the fresh network.
    m_continuing = session.weights && session.state && session.state->step > 0;
    return m_dataset->isValid();
}

} // namespace ReluLab
