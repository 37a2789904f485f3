// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "lessondriver.h"

#include "callout.h"

#include "ui/explorer/activationlist.h"
#include "ui/explorer/activationplot.h"
#include "ui/explorer/explorerwidget.h"
#include "ui/explorer/learnpanel.h"
#include "ui/explorer/parameterpanel.h"
#include "ui/networklab/decisionview.h"
#include "ui/networklab/gradientview.h"
#include "ui/networklab/histogramview.h"
#include "ui/networklab/networklabworkspace.h"
#include "ui/networklab/neurontilesview.h"
#include "ui/networklab/scenariopanel.h"
#include "ui/networklab/sparsityview.h"
#include "ui/networklab/trainingcontrolbar.h"
#include "ui/networklab/trainingcontroller.h"

#include <QTabWidget>
#include <QTimer>

namespace ReluLab {

LessonDriver::LessonDriver(ExplorerWidget *explorer, NetworkLabWorkspace *lab, QObject *parent)
    : QObject(parent)
    , m_explorer(explorer)
    , m_lab(lab)
    , m_explorerCallout(new Callout(explorer))
    , m_labCallout(new Callout(lab))
{
    connect(m_lab->controller(), &TrainingController::snapshotReady, this,
            &LessonDriver::onSnapshot);
    if (m_lab->controller()->hasSnapshot())
        m_latest = m_lab->controller()->lastSnapshot().diagnostics;
}

QWidget *LessonDriver::target(const QString &name) const
{
    if (name == QLatin1String("explorer.activations"))
        return m_explorer->activationList();
    if (name == QLatin1String("explorer.parameters"))
        return m_explorer->parameterPanel();
    if (name == QLatin1String("explorer.plot"))
        return m_explorer->plot();
    if (name == QLatin1String("explorer.learn"))
        return m_explorer->learnPanel();
    if (name == QLatin1String("lab.controls"))
        return m_lab->controlBar();
    if (name == QLatin1String("lab.decision_map"))
        return m_lab->findChild<DecisionView *>();
    if (name == QLatin1String("lab.unit_tiles"))
        return m_lab->tilesView();
    if (name.startsWith(QLatin1String("lab.charts")))
        return chartTabs();
    if (name == QLatin1String("lab.settings"))
        return m_lab->scenarioPanel();
    return nullptr;
}

QTabWidget *LessonDriver::chartTabs() const
{
    // The tabs of the per-layer views (sparsity first).
    QWidget *widget = m_lab->sparsityView();
    while (widget && !qobject_cast<QTabWidget *>(widget))
        widget = widget->parentWidget();
    return qobject_cast<QTabWidget *>(widget);
}

QWidget *LessonDriver::chartView(const QString &name) const
{
    if (name == QLatin1String("lab.charts.sparsity"))
        return m_lab->sparsityView();
    if (name == QLatin1String("lab.charts.gradient_norms"))
        return m_lab->gradientView();
    if (name == QLatin1String("lab.charts.pre_activations"))
        return m_lab->histogramView();
    return nullptr;
}

QWidget *LessonDriver::workspace(const QString &id) const
{
    if (id == QLatin1String("explorer"))
        return m_explorer;
    if (id == QLatin1String("network"))
        return m_lab;
    return nullptr;
}

Callout *LessonDriver::callout(const QString &workspaceId) const
{
    return workspaceId == QLatin1String("explorer") ? m_explorerCallout : m_labCallout;
}

void LessonDriver::clearPointers()
{
    m_explorerCallout->clear();
    m_labCallout->clear();
}

void LessonDriver::showStep(const LessonStep &step, const QString &language)
{
    if (step.explorer) {
        if (step.explorer->activation) {
            m_explorer->selectActivation(step.explorer->activation->id);
            for (const auto &[name, value] : step.explorer->activation->parameters)
                m_explorer->setParameter(QString::fromStdString(name), value);
        }
        if (step.explorer->overlays) {
            m_explorer->clearOverlays();
            for (const LessonCurve &overlay : *step.explorer->overlays)
                m_explorer->addOverlay(overlay.id, overlay.parameters);
        }
    }
    point(step, language);
}

void LessonDriver::point(const LessonStep &step, const QString &language)
{
    clearPointers();
    // A step that points at one of the per-layer views turns their tabs to it.
    QTabWidget *tabs = chartTabs();
    if (QWidget *view = chartView(step.pointAt); view && tabs)
        tabs->setCurrentWidget(view);
    if (QWidget *widget = target(step.pointAt)) {
        callout(step.pointAt.section(QLatin1Char('.'), 0, 0) == QLatin1String("explorer")
                    ? QStringLiteral("explorer")
                    : QStringLiteral("network"))
            ->pointAt(widget, step.callout.text(language));
    }
    emit workspaceChanged();
}

void LessonDriver::runDemo(const LessonStep &step)
{
    stop();
    if (!step.lab) {
        // Nothing to train: the answer is what the screen already shows.
        QTimer::singleShot(0, this, [this] { emit demoFinished(LessonAction::Done); });
        return;
    }
    m_lab->pause();
    m_demo.emplace(*step.lab);
    m_progress = {};
    TrainingController *controller = m_lab->controller();
    if (step.lab->config) {
        // As a session without weights, not as a chosen scenario: choosing one brings the Lab
        // to the front, and the lesson stays in its own tab.
        Session session;
        session.config = *step.lab->config;
        m_lab->restoreSession(session);
        // The new run's first full snapshot (epoch 0) starts the demo.
        m_waitGeneration = controller->generation();
        m_waitEpoch = 0;
        return;
    }
    m_waitGeneration = 0;
    advance();
}

void LessonDriver::stop()
{
    if (m_demo)
        m_lab->pause();
    m_demo.reset();
}

void LessonDriver::onSnapshot(const TrainingSnapshot &snapshot)
{
    if (snapshot.progressOnly)
        return;
    m_latest = snapshot.diagnostics;
    if (snapshot.divergence)
        m_latest.status = Core::TrainingStatus::Diverged;
    m_latestGeneration = snapshot.generation;
    emit workspaceChanged();
    if (!m_demo)
        return;
    if (m_waitGeneration != 0 && snapshot.generation != m_waitGeneration)
        return;
    const bool diverged = m_latest.status == Core::TrainingStatus::Diverged;
    if (!diverged && (snapshot.stepInEpoch != 0 || m_latest.epoch < m_waitEpoch))
        return;
    m_waitGeneration = 0;
    emit demoProgress(snapshot.diagnostics.epoch);
    advance();
}

void LessonDriver::advance()
{
    for (;;) {
        const LessonAction action = nextLessonAction(*m_demo, m_progress, m_latest);
        if (action == LessonAction::Switch) {
            const LessonSwitch &change = *m_demo->switchActivation;
            const int layers = int(m_latest.layers.size());
            for (int k = 0; k < layers; ++k) {
                if (change.layer == 0 || change.layer == k + 1)
                    m_lab->controller()->setActivation(k, change.activation);
            }
            m_progress.switched = true;
            continue;
        }
        if (action != LessonAction::TrainEpoch) {
            finish(action);
            return;
        }
        ++m_progress.trained;
        m_waitEpoch = m_latest.epoch + 1;
        m_lab->controller()->stepEpoch();
        return;
    }
}

void LessonDriver::finish(LessonAction outcome)
{
    m_demo.reset();
    emit demoFinished(outcome);
}

} // namespace ReluLab
