// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "trainingcontrolbar.h"

#include "flowlayout.h"

#include "labstyle.h"
#include "trainingsnapshot.h"

#include "core/limits.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace ReluLab {

namespace {

// Epochs per second offered by the speed box; 0 = as fast as the machine goes (its last step).
// A class follows 5 epochs per second: full speed finishes 20-30 epochs in under a second.
constexpr std::array<int, 6> speeds{1, 2, 5, 10, 20, 0};

} // namespace

TrainingControlBar::TrainingControlBar(QWidget *parent)
    : QWidget(parent)
    , m_play(new QToolButton(this))
    , m_step(new QToolButton(this))
    , m_reset(new QToolButton(this))
    , m_speedLabel(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_stopLabel(new QLabel(this))
    , m_stopAfter(new QSpinBox(this))
    , m_epoch(new QLabel(this))
    , m_accuracy(new QLabel(this))
    , m_loss(new QLabel(this))
    , m_rate(new QLabel(this))
{
    for (QToolButton *button : {m_play, m_step, m_reset})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Space, → and R are the lab's keys (LabKeys), wherever the focus is: no button shortcut.
    m_play->setObjectName(QStringLiteral("playButton"));
    m_step->setObjectName(QStringLiteral("stepButton"));
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_step->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    for (size_t i = 0; i < speeds.size(); ++i)
        m_speed->addItem(QString(), speeds[i]);
    setSpeed(DefaultEpochsPerSecond);
    // Up to core's epoch limit (core/limits.h), as `relulab train --epochs` and sessions.
    const Core::OptionRange &epochs = Core::optionRange(Core::Option::Epochs);
    m_stopAfter->setRange(int(epochs.minimum), int(epochs.maximum));
    m_stopAfter->setValue(100);
    m_speedLabel->setBuddy(m_speed);
    m_stopLabel->setBuddy(m_stopAfter);
    m_epoch->setObjectName(QStringLiteral("epochLabel"));
    m_accuracy->setObjectName(QStringLiteral("accuracyLabel"));
    applyFonts();

    // Both rows wrap like text when the centre column is narrow (1024 px, presentation type);
    // a label stays on the line of the field it names.
    const auto pair = [this](QWidget *label, QWidget *field) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(label);
        row->addWidget(field);
        return box;
    };
    auto *controls = new FlowLayout(nullptr, 6, 4);
    controls->addWidget(m_play);
    controls->addWidget(m_step);
    controls->addWidget(m_reset);
    controls->addWidget(pair(m_speedLabel, m_speed));
    m_stopPair = pair(m_stopLabel, m_stopAfter);
    controls->addWidget(m_stopPair);
    auto *numbers = new FlowLayout(nullptr, 16, 2);
    numbers->addWidget(m_epoch);
    numbers->addWidget(m_accuracy);
    numbers->addWidget(m_loss);
    numbers->addWidget(m_rate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addLayout(numbers);

    connect(m_play, &QToolButton::clicked, this, &TrainingControlBar::togglePlaying);
    connect(m_step, &QToolButton::clicked, this, &TrainingControlBar::step);
    connect(m_reset, &QToolButton::clicked, this, &TrainingControlBar::reset);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { emit speedChanged(speed()); });
    connect(m_stopAfter, &QSpinBox::valueChanged, this, &TrainingControlBar::stopAfterChanged);
    retranslateUi();
}

void TrainingControlBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // The large type is a multiple of the bar's own font, so it follows presentation mode's
    // larger application font in and out (an explicit font would not).
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void TrainingControlBar::applyFonts()
{
    for (QToolButton *button : {m_play, m_step, m_reset})
        button->setFont(NetworkLabStyle::bigFont(this, 1.1));
    m_epoch->setFont(NetworkLabStyle::bigFont(this, 1.5));
    m_accuracy->setFont(NetworkLabStyle::bigFont(this, 1.5));
    m_loss->setFont(NetworkLabStyle::bigFont(this, 1.2));
}

void TrainingControlBar::retranslateUi()
{
    m_speed->setToolTip(tr("Epochs per second (an epoch is one pass over the training set); "
                           "full speed trains as fast as the machine allows"));
    m_stopAfter->setToolTip(tr("Pause automatically after this many epochs"));
    m_play->setText(m_playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(
        style()->standardIcon(m_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Start or pause training (Space)"));
    m_step->setText(tr("Step"));
    m_step->setToolTip(tr("Train one epoch, one pass over the training set (→ or Page Down)"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("A fresh network from the seed (R); Ctrl+Z undoes it"));
    m_speedLabel->setText(tr("Speed:"));
    for (int i = 0; i < m_speed->count(); ++i) {
        const int s = m_speed->itemData(i).toInt();
        m_speed->setItemText(i, s == 0   ? tr("full speed")
                                : s == 1 ? tr("1 epoch/s")
                                         : tr("%1 epochs/s").arg(s));
    }
    m_stopLabel->setText(tr("Stop after:"));
    m_stopAfter->setSuffix(tr(" epochs"));
    m_stopAfter->setSpecialValueText(tr("never"));
    updateNumbers();
}

void TrainingControlBar::setPlaying(bool playing)
{
    m_playing = playing;
    retranslateUi();
}

int TrainingControlBar::speed() const
{
    return m_speed->currentData().toInt();
}

void TrainingControlBar::setSpeed(int epochsPerSecond)
{
    const int index = m_speed->findData(epochsPerSecond);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

void TrainingControlBar::togglePlaying()
{
    if (m_trainable || m_playing)
        emit playToggled(!m_playing);
}

void TrainingControlBar::step()
{
    if (m_trainable)
        emit stepRequested();
}

void TrainingControlBar::setTrainable(bool trainable)
{
    m_trainable = trainable;
    m_play->setEnabled(trainable);
    m_step->setEnabled(trainable);
}

void TrainingControlBar::clearNumbers()
{
    m_hasNumbers = false;
    updateNumbers();
}

QString TrainingControlBar::accuracyText() const
{
    return m_accuracy->text();
}

QString TrainingControlBar::lossText() const
{
    return m_loss->text();
}

void TrainingControlBar::reset()
{
    emit resetRequested();
}

int TrainingControlBar::stopAfterEpochs() const
{
    return m_stopAfter->value();
}

void TrainingControlBar::setStopAfterEpochs(int epochs)
{
    m_stopAfter->setValue(epochs);
}

void TrainingControlBar::setCompact(bool compact)
{
    m_stopPair->setVisible(!compact);
}

QString TrainingControlBar::epochText() const
{
    return m_epoch->text();
}

void TrainingControlBar::showSnapshot(const TrainingSnapshot &snapshot)
{
    m_epochValue = snapshot.epoch;
    m_stepInEpoch = snapshot.stepInEpoch;
    m_stepsPerEpoch = std::max(1, snapshot.stepsPerEpoch);
    // A paused run has no rate: it keeps the last one, so a fast run paused inside an epoch
    // still reads "Epoch 15", not "Epoch 15 · step 14/24" (Step then completes the epoch).
    if (snapshot.stepsPerSecond > 0)
        m_epochsPerSecond = snapshot.stepsPerSecond / m_stepsPerEpoch;
    if (!snapshot.progressOnly) {
        const Core::Diagnostics &d = snapshot.diagnostics;
        m_hasNumbers = true;
        m_untrained = d.step == 0;
        m_regression = std::isnan(d.trainAccuracy);
        m_trainAccuracy = d.trainAccuracy;
        m_testAccuracy = d.testAccuracy;
        m_trainLoss = d.trainLoss;
        m_testLoss = d.testLoss;
    }
    updateNumbers();
}

void TrainingControlBar::updateNumbers()
{
    if (!m_hasNumbers) {
        m_epoch->setText(tr("Epoch %1").arg(0));
        m_accuracy->clear();
        m_loss->clear();
        m_rate->clear();
        return;
    }
    // An epoch that takes more than a second (a large network) shows how far into it training
    // is, so the header never sits still while the network learns.
    const bool slowEpochs = m_stepsPerEpoch > 1 && m_epochsPerSecond < 1.0;
    if (m_stepInEpoch > 0 && slowEpochs)
        m_epoch->setText(
            tr("Epoch %1 · step %2/%3").arg(m_epochValue).arg(m_stepInEpoch).arg(m_stepsPerEpoch));
    else
        m_epoch->setText(tr("Epoch %1").arg(m_epochValue));
    const bool haveTest = !std::isnan(m_testLoss);
    // The untrained network's accuracy (about chance) is a starting point, not a result, and
    // says so.
    const bool untrained = m_untrained;
    const double testPercent = 100.0 * m_testAccuracy;
    const double trainPercent = 100.0 * m_trainAccuracy;
    // Short enough for presentation type on a 1024 px screen, in every language.
    if (m_regression)
        m_accuracy->clear();
    else if (untrained)
        m_accuracy->setText(tr("Before training: accuracy %1 %")
                                .arg(haveTest ? testPercent : trainPercent, 0, 'f', 1));
    else if (haveTest)
        m_accuracy->setText(tr("Test accuracy %1 %").arg(testPercent, 0, 'f', 1));
    else
        m_accuracy->setText(tr("Training accuracy %1 %").arg(trainPercent, 0, 'f', 1));
    m_loss->setText(haveTest ? tr("Loss: training %1, test %2")
                                   .arg(m_trainLoss, 0, 'g', 4)
                                   .arg(m_testLoss, 0, 'g', 4)
                             : tr("Training loss %1").arg(m_trainLoss, 0, 'g', 4));
    m_rate->setText(
        m_playing && m_epochsPerSecond > 0
            ? tr("%1 epochs/s").arg(m_epochsPerSecond, 0, 'f', m_epochsPerSecond < 10 ? 1 : 0)
            : QString());
}

} // namespace ReluLab
