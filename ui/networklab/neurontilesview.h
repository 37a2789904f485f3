// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "ui/theme.h"

#include <QScrollArea>

#include <vector>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace ReluLab {

struct TrainingSnapshot;
class TileStrip;

/// The network as rows of unit tiles, one row per hidden layer, each under a large count in
/// words ("18 / 64 dead (28 %)"). A tile is a small heatmap of the unit's output over the input
/// plane (2-D data) or a bar of the share of training samples on which it is non-zero (other
/// data). A dead unit is hatched and crossed out and says "dead"; a unit that is inactive
/// everywhere but still trainable (Leaky ReLU, ELU: pre-activation ≤ 0 for every sample) has a
/// dashed border and says "off". Neither is told by colour alone.
class NeuronTilesView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit NeuronTilesView(QWidget *parent = nullptr);

    void showSnapshot(const TrainingSnapshot &snapshot);
    void clear();
    /// The count label of hidden layer `layer` as shown (for tests and screenshots).
    QString deadCountText(int layer) const;
    /// The note under a layer's count (born dead, alive again, inactive), empty when none.
    QString detailText(int layer) const;
    int layerCount() const { return int(m_rows.size()); }
    /// Passes the theme to every row's tiles (frames, sizes) and scales the counts' type. The
    /// labels and the background follow the application palette (applyThemeToApplication).
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    /// Presentation mode: the layers stand side by side, each a column of its number, its
    /// tiles and its count "dead / units" in large type, under one caption; the legend and the
    /// detail lines (born dead, off) are hidden. Ten layers then fit a 1024 × 768 screen, where
    /// ten rows of large counts would need three times the height.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /// The tiles of hidden layer `layer` (for tests and screenshots), or nullptr.
    TileStrip *tileStrip(int layer) const;

signals:
    /// A unit's tile was clicked (0-based hidden layer and unit).
    void unitClicked(int layer, int unit);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Row
    {
        QLabel *number = nullptr; ///< the layer's number over its column (compact only)
        QLabel *count = nullptr;
        QLabel *detail = nullptr;
        TileStrip *tiles = nullptr;
    };

    void retranslateUi();
    void ensureRows(int count);
    void updateTexts();
    void styleRow(const Row &row);
    /// Shrinks the tiles until every layer fits the view's height (no scrolling), never below
    /// TileStrip's smallest size; the counts keep their size.
    void fitTiles();
    int contentHeight(int width, double fit) const;
    int columnsHeight(int width, double fit) const;
    int columnWidth(int width) const;
    /// Puts the rows' widgets in the layout of the mode: a row under another, or side by side.
    void arrangeRows();
    void updateCaption();

    Theme m_theme = Theme::light();
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_columnsCaption = nullptr;
    QWidget *m_columns = nullptr;
    QGridLayout *m_grid = nullptr;
    std::vector<Row> m_rows;
    std::vector<int> m_units;
    std::vector<int> m_dead;
    std::vector<int> m_inactive; ///< inactive everywhere but not dead
    std::vector<int> m_bornDead;
    std::vector<int> m_aliveAgain; ///< born dead and alive now (an activation was switched)
    std::vector<int> m_revived;    ///< dead at an earlier evaluation, alive at a later one
    std::vector<QString> m_activationNames;
    bool m_diverged = false;
    bool m_compact = false;
};

} // namespace ReluLab
