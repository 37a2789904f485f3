// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/unitstats.h"

#include <QString>
#include <QStringList>

#include <vector>

// `relulab train --unit L:I`: per-epoch columns for single hidden units, after the training
// log's own columns. For unit I of hidden layer L (both from 1), over the training set:
//   unit_L_I_active     fraction of samples whose output is not exactly 0 (the sparsity
//                       definition, so 0 for a dead unit)
//   unit_L_I_pre_min, unit_L_I_pre_mean, unit_L_I_pre_max   of its pre-activation z = w·a + b
// JSON rows carry them as "units": [{"layer": L, "unit": I, "active": ..., "pre_min": ...}].

namespace ReluLab::Cli {

/// Reads the --unit values ("2:5", 1-based) into 0-based units, repeats dropped. False with a
/// translated `problem` (naming the command and the option) for a value that is not L:I with
/// whole numbers from 1; the network's own range is checked later (checkUnits).
bool parseUnitOptions(const QStringList &texts, std::vector<Core::UnitIndex> &units,
                      QString &problem);

/// Whether every unit is in a network of these widths; else the translated message.
bool checkUnits(const std::vector<Core::UnitIndex> &units, const std::vector<int> &widths,
                QString &problem);

/// The CSV column names of the units, in order.
QStringList unitColumns(const std::vector<Core::UnitIndex> &units);
/// The CSV cells of one row (each preceded by a comma), 17 significant digits, C locale.
QString unitCsvCells(const std::vector<Core::UnitStats> &stats);
/// A JSON row (TrainingLogWriter::jsonRow) with the units' "units" array added.
QString withUnitJson(const QString &jsonRow, const std::vector<Core::UnitStats> &stats);

} // namespace ReluLab::Cli
