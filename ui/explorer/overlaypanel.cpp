// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "overlaypanel.h"

#include "ui/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReluLab {

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 3));
    painter.drawLine(1, 8, 15, 8);
    return QIcon(pixmap);
}

} // namespace

OverlayPanel::OverlayPanel(QWidget *parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_specialLabel(new QLabel(this))
    , m_special(new QComboBox(this))
    , m_showSpecial(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    // "Add" on a row of its own: three buttons side by side do not fit the side column at
    // 1024 × 768 once the labels are translated.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0, 1, 2);
    buttons->addWidget(m_remove, 1, 0);
    buttons->addWidget(m_clear, 1, 1);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_specialLabel);
    layout->addWidget(m_special);
    layout->addWidget(m_showSpecial, 0, Qt::AlignLeft);
    m_add->setObjectName(QStringLiteral("addOverlay"));
    m_list->setObjectName(QStringLiteral("overlayList"));
    for (int i = 0; i < 4; ++i)
        m_special->addItem(QString(), i);

    connect(m_add, &QPushButton::clicked, this, &OverlayPanel::addCurrentRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            emit removeRequested(m_list->currentRow());
    });
    connect(m_clear, &QPushButton::clicked, this, &OverlayPanel::clearRequested);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_updating)
            emit visibilityToggled(m_list->row(item), item->checkState() == Qt::Checked);
    });
    connect(m_showSpecial, &QPushButton::clicked, this, [this] {
        emit specialViewRequested(static_cast<SpecialView>(m_special->currentData().toInt()));
    });
    retranslateUi();
    setOverlays({}, {}, true);
}

void OverlayPanel::setOverlays(const QStringList &labels, const QList<bool> &visible, bool canAdd)
{
    m_updating = true;
    const int row = m_list->currentRow();
    m_list->clear();
    const QList<QColor> palette = okabeItoPalette();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto *item = new QListWidgetItem(swatch(palette[i % palette.size()]), labels[i], m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(i < visible.size() && visible[i] ? Qt::Checked : Qt::Unchecked);
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    m_add->setEnabled(canAdd);
    m_remove->setEnabled(!labels.isEmpty());
    m_clear->setEnabled(!labels.isEmpty());
    m_updating = false;
}

void OverlayPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverlayPanel::retranslateUi()
{
    m_hint->setText(tr("Up to six curves to compare with the current one. Click a legend entry "
                       "or a check box to hide or show a curve."));
    m_add->setText(tr("Add current"));
    m_add->setToolTip(tr("Keep the current activation and parameters as an overlay"));
    m_remove->setText(tr("Remove"));
    m_clear->setText(tr("Clear"));
    m_specialLabel->setText(tr("Ready-made comparisons"));
    m_special->setItemText(0, tr("RReLU: random slopes in training vs eval"));
    m_special->setItemText(1, tr("GELU: exact vs tanh approximation"));
    m_special->setItemText(2, tr("Softplus: growing β approaches ReLU"));
    m_special->setItemText(3, tr("Leaky ReLU: several slopes"));
    m_showSpecial->setText(tr("Show comparison"));
}

} // namespace ReluLab
