// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "neurontilesview.h"

#include "labstyle.h"
#include "tilestrip.h"
#include "trainingsnapshot.h"

#include "core/activation.h"
#include "ui/explorer/explorertext.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ReluLab {

NeuronTilesView::NeuronTilesView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
    , m_legend(new QLabel(m_content))
    , m_columnsCaption(new QLabel(m_content))
    , m_columns(new QWidget(m_content))
    , m_grid(new QGridLayout(m_columns))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_legend->setWordWrap(true);
    m_columnsCaption->setWordWrap(true);
    m_columnsCaption->setObjectName(QStringLiteral("tilesColumnsCaption"));
    m_columnsCaption->hide();
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_columns->hide();
    m_layout->addWidget(m_legend);
    m_layout->addWidget(m_columnsCaption);
    m_layout->addWidget(m_columns);
    m_layout->addStretch(1);
    setWidget(m_content);
    retranslateUi();
}

void NeuronTilesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // The counts are multiples of the view's font: they follow presentation mode's larger
    // application font in and out.
    if (event->type() == QEvent::FontChange)
        setTheme(m_theme);
    QScrollArea::changeEvent(event);
}

void NeuronTilesView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitTiles();
}

int NeuronTilesView::contentHeight(int width, double fit) const
{
    if (m_compact)
        return columnsHeight(width, fit);
    const QMargins margins = m_layout->contentsMargins();
    const int inner = width - margins.left() - margins.right();
    int height = margins.top() + margins.bottom();
    int items = 0;
    if (!m_legend->isHidden()) {
        height += m_legend->heightForWidth(inner);
        ++items;
    }
    for (const Row &row : m_rows) {
        height += row.count->heightForWidth(inner) + row.tiles->heightAt(inner, fit);
        items += 2;
        if (!row.detail->isHidden()) {
            height += row.detail->heightForWidth(inner);
            ++items;
        }
    }
    return height + std::max(0, items - 1) * m_layout->spacing();
}

int NeuronTilesView::columnWidth(int width) const
{
    const QMargins margins = m_layout->contentsMargins();
    const int inner = width - margins.left() - margins.right();
    const int columns = std::max<int>(1, int(m_rows.size()));
    return std::max(1, (inner - (columns - 1) * m_grid->horizontalSpacing()) / columns);
}

int NeuronTilesView::columnsHeight(int width, double fit) const
{
    // The caption, then the grid's three rows (numbers, tiles, counts), each as tall as its
    // tallest cell.
    const QMargins margins = m_layout->contentsMargins();
    const int inner = width - margins.left() - margins.right();
    const int column = columnWidth(width);
    int numbers = 0;
    int tiles = 0;
    int counts = 0;
    for (const Row &row : m_rows) {
        numbers = std::max(numbers, row.number->heightForWidth(column));
        tiles = std::max(tiles, row.tiles->heightAt(column, fit));
        counts = std::max(counts, row.count->heightForWidth(column));
    }
    return margins.top() + m_columnsCaption->heightForWidth(inner) + m_layout->spacing() + numbers
           + tiles + counts + 2 * m_grid->verticalSpacing() + margins.bottom();
}

void NeuronTilesView::fitTiles()
{
    if (m_rows.empty())
        return;
    const int width = viewport()->width();
    const int room = viewport()->height();
    if (m_compact) {
        // A count wider than its column would be cut: its type shrinks to fit, never below the
        // view's own (a column of 512 units says "512/512" in a tenth of the width).
        QFont font = NetworkLabStyle::bigFont(this, 1.35);
        const int column = columnWidth(width);
        int widest = 0;
        for (const Row &row : m_rows)
            widest = std::max(widest, QFontMetrics(font).horizontalAdvance(row.count->text()));
        if (widest > column)
            font.setPointSizeF(
                std::max(this->font().pointSizeF(), font.pointSizeF() * column / widest));
        for (const Row &row : m_rows)
            row.count->setFont(font);
    }
    // The largest of a few steps that fits (TileStrip keeps a tile at 7 px or more).
    double scale = 1.0;
    while (scale > 0.08 && contentHeight(width, scale) > room)
        scale *= 0.85;
    // Outside presentation mode, when even the smallest tiles would not fit, the view scrolls
    // through tiles of the theme's size rather than show specks.
    if (!m_compact && contentHeight(width, scale) > room)
        scale = 1.0;
    for (const Row &row : m_rows)
        row.tiles->setFitScale(scale);
}

void NeuronTilesView::retranslateUi()
{
    m_legend->setText(tr("Each tile is one unit. Crossed out and hatched, with the word “dead”: "
                         "its output is 0 for every training sample. Dashed border, “off”: "
                         "inactive everywhere but still trainable."));

    updateTexts();
}

void NeuronTilesView::ensureRows(int count)
{
    if (int(m_rows.size()) == count)
        return; // every snapshot comes here: the layouts are only touched when layers come or go
    while (int(m_rows.size()) < count) {
        const int k = int(m_rows.size());
        Row row;
        row.number = new QLabel(m_content);
        row.number->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        row.number->setWordWrap(true);
        row.number->hide();
        row.count = new QLabel(m_content);
        row.count->setObjectName(QStringLiteral("deadCountLabel%1").arg(k));
        row.count->setWordWrap(true);
        row.detail = new QLabel(m_content);
        row.detail->setWordWrap(true);
        row.tiles = new TileStrip(m_content);
        connect(row.tiles, &TileStrip::unitClicked, this, &NeuronTilesView::unitClicked);
        styleRow(row);
        m_rows.push_back(row);
    }
    while (int(m_rows.size()) > count) {
        Row row = m_rows.back();
        m_rows.pop_back();
        delete row.number;
        delete row.count;
        delete row.detail;
        delete row.tiles;
    }
    arrangeRows();
}

void NeuronTilesView::updateCaption()
{
    m_columnsCaption->setText(
        m_rows.size() == 1
            ? tr("Hidden layer 1: dead units / units")
            : tr("Hidden layers 1 to %1, left to right: dead units / units").arg(m_rows.size()));
}

void NeuronTilesView::arrangeRows()
{
    for (const Row &row : m_rows) {
        for (QWidget *widget :
             {static_cast<QWidget *>(row.number), static_cast<QWidget *>(row.count),
              static_cast<QWidget *>(row.detail), static_cast<QWidget *>(row.tiles)}) {
            m_layout->removeWidget(widget);
            m_grid->removeWidget(widget);
            // Side by side the columns share the width equally, whatever their contents ask.
            QSizePolicy policy = widget->sizePolicy();
            policy.setHorizontalPolicy(m_compact ? QSizePolicy::Ignored : QSizePolicy::Preferred);
            widget->setSizePolicy(policy);
        }
    }
    for (int k = 0; k < m_grid->columnCount(); ++k)
        m_grid->setColumnStretch(k, 0);
    for (size_t k = 0; k < m_rows.size(); ++k) {
        const Row &row = m_rows[k];
        const int column = int(k);
        if (m_compact) {
            m_grid->addWidget(row.number, 0, column);
            m_grid->addWidget(row.tiles, 1, column);
            m_grid->addWidget(row.count, 2, column);
            m_grid->setColumnStretch(column, 1);
            row.count->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
            row.count->setWordWrap(false);
            row.detail->hide();
        } else {
            // Before the trailing stretch, a row under another.
            const int at = m_layout->count() - 1;
            m_layout->insertWidget(at, row.count);
            m_layout->insertWidget(at + 1, row.detail);
            m_layout->insertWidget(at + 2, row.tiles);
            row.count->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            row.count->setWordWrap(true);
        }
        row.number->setVisible(m_compact);
    }
    m_columns->setVisible(m_compact && !m_rows.empty());
    m_columnsCaption->setVisible(m_compact && !m_rows.empty());
}

void NeuronTilesView::setTheme(const Theme &theme)
{
    m_theme = theme;
    // The words follow the view's font (presentation mode enlarges it), not the theme's chart
    // type: the two together made the counts push the tiles out of view.
    m_legend->setFont(font());
    m_columnsCaption->setFont(font());
    for (const Row &row : m_rows)
        styleRow(row);
    fitTiles();
}

void NeuronTilesView::styleRow(const Row &row)
{
    row.number->setFont(font());
    row.count->setFont(NetworkLabStyle::bigFont(this, 1.35));
    row.detail->setFont(font());
    row.tiles->setTheme(m_theme);
}

void NeuronTilesView::setCompact(bool compact)
{
    m_compact = compact;
    m_legend->setVisible(!compact);
    arrangeRows();
    for (const Row &row : m_rows)
        styleRow(row); // the counts' type may have shrunk to fit a column
    updateTexts();
    fitTiles();
}

TileStrip *NeuronTilesView::tileStrip(int layer) const
{
    if (layer < 0 || layer >= int(m_rows.size()))
        return nullptr;
    return m_rows[size_t(layer)].tiles;
}

void NeuronTilesView::clear()
{
    ensureRows(0);
    m_units.clear();
    m_dead.clear();
    m_inactive.clear();
    m_bornDead.clear();
    m_aliveAgain.clear();
    m_revived.clear();
    m_activationNames.clear();
}

void NeuronTilesView::showSnapshot(const TrainingSnapshot &snapshot)
{
    const std::vector<Core::LayerDiagnostics> &layers = snapshot.diagnostics.layers;
    ensureRows(int(layers.size()));
    m_units.assign(layers.size(), 0);
    m_dead.assign(layers.size(), 0);
    m_inactive.assign(layers.size(), 0);
    m_bornDead.assign(layers.size(), 0);
    m_aliveAgain.assign(layers.size(), 0);
    m_revived.assign(layers.size(), 0);
    m_activationNames.assign(layers.size(), QString());
    m_diverged = snapshot.diagnostics.status == Core::TrainingStatus::Diverged;
    static const std::vector<GridField> noTiles;
    static const std::vector<float> noFractions;
    for (size_t k = 0; k < layers.size(); ++k) {
        const Core::LayerDiagnostics &layer = layers[k];
        m_units[k] = layer.units;
        m_dead[k] = layer.deadUnits;
        m_revived[k] = layer.revivedUnits;
        // Inactive but not dead: the Leaky ReLU / ELU units that are still trainable.
        int inactiveOnly = 0;
        for (size_t u = 0; u < layer.inactive.size(); ++u)
            inactiveOnly += layer.inactive[u] && !(u < layer.dead.size() && layer.dead[u]) ? 1 : 0;
        m_inactive[k] = inactiveOnly;
        if (k < snapshot.initial.layers.size()) {
            const Core::LayerDiagnostics &born = snapshot.initial.layers[k];
            m_bornDead[k] = born.deadUnits;
            // Dead at initialisation, alive now: a switch to Leaky ReLU or ELU gives them a
            // gradient (a ReLU unit dead in layer 1 never comes back by itself).
            for (size_t u = 0; u < born.dead.size() && u < layer.dead.size(); ++u)
                m_aliveAgain[k] += born.dead[u] && !layer.dead[u] ? 1 : 0;
        }
        if (k < snapshot.activations.size()) {
            const Core::ActivationInfo *info = Core::findActivationInfo(snapshot.activations[k].id);
            m_activationNames[k] = info ? activationDisplayName(*info)
                                        : QString::fromStdString(snapshot.activations[k].id);
        }
        m_rows[k].tiles->setUnits(int(k),
                                  k < snapshot.unitTiles.size() ? snapshot.unitTiles[k] : noTiles,
                                  k < snapshot.activeFraction.size() ? snapshot.activeFraction[k]
                                                                     : noFractions,
                                  layer.dead, layer.inactive);
    }
    updateTexts();
    fitTiles();
}

QString NeuronTilesView::deadCountText(int layer) const
{
    if (layer < 0 || layer >= int(m_rows.size()))
        return QString();
    return m_rows[size_t(layer)].count->text();
}

QString NeuronTilesView::detailText(int layer) const
{
    if (layer < 0 || layer >= int(m_rows.size()))
        return QString();
    return m_rows[size_t(layer)].detail->text();
}

void NeuronTilesView::updateTexts()
{
    // The activation under a column's number only where the layers differ (a mixed network).
    const bool mixed = std::any_of(m_activationNames.cbegin(), m_activationNames.cend(),
                                   [this](const QString &name) {
        return name != m_activationNames.front();
    });
    for (size_t k = 0; k < m_rows.size() && k < m_units.size(); ++k) {
        const int units = m_units[k];
        const double percent = units > 0 ? 100.0 * m_dead[k] / units : 0.0;
        // The number a teacher points at, in words: "Layer 2 (ReLU): 18 / 64 dead (28 %)".
        QString count = tr("Layer %1 (%2): %3 / %4 dead (%5 %)")
                            .arg(k + 1)
                            .arg(m_activationNames[k])
                            .arg(m_dead[k])
                            .arg(units)
                            .arg(std::lround(percent));
        if (m_diverged)
            count = tr("Layer %1 (%2): diverged, no count").arg(k + 1).arg(m_activationNames[k]);
        const Row &row = m_rows[k];
        if (m_compact) {
            // The column shows the number; the sentence is a hover away.
            row.count->setText(m_diverged ? QStringLiteral("—")
                                          : QStringLiteral("%1/%2").arg(m_dead[k]).arg(units));
            row.count->setToolTip(count);
        } else {
            row.count->setText(count);
            row.count->setToolTip(QString());
        }
        row.number->setText(mixed ? QStringLiteral("%1\n%2").arg(k + 1).arg(m_activationNames[k])
                                  : QString::number(k + 1));
        row.number->setToolTip(count);
        QStringList details;
        if (m_bornDead[k] > 0 && m_aliveAgain[k] > 0 && !m_diverged)
            details << tr("born dead, before the first step: %1, of them alive again now: %2")
                           .arg(m_bornDead[k])
                           .arg(m_aliveAgain[k]);
        else if (m_bornDead[k] > 0)
            details << tr("born dead, before the first step: %1").arg(m_bornDead[k]);
        if (m_revived[k] > 0 && !m_diverged)
            details << tr("revived (dead at an earlier epoch, alive later): %1").arg(m_revived[k]);
        if (m_inactive[k] > 0)
            details << tr("inactive everywhere but still trainable: %1").arg(m_inactive[k]);
        row.detail->setText(details.join(QStringLiteral(" · ")));
        row.detail->setVisible(!details.isEmpty() && !m_compact);
    }
    updateCaption();
}

} // namespace ReluLab
