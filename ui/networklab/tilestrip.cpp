// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "tilestrip.h"

#include "labstyle.h"
#include "unittileimage.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

constexpr int baseTileSize = 40;
constexpr int baseGap = 5;

} // namespace

TileStrip::TileStrip(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TileStrip::setTheme(const Theme &theme)
{
    const bool resized = NetworkLabStyle::fontScale(theme) != NetworkLabStyle::fontScale(m_theme);
    m_theme = theme;
    if (resized)
        updateGeometry();
    update();
}

void TileStrip::setFitScale(double scale)
{
    // Never smaller than 7 px: a tile still shows its colour and its cross (256 units of a
    // layer then fit a few rows of a 1024 px screen in presentation mode).
    const double smallest = 7.0 / (baseTileSize * NetworkLabStyle::fontScale(m_theme));
    scale = std::clamp(scale, std::min(smallest, 1.0), 1.0);
    if (std::abs(scale - m_fitScale) < 1e-3)
        return;
    m_fitScale = scale;
    updateGeometry();
    update();
}

double TileStrip::scale() const
{
    return NetworkLabStyle::fontScale(m_theme) * m_fitScale;
}

int TileStrip::tileSize() const
{
    return tileSizeAt(m_fitScale);
}

int TileStrip::gap() const
{
    return gapAt(m_fitScale);
}

int TileStrip::tileSizeAt(double fit) const
{
    // The words "dead" and "off" are drawn at the same scale, so they fit a tile at any size.
    return int(std::lround(baseTileSize * NetworkLabStyle::fontScale(m_theme) * fit));
}

int TileStrip::gapAt(double fit) const
{
    return std::max(1, int(std::lround(baseGap * NetworkLabStyle::fontScale(m_theme) * fit)));
}

int TileStrip::heightAt(int width, double fit) const
{
    const int pitch = tileSizeAt(fit) + gapAt(fit);
    const int units = int(m_active.size());
    const int columns = std::max(1, (width + gapAt(fit)) / pitch);
    const int rows = std::max(1, (units + columns - 1) / columns);
    return rows * pitch;
}

void TileStrip::setUnits(int layer, const std::vector<GridField> &tiles,
                         const std::vector<float> &activeFraction, const std::vector<bool> &dead,
                         const std::vector<bool> &inactive)
{
    const size_t before = m_active.size();
    m_layer = layer;
    m_images.clear();
    for (const GridField &field : tiles)
        m_images.push_back(unitTileImage(field));
    m_active = activeFraction;
    m_dead = dead;
    m_inactive = inactive;
    if (before != m_active.size())
        updateGeometry();
    update();
}

int TileStrip::columnsFor(int width) const
{
    return std::max(1, (width + gap()) / (tileSize() + gap()));
}

int TileStrip::heightForWidth(int width) const
{
    return heightAt(width, m_fitScale);
}

QSize TileStrip::sizeHint() const
{
    const int columns = std::min<int>(std::max<size_t>(1, m_active.size()), 16);
    const int width = columns * (tileSize() + gap());
    return QSize(width, heightForWidth(width));
}

QSize TileStrip::minimumSizeHint() const
{
    return QSize(tileSize() + gap(), tileSize() + gap());
}

QRect TileStrip::tileRect(int unit) const
{
    const int columns = columnsFor(width());
    const int pitch = tileSize() + gap();
    return QRect((unit % columns) * pitch, (unit / columns) * pitch, tileSize(), tileSize());
}

int TileStrip::unitAt(const QPoint &point) const
{
    for (int u = 0; u < int(m_active.size()); ++u) {
        if (tileRect(u).contains(point))
            return u;
    }
    return -1;
}

QRect TileStrip::unitRect(int unit) const
{
    return unit >= 0 && unit < int(m_active.size()) ? tileRect(unit) : QRect();
}

void TileStrip::mousePressEvent(QMouseEvent *event)
{
    const int unit = unitAt(event->position().toPoint());
    if (unit >= 0 && event->button() == Qt::LeftButton)
        emit unitClicked(m_layer, unit);
    else
        QWidget::mousePressEvent(event);
}

bool TileStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int unit = unitAt(help->pos());
        if (unit < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QString text = tr("Layer %1, unit %2: non-zero on %3 % of the training samples")
                           .arg(m_layer + 1)
                           .arg(unit + 1)
                           .arg(100.0 * m_active[size_t(unit)], 0, 'f', 1);
        if (size_t(unit) < m_dead.size() && m_dead[size_t(unit)])
            text += QLatin1Char('\n')
                    + tr("Dead: its output is 0 for every training sample, so "
                         "its own weights get no gradient; it can revive when "
                         "earlier layers move its inputs.");
        else if (size_t(unit) < m_inactive.size() && m_inactive[size_t(unit)])
            text += QLatin1Char('\n')
                    + tr("Inactive everywhere: its pre-activation is ≤ 0 for "
                         "every sample, but it is still trainable.");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TileStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double scale = this->scale();
    const double s = m_theme.lineScale;
    QFont small = font();
    small.setPixelSize(int(std::lround(11 * scale)));
    small.setBold(true);
    painter.setFont(small);
    const int bandHeight = int(std::lround(14 * scale));
    const int inset = int(std::lround(4 * scale));
    // Tiles shrunk to fit a small view keep their cross and dashes, but words too small to
    // read are left out (the count above the tiles says how many are dead).
    const bool words = small.pixelSize() >= 8;
    const double mark = std::max(1.0, 3 * s * m_fitScale);
    const QString deadWord = words ? tr("dead") : QString();
    const QString offWord = words ? tr("off") : QString();
    for (int u = 0; u < int(m_active.size()); ++u) {
        const QRect r = tileRect(u);
        const bool dead = size_t(u) < m_dead.size() && m_dead[size_t(u)];
        const bool inactive = !dead && size_t(u) < m_inactive.size() && m_inactive[size_t(u)];
        const QRect band(r.left(), r.bottom() - bandHeight + 1, r.width(), bandHeight);
        if (dead) {
            // Dead: grey, hatched, crossed out and labelled, readable from the back of a room.
            painter.fillRect(r, QColor(90, 90, 90));
            painter.fillRect(r, QBrush(QColor(200, 200, 200), Qt::BDiagPattern));
            painter.setPen(QPen(Qt::black, mark));
            painter.drawLine(r.topLeft() + QPoint(inset, inset),
                             r.bottomRight() - QPoint(inset, inset));
            painter.drawLine(r.topRight() + QPoint(-inset, inset),
                             r.bottomLeft() + QPoint(inset, -inset));
            if (words) {
                painter.fillRect(band, Qt::black);
                painter.setPen(Qt::white);
                painter.drawText(band, Qt::AlignCenter, deadWord);
            }
            // The theme's frame: on a dark window the grey tile would otherwise lose its edge.
            painter.setPen(QPen(m_theme.axis, s));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5));
            continue;
        }
        if (size_t(u) < m_images.size()) {
            painter.drawImage(r, m_images[size_t(u)]);
        } else {
            // No input plane: a bar of the share of samples on which the unit is non-zero.
            painter.fillRect(r, Qt::white);
            const int h = int(std::lround(r.height() * double(m_active[size_t(u)])));
            painter.fillRect(QRect(r.left(), r.bottom() - h + 1, r.width(), h),
                             NetworkLabStyle::orange());
        }
        if (inactive) {
            painter.setPen(QPen(NetworkLabStyle::vermillion(), mark, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(1, 1, -2, -2));
            if (words) {
                painter.fillRect(band, QColor(255, 255, 255, 220));
                painter.setPen(Qt::black);
                painter.drawText(band, Qt::AlignCenter, offWord);
            }
        } else {
            painter.setPen(QPen(m_theme.axis, s));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }
}

} // namespace ReluLab
