// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The control for io_includes_gui.cpp: io's include path compiles the io headers and QtCore, so
// the failure of the other file can only come from the QtWidgets include.
#include "io/coreerrortext.h"
#include "io/scenariofile.h"
#include "io/sessionfile.h"

#include <QString>

int main()
{
    return ReluLab::ScenarioFile::viewIds().isEmpty() ? 1 : 0;
}
