// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <Eigen/Core>

#include <string>
#include <vector>

namespace ReluLab::Core {

enum class Task {
    Classification, ///< softmax cross-entropy on integer labels
    Regression      ///< mean squared error on real targets
};

/// How the label column (the last one) of a user CSV is interpreted (a recipe's choice, saved
/// in sessions as auto|classification|regression).
enum class CsvTask {
    Auto,           ///< every label an integer value -> Classification, otherwise Regression
    Classification, ///< labels must be integers in [0, maxClasses)
    Regression      ///< the last column is a real target
};

/// A set of samples. Column j is sample j everywhere (the network's convention: units x batch).
struct Dataset
{
    Task task = Task::Classification;
    Eigen::MatrixXd inputs;  ///< features x samples
    Eigen::MatrixXd targets; ///< Regression: outputs x samples; empty for classification
    std::vector<int> labels; ///< Classification: one label in [0, classCount) per sample
    int classCount = 0;      ///< Classification: number of classes; Regression: 0

    Eigen::Index sampleCount() const { return inputs.cols(); }
    Eigen::Index featureCount() const { return inputs.rows(); }
    /// Output units the network needs: classCount, or targets.rows() for regression.
    Eigen::Index outputCount() const
    {
        return task == Task::Classification ? classCount : targets.rows();
    }
};

/// Training and test parts of one data set (test may be empty: --test-fraction 0).
struct DataSplit
{
    Dataset train;
    Dataset test;
};

} // namespace ReluLab::Core
