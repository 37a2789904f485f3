// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace ReluLab {

struct TrainingSnapshot;

/// Play/pause, single step, reset, speed, stop after N epochs, and the run's numbers in large
/// type with words: "Epoch 12", "Test accuracy 97.3 %", "Loss 0.123".
class TrainingControlBar final : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingControlBar(QWidget *parent = nullptr);

    void setPlaying(bool playing);
    void showSnapshot(const TrainingSnapshot &snapshot);
    /// Steps per second of the chosen speed, 0 = full speed.
    int speed() const;
    int stopAfterEpochs() const;
    void setStopAfterEpochs(int epochs);
    QString epochText() const;

signals:
    void playToggled(bool play);
    void stepRequested();
    void resetRequested();
    void speedChanged(int stepsPerSecond);
    void stopAfterChanged(int epochs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateNumbers();

    QToolButton *m_play = nullptr;
    QToolButton *m_step = nullptr;
    QToolButton *m_reset = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_stopLabel = nullptr;
    QSpinBox *m_stopAfter = nullptr;
    QLabel *m_epoch = nullptr;
    QLabel *m_accuracy = nullptr;
    QLabel *m_loss = nullptr;
    QLabel *m_rate = nullptr;
    bool m_playing = false;
    bool m_hasNumbers = false;
    bool m_regression = false;
    int m_epochValue = 0;
    double m_testAccuracy = 0.0;
    double m_trainAccuracy = 0.0;
    double m_testLoss = 0.0;
    double m_trainLoss = 0.0;
    double m_stepsPerSecond = 0.0;
};

} // namespace ReluLab
