// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/datasets/datasets.h"

namespace ReluLab {

/// The data sources bundled as Qt resources, for core::makeDataSplit (core cannot read
/// resources): the UCI digits CSV from :/data/digits.csv (see resources/data/DIGITS-LICENSE.md).
/// The file is read once and kept; an empty digitsCsv means the resource is missing.
const Core::DataSources &bundledDataSources();

} // namespace ReluLab
