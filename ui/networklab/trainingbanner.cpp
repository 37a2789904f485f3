// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "trainingbanner.h"

#include "wrappingbutton.h"

#include "io/divergencetext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReluLab {

TrainingBanner::TrainingBanner(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel)
    , m_lower(new WrappingButton)
    , m_reset(new QPushButton)
{
    setObjectName(QStringLiteral("trainingBanner"));
    m_lower->setObjectName(QStringLiteral("lowerLearningRateButton"));
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    applyFont();
    // The sentence on top, the buttons under it: a long message never widens the window.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    // The long button wraps its words rather than widen the lab's centre column.
    buttons->addWidget(m_lower, 1);
    buttons->addWidget(m_reset);
    layout->addLayout(buttons);
    setAutoFillBackground(true);
    connect(m_reset, &QPushButton::clicked, this, &TrainingBanner::resetRequested);
    connect(m_lower, &QPushButton::clicked, this, &TrainingBanner::lowerLearningRateRequested);
    setVisible(false);
    retranslateUi();
}

void TrainingBanner::setCompact(bool compact)
{
    m_compact = compact;
    applyFont();
}

void TrainingBanner::applyFont()
{
    // Read from the back of a lecture hall: bold and a quarter larger than the lab's type. In
    // presentation mode the lab's type is already large; the sentence keeps it, so that its
    // lines leave the map and the tiles their room. Derived from the banner's own font, it
    // follows presentation mode in and out.
    QFont bannerFont = font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * (m_compact ? 1.0 : 1.25));
    m_text->setFont(bannerFont);
}

void TrainingBanner::setBornDead(int layer)
{
    m_bornDeadLayer = layer;
    setState(State::BornDead);
}

void TrainingBanner::setDiverged(const Core::DivergenceReport &report)
{
    m_divergence = report;
    setState(State::Diverged);
}

void TrainingBanner::setAliveAgain()
{
    setState(State::AliveAgain);
}

void TrainingBanner::setDataInvalid(const QString &reason)
{
    m_dataReason = reason;
    setState(State::DataInvalid);
}

void TrainingBanner::setFailure(const QString &message)
{
    m_failure = message;
    setState(State::Failed);
}

void TrainingBanner::clear()
{
    setState(State::Hidden);
}

QString TrainingBanner::text() const
{
    return m_state == State::Hidden ? QString() : m_text->text();
}

void TrainingBanner::setState(State state)
{
    m_state = state;
    // A warning colour, or a pale green for good news, with black text in every theme: the
    // strip must stand out from the lab. The words say which it is (colour never alone).
    QPalette bannerPalette = palette();
    bannerPalette.setColor(QPalette::Window, state == State::AliveAgain ? QColor(0xD8, 0xF0, 0xD8)
                                                                        : QColor(0xFF, 0xF1, 0xC9));
    bannerPalette.setColor(QPalette::WindowText, Qt::black);
    setPalette(bannerPalette);
    retranslateUi();
    setVisible(state != State::Hidden);
}

void TrainingBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange)
        applyFont();
    QWidget::changeEvent(event);
}

void TrainingBanner::retranslateUi()
{
    m_reset->setText(tr("Reset network"));
    m_lower->setWrappedText(tr("Back to the last finite weights, learning rate ÷ 10"));
    m_lower->setVisible(m_state == State::Diverged);
    m_reset->setVisible(m_state == State::Diverged || m_state == State::BornDead);
    switch (m_state) {
    case State::Hidden:
        m_text->clear();
        break;
    case State::Diverged: {
        QString sentence = describeDivergence(m_divergence);
        if (!sentence.isEmpty())
            sentence[0] = sentence[0].toUpper();
        m_text->setText(sentence);
        break;
    }
    case State::BornDead:
        m_text->setText(
            m_bornDeadLayer >= 0
                ? tr("Born dead: hidden layer %1 outputs zero for every sample from the start. "
                     "The network is a constant and no gradient can reach the layers below.")
                      .arg(m_bornDeadLayer + 1)
                : tr("Born dead: the network is a constant from the start."));
        break;
    case State::AliveAgain:
        m_text->setText(
            tr("Alive again: the network was born dead, but now every hidden layer "
               "passes a signal on, so the gradient reaches all layers and it learns."));
        break;
    case State::DataInvalid:
        m_text->setText(m_dataReason.isEmpty()
                            ? tr("The data set cannot be made; see the Data panel.")
                            : tr("This data cannot be used: %1 Training is off until valid data "
                                 "is chosen.")
                                  .arg(m_dataReason));
        break;
    case State::Failed:
        m_text->setText(m_failure);
        break;
    }
}

} // namespace ReluLab
