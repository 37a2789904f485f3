// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <functional>

class QObject;

namespace ReluLab {

/// SIGTERM and SIGHUP (a logout, `kill`, a desktop session ending) become a normal quit: the
/// handler only writes a byte to a socket pair (async-signal-safe); the event loop reads it and
/// calls `quit` on the GUI thread, where closing the window runs the on-exit autosave as the
/// window's close button does. `context` owns the notifier. Returns false when the socket pair
/// or the handlers cannot be installed (the signals then keep their default action).
bool quitOnTerminationSignals(QObject *context, std::function<void()> quit);

} // namespace ReluLab
