// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QList>
#include <QToolButton>

class QCPGraph;
class QCPRange;
class QCustomPlot;

namespace ReluLab {

/// The vertical range that shows every point of the visible `graphs` and y = 0, with a margin of
/// 10 % and at least `minimumSpan` of height, so that a flat curve is not drawn on the frame.
QCPRange fittedYRange(const QList<const QCPGraph *> &graphs, double minimumSpan);

/// Whether a view that follows its curves moves from `now` to `fit`: when a curve leaves the view,
/// or fills less than half of it. Smaller changes leave the axes calm while a slider is dragged.
bool viewShouldFollow(const QCPRange &fit, const QCPRange &now);

/// The "Fit" button in a plot's top-right corner, shown while the user has zoomed or panned
/// (the vertical range then no longer follows the curves); clicking it fits them again.
class FitViewButton final : public QToolButton
{
    Q_OBJECT

public:
    explicit FitViewButton(QCustomPlot *plot);

    /// Puts the button in the top-right corner of the plot's axis rect.
    void place();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QCustomPlot *m_plot = nullptr;
};

} // namespace ReluLab
