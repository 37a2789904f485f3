// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The Network Lab's keyboard (Space, → / Page Down, R, Ctrl+Z, I) and its undoable reset: what a
// lecturer's hands do in front of a class.
#include "networklabworkspace.h"

#include "curvesview.h"
#include "networkpanel.h"
#include "neurontilesview.h"
#include "preluview.h"
#include "sparsityview.h"
#include "trainingcontrolbar.h"
#include "trainingcontroller.h"
#include "unitinspector.h"

#include <QAction>
#include <QKeySequence>

namespace ReluLab {

void NetworkLabWorkspace::resetRun()
{
    const bool undoable = m_controller->hasSnapshot();
    if (undoable)
        m_beforeReset = RunBeforeReset{m_config, m_log};
    rebuild(undoable);
    if (undoable) {
        emit statusMessage(
            tr("A fresh network from the seed. %1 brings the previous run back.")
                .arg(m_undoResetAction->shortcut().toString(QKeySequence::NativeText)));
    }
}

void NetworkLabWorkspace::undoReset()
{
    if (!m_beforeReset)
        return;
    RunBeforeReset before = std::move(*m_beforeReset);
    m_beforeReset.reset();
    m_undoResetAction->setEnabled(false);
    // The settings the run was trained with (an activation or the learning rate may have been
    // changed since the reset), then its history in every chart; the worker sends the rest.
    m_loading = true;
    m_network->setConfig(before.config);
    m_loading = false;
    m_config = before.config;
    m_log = std::move(before.log);
    m_curves->clear();
    m_sparsity->clear();
    m_prelu->clear();
    m_tiles->clear();
    m_curves->addEpochs(m_log.records());
    m_sparsity->addEpochs(m_log.records());
    m_prelu->addEpochs(m_log.records());
    updatePreluTab();
    m_controller->restorePrevious();
    emit statusMessage(tr("The run before the reset is back."));
}

void NetworkLabWorkspace::setUpKeys()
{
    // Ctrl+Z anywhere in the window while the lab shows; a text field's own undo comes first.
    m_undoResetAction = new QAction(this);
    m_undoResetAction->setObjectName(QStringLiteral("undoResetAction"));
    m_undoResetAction->setShortcut(QKeySequence::Undo);
    m_undoResetAction->setShortcutContext(Qt::WindowShortcut);
    m_undoResetAction->setEnabled(false);
    connect(m_undoResetAction, &QAction::triggered, this, &NetworkLabWorkspace::undoReset);
    addAction(m_undoResetAction);

    // A clicker sends Page Down (next) and B (blank screen): Page Down steps, B is left alone.
    m_keys = new LabKeys(this);
    m_keys->bind(
        {Qt::Key_Space}, [this] { m_controls->togglePlaying(); }, false);
    m_keys->bind(
        {Qt::Key_Right, Qt::Key_PageDown}, [this] { m_controls->step(); }, true);
    m_keys->bind(
        {Qt::Key_R}, [this] { m_controls->reset(); }, false);

    // The unit and layer inspector: a click on a unit or a sparsity bar opens it, and so does I
    // (on the unit shown last); in it the layer and unit boxes move with ↑ and ↓.
    m_inspector = new UnitInspector(this);
    m_inspector->attach(this);
    m_keys->bind(
        {Qt::Key_I}, [this] { m_inspector->open(); }, false);
}

QList<ShortcutEntry> NetworkLabWorkspace::shortcuts() const
{
    const auto native = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    return {
        {tr("Space"), tr("Play or pause training")},
        {tr("→ or Page Down"), tr("Train one epoch")},
        {tr("R"), tr("Reset: a fresh network from the seed")},
        {tr("I"), tr("Inspect a unit (or click a tile, a unit of the graph or a sparsity bar)")},
        {native(QKeySequence::Undo), tr("Undo the reset: the previous run comes back")},
        {native(QKeySequence::Open), tr("Open a session")},
        {native(QKeySequence::Save), tr("Save the session")},
    };
}

} // namespace ReluLab
