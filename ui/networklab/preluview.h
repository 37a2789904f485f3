// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "epochcurves.h"

#include "ui/theme.h"

#include <qcustomplot.h>

#include <vector>

namespace ReluLab {

struct EpochRecord;

/// PReLU's learned negative slope per layer over the epochs (the mean over the layer's slopes
/// when there is one per unit). Layers that are not PReLU have no curve; a sentence says so when
/// none is.
class PreluView final : public QCustomPlot
{
    Q_OBJECT

public:
    explicit PreluView(QWidget *parent = nullptr);

    void clear();
    void addEpochs(const std::vector<EpochRecord> &epochs);
    /// Restyles the chart for a theme and replots.
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    void styleGraph(size_t k);

    Theme m_theme = Theme::light();
    std::vector<QCPGraph *> m_graphs;
    EpochCurves m_series{512, EpochCurves::Missing::Skip}; ///< over m_graphs
    QCPItemText *m_message = nullptr;
    bool m_hasData = false;
};

} // namespace ReluLab
