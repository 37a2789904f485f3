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

namespace ReluLab {

namespace {

constexpr double floorValue = 1e-12; // where a zero norm is drawn on the log axis

} // namespace

GradientView::GradientView(QWidget *parent)
    : QCustomPlot(parent)
{
    NetworkLabStyle::applyPlotStyle(this);
    installExportMenu(this);
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
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
    m_note = new QCPItemText(this);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.5, 0.97);
    m_note->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
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
    // No "%n ...(s)": English is the source language and has no catalogue to pluralise it.
    m_note->setText(tr("Layers with zero gradient, nothing flows back: %1").arg(m_zeroCount));
    replotWhenVisible(this);
}

void GradientView::clear()
{
    m_now->data()->clear();
    m_initial->data()->clear();
    replotWhenVisible(this);
}

void GradientView::showSnapshot(const TrainingSnapshot &snapshot)
{
    const auto fill = [](QCPGraph *graph, const std::vector<double> &norms, int &zeros) {
        QVector<double> keys;
        QVector<double> values;
        for (size_t k = 0; k < norms.size(); ++k) {
            keys << double(k + 1);
            const double v = norms[k];
            if (std::isfinite(v) && v <= 0.0)
                ++zeros;
            values << (std::isfinite(v) ? std::max(v, floorValue)
                                        : std::numeric_limits<double>::quiet_NaN());
        }
        graph->setData(keys, values, true);
    };
    int initialZeros = 0;
    m_zeroCount = 0;
    fill(m_now, snapshot.diagnostics.gradientNorms, m_zeroCount);
    fill(m_initial, snapshot.initial.gradientNorms, initialZeros);
    m_note->setVisible(m_zeroCount > 0);
    bool found = false;
    QCPRange range = m_now->getValueRange(found, QCP::sdBoth, QCPRange());
    bool foundInitial = false;
    const QCPRange initialRange = m_initial->getValueRange(foundInitial, QCP::sdBoth, QCPRange());
    if (foundInitial)
        range = found ? QCPRange(std::min(range.lower, initialRange.lower),
                                 std::max(range.upper, initialRange.upper))
                      : initialRange;
    if (found || foundInitial)
        yAxis->setRange(range.lower / 5.0, range.upper * 5.0);
    xAxis->setRange(0.5, double(snapshot.diagnostics.gradientNorms.size()) + 0.5);
    retranslateUi();
}

} // namespace ReluLab
