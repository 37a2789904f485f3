// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scenariopanel.h"

#include "core/activation.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ReluLab {

namespace {

constexpr int monteCarloDraws = 100;

} // namespace

ScenarioPanel::ScenarioPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_explanation(new QLabel(this))
    , m_contrastLayout(new QVBoxLayout)
    , m_bornDead(new QPushButton(this))
    , m_bornDeadResult(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    for (const Core::ScenarioPreset &preset : Core::scenarioPresets()) {
        auto *button = new QPushButton(this);
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setObjectName(QStringLiteral("scenario_") + QString::fromStdString(preset.id));
        button->setProperty("relulab_id", QString::fromStdString(preset.id));
        connect(button, &QPushButton::clicked, this,
                [this, id = QString::fromStdString(preset.id)] { choose(id); });
        layout->addWidget(button);
        m_buttons.push_back(button);
    }
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setMargin(6);
    m_explanation->setVisible(false);
    layout->addWidget(m_explanation);
    layout->addLayout(m_contrastLayout);
    layout->addWidget(m_bornDead);
    m_bornDeadResult->setWordWrap(true);
    QFont big = m_bornDeadResult->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_bornDeadResult->setFont(big);
    layout->addWidget(m_bornDeadResult);
    m_bornDead->setVisible(false);
    m_bornDeadResult->setVisible(false);
    connect(m_bornDead, &QPushButton::clicked, this,
            [this] { emit bornDeadCountRequested(monteCarloDraws); });
    retranslateUi();
}

void ScenarioPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

QString ScenarioPanel::title(const std::string &id)
{
    if (id == "half_active")
        return tr("About half are active");
    if (id == "negative_bias")
        return tr("Negative bias kills");
    if (id == "high_learning_rate")
        return tr("Too high a learning rate");
    if (id == "born_dead")
        return tr("Deep and narrow is born dead");
    if (id == "vanishing_gradients")
        return tr("Vanishing gradients");
    if (id == "why_nonlinear")
        return tr("Why non-linear");
    if (id == "sparsity_dial")
        return tr("Sparsity and accuracy");
    return QString::fromStdString(id);
}

QString ScenarioPanel::explanation(const std::string &id)
{
    if (id == "half_active")
        return tr("A fresh ReLU network, before any training. Watch the sparsity bars at epoch 0: "
                  "about 50 % of the activations in every layer are exactly zero, because with "
                  "symmetric random weights and zero bias a unit's input is negative for about "
                  "half of the samples.");
    if (id == "negative_bias")
        return tr("Every hidden bias starts at −3, so most pre-activations are negative. Watch "
                  "layer 2: all its units are dead from the start, no gradient flows, the loss "
                  "never moves and accuracy stays at chance (50 %). Try Leaky ReLU or ELU with "
                  "the same settings: they still learn.");
    if (id == "high_learning_rate")
        return tr("Digits with Adam at learning rate 0.1: a few large steps push many units "
                  "of layer 2 to negative inputs for every sample. Watch the dead count of "
                  "layer 2 climb and test accuracy collapse. Leaky ReLU keeps learning. Lower "
                  "the learning rate while it trains: dead units do not come back.");
    if (id == "born_dead")
        return tr("Ten hidden layers of only three ReLU units. One layer whose three units are "
                  "all off for every input makes the whole network a constant: it is born dead "
                  "and can never learn. The chance that one layer dies is about 2⁻³ per input, "
                  "so over ten layers most initialisations die. Draw 100 initialisations and "
                  "count. The cure: randomized asymmetric initialisation, or Leaky ReLU / ELU.");
    if (id == "vanishing_gradients")
        return tr("Ten sigmoid layers: σ′ is at most 1/4, so the gradient shrinks about four "
                  "times per layer. Watch the gradient norms on the log scale fall towards "
                  "layer 1, and training crawl. With ReLU the norms stay within one order of "
                  "magnitude. (tanh also trains well on a task this small.)");
    if (id == "why_nonlinear")
        return tr("With the identity activation any number of layers is one linear map, and no "
                  "straight line separates XOR: accuracy stays near chance. Switch to ReLU and "
                  "a few units bend the boundary around the four quadrants.");
    if (id == "sparsity_dial")
        return tr("An L1 penalty on the hidden activations (Glorot et al. 2011) pushes the share "
                  "of zeros into the shaded 70–85 % band while test accuracy stays high. Without "
                  "the penalty, training makes this network denser, not sparser.");
    return QString();
}

void ScenarioPanel::retranslateUi()
{
    setTitle(tr("Classroom scenarios"));
    for (QPushButton *button : m_buttons)
        button->setText(title(button->property("relulab_id").toString().toStdString()));
    m_explanation->setText(explanation(m_current.toStdString()));
    m_bornDead->setText(tr("Draw %1 initialisations and count born-dead").arg(monteCarloDraws));
    if (m_lastFraction >= 0.0)
        showBornDeadResult(m_lastFraction, m_lastDraws);
    rebuildContrasts();
}

bool ScenarioPanel::choose(const QString &id)
{
    const Core::ScenarioPreset *preset = Core::findScenario(id.toStdString());
    if (!preset)
        return false;
    m_current = id;
    for (QPushButton *button : m_buttons)
        button->setChecked(button->property("relulab_id").toString() == id);
    m_explanation->setText(explanation(preset->id));
    m_explanation->setVisible(true);
    const bool bornDead = preset->id == "born_dead";
    m_bornDead->setVisible(bornDead);
    m_lastFraction = -1.0;
    m_bornDeadResult->clear();
    m_bornDeadResult->setVisible(false);
    rebuildContrasts();
    emit scenarioChosen(*preset);
    return true;
}

void ScenarioPanel::rebuildContrasts()
{
    for (QPushButton *button : m_contrastButtons)
        delete button;
    m_contrastButtons.clear();
    const Core::ScenarioPreset *preset = Core::findScenario(m_current.toStdString());
    if (!preset)
        return;
    for (std::size_t index = 0; index < preset->contrasts.size(); ++index) {
        const Core::LayerActivation &contrast = preset->contrasts[index];
        const Core::ActivationInfo *info = Core::findActivationInfo(contrast.id);
        const QString name = info ? QString::fromStdString(info->displayName)
                                  : QString::fromStdString(contrast.id);
        auto *button = new QPushButton(tr("Same settings with %1").arg(name), this);
        connect(button, &QPushButton::clicked, this,
                [this, config = Core::scenarioConfig(*preset, index + 1)] {
                    emit contrastChosen(config);
                });
        m_contrastLayout->addWidget(button);
        m_contrastButtons.push_back(button);
    }
}

void ScenarioPanel::setBornDeadBusy(bool busy)
{
    m_bornDead->setEnabled(!busy);
    if (busy) {
        m_bornDeadResult->setText(tr("Drawing initialisations…"));
        m_bornDeadResult->setVisible(true);
    }
}

void ScenarioPanel::showBornDeadResult(double fraction, int draws)
{
    m_lastFraction = fraction;
    m_lastDraws = draws;
    const int dead = int(std::lround(fraction * draws));
    m_bornDeadResult->setText(tr("%1 of %2 networks born dead (%3 %)")
                                  .arg(dead)
                                  .arg(draws)
                                  .arg(100.0 * fraction, 0, 'f', 0));
    m_bornDeadResult->setVisible(true);
}

void ScenarioPanel::showBornDeadError(const QString &message)
{
    m_lastFraction = -1.0;
    m_bornDeadResult->setText(message);
    m_bornDeadResult->setVisible(true);
}

} // namespace ReluLab
