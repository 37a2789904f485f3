// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainingsnapshot.h"

#include <QImage>
#include <QWidget>

#include <vector>

namespace ReluLab {

/// One hidden layer's units as a wrapping row of square tiles (see NeuronTilesView).
class TileStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit TileStrip(QWidget *parent = nullptr);

    /// `tiles` may be empty (no input plane): then bars of `activeFraction` are drawn.
    void setUnits(int layer, const std::vector<GridField> &tiles,
                  const std::vector<float> &activeFraction, const std::vector<bool> &dead,
                  const std::vector<bool> &inactive);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int columnsFor(int width) const;
    QRect tileRect(int unit) const;
    int unitAt(const QPoint &point) const;

    int m_layer = 0;
    std::vector<QImage> m_images;
    std::vector<float> m_active;
    std::vector<bool> m_dead;
    std::vector<bool> m_inactive;
};

} // namespace ReluLab
