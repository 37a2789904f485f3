// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QWidget>

#include <vector>

namespace ReluLab {

/// A unit's incoming weights. A square number of inputs (64 pixels of the digits) is drawn as
/// that image, side × side: the unit's receptive field; other counts as one bar per input. Positive
/// weights are orange and negative ones blue, the strength by the shade (|w| / max |w|); in the
/// bars the sign is also the direction, so colour is never the only cue.
class WeightsImage final : public QWidget
{
    Q_OBJECT

public:
    explicit WeightsImage(QWidget *parent = nullptr);

    void setWeights(const std::vector<double> &weights);
    const std::vector<double> &weights() const { return m_weights; }
    /// Drawn as an image (side × side) rather than bars.
    bool isImage() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int side() const;
    std::vector<double> m_weights;
};

} // namespace ReluLab
