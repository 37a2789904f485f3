// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QList>
#include <QString>

namespace ReluLab {

/// One keyboard shortcut as a person reads it in a list: "Space" — "Play or pause training".
struct ShortcutEntry
{
    QString keys;
    QString description;
};

using ShortcutList = QList<ShortcutEntry>;

} // namespace ReluLab
