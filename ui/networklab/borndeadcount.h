// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/dataset.h"
#include "core/trainingconfig.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <utility>

namespace ReluLab {

/// Counts, off the GUI thread, how many of `draws` fresh initialisations of a configuration are
/// born dead (some hidden layer outputs zero for every training sample). A hundred forward
/// passes take long enough on a deep, wide network that the window must stay responsive.
class BornDeadCount final : public QObject
{
    Q_OBJECT

public:
    explicit BornDeadCount(QObject *parent = nullptr);
    /// Cancels a count still running and waits for it: it works on copies, but it must not
    /// outlive the app. The count stops before its next draw, so this waits for one draw.
    ~BornDeadCount() override;

    /// Starts a count on copies of the configuration and data; false while one is running.
    bool start(const Core::TrainingConfig &config, const Core::DataSplit &data, int draws);
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Asks a running count to stop before its next draw; it then emits cancelled(), not
    /// finished().
    void cancel();
    bool isCancelling() const { return m_cancel.load(); }

signals:
    /// The fraction of `draws` initialisations that were born dead.
    void finished(double fraction, int draws);
    /// The count could not be made (translated message).
    void failed(const QString &message);
    /// The count stopped at cancel().
    void cancelled();

private:
    QFutureWatcher<std::pair<double, QString>> m_watcher;
    int m_draws = 0;
    std::atomic_bool m_cancel{false};
};

} // namespace ReluLab
