// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The worker's part of the unit inspector: which unit is inspected, and its numbers added to
// every full snapshot.
#include "trainingworker.h"

namespace ReluLab {

namespace {

// Bins of the unit's histogram: as many as the layer histogram's (HistogramView reads either).
constexpr int inspectedBins = 40;

} // namespace

void TrainingWorker::setInspectedUnit(std::optional<Core::UnitIndex> unit)
{
    m_inspected = unit;
    publish();
}

void TrainingWorker::addInspectedUnit(TrainingSnapshot &snapshot) const
{
    if (!m_inspected || !m_trainer || stopping())
        return;
    const Core::Trainer &trainer = *m_trainer;
    if (!Core::checkUnit(trainer.layerWidths(), *m_inspected))
        return; // a unit of the network before a rebuild: the inspector asks again
    // One more pass over the training set, chunk by chunk (core/network/unitstats.h): the
    // layers' pass above keeps no units x samples matrix to take the unit's row from.
    snapshot.inspectedUnit = Core::unitStats(trainer, *m_inspected, inspectedBins);
    if (m_decisionInputs.rows() == 1 && !m_hasPlane) {
        const Eigen::MatrixXd a = trainer.layerOutputs(m_inspected->layer, m_decisionInputs);
        const Eigen::Index unit = m_inspected->unit;
        snapshot.inspectedCurve.reserve(std::size_t(a.cols()));
        for (Eigen::Index j = 0; j < a.cols(); ++j)
            snapshot.inspectedCurve.push_back(a(unit, j));
    }
}

} // namespace ReluLab
