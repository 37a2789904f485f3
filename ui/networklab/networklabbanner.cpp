// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The Network Lab's banner: which state of the run it shows (diverged, born dead, alive again,
// data that cannot be used) and its "learning rate ÷ 10" way out of a divergence.
#include "networklabworkspace.h"

#include "datasetpanel.h"
#include "networkpanel.h"
#include "trainingbanner.h"
#include "trainingcontroller.h"

#include <algorithm>

namespace ReluLab {

QString NetworkLabWorkspace::bannerText() const
{
    return m_banner->text();
}

void NetworkLabWorkspace::updateBanner()
{
    // The most urgent state wins: a diverged run says so even if it was also born dead.
    if (m_diverged && m_divergence)
        m_banner->setDiverged(*m_divergence);
    else if (m_bornDead && m_deadNow)
        m_banner->setBornDead(m_bornDeadLayer);
    else if (m_bornDead)
        m_banner->setAliveAgain(); // an activation was switched: the warning is over
    else if (!m_dataset->isValid())
        m_banner->setDataInvalid(m_dataset->errorText());
    else
        m_banner->clear();
}

void NetworkLabWorkspace::lowerLearningRate()
{
    Core::TrainingConfig config = m_config;
    config.optimizer.learningRate = std::max(1e-5, m_config.optimizer.learningRate / 10.0);
    m_loading = true;
    m_network->setConfig(config);
    m_loading = false;
    m_config.optimizer.learningRate = config.optimizer.learningRate;
    m_controller->setLearningRate(config.optimizer.learningRate);
    m_controller->resetDivergence();
    m_controller->play();
}

} // namespace ReluLab
