// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "sparsityview.h"

#include "replotview.h"

#include "chartmenu.h"
#include "labstyle.h"
#include "trainingsnapshot.h"

#include <qcustomplot.h>

#include "core/activation.h"

#include <QEvent>
#include <QHelpEvent>
#include <QScopeGuard>
#include <QToolTip>
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
    m_bars->installEventFilter(this);
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
    // Bar k + 1 is hidden layer k; a click anywhere in its column counts (a short bar is small).
    connect(m_bars, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        const int layer = int(std::lround(m_bars->xAxis->pixelToCoord(event->position().x()))) - 1;
        if (event->button() == Qt::LeftButton && layer >= 0 && layer < m_barSeries->dataCount())
            emit layerClicked(layer);
    });
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
        const bool caption = fitBandCaption();
        if (fitBarLabels() || caption)
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
    for (QCPItemRect *band : m_bands)
        styleBand(band);
    m_bandLabel->setTextColor(dark ? NetworkLabStyle::green().lighter(140)
                                   : NetworkLabStyle::green().darker(150));
    m_barSeries->setPen(QPen(NetworkLabStyle::ink(theme), s));
    for (size_t k = 0; k < m_historyGraphs.size(); ++k)
        styleLayer(k);
    fitBarLabels(); // the type size changes with the theme
    replotWhenVisible(m_bars);
    replotWhenVisible(m_history);
}

void SparsityView::styleBand(QCPItemRect *band)
{
    band->setPen(QPen(NetworkLabStyle::green(), m_theme.lineScale, Qt::DashLine));
    // A pale hatch on white, a deeper one on a dark background: either way lighter than the
    // bars' outline and darker than the bars.
    const bool dark = NetworkLabStyle::isDark(m_theme);
    band->setBrush(QBrush(dark ? NetworkLabStyle::green() : NetworkLabStyle::green().lighter(170),
                          Qt::BDiagPattern));
}

void SparsityView::updateBands(const std::vector<bool> &sparseCapable)
{
    std::vector<std::pair<int, int>> runs; // [first, last] hidden layer, 0-based
    for (int k = 0; k < int(sparseCapable.size()); ++k) {
        if (!sparseCapable[size_t(k)])
            continue;
        if (!runs.empty() && runs.back().second == k - 1)
            runs.back().second = k;
        else
            runs.emplace_back(k, k);
    }
    while (m_bands.size() < runs.size()) {
        auto *band = new QCPItemRect(m_bars);
        band->setLayer(QStringLiteral("background"));
        styleBand(band);
        m_bands.push_back(band);
    }
    while (m_bands.size() > runs.size()) {
        m_bars->removeItem(m_bands.back());
        m_bands.pop_back();
    }
    // Layer k's bar stands at x = k + 1; its band spans half the way to each neighbour.
    for (size_t i = 0; i < runs.size(); ++i) {
        m_bands[i]->topLeft->setCoords(runs[i].first + 0.5, 85);
        m_bands[i]->bottomRight->setCoords(runs[i].second + 1.5, 70);
    }
    const bool captionWanted = !runs.empty();
    if (captionWanted != !m_bandLabel->text().isEmpty())
        retranslateUi();
}

std::vector<int> SparsityView::bandLayers() const
{
    std::vector<int> layers;
    for (size_t k = 0; k < m_sparseCapable.size(); ++k) {
        if (m_sparseCapable[k])
            layers.push_back(int(k));
    }
    return layers;
}

QString SparsityView::bandToolTip() const
{
    return tr("<p>The shaded band: 70–85 % of the activations exactly zero. Glorot et al. (2011) "
              "found that trained rectifier networks worked as well as dense ones in this "
              "range.</p><p>Beyond it, fewer and fewer units stay active to carry what the "
              "network has learned. How far one can go depends on the width and the task: on "
              "the digits, a network in this app still reached 97 % test accuracy at 92 % "
              "zeros, then fell to chance at 99.5 %, with many units dead.</p><p>The band is "
              "drawn only behind layers whose activation outputs exact zeros (ReLU, ReLU6, the "
              "hard variants): Leaky ReLU, ELU or tanh have a sparsity of 0 % whatever they "
              "learn.</p>");
}

bool SparsityView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bars && event->type() == QEvent::ToolTip) {
        const QPoint at = static_cast<QHelpEvent *>(event)->pos();
        bool overBand = m_bandLabel->visible() && !m_bandLabel->text().isEmpty()
                        && m_bandLabel->outerRect().contains(at);
        for (QCPItemRect *band : m_bands) {
            const QRectF rect(band->topLeft->pixelPosition(), band->bottomRight->pixelPosition());
            overBand = overBand || rect.normalized().contains(at);
        }
        if (overBand)
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), bandToolTip(),
                               m_bars);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SparsityView::styleLayer(size_t k)
{
    m_historyGraphs[k]->setPen(QPen(NetworkLabStyle::seriesColor(int(k)), 2.5 * m_theme.lineScale,
                                    NetworkLabStyle::seriesPenStyle(int(k))));
    // A number inside the (light, sky-blue) bar is dark on every theme; above it, the theme's.
    const bool inside = m_barLabels[k]->positionAlignment().testFlag(Qt::AlignTop);
    m_barLabels[k]->setColor(inside ? Theme::light().text : m_theme.text);
}

bool SparsityView::fitBandCaption()
{
    // The caption under the bars is one line: in large type on a narrow column (high contrast
    // at 1024 × 768) its type shrinks, down to 55 % of the theme's, rather than lose its ends.
    const QFont base = NetworkLabStyle::plotFont(m_bars, m_theme);
    QFont font = base;
    const int room = m_bars->width() - 8;
    const QString text = m_bandLabel->text();
    while (!text.isEmpty() && QFontMetrics(font).horizontalAdvance(text) > room
           && font.pointSizeF() > 0.55 * base.pointSizeF())
        font.setPointSizeF(font.pointSizeF() * 0.9);
    if (m_bandLabel->font() == font)
        return false;
    m_bandLabel->setFont(font);
    return true;
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
    // Without a band there is nothing to caption; the empty row then takes no height.
    m_bandLabel->setText(m_bands.empty() ? QString() : tr("70–85 %: Glorot et al. 2011"));
    m_history->xAxis->setLabel(tr("epoch"));
    m_history->yAxis->setLabel(tr("sparsity (%)"));
    for (size_t k = 0; k < m_historyGraphs.size(); ++k)
        m_historyGraphs[k]->setName(tr("layer %1").arg(k + 1));
    for (QCustomPlot *plot : {m_bars, m_history})
        replotWhenVisible(plot);
}

void SparsityView::ensureLayers(int count)
{
    const bool changed = int(m_historyGraphs.size()) != count;
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
    if (changed) {
        // About 2048 points drawn in all (a replot's cost grows with them), 64 to 512 a layer.
        m_historySeries.setGraphs(m_historyGraphs);
        m_historySeries.setCapacity(std::clamp(2048 / std::max(1, count), 64, 512));
    }
    retranslateUi();
}

void SparsityView::clear()
{
    m_historySeries.clear();
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

    // Which layers can be sparse at all: asked of the activation, and only when it changed
    // (properties() integrates f against a Gaussian).
    std::vector<std::string> activationKeys;
    for (size_t k = 0; k < layers.size(); ++k) {
        const Core::LayerActivation *spec = k < snapshot.activations.size()
                                                ? &snapshot.activations[k]
                                                : nullptr;
        std::string key = spec ? spec->id : std::string();
        if (spec) {
            for (const auto &[name, value] : spec->parameters)
                key += ' ' + name + '=' + std::to_string(value);
        }
        activationKeys.push_back(std::move(key));
    }
    if (activationKeys != m_activationKeys) {
        m_activationKeys = activationKeys;
        m_sparseCapable.assign(layers.size(), false);
        for (size_t k = 0; k < layers.size() && k < snapshot.activations.size(); ++k) {
            const Core::LayerActivation &spec = snapshot.activations[k];
            const Core::Expected<Core::Activation> activation
                = Core::Activation::create(spec.id, spec.parameters);
            m_sparseCapable[k] = activation && activation->properties().outputsExactZeros;
        }
        updateBands(m_sparseCapable);
    }
    m_bars->xAxis->setRange(0.4, std::max<double>(1, double(layers.size())) + 0.6);
    fitBarLabels(); // with the last layout's width; afterLayout corrects it if that changed
    replotWhenVisible(m_bars);
}

void SparsityView::addEpochs(const std::vector<EpochRecord> &epochs)
{
    if (epochs.empty())
        return;
    ensureLayers(int(epochs.back().diagnostics.layers.size()));
    std::vector<double> percent;
    for (const EpochRecord &record : epochs) {
        percent.clear();
        for (const Core::LayerDiagnostics &layer : record.diagnostics.layers)
            percent.push_back(100.0 * layer.sparsity);
        m_historySeries.add(record.diagnostics.epoch, percent);
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
