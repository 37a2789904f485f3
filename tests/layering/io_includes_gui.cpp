// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// Compiled with exactly the include path of relulab_io, this file must NOT compile: io is QtCore
// only, so no QtGui or QtWidgets header can be reached from there.
#include "io/sessionfile.h"

#include <QWidget>

int main()
{
    return QWidget().isVisible() ? 1 : 0;
}
