// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QList>
#include <QString>

class QCPGraph;

namespace ReluLab {

class CurveSet;

/// The visible curves (f, f′, f″) of the sets that have data, in order: what "Export curves
/// (CSV)" writes.
QList<const QCPGraph *> visibleCurves(const QList<const CurveSet *> &sets);

/// The graphs as CSV: a header row ("x", then each graph's name, quoted), then one row per key
/// of the first graph with x and every graph's value, at 17 significant digits (round trip).
/// The graphs are sampled on one grid; a shorter graph leaves its cells empty.
QString graphsToCsv(const QList<const QCPGraph *> &graphs);

} // namespace ReluLab
