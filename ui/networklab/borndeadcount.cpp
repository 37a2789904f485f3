// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "borndeadcount.h"

#include "core/network/trainer.h"
#include "io/coreerrortext.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ReluLab {

BornDeadCount::BornDeadCount(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::pair<double, QString>>::finished, this, [this] {
        const std::pair<double, QString> result = m_watcher.result();
        if (m_cancel.load())
            emit cancelled();
        else if (result.second.isEmpty())
            emit finished(result.first, m_draws);
        else
            emit failed(result.second);
    });
}

BornDeadCount::~BornDeadCount()
{
    m_cancel.store(true);
    m_watcher.waitForFinished();
}

void BornDeadCount::cancel()
{
    if (m_watcher.isRunning())
        m_cancel.store(true);
}

bool BornDeadCount::start(const Core::TrainingConfig &config, const Core::DataSplit &data,
                          int draws)
{
    if (m_watcher.isRunning())
        return false;
    m_draws = draws;
    m_cancel.store(false);
    const std::atomic_bool *cancel = &m_cancel; // outlives the count: the destructor waits
    m_watcher.setFuture(QtConcurrent::run([config, data, draws,
                                           cancel]() -> std::pair<double, QString> {
        const Core::Expected<double> fraction = Core::bornDeadFraction(config, data, draws, cancel);
        if (!fraction)
            return {0.0, describeCoreError(fraction.error())};
        return {*fraction, QString()};
    }));
    return true;
}

} // namespace ReluLab
