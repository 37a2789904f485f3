// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainingsnapshot.h"

#include "ui/theme.h"

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

    /// Tile frames follow the theme's axis colour; tiles, type and lines grow with its type size
    /// and line scale (presentation mode). The tiles' own colours do not change.
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    /// The colour of an ordinary tile's frame (for tests).
    QColor frameColor() const { return m_theme.axis; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int tileSize() const;
    int gap() const;
    int columnsFor(int width) const;
    QRect tileRect(int unit) const;
    int unitAt(const QPoint &point) const;

    Theme m_theme = Theme::light();
    int m_layer = 0;
    std::vector<QImage> m_images;
    std::vector<float> m_active;
    std::vector<bool> m_dead;
    std::vector<bool> m_inactive;
};

} // namespace ReluLab
