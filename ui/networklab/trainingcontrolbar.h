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

    /// The speed a class can follow, and the one every scenario opens at.
    static constexpr int DefaultEpochsPerSecond = 5;

    void setPlaying(bool playing);
    bool isPlaying() const { return m_playing; }
    void showSnapshot(const TrainingSnapshot &snapshot);
    /// No numbers until the next snapshot (a new network, or none because the data is bad).
    void clearNumbers();
    /// Without usable data there is nothing to train: Play and Step are off (buttons and keys).
    void setTrainable(bool trainable);
    bool isTrainable() const { return m_trainable; }
    QString accuracyText() const;
    QString lossText() const;
    /// Epochs per second of the chosen speed, 0 = full speed.
    int speed() const;
    /// Chooses an offered speed (epochs per second, 0 = full speed); others are ignored.
    void setSpeed(int epochsPerSecond);
    int stopAfterEpochs() const;
    void setStopAfterEpochs(int epochs);
    QString epochText() const;
    /// Presentation mode: the stop-after setting is hidden (the scenario sets it), so that
    /// the buttons, the speed and the numbers keep the room at large type.
    void setCompact(bool compact);

    /// What the buttons do, for the keyboard (LabKeys): play/pause, one epoch, reset.
    void togglePlaying();
    void step();
    void reset();

signals:
    void playToggled(bool play);
    void stepRequested();
    void resetRequested();
    void speedChanged(int epochsPerSecond);
    void stopAfterChanged(int epochs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateNumbers();
    void applyFonts();

    QToolButton *m_play = nullptr;
    QToolButton *m_step = nullptr;
    QToolButton *m_reset = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QWidget *m_stopPair = nullptr;
    QLabel *m_stopLabel = nullptr;
    QSpinBox *m_stopAfter = nullptr;
    QLabel *m_epoch = nullptr;
    QLabel *m_accuracy = nullptr;
    QLabel *m_loss = nullptr;
    QLabel *m_rate = nullptr;
    bool m_playing = false;
    bool m_trainable = true;
    bool m_hasNumbers = false;
    bool m_regression = false;
    int m_epochValue = 0;
    int m_stepInEpoch = 0;
    int m_stepsPerEpoch = 1;
    bool m_untrained = true; ///< the numbers shown are those of the untrained network
    double m_testAccuracy = 0.0;
    double m_trainAccuracy = 0.0;
    double m_testLoss = 0.0;
    double m_trainLoss = 0.0;
    double m_epochsPerSecond = 0.0; ///< measured while playing
};

} // namespace ReluLab
