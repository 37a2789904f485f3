// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace ReluLab::Core {

/// Counts of (true class, predicted class) pairs over a set of samples. Row = the true class,
/// column = the predicted one, so the diagonal holds the correctly classified samples and
/// trace / total is the accuracy the Trainer reports for the same set.
struct ConfusionMatrix
{
    int classes = 0;
    std::vector<std::int64_t> counts; ///< row-major: counts[actual · classes + predicted]

    std::int64_t at(int actual, int predicted) const
    {
        return counts[std::size_t(actual) * std::size_t(classes) + std::size_t(predicted)];
    }
    /// Samples counted (every cell).
    std::int64_t total() const;
    /// Correctly classified samples (the trace).
    std::int64_t correct() const;
    /// Samples whose true class is `actual` (its row).
    std::int64_t rowTotal(int actual) const;
    /// trace / total; NaN when nothing was counted.
    double accuracy() const;
};

/// The predicted class of each column of `outputs` (classes x samples, logits or
/// probabilities): the index of its largest value, the first one on ties, exactly as the
/// Trainer's accuracy decides.
std::vector<int> predictedClasses(const Eigen::MatrixXd &outputs);

/// The confusion matrix of `predicted` against `labels` (equal sizes, values in [0, classes));
/// a pair outside the range is not counted (asserted in debug builds).
ConfusionMatrix confusionMatrix(const std::vector<int> &labels, const std::vector<int> &predicted,
                                int classes);

} // namespace ReluLab::Core
