// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "parameterpanel.h"

#include "core/activation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

// A slider has at most this many positions; finer values are typed in the spin box.
constexpr int MaxSliderPositions = 2000;
// Unbounded parameters get a slider of ±SliderHalfSpan around their default.
constexpr double SliderHalfSpan = 10.0;
constexpr double SpinBoxLimit = 1e6;

} // namespace

struct ParameterPanel::Row
{
    Core::ParameterSpec spec;
    QWidget *container = nullptr;
    QSlider *slider = nullptr;
    QDoubleSpinBox *spin = nullptr;
    QComboBox *combo = nullptr;
    QCheckBox *check = nullptr;
    double sliderMin = 0.0;
    double sliderMax = 1.0;
    double value = 0.0;
};

ParameterPanel::ParameterPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A long (translated) label moves above its slider instead of squeezing it.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setWordWrap(true);
    m_resetButton = new QPushButton(this);
    m_resetButton->setObjectName(QStringLiteral("resetParameters"));
    layout->addWidget(m_emptyLabel);
    layout->addLayout(m_form);
    layout->addWidget(m_resetButton, 0, Qt::AlignLeft);
    connect(m_resetButton, &QPushButton::clicked, this, &ParameterPanel::resetToDefaults);
    retranslateUi();
    setActivationInfo(nullptr);
}

// The rows' widgets belong to this panel (Qt parents); the Row records themselves are ours.
ParameterPanel::~ParameterPanel()
{
    qDeleteAll(m_rows);
}

void ParameterPanel::clearRows()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    qDeleteAll(m_rows);
    m_rows.clear();
}

void ParameterPanel::setActivationInfo(const Core::ActivationInfo *info)
{
    clearRows();
    m_info = info;
    m_emptyLabel->setVisible(!info || info->parameters.empty());
    m_resetButton->setVisible(info && !info->parameters.empty());
    if (!info)
        return;
    for (const Core::ParameterSpec &spec : info->parameters) {
        auto *row = new Row;
        row->spec = spec;
        row->value = spec.defaultValue;
        const QString name = QString::fromStdString(spec.name);
        switch (spec.kind) {
        case Core::ParameterKind::Real: {
            row->container = new QWidget(this);
            auto *line = new QHBoxLayout(row->container);
            line->setContentsMargins(0, 0, 0, 0);
            row->slider = new QSlider(Qt::Horizontal, row->container);
            row->spin = new QDoubleSpinBox(row->container);
            row->slider->setObjectName(name + QStringLiteral("Slider"));
            row->spin->setObjectName(name + QStringLiteral("Spin"));
            row->sliderMin = std::isfinite(spec.minimum) ? spec.minimum
                                                         : spec.defaultValue - SliderHalfSpan;
            row->sliderMax = std::isfinite(spec.maximum) ? spec.maximum
                                                         : spec.defaultValue + SliderHalfSpan;
            const double span = row->sliderMax - row->sliderMin;
            const double step = spec.step > 0 ? spec.step : span / 100.0;
            const int positions = static_cast<int>(
                std::clamp(std::round(span / step), 1.0, double(MaxSliderPositions)));
            row->slider->setRange(0, positions);
            row->slider->setPageStep(std::max(1, positions / 20));
            row->spin->setRange(std::max(spec.minimum, -SpinBoxLimit),
                                std::min(spec.maximum, SpinBoxLimit));
            // Enough decimals to show one step: 0.01 → 2, 0.005 → 3, at least 2, at most 6.
            const int decimals = std::clamp(int(std::ceil(-std::log10(step))) + 1, 2, 6);
            row->spin->setDecimals(decimals);
            row->spin->setSingleStep(step);
            row->spin->setKeyboardTracking(false);
            row->slider->setMinimumWidth(80);
            row->spin->setMinimumWidth(80);
            line->addWidget(row->slider, 1);
            line->addWidget(row->spin);
            connect(row->slider, &QSlider::valueChanged, this, [this, row](int position) {
                if (m_updating)
                    return;
                const double v = row->sliderMin
                                 + (row->sliderMax - row->sliderMin) * position
                                       / row->slider->maximum();
                writeRow(*row, v);
                emit parametersChanged();
            });
            connect(row->spin, &QDoubleSpinBox::valueChanged, this, [this, row](double v) {
                if (m_updating)
                    return;
                writeRow(*row, v);
                emit parametersChanged();
            });
            break;
        }
        case Core::ParameterKind::Choice: {
            row->combo = new QComboBox(this);
            row->combo->setObjectName(name + QStringLiteral("Combo"));
            for (const std::string &choice : spec.choices)
                row->combo->addItem(QString::fromStdString(choice));
            row->container = row->combo;
            connect(row->combo, &QComboBox::currentIndexChanged, this, [this, row](int index) {
                if (m_updating)
                    return;
                writeRow(*row, index);
                emit parametersChanged();
            });
            break;
        }
        case Core::ParameterKind::Flag: {
            row->check = new QCheckBox(this);
            row->check->setObjectName(name + QStringLiteral("Check"));
            row->container = row->check;
            connect(row->check, &QCheckBox::toggled, this, [this, row](bool on) {
                if (m_updating)
                    return;
                writeRow(*row, on ? 1.0 : 0.0);
                emit parametersChanged();
            });
            break;
        }
        }
        auto *label = new QLabel(name, this);
        label->setToolTip(tr("PyTorch default: %1").arg(QLocale().toString(spec.defaultValue)));
        m_form->addRow(label, row->container);
        m_rows << row;
        writeRow(*row, spec.defaultValue);
    }
}

void ParameterPanel::writeRow(Row &row, double value)
{
    const Core::ParameterSpec &spec = row.spec;
    row.value = std::clamp(value, spec.minimum, spec.maximum);
    const bool was = m_updating;
    m_updating = true;
    if (row.slider) {
        const double t = (row.value - row.sliderMin) / (row.sliderMax - row.sliderMin);
        row.slider->setValue(
            static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * row.slider->maximum())));
        row.spin->setValue(row.value);
    }
    if (row.combo)
        row.combo->setCurrentIndex(static_cast<int>(std::lround(row.value)));
    if (row.check)
        row.check->setChecked(row.value != 0.0);
    m_updating = was;
}

std::map<std::string, double> ParameterPanel::values() const
{
    std::map<std::string, double> map;
    for (const Row *row : m_rows)
        map[row->spec.name] = row->value;
    return map;
}

void ParameterPanel::setValues(const std::map<std::string, double> &values)
{
    for (Row *row : std::as_const(m_rows)) {
        const auto it = values.find(row->spec.name);
        if (it != values.end())
            writeRow(*row, it->second);
    }
    emit parametersChanged();
}

void ParameterPanel::setValue(const QString &name, double value)
{
    for (Row *row : std::as_const(m_rows)) {
        if (QString::fromStdString(row->spec.name) == name) {
            writeRow(*row, value);
            emit parametersChanged();
            return;
        }
    }
}

double ParameterPanel::value(const QString &name) const
{
    for (const Row *row : m_rows) {
        if (QString::fromStdString(row->spec.name) == name)
            return row->value;
    }
    return 0.0;
}

QStringList ParameterPanel::parameterNames() const
{
    QStringList names;
    for (const Row *row : m_rows)
        names << QString::fromStdString(row->spec.name);
    return names;
}

QStringList ParameterPanel::realParameterNames() const
{
    QStringList names;
    for (const Row *row : m_rows) {
        if (row->spec.kind == Core::ParameterKind::Real)
            names << QString::fromStdString(row->spec.name);
    }
    return names;
}

double ParameterPanel::sliderStep(const Row &row) const
{
    if (!row.slider)
        return 1.0;
    return (row.sliderMax - row.sliderMin) / row.slider->maximum();
}

void ParameterPanel::nudge(int index, int steps)
{
    if (index < 0 || index >= m_rows.size())
        return;
    Row &row = *m_rows[index];
    if (row.spec.kind == Core::ParameterKind::Choice) {
        const int count = static_cast<int>(row.spec.choices.size());
        writeRow(row, ((static_cast<int>(row.value) + steps) % count + count) % count);
    } else if (row.spec.kind == Core::ParameterKind::Flag) {
        writeRow(row, row.value != 0.0 ? 0.0 : 1.0);
    } else {
        writeRow(row, row.value + steps * sliderStep(row));
    }
    emit parametersChanged();
}

void ParameterPanel::resetToDefaults()
{
    for (Row *row : std::as_const(m_rows))
        writeRow(*row, row->spec.defaultValue);
    emit parametersChanged();
}

void ParameterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParameterPanel::retranslateUi()
{
    m_emptyLabel->setText(tr("This activation has no parameters."));
    m_resetButton->setText(tr("Reset to PyTorch defaults"));
    for (int i = 0; i < m_form->rowCount(); ++i) {
        QLayoutItem *labelItem = m_form->itemAt(i, QFormLayout::LabelRole);
        auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        if (label && i < m_rows.size())
            label->setToolTip(
                tr("PyTorch default: %1").arg(QLocale().toString(m_rows[i]->spec.defaultValue)));
    }
}

} // namespace ReluLab
