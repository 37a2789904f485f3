// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "plotexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ReluLab {

PlotExportDialog::PlotExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    m_format->addItem(QStringLiteral("PNG"), int(PlotFileFormat::Png));
    m_format->addItem(QStringLiteral("SVG"), int(PlotFileFormat::Svg));
    m_format->addItem(QStringLiteral("PDF"), int(PlotFileFormat::Pdf));
    m_width->setRange(16, 10000);
    m_height->setRange(16, 10000);
    m_dpi->setRange(24, 1200);
    const PlotExportOptions defaults;
    m_width->setValue(defaults.size.width());
    m_height->setValue(defaults.size.height());
    m_dpi->setValue(defaults.dpi);
    for (int i = 0; i < 4; ++i)
        m_form->addRow(new QLabel(this), i == 0   ? static_cast<QWidget *>(m_format)
                                         : i == 1 ? static_cast<QWidget *>(m_width)
                                         : i == 2 ? static_cast<QWidget *>(m_height)
                                                  : static_cast<QWidget *>(m_dpi));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &PlotExportDialog::updateSummary);
    connect(m_width, &QSpinBox::valueChanged, this, &PlotExportDialog::updateSummary);
    connect(m_height, &QSpinBox::valueChanged, this, &PlotExportDialog::updateSummary);
    connect(m_dpi, &QSpinBox::valueChanged, this, &PlotExportDialog::updateSummary);
    retranslateUi();
}

PlotFileFormat PlotExportDialog::format() const
{
    return static_cast<PlotFileFormat>(m_format->currentData().toInt());
}

PlotExportOptions PlotExportDialog::options() const
{
    PlotExportOptions options;
    options.size = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    return options;
}

QString PlotExportDialog::suffix() const
{
    switch (format()) {
    case PlotFileFormat::Png:
        return QStringLiteral("png");
    case PlotFileFormat::Svg:
        return QStringLiteral("svg");
    case PlotFileFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return QStringLiteral("png");
}

QString PlotExportDialog::fileFilter() const
{
    switch (format()) {
    case PlotFileFormat::Png:
        return tr("PNG image (*.png)");
    case PlotFileFormat::Svg:
        return tr("SVG drawing (*.svg)");
    case PlotFileFormat::Pdf:
        return tr("PDF document (*.pdf)");
    }
    return QString();
}

void PlotExportDialog::updateSummary()
{
    if (format() == PlotFileFormat::Png) {
        const double scale = m_dpi->value() / 96.0;
        m_summary->setText(tr("The image will be %1 × %2 pixels.")
                               .arg(qRound(m_width->value() * scale))
                               .arg(qRound(m_height->value() * scale)));
    } else {
        m_summary->setText(tr("Vector output: sharp at any size."));
    }
}

void PlotExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PlotExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export figure"));
    const QStringList labels{tr("Format"), tr("Width (layout pixels)"),
                             tr("Height (layout pixels)"), tr("Resolution (DPI)")};
    for (int i = 0; i < labels.size(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(
                m_form->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setText(labels[i]);
    }
    updateSummary();
}

} // namespace ReluLab
