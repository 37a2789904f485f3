// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "ui/theme.h"

#include <qcustomplot.h>

#include <vector>

namespace ReluLab {

struct TrainingSnapshot;

/// What the last hidden layer makes of the held-out samples: its outputs seen in their
/// principal plane (PCA, Core::StableProjection), one marker per sample drawn as its class
/// number in its class's colour, so that the classes are told apart without colour. As training
/// goes on, the classes pull apart into clusters: the layer has made them separable for the
/// linear output layer. The axes keep their orientation between snapshots, so the points move
/// rather than mirror.
class ProjectionView final : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ProjectionView(QWidget *parent = nullptr);

    void showSnapshot(const TrainingSnapshot &snapshot);
    void clear();
    void setTheme(const Theme &theme);

    /// Points drawn now, over every class (for tests).
    int pointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QCPGraph *classGraph(int cls);
    void styleGraph(int cls, QCPGraph *graph) const;

    Theme m_theme = Theme::light();
    QCPTextElement *m_title = nullptr;
    std::vector<QCPGraph *> m_graphs; ///< per class, created on demand
    double m_explained[2] = {0.0, 0.0};
    int m_layer = 0;
    bool m_onTest = true;
    bool m_hasData = false;
};

} // namespace ReluLab
