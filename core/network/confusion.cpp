// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "confusion.h"

#include <cassert>
#include <limits>

namespace ReluLab::Core {

std::int64_t ConfusionMatrix::total() const
{
    std::int64_t sum = 0;
    for (std::int64_t count : counts)
        sum += count;
    return sum;
}

std::int64_t ConfusionMatrix::correct() const
{
    std::int64_t sum = 0;
    for (int c = 0; c < classes; ++c)
        sum += at(c, c);
    return sum;
}

std::int64_t ConfusionMatrix::rowTotal(int actual) const
{
    std::int64_t sum = 0;
    for (int c = 0; c < classes; ++c)
        sum += at(actual, c);
    return sum;
}

double ConfusionMatrix::accuracy() const
{
    const std::int64_t n = total();
    return n > 0 ? double(correct()) / double(n) : std::numeric_limits<double>::quiet_NaN();
}

std::vector<int> predictedClasses(const Eigen::MatrixXd &outputs)
{
    std::vector<int> predicted(std::size_t(outputs.cols()), 0);
    for (Eigen::Index j = 0; j < outputs.cols(); ++j) {
        Eigen::Index best = 0;
        outputs.col(j).maxCoeff(&best);
        predicted[std::size_t(j)] = int(best);
    }
    return predicted;
}

ConfusionMatrix confusionMatrix(const std::vector<int> &labels, const std::vector<int> &predicted,
                                int classes)
{
    assert(labels.size() == predicted.size());
    ConfusionMatrix matrix;
    matrix.classes = classes;
    matrix.counts.assign(std::size_t(classes) * std::size_t(classes), 0);
    for (std::size_t n = 0; n < labels.size() && n < predicted.size(); ++n) {
        const int actual = labels[n];
        const int guess = predicted[n];
        assert(actual >= 0 && actual < classes && guess >= 0 && guess < classes);
        if (actual < 0 || actual >= classes || guess < 0 || guess >= classes)
            continue;
        ++matrix.counts[std::size_t(actual) * std::size_t(classes) + std::size_t(guess)];
    }
    return matrix;
}

} // namespace ReluLab::Core
