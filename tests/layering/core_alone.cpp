// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The control for core_includes_qt.cpp: the same include path compiles the core headers, so the
// failure of the other file can only come from the Qt include.
#include "core/activation.h"
#include "core/dataset.h"
#include "core/trainingconfig.h"

int main()
{
    return ReluLab::Core::Dataset().sampleCount() == 0 ? 0 : 1;
}
