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
/// links are drawn. On the digits the input column is an 8 × 8 picture (the mean training digit,
/// or the first test digit when the inputs are standardised), each pixel an input whose links
/// leave from it.
class NetworkGraphView final : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkGraphView(QWidget *parent = nullptr);

    void showSnapshot(const TrainingSnapshot &snapshot);
    /// A recorded moment of the run (the history scrubber) with the units' fates as they stood
    /// then. The live fates go on meanwhile; the next full showSnapshot() draws the live run.
    void showRecorded(const TrainingSnapshot &snapshot, const UnitFates &fates);
    void clear();
    void setTheme(const Theme &theme);

    /// The fates drawn: the live run's, or a recorded moment's.
    const UnitFates &fates() const { return m_showingRecord ? m_recordedFates : m_fates; }
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
    void showFigures(const TrainingSnapshot &snapshot);

    Theme m_theme = Theme::light();
    std::vector<int> m_widths; ///< input, hidden..., output
    bool m_classification = true;
    std::vector<std::vector<GridField>> m_tiles;
    std::vector<std::vector<float>> m_active;
    std::vector<std::vector<bool>> m_dead;
    std::shared_ptr<const std::vector<Core::LayerWeights>> m_weights;
    /// Digits: the input column is a picture, side x side pixels (0: circles), of the mean
    /// training digit or of one test digit (ClassSummary::inputImage).
    int m_imageSide = 0;
    std::vector<float> m_picture;
    bool m_pictureIsMean = true;
    UnitFates m_fates;
    UnitFates m_recordedFates;
    bool m_showingRecord = false;
    mutable std::vector<Hit> m_hits; ///< the units' rectangles of the last paint (tooltips)
};

} // namespace ReluLab
