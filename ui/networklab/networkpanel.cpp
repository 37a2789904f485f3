// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "networkpanel.h"

#include "limitspinbox.h"

#include "core/activation.h"
#include "ui/explorer/explorertext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ReluLab {

namespace {

/// The parameter a layer row edits: the activation's first real-valued parameter.
const Core::ParameterSpec *editableParameter(const std::string &id)
{
    const Core::ActivationInfo *info = Core::findActivationInfo(id);
    if (!info)
        return nullptr;
    for (const Core::ParameterSpec &spec : info->parameters) {
        if (spec.kind == Core::ParameterKind::Real)
            return &spec;
    }
    return nullptr;
}

} // namespace

NetworkPanel::NetworkPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_layersLabel(new QLabel(this))
    , m_removeLayer(new QToolButton(this))
    , m_layerCount(new LimitSpinBox(Core::Option::HiddenLayers, this))
    , m_addLayer(new QToolButton(this))
    , m_sameForAll(new QCheckBox(this))
    , m_layerGrid(new QGridLayout)
    , m_initLabel(new QLabel(this))
    , m_init(new QComboBox(this))
    , m_biasLabel(new QLabel(this))
    , m_biasKind(new QComboBox(this))
    , m_biasValue(new LimitDoubleSpinBox(Core::Option::BiasInit, 2, this))
    , m_optimiserLabel(new QLabel(this))
    , m_optimiser(new QComboBox(this))
    , m_learningRateLabel(new QLabel(this))
    , m_learningRate(new LimitDoubleSpinBox(Core::Option::LearningRate, 5, this))
    , m_momentumLabel(new QLabel(this))
    , m_momentum(new LimitDoubleSpinBox(Core::Option::Momentum, 2, this))
    , m_batchLabel(new QLabel(this))
    , m_batch(new LimitSpinBox(Core::Option::BatchSize, this))
    , m_l1Label(new QLabel(this))
    , m_l1(new LimitDoubleSpinBox(Core::Option::ActivityL1, 4, this))
    , m_seedLabel(new QLabel(this))
    , m_seed(new QSpinBox(this))
    , m_dtypeLabel(new QLabel(this))
    , m_dtype(new QComboBox(this))
{
    m_removeLayer->setText(QStringLiteral("−"));
    m_addLayer->setText(QStringLiteral("+"));
    m_sameForAll->setChecked(true);
    m_layerCount->setObjectName(QStringLiteral("hiddenLayers"));
    m_biasValue->setObjectName(QStringLiteral("biasValue"));
    m_learningRate->setObjectName(QStringLiteral("learningRate"));
    m_momentum->setObjectName(QStringLiteral("momentum"));
    m_batch->setObjectName(QStringLiteral("batchSize"));
    m_l1->setObjectName(QStringLiteral("activityL1"));
    for (int i = 0; i < 8; ++i)
        m_init->addItem(QString(), i);
    m_biasKind->addItem(QString());
    m_biasKind->addItem(QString());
    // The ranges are core's (core/limits.h): what the CLI and the session files accept.
    m_biasValue->setSingleStep(0.5);
    // The box is as wide as for a bias of ±10 (the range's ±1e6 would squeeze the kind beside
    // it); a longer number typed into it scrolls.
    QDoubleSpinBox sample;
    sample.setRange(-10.0, 10.0);
    sample.setDecimals(m_biasValue->decimals());
    m_biasValue->setMaximumWidth(sample.sizeHint().width());
    for (int i = 0; i < 3; ++i)
        m_optimiser->addItem(QString(), i);
    m_learningRate->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_momentum->setSingleStep(0.1);
    m_l1->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_seed->setRange(1, 1'000'000);
    m_dtype->addItem(QStringLiteral("float32"));
    m_dtype->addItem(QStringLiteral("float64"));
    m_initLabel->setBuddy(m_init);
    m_biasLabel->setBuddy(m_biasKind);
    m_optimiserLabel->setBuddy(m_optimiser);
    m_learningRateLabel->setBuddy(m_learningRate);
    m_batchLabel->setBuddy(m_batch);

    auto *layout = new QVBoxLayout(this);
    auto *layersRow = new QHBoxLayout;
    layersRow->addWidget(m_layersLabel);
    layersRow->addWidget(m_removeLayer);
    layersRow->addWidget(m_layerCount);
    layersRow->addWidget(m_addLayer);
    layersRow->addStretch(1);
    layout->addLayout(layersRow);
    layout->addWidget(m_layerCount->note());
    layout->addWidget(m_sameForAll);
    layout->addLayout(m_layerGrid);
    // One label and field per row, wrapped under each other when the column is narrow, so that
    // the panel fits a 260 px settings column (see also the layer rows in setLayerCount).
    // The initialisations are as wide as the longest name: none is ever cut off.
    m_init->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_biasKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_biasKind->setMinimumContentsLength(6);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_initLabel, m_init);
    auto *bias = new QHBoxLayout;
    bias->addWidget(m_biasKind, 1);
    bias->addWidget(m_biasValue);
    form->addRow(m_biasLabel, bias);
    form->addRow(m_biasValue->note());
    form->addRow(m_optimiserLabel, m_optimiser);
    form->addRow(m_learningRateLabel, m_learningRate);
    form->addRow(m_learningRate->note());
    form->addRow(m_momentumLabel, m_momentum);
    form->addRow(m_momentum->note());
    form->addRow(m_batchLabel, m_batch);
    form->addRow(m_batch->note());
    form->addRow(m_l1Label, m_l1);
    form->addRow(m_l1->note());
    form->addRow(m_seedLabel, m_seed);
    form->addRow(m_dtypeLabel, m_dtype);
    layout->addLayout(form);

    const auto structural = [this] {
        if (!m_updating)
            emit structureChanged();
    };
    connect(m_layerCount, &QSpinBox::valueChanged, this, [this, structural](int count) {
        setLayerCount(count);
        structural();
    });
    connect(m_removeLayer, &QToolButton::clicked, m_layerCount, &QSpinBox::stepDown);
    connect(m_addLayer, &QToolButton::clicked, m_layerCount, &QSpinBox::stepUp);
    connect(m_init, &QComboBox::currentIndexChanged, this, structural);
    connect(m_biasKind, &QComboBox::currentIndexChanged, this, [this, structural](int index) {
        m_biasValue->setEnabled(index == 1);
        structural();
    });
    connect(m_biasValue, &QDoubleSpinBox::valueChanged, this, structural);
    connect(m_optimiser, &QComboBox::currentIndexChanged, this, [this, structural] {
        updateOptimiserFields();
        structural();
    });
    connect(m_momentum, &QDoubleSpinBox::valueChanged, this, structural);
    connect(m_batch, &QSpinBox::valueChanged, this, structural);
    connect(m_l1, &QDoubleSpinBox::valueChanged, this, structural);
    connect(m_seed, &QSpinBox::valueChanged, this, structural);
    connect(m_dtype, &QComboBox::currentIndexChanged, this, structural);
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_updating)
            emit learningRateChanged(value);
    });

    setConfig(Core::TrainingConfig{});
    retranslateUi();
}

void NetworkPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void NetworkPanel::retranslateUi()
{
    setTitle(tr("Network and training"));
    m_layersLabel->setText(tr("Hidden layers:"));
    m_removeLayer->setToolTip(tr("Remove the last hidden layer"));
    m_addLayer->setToolTip(tr("Add a hidden layer"));
    m_sameForAll->setText(tr("One activation for all layers"));
    const QStringList inits{tr("PyTorch default (nn.Linear)"),
                            tr("Xavier/Glorot uniform"),
                            tr("Xavier/Glorot normal"),
                            tr("He/Kaiming uniform"),
                            tr("He/Kaiming normal"),
                            tr("LeCun normal"),
                            tr("Orthogonal"),
                            tr("Randomized asymmetric (RAI)")};
    for (int i = 0; i < inits.size(); ++i)
        m_init->setItemText(i, inits[i]);
    // The item stays short enough for the settings column; the idea and the paper go here.
    m_init->setItemData(int(inits.size()) - 1,
                        tr("Randomized asymmetric initialisation (Lu et al., arXiv 2019): each "
                           "unit gets one weight or its bias drawn from Beta(2, 1), always "
                           "positive, so a deep, narrow ReLU network is far less likely to be born "
                           "dead."),
                        Qt::ToolTipRole);
    m_initLabel->setText(tr("Initialisation:"));
    m_biasLabel->setText(tr("Bias:"));
    m_biasKind->setItemText(0, tr("PyTorch default"));
    m_biasKind->setItemText(1, tr("Constant"));
    m_optimiserLabel->setText(tr("Optimiser:"));
    m_optimiser->setItemText(0, tr("SGD"));
    m_optimiser->setItemText(1, tr("Adam"));
    m_optimiser->setItemText(2, tr("RMSprop"));
    m_learningRateLabel->setText(tr("Learning rate:"));
    m_learningRate->setToolTip(tr("Changing it while training goes on keeps the network."));
    m_momentumLabel->setText(tr("Momentum:"));
    m_batchLabel->setText(tr("Batch size:"));
    m_batch->setSpecialValueText(tr("full batch"));
    m_l1Label->setText(tr("L1 on activations:"));
    m_l1->setToolTip(tr("Adds λ·Σ|a| of the hidden activations to the loss (Glorot et al. "
                        "2011): pushes sparsity up."));
    m_seedLabel->setText(tr("Seed:"));
    m_dtypeLabel->setText(tr("Precision:"));
    m_layerCount->setToolTip(tr("Number of hidden layers (depth)"));
    m_init->setToolTip(tr("How the weights are drawn before training: He suits ReLU, Xavier "
                          "suits tanh (not sigmoid)"));
    m_biasKind->setToolTip(tr("How the biases start: PyTorch's small random values, or one "
                              "constant for every hidden unit"));
    m_biasValue->setToolTip(
        tr("The constant starting bias; −3 leaves most ReLU neurons dead from the start"));
    m_optimiser->setToolTip(tr("The update rule, with PyTorch's torch.optim semantics"));
    m_momentum->setToolTip(tr("SGD momentum: 0 is plain gradient descent"));
    m_batch->setToolTip(tr("Samples per step; the lowest value means the whole training set"));
    m_seed->setToolTip(tr("The same seed gives the same initial weights and the same run"));
    m_dtype->setToolTip(tr("float32 as PyTorch trains by default, or float64"));
    for (size_t k = 0; k < m_rows.size(); ++k) {
        m_rows[k].name->setText(tr("Layer %1").arg(k + 1));
        m_rows[k].minus->setToolTip(tr("Fewer units"));
        m_rows[k].plus->setToolTip(tr("More units"));
        m_rows[k].width->setToolTip(tr("Units in layer %1").arg(k + 1));
        m_rows[k].activation->setToolTip(tr("Activation of layer %1; changing it while "
                                            "training goes on keeps the weights")
                                             .arg(k + 1));
        m_rows[k].parameter->setToolTip(tr("Parameter of layer %1's activation").arg(k + 1));
        for (int i = 0; i < m_rows[k].activation->count(); ++i) {
            const std::string id = m_rows[k].activation->itemData(i).toString().toStdString();
            if (const Core::ActivationInfo *info = Core::findActivationInfo(id))
                m_rows[k].activation->setItemText(i, activationDisplayName(*info));
        }
        updateParameterEditor(m_rows[k], 0.0, false);
    }
}

void NetworkPanel::setLayerCount(int count)
{
    while (int(m_rows.size()) < count) {
        const int k = int(m_rows.size());
        LayerRow row;
        row.name = new QLabel(this);
        row.minus = new QToolButton(this);
        row.minus->setText(QStringLiteral("−"));
        row.width = new LimitSpinBox(Core::Option::HiddenWidth, this);
        row.width->setObjectName(QStringLiteral("layerWidth%1").arg(k + 1));
        row.width->setValue(m_rows.empty() ? 8 : m_rows.back().width->value());
        row.plus = new QToolButton(this);
        row.plus->setText(QStringLiteral("+"));
        row.activation = new QComboBox(this);
        for (const Core::ActivationInfo &info : Core::activationCatalogue())
            row.activation->addItem(activationDisplayName(info), QString::fromStdString(info.id));
        const int copyFrom = m_rows.empty() ? row.activation->findData(QStringLiteral("relu"))
                                            : m_rows.back().activation->currentIndex();
        row.activation->setCurrentIndex(std::max(0, copyFrom));
        row.parameterName = new QLabel(this);
        row.parameter = new QDoubleSpinBox(this);
        row.activation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.activation->setMinimumContentsLength(8);
        // Four grid rows per layer (name and width; the width's range note, hidden unless a
        // width out of range was typed; activation; its parameter, hidden when it has none):
        // QGridLayout leaves hidden rows out, and it is narrow enough for a 260 px column.
        const int r = 4 * k;
        m_layerGrid->addWidget(row.name, r, 0);
        m_layerGrid->addWidget(row.minus, r, 1);
        m_layerGrid->addWidget(row.width, r, 2);
        m_layerGrid->addWidget(row.plus, r, 3);
        m_layerGrid->addWidget(row.width->note(), r + 1, 0, 1, 5);
        m_layerGrid->addWidget(row.activation, r + 2, 0, 1, 5);
        m_layerGrid->addWidget(row.parameterName, r + 3, 0);
        m_layerGrid->addWidget(row.parameter, r + 3, 1, 1, 3);
        m_layerGrid->setColumnStretch(4, 1);
        connect(row.minus, &QToolButton::clicked, row.width, &QSpinBox::stepDown);
        connect(row.plus, &QToolButton::clicked, row.width, &QSpinBox::stepUp);
        connect(row.width, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                emit structureChanged();
        });
        connect(row.activation, &QComboBox::currentIndexChanged, this, [this, k] {
            updateParameterEditor(m_rows[size_t(k)], 0.0, false);
            onActivationEdited(k);
        });
        connect(row.parameter, &QDoubleSpinBox::valueChanged, this,
                [this, k] { onActivationEdited(k); });
        m_rows.push_back(row);
        updateParameterEditor(m_rows.back(), 0.0, false);
    }
    while (int(m_rows.size()) > count) {
        LayerRow row = m_rows.back();
        m_rows.pop_back();
        for (QWidget *widget :
             std::initializer_list<QWidget *>{row.name, row.minus, row.width->note(), row.width,
                                              row.plus, row.activation, row.parameterName,
                                              row.parameter})
            delete widget;
    }
    retranslateUi();
}

void NetworkPanel::updateParameterEditor(LayerRow &row, double value, bool useValue)
{
    const std::string id = row.activation->currentData().toString().toStdString();
    const Core::ParameterSpec *spec = editableParameter(id);
    const QSignalBlocker blocker(row.parameter);
    row.parameter->setVisible(spec != nullptr);
    row.parameterName->setVisible(spec != nullptr);
    if (!spec)
        return;
    row.parameterName->setText(QString::fromStdString(spec->name));
    if (row.parameter->property("relulab_id").toString() != QString::fromStdString(id)) {
        row.parameter->setProperty("relulab_id", QString::fromStdString(id));
        row.parameter->setDecimals(3);
        row.parameter->setRange(spec->minimum, spec->maximum);
        row.parameter->setSingleStep(spec->step);
        row.parameter->setValue(spec->defaultValue);
    }
    if (useValue)
        row.parameter->setValue(value);
}

Core::LayerActivation NetworkPanel::layerActivation(int layer) const
{
    const LayerRow &row = m_rows[size_t(layer)];
    Core::LayerActivation activation;
    activation.id = row.activation->currentData().toString().toStdString();
    if (const Core::ParameterSpec *spec = editableParameter(activation.id))
        activation.parameters[spec->name] = row.parameter->value();
    return activation;
}

void NetworkPanel::onActivationEdited(int layer)
{
    if (m_updating)
        return;
    if (m_sameForAll->isChecked()) {
        // Copy this row to every other row, then announce each layer's change.
        const Core::LayerActivation chosen = layerActivation(layer);
        m_updating = true;
        for (size_t k = 0; k < m_rows.size(); ++k) {
            if (int(k) == layer)
                continue;
            m_rows[k].activation->setCurrentIndex(m_rows[size_t(layer)].activation->currentIndex());
            updateParameterEditor(m_rows[k], m_rows[size_t(layer)].parameter->value(), true);
        }
        m_updating = false;
        for (size_t k = 0; k < m_rows.size(); ++k)
            emit activationChanged(int(k), chosen);
        return;
    }
    emit activationChanged(layer, layerActivation(layer));
}

void NetworkPanel::updateOptimiserFields()
{
    const bool adam = m_optimiser->currentIndex() == 1;
    m_momentum->setEnabled(!adam);
}

void NetworkPanel::fillConfig(Core::TrainingConfig &config) const
{
    Core::NetworkConfig &network = config.network;
    network.hidden.clear();
    network.activations.clear();
    for (size_t k = 0; k < m_rows.size(); ++k) {
        network.hidden.push_back(m_rows[k].width->value());
        network.activations.push_back(layerActivation(int(k)));
    }
    if (network.activations.empty())
        network.activations.push_back(Core::LayerActivation{});
    network.init = static_cast<Core::InitScheme>(m_init->currentIndex());
    network.bias.pytorchDefault = m_biasKind->currentIndex() == 0;
    network.bias.value = m_biasValue->value();
    network.dtype = m_dtype->currentIndex() == 1 ? Core::Dtype::F64 : Core::Dtype::F32;
    config.optimizer.kind = static_cast<Core::OptimizerKind>(m_optimiser->currentIndex());
    config.optimizer.learningRate = m_learningRate->value();
    config.optimizer.momentum = m_momentum->value();
    config.batchSize = m_batch->value();
    config.activityL1 = m_l1->value();
    config.seed = std::uint64_t(m_seed->value());
}

void NetworkPanel::setConfig(const Core::TrainingConfig &config)
{
    m_updating = true;
    const Core::NetworkConfig &network = config.network;
    m_layerCount->setValue(int(network.hidden.size()));
    setLayerCount(int(network.hidden.size()));
    for (size_t k = 0; k < m_rows.size(); ++k) {
        const Core::LayerActivation &activation = network.activationFor(k);
        LayerRow &row = m_rows[k];
        row.width->setValue(network.hidden[k]);
        row.activation->setCurrentIndex(
            std::max(0, row.activation->findData(QString::fromStdString(activation.id))));
        const Core::ParameterSpec *spec = editableParameter(activation.id);
        const auto it = spec ? activation.parameters.find(spec->name) : activation.parameters.end();
        updateParameterEditor(row, it != activation.parameters.end() ? it->second : 0.0,
                              it != activation.parameters.end());
    }
    m_sameForAll->setChecked(network.sameActivationForAll());
    m_init->setCurrentIndex(static_cast<int>(network.init));
    m_biasKind->setCurrentIndex(network.bias.pytorchDefault ? 0 : 1);
    m_biasValue->setValue(network.bias.value);
    m_biasValue->setEnabled(!network.bias.pytorchDefault);
    m_dtype->setCurrentIndex(network.dtype == Core::Dtype::F64 ? 1 : 0);
    m_optimiser->setCurrentIndex(static_cast<int>(config.optimizer.kind));
    m_learningRate->setValue(config.optimizer.learningRate);
    m_momentum->setValue(config.optimizer.momentum);
    m_batch->setValue(config.batchSize);
    m_l1->setValue(config.activityL1);
    m_seed->setValue(int(std::min<std::uint64_t>(config.seed, 1'000'000)));
    updateOptimiserFields();
    m_updating = false;
}

} // namespace ReluLab
