// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QWidget>

#include <map>
#include <string>

class QComboBox;
class QDoubleSpinBox;
class QElapsedTimer;
class QLabel;
class QPushButton;
class QTimer;

namespace ReluLab {
namespace Core {
struct ActivationInfo;
}

class ParameterPanel;

/// The default end of a sweep of parameter `name` from its value in `values`: the nearest of a
/// ladder of valid values at which f moves visibly in the default view [−5, 5] (by a tenth of
/// the curve's height), else the one that moves it most.
double visibleSweepEnd(const Core::ActivationInfo &info,
                       const std::map<std::string, double> &values, const std::string &name);

/// Sweeps one real parameter of the panel back and forth between two values: play/pause, step.
/// One sweep (from → to) lasts the chosen number of seconds; the motion is a triangle wave so
/// the curve glides back instead of jumping.
class ParameterAnimator final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int StepsPerSweep = 20;

    explicit ParameterAnimator(ParameterPanel *panel, QWidget *parent = nullptr);

    /// Re-reads the panel's parameters (after the activation changed); stops playing.
    void refresh();
    bool isPlaying() const;
    void setPlaying(bool playing);
    /// Advances by 1/StepsPerSweep of a sweep.
    void step();
    /// Phase in [0, 2): 0 → from, 1 → to, back to from at 2.
    double phase() const { return m_phase; }
    void setRange(double from, double to);
    void setSecondsPerSweep(double seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void advance(double deltaPhase);
    void apply();

    ParameterPanel *m_panel = nullptr;
    QComboBox *m_parameter = nullptr;
    QDoubleSpinBox *m_from = nullptr;
    QDoubleSpinBox *m_to = nullptr;
    QDoubleSpinBox *m_seconds = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_step = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_secondsLabel = nullptr;
    QLabel *m_parameterLabel = nullptr;
    QTimer *m_timer = nullptr;
    qint64 m_lastTick = 0;
    double m_phase = 0.0;
};

} // namespace ReluLab
