// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/dataset.h"
#include "ui/theme.h"

#include <qcustomplot.h>

#include <vector>

namespace ReluLab {

struct TrainingSnapshot;

/// The decision boundary as a heatmap under the data points (TensorFlow Playground's main view).
/// Two classes: P(class 1) from blue (0) through white (0.5) to orange (1); more classes: the
/// predicted class. Points: one marker shape per class; training points filled, test points
/// hollow with a thick outline, so neither class nor split is told by colour alone.
/// 1-D data (sine): the points and the network's curve. Other inputs: a sentence saying why
/// there is no map. Also used as the data-set preview (no snapshot, points only).
class DecisionView final : public QCustomPlot
{
    Q_OBJECT

public:
    explicit DecisionView(QWidget *parent = nullptr);

    /// Shows these points (replacing any) and forgets the previous map.
    void setData(const Core::DataSplit &split);
    /// Updates the map (or the curve) from a snapshot.
    void showSnapshot(const TrainingSnapshot &snapshot);
    /// The value range of the colour map (for tests).
    QCPRange mapDataRange() const;
    /// Restyles axes, labels, markers and the message for a theme and replots. The colour map
    /// keeps its colours: they carry the classes.
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QCPGraph *pointGraph(int cls, bool test);
    void clearPoints();
    void stylePoints(int cls, bool test, QCPGraph *graph) const;

    Theme m_theme = Theme::light();
    QCPColorMap *m_map = nullptr;
    QCPGraph *m_curve = nullptr;
    QCPItemText *m_message = nullptr;
    std::vector<QCPGraph *> m_points; ///< (class, split) pairs, created on demand
    int m_classCount = 0;
    int m_featureCount = 0;
    Core::Task m_task = Core::Task::Classification;
};

} // namespace ReluLab
