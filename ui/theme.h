// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QApplication;

namespace ReluLab {

/// Colours and sizes of one look of the application. Plots read it to style axes, grid and
/// curves; the application palette follows it too.
struct Theme
{
    enum class Kind { Light, Dark, HighContrast };

    Kind kind = Kind::Light;
    QColor window;          ///< widget backgrounds
    QColor base;            ///< plot and text-field background
    QColor text;            ///< axis labels, readouts
    QColor axis;            ///< the axes through the origin
    QColor grid;            ///< major grid
    QColor subGrid;         ///< minor grid
    QColor deadBand;        ///< shading where f′ = 0
    QColor highlight;       ///< selection
    QColor mainCurve;       ///< the selected activation's f, f′, f″
    double lineScale = 1.0; ///< multiplies every line width (presentation mode: 2)
    int fontPointSize = 10; ///< plot tick labels and legend

    static Theme light();
    static Theme dark();
    /// For a projector: black on white, heavy lines, large type.
    static Theme highContrast();
    static Theme forKind(Kind kind);
};

/// The Okabe–Ito palette (Okabe & Ito 2008), safe for the common forms of colour blindness,
/// without black (the main curve uses the theme's text colour). Six colours: one per overlay.
QList<QColor> okabeItoPalette();

/// WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
/// White or near-black, whichever reads better on `background` (selected list items).
QColor readableOn(const QColor &background);

/// Sets the Fusion style's palette of the running application to the theme's colours.
void applyThemeToApplication(const Theme &theme);

} // namespace ReluLab
