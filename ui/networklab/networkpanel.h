// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/trainingconfig.h"

#include <QGroupBox>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSpinBox;
class QToolButton;

namespace ReluLab {

class LimitDoubleSpinBox;
class LimitSpinBox;

/// Architecture and training settings of the network lab: hidden layers with their widths
/// (+/- buttons and spin boxes), an activation and its first parameter per layer (or one for
/// all), initialisation and bias, optimiser, learning rate, batch size, L1 penalty, seed.
/// Changing the architecture asks for a new network (structureChanged); changing a layer's
/// activation or the learning rate does not: the lab applies those to the running network.
class NetworkPanel final : public QGroupBox
{
    Q_OBJECT

public:
    explicit NetworkPanel(QWidget *parent = nullptr);

    /// Writes the panel's settings into `config` (its data recipe is left as it is).
    void fillConfig(Core::TrainingConfig &config) const;
    /// Shows a configuration (scenario, session).
    void setConfig(const Core::TrainingConfig &config);

signals:
    /// A setting that needs a fresh network (widths, layers, init, optimiser, batch, seed...).
    void structureChanged();
    /// A layer's activation changed (layer = hidden layer index): apply without re-initialising.
    void activationChanged(int layer, const ReluLab::Core::LayerActivation &activation);
    void learningRateChanged(double learningRate);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct LayerRow
    {
        QLabel *name = nullptr;
        QToolButton *minus = nullptr;
        LimitSpinBox *width = nullptr;
        QToolButton *plus = nullptr;
        QComboBox *activation = nullptr;
        QLabel *parameterName = nullptr;
        QDoubleSpinBox *parameter = nullptr;
    };

    void retranslateUi();
    void setLayerCount(int count);
    void updateParameterEditor(LayerRow &row, double value, bool useValue);
    Core::LayerActivation layerActivation(int layer) const;
    void onActivationEdited(int layer);
    void updateOptimiserFields();

    std::vector<LayerRow> m_rows;
    bool m_updating = false;

    QLabel *m_layersLabel = nullptr;
    QToolButton *m_removeLayer = nullptr;
    LimitSpinBox *m_layerCount = nullptr;
    QToolButton *m_addLayer = nullptr;
    QCheckBox *m_sameForAll = nullptr;
    QGridLayout *m_layerGrid = nullptr;
    QLabel *m_initLabel = nullptr;
    QComboBox *m_init = nullptr;
    QLabel *m_biasLabel = nullptr;
    QComboBox *m_biasKind = nullptr;
    LimitDoubleSpinBox *m_biasValue = nullptr;
    QLabel *m_optimiserLabel = nullptr;
    QComboBox *m_optimiser = nullptr;
    QLabel *m_learningRateLabel = nullptr;
    LimitDoubleSpinBox *m_learningRate = nullptr;
    QLabel *m_momentumLabel = nullptr;
    LimitDoubleSpinBox *m_momentum = nullptr;
    QLabel *m_batchLabel = nullptr;
    LimitSpinBox *m_batch = nullptr;
    QLabel *m_l1Label = nullptr;
    LimitDoubleSpinBox *m_l1 = nullptr;
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_dtypeLabel = nullptr;
    QComboBox *m_dtype = nullptr;
};

} // namespace ReluLab
