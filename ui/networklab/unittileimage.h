// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainingsnapshot.h"

#include <QImage>

namespace ReluLab {

/// A unit's output over the plane as an image (one pixel per grid point), scaled by its own
/// largest |value|: positive orange, negative blue, zero white (a dead unit would be all white:
/// the views also cross it out). Row i of the field (x2 value i) is drawn from the bottom up, as
/// on the decision map. The unit tiles and the network graph both draw these.
QImage unitTileImage(const GridField &field);

} // namespace ReluLab
