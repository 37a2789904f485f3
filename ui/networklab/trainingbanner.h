// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/trainer.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ReluLab {

class WrappingButton;

/// The strip above the decision map that says, in large type, why the run is not training as
/// expected: it diverged, the network was born dead, the data set cannot be made, or the worker
/// failed. It offers what helps (reset; lower the learning rate and go on) and is hidden
/// otherwise. One good-news state follows a born-dead one: the network came back to life (an
/// activation was switched), so the warning does not outlive its cause. Its text is rebuilt
/// from the state on a language switch.
class TrainingBanner final : public QWidget
{
    Q_OBJECT

public:
    enum class State { Hidden, Diverged, BornDead, AliveAgain, DataInvalid, Failed };

    explicit TrainingBanner(QWidget *parent = nullptr);

    /// Born dead: `layer` is the first hidden layer (0-based) that outputs zero for every
    /// sample, or -1 when only the network as a whole is known to be constant.
    void setBornDead(int layer);
    /// Born dead, but no hidden layer outputs all zeros any more: the gradient reaches every
    /// layer again and the network learns.
    void setAliveAgain();
    /// Diverged (DESIGN.md §4): says where and why, and offers to go on from the last finite
    /// weights with the learning rate ÷ 10 (lowerLearningRateRequested).
    void setDiverged(const Core::DivergenceReport &report);
    /// The data cannot be used; `reason` (translated) says why, e.g. the CSV reader's message.
    void setDataInvalid(const QString &reason = QString());
    /// A message from the training worker, shown as it is (already translated).
    void setFailure(const QString &message);
    void clear();
    /// Presentation mode: the sentence at the (already large) type of the lab.
    void setCompact(bool compact);

    State state() const { return m_state; }
    /// The text shown, empty when hidden.
    QString text() const;

signals:
    void resetRequested();
    void lowerLearningRateRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setState(State state);
    void applyFont();
    void retranslateUi();

    State m_state = State::Hidden;
    int m_bornDeadLayer = -1;
    bool m_compact = false;
    Core::DivergenceReport m_divergence;
    QString m_failure;
    QString m_dataReason;
    QLabel *m_text = nullptr;
    WrappingButton *m_lower = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace ReluLab
