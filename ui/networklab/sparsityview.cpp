// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "sparsityview.h"

#include "replotview.h"

#include "chartmenu.h"
#include "labstyle.h"
#include "trainingsnapshot.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QScopeGuard>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ReluLab {

SparsityView::SparsityView(QWidget *parent)
    : QWidget(parent)
    , m_bars(new QCustomPlot(this))
    , m_history(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bars, 1);
    layout->addWidget(m_history, 1);
    for (QCustomPlot *plot : {m_bars, m_history}) {
        NetworkLabStyle::applyPlotStyle(plot);
        installExportMenu(plot);
        plot->yAxis->setRange(0, 105);
    }
    NetworkLabStyle::setLegendShown(m_bars, false);
    m_band = new QCPItemRect(m_bars);
    m_band->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_band->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_band->topLeft->setCoords(0, 85);
    m_band->bottomRight->setCoords(1, 70);
    m_band->setLayer(QStringLiteral("background"));
    // The band's caption sits in a row under the chart: inside it, it collided with the bars
    // and their percentages.
    m_bandLabel = new QCPTextElement(m_bars);
    m_bars->plotLayout()->addElement(m_bars->plotLayout()->rowCount(), 0, m_bandLabel);
    m_bars->plotLayout()->setRowStretchFactor(m_bars->plotLayout()->rowCount() - 1, 0.001);
    m_barSeries = new QCPBars(m_bars->xAxis, m_bars->yAxis);
    m_barSeries->setBrush(NetworkLabStyle::skyBlue());
    m_barSeries->setWidth(0.6);
    // Fixed steps (one per layer, 20 %), or a multiple of them when the axis is too short for
    // every label (NetworkLabStyle::fitTicks sets the tick count).
    auto layerTicks = QSharedPointer<QCPAxisTickerFixed>::create();
    layerTicks->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_bars->xAxis->setTicker(layerTicks);
    m_bars->xAxis->setRange(0.4, 2.6);
    // A little room above a full bar; the ticks stop at 100.
    m_bars->yAxis->setRange(0, 108);
    auto barTicks = QSharedPointer<QCPAxisTickerFixed>::create();
    // Steps of 25 %; a short axis takes multiples of it, so it still reads 0, 50, 100 (steps of
    // 20 % gave 0 and 60 only).
    barTicks->setTickStep(25);
    barTicks->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_bars->yAxis->setTicker(barTicks);
    m_bars->yAxis->setSubTicks(false);
    m_history->xAxis->setRange(0, 10);
    connect(m_bars, &QCustomPlot::afterLayout, this, [this] {
        if (fitBarLabels())
            m_bars->replot(QCustomPlot::rpQueuedReplot);
    });
    retranslateUi();
    setTheme(m_theme);
}

void SparsityView::setTheme(const Theme &theme)
{
    const auto fitAfterwards = qScopeGuard([this] { updateHistoryVisibility(); });
    m_theme = theme;
    const double s = theme.lineScale;
    const bool dark = NetworkLabStyle::isDark(theme);
    for (QCustomPlot *plot : {m_bars, m_history})
        NetworkLabStyle::applyTheme(plot, theme);
    m_band->setPen(QPen(NetworkLabStyle::green(), s, Qt::DashLine));
    // A pale hatch on white, a deeper one on a dark background: either way lighter than the
    // bars' outline and darker than the bars.
    m_band->setBrush(QBrush(dark ? NetworkLabStyle::green() : NetworkLabStyle::green().lighter(170),
                            Qt::BDiagPattern));
    m_bandLabel->setTextColor(dark ? NetworkLabStyle::green().lighter(140)
                                   : NetworkLabStyle::green().darker(150));
    m_barSeries->setPen(QPen(NetworkLabStyle::ink(theme), s));
    for (size_t k = 0; k < m_historyGraphs.size(); ++k)
        styleLayer(k);
    fitBarLabels(); // the type size changes with the theme
    replotWhenVisible(m_bars);
    replotWhenVisible(m_history);
}

void SparsityView::styleLayer(size_t k)
{
    m_historyGraphs[k]->setPen(QPen(NetworkLabStyle::seriesColor(int(k)), 2.5 * m_theme.lineScale,
                                    NetworkLabStyle::seriesPenStyle(int(k))));
    // A number inside the (light, sky-blue) bar is dark on every theme; above it, the theme's.
    const bool inside = m_barLabels[k]->positionAlignment().testFlag(Qt::AlignTop);
    m_barLabels[k]->setColor(inside ? Theme::light().text : m_theme.text);
}

bool SparsityView::fitBarLabels()
{
    const std::vector<double> values = barValues();
    if (values.empty() || m_barLabels.size() < values.size())
        return false;
    // The room of one bar: the distance between two neighbouring bars, less a gap.
    const double slot = std::abs(m_bars->xAxis->coordToPixel(2.0)
                                 - m_bars->xAxis->coordToPixel(1.0))
                        - 4.0;
    const QFont big = NetworkLabStyle::bigFont(this, NetworkLabStyle::fontScale(m_theme));
    const QFont plain = NetworkLabStyle::plotFont(m_bars, m_theme);
    const auto text = [&values](size_t k, bool percent) {
        const QString number = QString::number(values[k], 'f', 0);
        return percent ? QStringLiteral("%1 %").arg(number) : number;
    };
    const auto fits = [&](const QFont &font, bool percent) {
        const QFontMetrics metrics(font);
        for (size_t k = 0; k < values.size(); ++k) {
            if (metrics.horizontalAdvance(text(k, percent)) > slot)
                return false;
        }
        return true;
    };
    QFont font = big;
    bool percent = true;
    bool visible = true;
    if (!fits(big, true)) {
        font = plain;
        if (!fits(plain, true)) {
            percent = false;
            visible = fits(plain, false);
        }
    }
    bool changed = false;
    for (size_t k = 0; k < values.size(); ++k) {
        QCPItemText *label = m_barLabels[k];
        const QString wanted = text(k, percent);
        if (label->text() != wanted || label->font() != font || label->visible() != visible) {
            label->setText(wanted);
            label->setFont(font);
            label->setVisible(visible);
            changed = true;
        }
    }
    return changed;
}

void SparsityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SparsityView::retranslateUi()
{
    m_bars->setAccessibleName(tr("Sparsity per layer"));
    m_bars->setAccessibleDescription(tr("Share of exactly zero activations in each hidden "
                                        "layer now, against the 70–85 % band of Glorot et al."));
    m_history->setAccessibleName(tr("Sparsity history"));
    m_history->setAccessibleDescription(tr("Share of zero activations of each hidden layer, "
                                           "epoch by epoch"));
    m_bars->xAxis->setLabel(tr("hidden layer"));
    m_bars->yAxis->setLabel(tr("sparsity (%)"));
    m_bandLabel->setText(tr("70–85 %: Glorot et al. 2011"));
    m_history->xAxis->setLabel(tr("epoch"));
    m_history->yAxis->setLabel(tr("sparsity (%)"));
    for (size_t k = 0; k < m_historyGraphs.size(); ++k)
        m_historyGraphs[k]->setName(tr("layer %1").arg(k + 1));
    for (QCustomPlot *plot : {m_bars, m_history})
        replotWhenVisible(plot);
}

void SparsityView::ensureLayers(int count)
{
    while (int(m_historyGraphs.size()) < count) {
        const int k = int(m_historyGraphs.size());
        m_historyGraphs.push_back(m_history->addGraph());
        auto *label = new QCPItemText(m_bars);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        m_barLabels.push_back(label);
        styleLayer(size_t(k));
    }
    while (int(m_historyGraphs.size()) > count) {
        m_history->removeGraph(m_historyGraphs.back());
        m_historyGraphs.pop_back();
        m_bars->removeItem(m_barLabels.back());
        m_barLabels.pop_back();
    }
    retranslateUi();
}

void SparsityView::clear()
{
    for (QCPGraph *graph : m_historyGraphs)
        graph->data()->clear();
    m_barSeries->data()->clear();
    m_history->xAxis->setRange(0, 10);
    replotWhenVisible(m_bars);
    replotWhenVisible(m_history);
}

void SparsityView::showSnapshot(const TrainingSnapshot &snapshot)
{
    const std::vector<Core::LayerDiagnostics> &layers = snapshot.diagnostics.layers;
    ensureLayers(int(layers.size()));
    m_diverged = snapshot.diagnostics.status == Core::TrainingStatus::Diverged;
    QVector<double> keys;
    QVector<double> values;
    for (size_t k = 0; k < layers.size(); ++k) {
        keys << double(k + 1);
        values << 100.0 * layers[k].sparsity;
        QCPItemText *label = m_barLabels[k];
        // Above the bar, or just inside its top when a short chart has no room above it.
        const double percent = 100.0 * layers[k].sparsity;
        const bool inside = percent > 80.0;
        label->setPositionAlignment(Qt::AlignHCenter | (inside ? Qt::AlignTop : Qt::AlignBottom));
        label->position->setCoords(double(k + 1), inside ? percent - 1 : percent + 1);
        styleLayer(k);
    }
    m_barSeries->setData(keys, values, true);
    m_bars->xAxis->setRange(0.4, std::max<double>(1, double(layers.size())) + 0.6);
    fitBarLabels(); // with the last layout's width; afterLayout corrects it if that changed
    replotWhenVisible(m_bars);
}

void SparsityView::addEpochs(const std::vector<EpochRecord> &epochs)
{
    if (epochs.empty())
        return;
    ensureLayers(int(epochs.back().diagnostics.layers.size()));
    for (const EpochRecord &record : epochs) {
        const std::vector<Core::LayerDiagnostics> &layers = record.diagnostics.layers;
        for (size_t k = 0; k < layers.size() && k < m_historyGraphs.size(); ++k)
            m_historyGraphs[k]->addData(record.diagnostics.epoch, 100.0 * layers[k].sparsity);
    }
    m_history->xAxis->setRange(0, std::max(10, epochs.back().diagnostics.epoch));
    replotWhenVisible(m_history);
}

std::vector<double> SparsityView::barValues() const
{
    std::vector<double> values;
    for (auto it = m_barSeries->data()->constBegin(); it != m_barSeries->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

void SparsityView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHistoryVisibility();
}

void SparsityView::updateHistoryVisibility()
{
    // Two charts need about nine text lines of height each to be read; below that (a
    // projector's large type on a 768 px screen) the bars, which carry the lesson, keep the
    // room and the history waits for a taller view.
    const int line = std::max(fontMetrics().height(),
                              QFontMetrics(m_bars->yAxis->tickLabelFont()).height());
    const int needed = 2 * 9 * line;
    m_history->setVisible(height() >= needed);
}

} // namespace ReluLab
