// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "parameteranimator.h"

#include "parameterpanel.h"

#include "core/activation.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace ReluLab {

namespace {

constexpr int TickMilliseconds = 33; // about 30 frames per second

// The Explorer's default view, where the sweep is to be seen.
constexpr double ViewMin = -5.0;
constexpr double ViewMax = 5.0;
constexpr int ViewSamples = 201;

std::vector<double> sampleView(const Core::Activation &activation)
{
    std::vector<double> x(ViewSamples);
    for (int i = 0; i < ViewSamples; ++i)
        x[std::size_t(i)] = ViewMin + (ViewMax - ViewMin) * i / (ViewSamples - 1);
    std::vector<double> f(x.size());
    activation.evaluate(x, f);
    return f;
}

} // namespace

double visibleSweepEnd(const Core::ActivationInfo &info,
                       const std::map<std::string, double> &values, const std::string &name)
{
    const auto spec = std::find_if(info.parameters.cbegin(), info.parameters.cend(),
                                   [&name](const Core::ParameterSpec &s) {
        return s.name == name;
    });
    const auto current = values.find(name);
    Core::Expected<Core::Activation> base = Core::Activation::create(info.id, values);
    if (spec == info.parameters.cend() || current == values.cend() || !base)
        return 1.0;
    const double v = current->second;
    const std::vector<double> f0 = sampleView(*base);
    const auto [lo, hi] = std::minmax_element(f0.cbegin(), f0.cend());
    // Visible: the curve moves by a tenth of its height (at least 0.1) somewhere in view.
    const double wanted = 0.1 * std::max(1.0, *hi - *lo);
    double best = v;
    double bestChange = -1.0;
    // Candidates move away from v by growing steps, either way, and towards 0 by a factor:
    // 2v is no change for a small v (a slope 0.01 → 0.02) and a large one for a threshold.
    for (double k : {1.0, 2.0, 4.0, 8.0, 16.0, 32.0}) {
        const double d = k * std::max(std::abs(v), 0.25);
        for (double candidate : {v + d, v - d, v / (1.0 + k)}) {
            if (candidate == v || candidate < spec->minimum || candidate > spec->maximum)
                continue;
            std::map<std::string, double> moved = values;
            moved[name] = candidate;
            Core::Expected<Core::Activation> other = Core::Activation::create(info.id, moved);
            if (!other) // a cross-parameter constraint (rrelu lower ≤ upper)
                continue;
            const std::vector<double> f1 = sampleView(*other);
            double change = 0.0;
            for (std::size_t i = 0; i < f0.size(); ++i) {
                if (std::isfinite(f0[i]) && std::isfinite(f1[i]))
                    change = std::max(change, std::abs(f1[i] - f0[i]));
            }
            if (change >= wanted)
                return candidate;
            if (change > bestChange) {
                bestChange = change;
                best = candidate;
            }
        }
    }
    return best;
}

ParameterAnimator::ParameterAnimator(ParameterPanel *panel, QWidget *parent)
    : QWidget(parent)
    , m_panel(panel)
    , m_parameter(new QComboBox(this))
    , m_from(new QDoubleSpinBox(this))
    , m_to(new QDoubleSpinBox(this))
    , m_seconds(new QDoubleSpinBox(this))
    , m_play(new QPushButton(this))
    , m_step(new QPushButton(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_secondsLabel(new QLabel(this))
    , m_parameterLabel(new QLabel(this))
    , m_timer(new QTimer(this))
{
    // One field per row: the side column is about 250 px wide at 1024 × 768, too narrow for
    // From and To side by side, and long labels (Chinese, German) move above their field
    // instead of squeezing it.
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_parameterLabel, m_parameter);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_secondsLabel, m_seconds);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_play);
    buttons->addWidget(m_step);
    buttons->addStretch(1);
    form->addRow(buttons);
    for (QLabel *label : {m_parameterLabel, m_fromLabel, m_toLabel, m_secondsLabel})
        label->setWordWrap(true);
    m_parameterLabel->setBuddy(m_parameter);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_secondsLabel->setBuddy(m_seconds);
    m_parameter->setObjectName(QStringLiteral("animateParameter"));
    m_from->setObjectName(QStringLiteral("animateFrom"));
    m_to->setObjectName(QStringLiteral("animateTo"));
    m_play->setObjectName(QStringLiteral("animatePlay"));
    m_play->setCheckable(true);
    m_step->setObjectName(QStringLiteral("animateStep"));
    for (QDoubleSpinBox *box : {m_from, m_to}) {
        box->setDecimals(3);
        box->setRange(-1e6, 1e6);
        box->setSingleStep(0.05);
    }
    m_seconds->setRange(0.5, 60.0);
    m_seconds->setValue(4.0);
    m_seconds->setDecimals(1);
    m_timer->setInterval(TickMilliseconds);

    connect(m_play, &QPushButton::toggled, this, &ParameterAnimator::setPlaying);
    connect(m_step, &QPushButton::clicked, this, &ParameterAnimator::step);
    connect(m_parameter, &QComboBox::currentIndexChanged, this, [this] {
        setPlaying(false);
        const QString name = m_parameter->currentText();
        if (name.isEmpty())
            return;
        // Start from the current value and sweep to one where the curve visibly moves: a
        // sensible first sweep that the user then edits.
        const double v = m_panel->value(name);
        m_from->setValue(v);
        m_to->setValue(
            m_panel->activationInfo()
                ? visibleSweepEnd(*m_panel->activationInfo(), m_panel->values(), name.toStdString())
                : v + 1.0);
        m_phase = 0.0;
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const double elapsed = (now - m_lastTick) / 1000.0;
        m_lastTick = now;
        advance(elapsed / m_seconds->value());
    });
    retranslateUi();
    refresh();
}

void ParameterAnimator::refresh()
{
    setPlaying(false);
    const QString previous = m_parameter->currentText();
    m_parameter->clear();
    m_parameter->addItems(m_panel->realParameterNames());
    const int index = m_parameter->findText(previous);
    if (index > 0)
        m_parameter->setCurrentIndex(index);
    setEnabled(m_parameter->count() > 0);
}

bool ParameterAnimator::isPlaying() const
{
    return m_timer->isActive();
}

void ParameterAnimator::setPlaying(bool playing)
{
    if (playing && m_parameter->count() == 0)
        playing = false;
    if (playing) {
        m_lastTick = QDateTime::currentMSecsSinceEpoch();
        m_timer->start();
    } else {
        m_timer->stop();
    }
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(playing);
    retranslateUi();
}

void ParameterAnimator::step()
{
    setPlaying(false);
    advance(1.0 / StepsPerSweep);
}

void ParameterAnimator::setRange(double from, double to)
{
    m_from->setValue(from);
    m_to->setValue(to);
}

void ParameterAnimator::setSecondsPerSweep(double seconds)
{
    m_seconds->setValue(seconds);
}

void ParameterAnimator::advance(double deltaPhase)
{
    m_phase = std::fmod(m_phase + deltaPhase, 2.0);
    apply();
}

void ParameterAnimator::apply()
{
    const QString name = m_parameter->currentText();
    if (name.isEmpty())
        return;
    // Triangle wave: t rises 0 → 1 over the first sweep and falls back over the second.
    const double t = m_phase <= 1.0 ? m_phase : 2.0 - m_phase;
    m_panel->setValue(name, m_from->value() + t * (m_to->value() - m_from->value()));
}

void ParameterAnimator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParameterAnimator::retranslateUi()
{
    m_parameterLabel->setText(tr("Parameter"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_secondsLabel->setText(tr("Seconds"));
    m_seconds->setToolTip(tr("Duration of one sweep from the first value to the second"));
    m_play->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_step->setText(tr("Step"));
}

} // namespace ReluLab
