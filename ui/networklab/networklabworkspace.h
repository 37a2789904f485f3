// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "labkeys.h"
#include "traininglog.h"
#include "trainingsnapshot.h"

#include "core/trainingconfig.h"
#include "io/sessionfile.h"
#include "ui/theme.h"

#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace ReluLab {

class BornDeadCount;
class CurvesView;
class DatasetPanel;
class DecisionView;
class GradientView;
class HistogramView;
class HistoryScrubber;
class MapTabs;
class NetworkGraphView;
class NetworkPanel;
class NeuronTilesView;
class PreluView;
class ScenarioPanel;
class ScenarioPicker;
class SparsityView;
class TrainingBanner;
class TrainingControlBar;
class TrainingController;
class UnitInspector;

/// The Network Lab (DESIGN.md §5): settings and scenarios on the left; the decision map and the
/// unit tiles in the centre; curves, sparsity, gradient norms, the pre-activation histogram and
/// PReLU's slope on the right. Training runs in a TrainingController's worker thread; this
/// widget only shows its snapshots.
class NetworkLabWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkLabWorkspace(QWidget *parent = nullptr);
    ~NetworkLabWorkspace() override;

    /// Adds one action per classroom scenario to a menu of the window.
    void addScenarioActions(QMenu *menu);
    /// File ▸ Export training log (CSV)…
    QAction *exportLogAction() const { return m_exportLogAction; }
    /// Ctrl+Z after a reset: the run comes back as it was (enabled while there is one).
    QAction *undoResetAction() const { return m_undoResetAction; }
    /// The lab's keys as a person reads them (F1, the overlay while Ctrl is held).
    QList<ShortcutEntry> shortcuts() const;

    TrainingController *controller() const { return m_controller; }
    NeuronTilesView *tilesView() const { return m_tiles; }
    NetworkGraphView *graphView() const;
    MapTabs *mapTabs() const { return m_mapTabs; }
    SparsityView *sparsityView() const { return m_sparsity; }
    HistogramView *histogramView() const { return m_histogram; }
    GradientView *gradientView() const { return m_gradients; }
    HistoryScrubber *historyScrubber() const { return m_scrubber; }
    /// The one unit and layer inspector (opened by a click on a tile, a graph unit or a
    /// sparsity bar, or by I).
    UnitInspector *unitInspector() const { return m_inspector; }
    TrainingControlBar *controlBar() const { return m_controls; }
    ScenarioPanel *scenarioPanel() const { return m_scenarios; }
    /// The scenarios as a drop-down, shown in presentation mode (the settings column is not).
    ScenarioPicker *scenarioPicker() const { return m_picker; }
    const TrainingLog &log() const { return m_log; }
    /// The configuration the current network was built from.
    const Core::TrainingConfig &configuration() const { return m_config; }
    /// The banner text (born dead, diverged), empty when hidden.
    QString bannerText() const;

    /// The configuration, and the weights and the run's state of the last full snapshot (see
    /// TrainingController::currentWeights; never waits for the training thread): reopened, the
    /// run continues bit for bit from that point.
    Session currentSession() const;
    /// Presentation mode: the settings column is hidden, the charts share the space.
    void setPresentationMode(bool on);
    /// Gives every chart of the lab the window's theme (light, dark, high contrast).
    void setTheme(const Theme &theme);
    /// Writes currentSession() to a file, or replaces the session with one read from a file
    /// (unchanged on failure). The window's SessionActions is the interactive path to both.
    bool saveSession(const QString &fileName, QString *error);
    bool openSession(const QString &fileName, QString *error);
    /// Loads a session read elsewhere (the autosave); false when its data cannot be made.
    bool restoreSession(const Session &session);
    bool exportLog(const QString &fileName, QString *error);

public slots:
    /// Loads a classroom scenario by id (false when unknown).
    bool chooseScenario(const QString &id);
    void play();
    void pause();
    /// A fresh network from the seed (Reset, R); undoReset() brings the run back.
    void resetRun();
    void undoReset();

signals:
    void statusMessage(const QString &text);
    /// The lab's own Open / Save session buttons: the window opens and saves.
    void openSessionRequested();
    void saveSessionRequested();
    /// A scenario was chosen: the window should bring the lab to the front.
    void showRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fitLeftColumn();
    /// Minimum heights of the charts, in lines of their type.
    void fitChartHeights(int lineHeight);
    /// A fresh network from the panels' settings. `undoable`: the run so far is kept for
    /// undoReset(); otherwise any kept run is dropped (the settings it belongs to are gone).
    void rebuild(bool undoable = false);
    void setUpKeys();
    /// Shows the PReLU slope tab while any hidden layer uses PReLU, hides it otherwise.
    void updatePreluTab();
    void onSnapshot(const TrainingSnapshot &snapshot);
    void updateBanner();
    void applyConfig(const Core::TrainingConfig &config);
    void lowerLearningRate();
    void countBornDead(int draws);
    void saveScenarioInteractively();
    void rebuildScenarioActions();
    void exportLogInteractively();

    TrainingController *m_controller = nullptr;
    Core::TrainingConfig m_config;
    TrainingLog m_log;
    /// A reopened run's weights and state are on their way (its first snapshot clears the log).
    bool m_continuing = false;
    bool m_loading = false;
    bool m_presentation = false;
    int m_chartLineHeight = 0;
    bool m_diverged = false;
    std::optional<Core::DivergenceReport> m_divergence;
    bool m_bornDead = false; ///< at initialisation
    bool m_deadNow = false;  ///< at the last snapshot (an activation may have been switched)
    int m_bornDeadLayer = -1;

    ScenarioPanel *m_scenarios = nullptr;
    ScenarioPicker *m_picker = nullptr;
    DatasetPanel *m_dataset = nullptr;
    NetworkPanel *m_network = nullptr;
    QPushButton *m_openSession = nullptr;
    QPushButton *m_saveSession = nullptr;
    QPushButton *m_exportLog = nullptr;
    TrainingControlBar *m_controls = nullptr;
    TrainingBanner *m_banner = nullptr;
    DecisionView *m_decision = nullptr;
    MapTabs *m_mapTabs = nullptr;
    NeuronTilesView *m_tiles = nullptr;
    CurvesView *m_curves = nullptr;
    QTabWidget *m_rightTabs = nullptr;
    SparsityView *m_sparsity = nullptr;
    GradientView *m_gradients = nullptr;
    HistogramView *m_histogram = nullptr;
    PreluView *m_prelu = nullptr;
    QLabel *m_tilesTitle = nullptr;
    std::vector<QAction *> m_scenarioActions;
    QMenu *m_scenarioMenu = nullptr;
    QWidget *m_leftColumn = nullptr;
    QWidget *m_leftContent = nullptr;
    QSplitter *m_rightSplit = nullptr;
    QSplitter *m_centreSplit = nullptr;
    QSplitter *m_mainSplit = nullptr;
    QList<int> m_mainSizesBefore;   ///< the columns' widths before presentation mode
    QList<int> m_centreSizesBefore; ///< map over tiles before presentation mode
    QAction *m_exportLogAction = nullptr;
    QAction *m_undoResetAction = nullptr;
    LabKeys *m_keys = nullptr;
    /// What undoReset() gives back besides the worker's trainer (kept aside by the worker).
    struct RunBeforeReset
    {
        Core::TrainingConfig config;
        TrainingLog log;
    };
    std::optional<RunBeforeReset> m_beforeReset;
    BornDeadCount *m_bornDeadCount = nullptr;
    HistoryScrubber *m_scrubber = nullptr;
    UnitInspector *m_inspector = nullptr;
};

} // namespace ReluLab
