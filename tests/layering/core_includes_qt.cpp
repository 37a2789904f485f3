// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Compiled with exactly the include path of relulab_core, this file must NOT compile: core is
// C++20 + Eigen only, so no Qt header can be reached from there.
#include "core/activation.h"
#include <QString>

int main()
{
    return QString().size();
}
