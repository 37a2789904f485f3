// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "networkgraphmodel.h"
#include "trainingsnapshot.h"

#include "ui/theme.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace ReluLab {

/// The whole network on one screen, as TensorFlow Playground draws it: the input features on
/// the left, one column per hidden layer, the outputs on the right. A hidden unit is a small tile
/// of its output over the input plane (2-D data) or a bar of its active fraction; its bias is a
/// bar under it (to the right when positive); links have a thickness and opacity that grow with
/// |weight|, solid when positive and dashed when negative. Dead units are grey and crossed out,
/// born-dead ones also hatched, units that came back carry a ↺ badge; links out of a dead unit
/// are grey dots: they carry nothing. A column with more units than fit shows the most active
/// ones, groups the dead into one block and says how many are not drawn; only the strongest
/// links are drawn.
class NetworkGraphView final : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkGraphView(QWidget *parent = nullptr);

    void showSnapshot(const TrainingSnapshot &snapshot);
    void clear();
    void setTheme(const Theme &theme);

    const UnitFates &fates() const { return m_fates; }
    bool hasNetwork() const { return !m_widths.empty(); }

    /// What is drawn at `size`: each column's units (inputs, hidden layers, outputs) and each
    /// gap's links.
    struct Layout
    {
        std::vector<GraphColumn> columns;
        std::vector<std::vector<GraphLink>> links;
        double tileSize = 0.0;
    };
    Layout layoutFor(const QSizeF &size) const;

    /// Draws the graph into a painter of `size` (the screen, a PNG, an SVG or a PDF).
    void render(QPainter &painter, const QSizeF &size) const;
    /// Writes the graph as PNG, SVG or PDF (by suffix) at `size`; a translated error otherwise.
    bool exportTo(const QString &fileName, const QSize &size, QString *error) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// A hidden unit was clicked (0-based hidden layer and unit): the unit inspector opens.
    void unitClicked(int layer, int unit);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Hit
    {
        QRectF rect;
        QString text;
        int layer = -1; ///< the hidden unit drawn there (-1: not a single unit)
        int unit = -1;
    };
    struct Geometry;
    enum class LegendMark { Positive, Negative, Died, BornDead, Revived };
    struct LegendEntry
    {
        LegendMark mark;
        QString text;
    };
    Geometry geometryFor(const QSizeF &size, Layout &layout) const;
    QFont graphFont() const;
    std::vector<LegendEntry> legendEntries() const;
    int legendRows(double width) const;
    void drawLegend(QPainter &painter, const QRectF &area) const;
    QString unitDescription(int layer, int unit) const;
    double scale() const;

    Theme m_theme = Theme::light();
    std::uint64_t m_generation = 0;
    bool m_hasGeneration = false;
    std::vector<int> m_widths; ///< input, hidden..., output
    bool m_classification = true;
    std::vector<std::vector<GridField>> m_tiles;
    std::vector<std::vector<float>> m_active;
    std::vector<std::vector<bool>> m_dead;
    std::shared_ptr<const std::vector<Core::LayerWeights>> m_weights;
    UnitFates m_fates;
    mutable std::vector<Hit> m_hits; ///< the units' rectangles of the last paint (tooltips)
};

} // namespace ReluLab
