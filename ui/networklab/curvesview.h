// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "epochcurves.h"

#include "ui/theme.h"

#include <qcustomplot.h>

#include <vector>

namespace ReluLab {

struct EpochRecord;

/// Loss (left axis) and accuracy in % (right axis) per epoch, train solid and test dashed.
/// A long run is drawn from every 2nd, 4th ... epoch (EpochCurves), so a replot stays cheap.
class CurvesView final : public QCustomPlot
{
    Q_OBJECT

public:
    explicit CurvesView(QWidget *parent = nullptr);

    void clear();
    void addEpochs(const std::vector<EpochRecord> &epochs);
    /// The epochs drawn (all of a short run's; every stride()-th of a long one's, and the last).
    int epochCount() const;
    int stride() const { return m_series.stride(); }
    /// Restyles the chart for a theme (background, axes, legend, line widths, type) and replots.
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Theme m_theme = Theme::light();
    QCPGraph *m_trainLoss = nullptr;
    QCPGraph *m_testLoss = nullptr;
    QCPGraph *m_trainAccuracy = nullptr;
    QCPGraph *m_testAccuracy = nullptr;
    EpochCurves m_series;
};

} // namespace ReluLab
