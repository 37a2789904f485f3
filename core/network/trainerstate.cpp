// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Saving and restoring a run's state (TrainerState), so that a reopened session goes on bit for
// bit. A state may come from a file: every field is checked before anything is changed.
#include "trainer.h"

#include "trainerprivate.h"

#include "core/numbertext.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace ReluLab::Core {

namespace {

Error invalid(const char *field, const std::string &value)
{
    return makeError("trainer_state_invalid", "a value of the saved training state is invalid",
                     {{"field", field}, {"value", value}});
}

Error wrongSize(const char *field, std::size_t size, std::int64_t expected)
{
    return makeError("trainer_state_size", "a list of the saved training state has a wrong size",
                     {{"field", field},
                      {"size", std::to_string(size)},
                      {"expected", std::to_string(expected)}});
}

} // namespace

TrainerState Trainer::state() const
{
    TrainerState state;
    state.epoch = d->epoch;
    state.step = d->steps;
    state.stepInEpoch = d->stepInEpoch;
    state.rng = d->rng.state();
    state.referenceLoss = d->referenceLoss;
    state.referenceGradientNorms = d->initial.gradientNorms;
    state.unitHistory = d->revival.history();
    d->saveState(state);
    return state;
}

Status Trainer::restoreState(const TrainerState &state)
{
    if (state.epoch < 0)
        return invalid("epoch", std::to_string(state.epoch));
    if (state.step < 0)
        return invalid("step", std::to_string(state.step));
    if (state.stepInEpoch < 0 || state.stepInEpoch >= d->stepsPerEpoch())
        return invalid("step_in_epoch", std::to_string(state.stepInEpoch));
    if (state.optimiserStep < 0 || state.optimiserStep > state.step)
        return invalid("optimizer_step", std::to_string(state.optimiserStep));
    if (std::all_of(state.rng.words.begin(), state.rng.words.end(),
                    [](std::uint64_t word) { return word == 0; })) {
        return invalid("rng", "0");
    }
    const Eigen::Index parameters = d->parameterCount();
    for (const auto &[field, moment] : {std::pair{"first_moment", &state.firstMoment},
                                        std::pair{"second_moment", &state.secondMoment}}) {
        if (std::ssize(*moment) != parameters)
            return wrongSize(field, moment->size(), parameters);
        for (const double value : *moment) {
            if (!d->representable(value))
                return invalid(field, shortestText(value));
        }
    }
    for (const double value : state.secondMoment) {
        if (value < 0.0)
            return invalid("second_moment", shortestText(value));
    }
    const double reference = state.referenceLoss;
    if (!std::isnan(reference) && !(std::isfinite(reference) && reference >= 0.0))
        return invalid("reference_loss", shortestText(reference));
    const std::int64_t hidden = hiddenLayerCount();
    if (!state.referenceGradientNorms.empty()
        && std::ssize(state.referenceGradientNorms) != hidden + 1)
        return wrongSize("reference_gradient_norms", state.referenceGradientNorms.size(),
                         hidden + 1);
    for (const double norm : state.referenceGradientNorms) {
        if (!(norm >= 0.0) || !std::isfinite(norm))
            return invalid("reference_gradient_norms", shortestText(norm));
    }
    if (!state.unitHistory.empty()) {
        const std::vector<int> hiddenWidths(d->widths.begin() + 1, d->widths.end() - 1);
        if (!RevivalTracker::isValidHistory(state.unitHistory, hiddenWidths))
            return invalid("unit_history", std::to_string(state.unitHistory.size()));
    }
    // Inside an epoch of a minibatch run the remaining batches come from the epoch's order.
    const std::int64_t samples = d->data.train.sampleCount();
    if (state.stepInEpoch > 0 && std::ssize(state.order) != samples)
        return wrongSize("order", state.order.size(), samples);
    if (state.stepInEpoch == 0 && !state.order.empty())
        return wrongSize("order", state.order.size(), 0);
    if (!state.order.empty()) {
        std::vector<bool> seen(std::size_t(samples), false);
        for (const int index : state.order) {
            if (index < 0 || index >= samples || seen[std::size_t(index)])
                return makeError("trainer_state_order",
                                 "the saved order of the training samples is not a permutation");
            seen[std::size_t(index)] = true;
        }
    }

    d->epoch = state.epoch;
    d->steps = state.step;
    d->stepInEpoch = state.stepInEpoch;
    d->rng.setState(state.rng);
    d->referenceLoss = state.referenceLoss;
    if (!state.referenceGradientNorms.empty())
        d->initial.gradientNorms = state.referenceGradientNorms;
    if (!state.unitHistory.empty())
        d->revival.setHistory(state.unitHistory);
    d->loadState(state);
    return {};
}

} // namespace ReluLab::Core
