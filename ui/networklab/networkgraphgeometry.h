// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The network graph's layout at one size, shared by its geometry (networkgraphview.cpp) and its
// drawing (networkgraphrender.cpp).
#pragma once

#include "networkgraphview.h"

#include <QRectF>

#include <vector>

namespace ReluLab {

/// Where everything goes at one size: per column its x centre, per drawn unit its rectangle,
/// the dead block's rectangle.
struct NetworkGraphView::Geometry
{
    std::vector<double> x;
    std::vector<std::vector<QRectF>> units; ///< per column, per drawn unit
    std::vector<QRectF> deadBlock;          ///< per column (null: none)
    double top = 0.0;
    double bottom = 0.0;
    double header = 0.0;
    QRectF legend;
};

} // namespace ReluLab
