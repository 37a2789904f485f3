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
    /// Shrinks the tiles below the theme's size (1 = the theme's size, never below a 7 px tile) so
    /// that the whole network fits its view without scrolling.
    void setFitScale(double scale);
    double fitScale() const { return m_fitScale; }
    /// The strip's height at `width` with tiles at `fit` times the theme's size.
    int heightAt(int width, double fit) const;
    /// The colour of an ordinary tile's frame (for tests).
    QColor frameColor() const { return m_theme.axis; }
    /// Where unit `unit`'s tile is drawn (for tests), empty when there is none.
    QRect unitRect(int unit) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// A tile was clicked (0-based hidden layer and unit): the unit inspector opens.
    void unitClicked(int layer, int unit);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    /// The theme's size times the fit: tiles, gaps, words and lines of the tiles.
    double scale() const;
    int tileSize() const;
    int gap() const;
    int tileSizeAt(double fit) const;
    int gapAt(double fit) const;
    int columnsFor(int width) const;
    QRect tileRect(int unit) const;
    int unitAt(const QPoint &point) const;

    Theme m_theme = Theme::light();
    int m_layer = 0;
    double m_fitScale = 1.0;
    std::vector<QImage> m_images;
    std::vector<float> m_active;
    std::vector<bool> m_dead;
    std::vector<bool> m_inactive;
};

} // namespace ReluLab
