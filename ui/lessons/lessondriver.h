// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "io/lessonrunner.h"

#include <QObject>
#include <QPointer>

class QTabWidget;

#include <cstdint>
#include <optional>

namespace ReluLab {

class Callout;
class ExplorerWidget;
class NetworkLabWorkspace;
struct TrainingSnapshot;

/// Drives the real Explorer and Network Lab for a lesson step, through their public API: it
/// selects activations, parameters and overlays, loads a scenario or a configuration, trains
/// epoch by epoch by the step rule (nextLessonAction: until a condition, at most N epochs,
/// switching the activation when its epoch comes) and points at named parts of the screen.
class LessonDriver final : public QObject
{
    Q_OBJECT

public:
    LessonDriver(ExplorerWidget *explorer, NetworkLabWorkspace *lab, QObject *parent = nullptr);

    /// The widget a lesson names (LessonFile::targetNames()), or null.
    QWidget *target(const QString &name) const;
    /// "explorer" or "network": that workspace; anything else null.
    QWidget *workspace(const QString &id) const;

    /// Sets up the Explorer part of the step and its pointer (the Lab part waits for runDemo).
    void showStep(const LessonStep &step, const QString &language);
    /// Loads the step's run (if it has one) and trains by the step rule; demoFinished follows.
    /// A step without Network Lab state finishes at once.
    void runDemo(const LessonStep &step);
    /// Points at the step's target with its note in `language` (none: the pointers go).
    void point(const LessonStep &step, const QString &language);
    /// Stops a demo on its way (moving to another step): training is paused.
    void stop();
    bool isRunning() const { return m_demo.has_value(); }
    /// Removes the pointers.
    void clearPointers();
    Callout *callout(const QString &workspaceId) const;
    /// The latest full diagnostics the Lab has shown.
    const Core::Diagnostics &latest() const { return m_latest; }

signals:
    void demoProgress(int epoch);
    void demoFinished(ReluLab::LessonAction outcome);
    /// A new picture of a workspace is worth taking (a snapshot arrived, a step was set up).
    void workspaceChanged();

private:
    /// The per-layer views' tabs in the Network Lab.
    QTabWidget *chartTabs() const;
    /// The view a "lab.charts.<view>" target names, or null ("lab.charts" names the tabs).
    QWidget *chartView(const QString &name) const;

    void onSnapshot(const TrainingSnapshot &snapshot);
    void advance();
    void finish(LessonAction outcome);

    ExplorerWidget *m_explorer;
    NetworkLabWorkspace *m_lab;
    Callout *m_explorerCallout;
    Callout *m_labCallout;
    Core::Diagnostics m_latest;
    std::uint64_t m_latestGeneration = 0;
    /// The demo on its way: its Lab state, progress, and what it waits for.
    std::optional<LessonLabState> m_demo;
    LessonProgress m_progress;
    std::uint64_t m_waitGeneration = 0;
    int m_waitEpoch = 0;
};

} // namespace ReluLab
