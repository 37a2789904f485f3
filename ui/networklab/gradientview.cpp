// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "gradientview.h"

#include "replotview.h"

#include "chartmenu.h"
#include "labstyle.h"
#include "trainingsnapshot.h"

#include <QEvent>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ReluLab {

namespace {

/// Powers of ten, plus one tick labelled "0" at the floor where zero norms are drawn (log 0 is
/// −∞); the powers of ten closer than half a decade above it give it room.
class ZeroFloorTicker final : public QCPAxisTickerLog
{
public:
    double floor = 0.0; ///< 0: no zero norm, no "0" tick

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override
    {
        const QVector<double> ticks = QCPAxisTickerLog::createTickVector(tickStep, range);
        if (floor <= 0.0)
            return ticks;
        QVector<double> kept{floor};
        for (double tick : ticks) {
            if (tick > floor * std::pow(10.0, 0.5))
                kept << tick;
        }
        return kept;
    }
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override
    {
        if (floor > 0.0 && tick == floor)
            return QStringLiteral("0");
        return QCPAxisTickerLog::getTickLabel(tick, locale, formatChar, precision);
    }
};

} // namespace

GradientView::GradientView(QWidget *parent)
    : QCustomPlot(parent)
{
    NetworkLabStyle::applyPlotStyle(this);
    installExportMenu(this);
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_ticker = QSharedPointer<ZeroFloorTicker>::create();
    yAxis->setTicker(m_ticker);
    yAxis->setNumberFormat(QStringLiteral("eb"));
    // Powers of ten are drawn as 10⁻² only when the number reads "1e-02": the Chinese locales
    // write the exponent with a capital E, which QCustomPlot then shows raw ("1E-02").
    setLocale(QLocale::c());
    yAxis->setNumberPrecision(0);
    yAxis->setRange(1e-6, 10);
    // One tick per weight matrix, or every second, third... when the axis is short.
    auto layerTicks = QSharedPointer<QCPAxisTickerFixed>::create();
    layerTicks->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(layerTicks);
    xAxis->setRange(0.5, 3.5);
    m_initial = addGraph();
    m_now = addGraph();
    m_zeros = addGraph();
    m_zeros->setLineStyle(QCPGraph::lsNone);
    m_note = new QCPItemText(this);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    // At the top: the bottom edge is where the zero norms are drawn.
    m_note->position->setCoords(0.5, 0.03);
    m_note->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_note->setVisible(false);
    retranslateUi();
    setTheme(m_theme);
}

void GradientView::setTheme(const Theme &theme)
{
    m_theme = theme;
    NetworkLabStyle::applyTheme(this, theme);
    const double s = theme.lineScale;
    const QColor initial = NetworkLabStyle::orange();
    m_initial->setPen(QPen(initial, 2 * s, Qt::DashLine));
    // Hollow squares: filled with the plot's background, whatever the theme.
    m_initial->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(initial, 2 * s), theme.base, 9 * s));
    m_now->setPen(QPen(NetworkLabStyle::blue(), 3 * s));
    m_now->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 9 * s));
    m_zeros->setPen(QPen(NetworkLabStyle::vermillion(), 3 * s));
    m_zeros->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, 12 * s));
    replotWhenVisible(this);
}

void GradientView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QCustomPlot::changeEvent(event);
}

void GradientView::retranslateUi()
{
    setAccessibleName(tr("Gradient norms"));
    setAccessibleDescription(tr("The gradient norm of each layer's weights on a log scale; a fall "
                                "towards layer 1 is a vanishing gradient"));
    xAxis->setLabel(tr("weight matrix (1 = first layer, last = output)"));
    yAxis->setLabel(tr("gradient norm ‖∂L/∂W‖ (log)"));
    m_now->setName(tr("now"));
    m_initial->setName(tr("at initialisation"));
    m_zeros->setName(tr("exactly 0 (drawn on the floor)"));
    // No "%n ...(s)": English is the source language and has no catalogue to pluralise it.
    m_note->setText(tr("Layers with zero gradient, nothing flows back: %1").arg(m_zeroCount));
    replotWhenVisible(this);
}

void GradientView::clear()
{
    m_now->data()->clear();
    m_initial->data()->clear();
    m_zeros->data()->clear();
    static_cast<ZeroFloorTicker *>(m_ticker.data())->floor = 0.0;
    m_note->setVisible(false);
    replotWhenVisible(this);
}

void GradientView::showSnapshot(const TrainingSnapshot &snapshot)
{
    const std::vector<double> &now = snapshot.diagnostics.gradientNorms;
    const std::vector<double> &initial = snapshot.initial.gradientNorms;
    // The visible range comes from the positive norms only.
    double lowest = std::numeric_limits<double>::infinity();
    double highest = 0.0;
    for (const std::vector<double> *norms : {&now, &initial}) {
        for (double v : *norms) {
            if (std::isfinite(v) && v > 0.0) {
                lowest = std::min(lowest, v);
                highest = std::max(highest, v);
            }
        }
    }
    if (highest > 0.0)
        yAxis->setRange(lowest / 5.0, highest * 5.0);
    // A quarter of a decade above the bottom edge, so the crosses are not cut in half.
    m_zeroFloor = yAxis->range().lower * std::pow(10.0, 0.25);

    QVector<double> zeroKeys;
    QVector<double> zeroValues;
    const auto fill = [&](QCPGraph *graph, const std::vector<double> &norms, int &zeros) {
        QVector<double> keys;
        QVector<double> values;
        for (size_t k = 0; k < norms.size(); ++k) {
            keys << double(k + 1);
            const double v = norms[k];
            const bool zero = std::isfinite(v) && v <= 0.0;
            if (zero) {
                ++zeros;
                zeroKeys << double(k + 1);
                zeroValues << m_zeroFloor;
            }
            values << (zero               ? m_zeroFloor
                       : std::isfinite(v) ? v
                                          : std::numeric_limits<double>::quiet_NaN());
        }
        graph->setData(keys, values, true);
    };
    int initialZeros = 0;
    m_zeroCount = 0;
    fill(m_now, now, m_zeroCount);
    fill(m_initial, initial, initialZeros);
    m_zeros->setData(zeroKeys, zeroValues); // unsorted: now's and initialisation's keys
    m_zeros->setVisible(!zeroKeys.isEmpty());
    m_zeros->addToLegend();
    if (zeroKeys.isEmpty())
        m_zeros->removeFromLegend();
    static_cast<ZeroFloorTicker *>(m_ticker.data())->floor = zeroKeys.isEmpty() ? 0.0 : m_zeroFloor;
    m_note->setVisible(m_zeroCount > 0);
    xAxis->setRange(0.5, double(now.size()) + 0.5);
    retranslateUi();
}

} // namespace ReluLab
