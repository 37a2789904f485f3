// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "classsummary.h"

#include <algorithm>

namespace ReluLab {

void ClassSummaryBuilder::fill(TrainingSnapshot &snapshot, const Core::Trainer &trainer)
{
    const Core::DataSplit &data = trainer.data();
    if (data.train.featureCount() <= 2)
        return;
    if (!m_hasGeneration || snapshot.generation != m_generation) {
        m_projection.reset();
        m_generation = snapshot.generation;
        m_hasGeneration = true;
    }
    ClassSummary summary;
    summary.onTest = data.test.sampleCount() > 0;
    const Core::Dataset &set = summary.onTest ? data.test : data.train;
    const bool classification = set.task == Core::Task::Classification;
    const int hidden = trainer.hiddenLayerCount();
    const Eigen::Index limit = std::min<Eigen::Index>(set.sampleCount(), projectionLimit);
    summary.projectedLayer = std::max(0, hidden - 1);

    // One pass over the set, chunk by chunk: the predictions of every sample, the last hidden
    // layer's outputs (units x limit) of the first `limit` ones.
    Eigen::MatrixXd last;
    if (hidden == 0)
        last = set.inputs.leftCols(limit);
    summary.predicted.reserve(std::size_t(set.sampleCount()));
    trainer.forEachForwardChunk(set.inputs, false,
                                [&](Eigen::Index start, const Core::ForwardPass &chunk) {
        if (classification) {
            const std::vector<int> guesses = Core::predictedClasses(chunk.network);
            summary.predicted.insert(summary.predicted.end(), guesses.begin(), guesses.end());
        }
        if (hidden > 0 && start < limit) {
            const Eigen::MatrixXd &outputs = chunk.outputs.back(); // units x chunk
            if (last.size() == 0)
                last.resize(outputs.rows(), limit);
            const Eigen::Index count = std::min(outputs.cols(), limit - start);
            last.middleCols(start, count) = outputs.leftCols(count);
        }
    });
    if (classification)
        summary.confusion = Core::confusionMatrix(set.labels, summary.predicted, set.classCount);

    const Core::Projection projection = m_projection.fit(last);
    summary.explained[0] = projection.explained(0);
    summary.explained[1] = projection.explained(1);
    summary.projectionX.resize(std::size_t(limit));
    summary.projectionY.resize(std::size_t(limit));
    summary.projectionClass.assign(std::size_t(limit), 0);
    for (Eigen::Index n = 0; n < projection.points.cols(); ++n) {
        summary.projectionX[std::size_t(n)] = float(projection.points(0, n));
        summary.projectionY[std::size_t(n)] = float(projection.points(1, n));
        if (classification)
            summary.projectionClass[std::size_t(n)] = set.labels[std::size_t(n)];
    }

    // The digits are 8 x 8 pictures: the graph draws its input layer as one, the mean digit.
    // Standardised inputs have mean 0 in every pixel, a blank picture: one digit is drawn
    // instead (standardised, its stroke still stands out).
    const Eigen::Index features = data.train.featureCount();
    if (trainer.config().data.name == "digits" && features == 64) {
        summary.imageSide = 8;
        summary.imageIsMean = !trainer.config().data.standardise;
        const Eigen::VectorXd picture = summary.imageIsMean
                                            ? Eigen::VectorXd(data.train.inputs.rowwise().mean())
                                            : Eigen::VectorXd(set.inputs.col(0));
        summary.inputImage.assign(picture.data(), picture.data() + picture.size());
    }
    snapshot.classSummary = std::move(summary);
}

} // namespace ReluLab
