// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <atomic>

namespace ReluLab::Core {

/// Thrown out of a long computation (a training step, an evaluation, a forward pass in chunks,
/// a trainer's creation) once the flag given to Trainer::setInterruption or Trainer::create is
/// set, at the next layer product. A thread asked to stop is then free within one layer's work
/// (a few tens of milliseconds for 512 units and a thousand samples) instead of a whole step or
/// evaluation (about a second at ten layers of 512). The computation is abandoned half-way: the
/// trainer holds partial results (a new shuffle but no update, part of the gradients) and is
/// fit only to be destroyed or replaced.
struct Interrupted
{};

inline void throwIfInterrupted(const std::atomic_bool *flag)
{
    if (flag && flag->load(std::memory_order_relaxed))
        throw Interrupted{};
}

} // namespace ReluLab::Core
