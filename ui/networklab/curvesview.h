// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <qcustomplot.h>

#include <vector>

namespace ReluLab {

struct EpochRecord;

/// Loss (left axis) and accuracy in % (right axis) per epoch, train solid and test dashed.
class CurvesView final : public QCustomPlot
{
    Q_OBJECT

public:
    explicit CurvesView(QWidget *parent = nullptr);

    void clear();
    void addEpochs(const std::vector<EpochRecord> &epochs);
    int epochCount() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitLegend();
    void retranslateUi();

    QCPGraph *m_trainLoss = nullptr;
    QCPGraph *m_testLoss = nullptr;
    QCPGraph *m_trainAccuracy = nullptr;
    QCPGraph *m_testAccuracy = nullptr;
};

} // namespace ReluLab
