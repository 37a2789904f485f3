// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace ReluLab {

Theme Theme::light()
{
    Theme theme;
    theme.kind = Kind::Light;
    theme.window = QColor(0xf3, 0xf3, 0xf3);
    theme.base = Qt::white;
    theme.text = QColor(0x20, 0x20, 0x20);
    theme.axis = QColor(0x20, 0x20, 0x20);
    theme.grid = QColor(0xd8, 0xd8, 0xd8);
    theme.subGrid = QColor(0xee, 0xee, 0xee);
    theme.deadBand = QColor(0xd5, 0x5e, 0x00, 40);
    theme.highlight = QColor(0x00, 0x72, 0xb2);
    theme.mainCurve = QColor(0x10, 0x10, 0x10);
    return theme;
}

Theme Theme::dark()
{
    Theme theme;
    theme.kind = Kind::Dark;
    theme.window = QColor(0x2b, 0x2d, 0x30);
    theme.base = QColor(0x1e, 0x1f, 0x22);
    theme.text = QColor(0xe6, 0xe6, 0xe6);
    theme.axis = QColor(0xd0, 0xd0, 0xd0);
    theme.grid = QColor(0x44, 0x46, 0x4a);
    theme.subGrid = QColor(0x30, 0x32, 0x36);
    theme.deadBand = QColor(0xe6, 0x9f, 0x00, 50);
    theme.highlight = QColor(0x56, 0xb4, 0xe9);
    theme.mainCurve = QColor(0xf5, 0xf5, 0xf5);
    return theme;
}

Theme Theme::highContrast()
{
    Theme theme;
    theme.kind = Kind::HighContrast;
    theme.window = Qt::white;
    theme.base = Qt::white;
    theme.text = Qt::black;
    theme.axis = Qt::black;
    theme.grid = QColor(0xa0, 0xa0, 0xa0);
    theme.subGrid = QColor(0xe0, 0xe0, 0xe0);
    theme.deadBand = QColor(0xd5, 0x5e, 0x00, 70);
    theme.highlight = QColor(0x00, 0x50, 0x90);
    theme.mainCurve = Qt::black;
    theme.lineScale = 2.0;
    theme.fontPointSize = 18;
    return theme;
}

Theme Theme::forKind(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return light();
    case Kind::Dark:
        return dark();
    case Kind::HighContrast:
        return highContrast();
    }
    return light();
}

double contrastRatio(const QColor &a, const QColor &b)
{
    // WCAG 2: relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB
    // channels, and the ratio (L_light + 0.05) / (L_dark + 0.05), from 1 to 21.
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &background)
{
    // The dark theme's selection is a light sky blue: white on it is barely legible.
    const QColor white(Qt::white);
    const QColor black(0x10, 0x10, 0x10);
    return contrastRatio(white, background) >= contrastRatio(black, background) ? white : black;
}

QList<QColor> okabeItoPalette()
{
    // Okabe–Ito: orange, sky blue, bluish green, vermillion, blue, reddish purple (yellow is
    // left out: it vanishes on a white projector screen).
    return {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
            QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x72, 0xb2), QColor(0xcc, 0x79, 0xa7)};
}

void applyThemeToApplication(const Theme &theme)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QPalette palette;
    palette.setColor(QPalette::Window, theme.window);
    palette.setColor(QPalette::WindowText, theme.text);
    palette.setColor(QPalette::Base, theme.base);
    const bool dark = theme.kind == Theme::Kind::Dark;
    palette.setColor(QPalette::AlternateBase, theme.window.darker(dark ? 80 : 104));
    palette.setColor(QPalette::Text, theme.text);
    palette.setColor(QPalette::Button, theme.window);
    palette.setColor(QPalette::ButtonText, theme.text);
    palette.setColor(QPalette::ToolTipBase, theme.base);
    palette.setColor(QPalette::ToolTipText, theme.text);
    palette.setColor(QPalette::Highlight, theme.highlight);
    palette.setColor(QPalette::HighlightedText, readableOn(theme.highlight));
    palette.setColor(QPalette::PlaceholderText, theme.text.lighter(dark ? 60 : 250));
    palette.setColor(QPalette::Link, theme.highlight);
    const QColor disabled = dark ? QColor(0x80, 0x80, 0x80) : QColor(0x90, 0x90, 0x90);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabled);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    QApplication::setPalette(palette);
}

} // namespace ReluLab
