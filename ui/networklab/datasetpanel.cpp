// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "datasetpanel.h"

#include "decisionview.h"

#include "core/datasets/datasets.h"
#include "io/bundleddata.h"
#include "io/coreerrortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ReluLab {

namespace {

QString datasetTitle(const std::string &name)
{
    if (name == "moons")
        return DatasetPanel::tr("Two moons");
    if (name == "circles")
        return DatasetPanel::tr("Circles");
    if (name == "xor")
        return DatasetPanel::tr("XOR");
    if (name == "spiral")
        return DatasetPanel::tr("Spiral");
    if (name == "blobs")
        return DatasetPanel::tr("Gaussian blobs");
    if (name == "sine")
        return DatasetPanel::tr("Sine (regression)");
    if (name == "digits")
        return DatasetPanel::tr("Handwritten digits 8×8");
    if (name == "csv")
        return DatasetPanel::tr("Own CSV file");
    return QString::fromStdString(name);
}

/// What CsvTask::Auto makes of the file, known from the result of reading it with the chosen
/// task: whole-number labels are classes, any other label makes the column a real target.
std::optional<Core::Task> detectedCsvTask(const Core::DatasetRecipe &recipe,
                                          const Core::Expected<Core::DataSplit> &made)
{
    if (made.hasValue()) {
        if (recipe.csvTask != Core::CsvTask::Regression)
            return made->train.task;
        const auto whole = [](const Eigen::MatrixXd &targets) {
            return (targets.array() == targets.array().floor()).all();
        };
        return whole(made->train.targets) && whole(made->test.targets) ? Core::Task::Classification
                                                                       : Core::Task::Regression;
    }
    const std::string &code = made.error().code;
    if (code == "label_not_integer")
        return Core::Task::Regression;
    if (code == "label_out_of_range" || code == "too_few_classes")
        return Core::Task::Classification;
    return std::nullopt;
}

} // namespace

void DatasetPanel::setTheme(const Theme &theme)
{
    m_preview->setTheme(theme);
}

DatasetPanel::DatasetPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QComboBox(this))
    , m_samplesLabel(new QLabel(this))
    , m_samples(new QSpinBox(this))
    , m_taskLabel(new QLabel(this))
    , m_task(new QComboBox(this))
    , m_noiseLabel(new QLabel(this))
    , m_noise(new QDoubleSpinBox(this))
    , m_classesLabel(new QLabel(this))
    , m_classes(new QSpinBox(this))
    , m_testLabel(new QLabel(this))
    , m_testPercent(new QSpinBox(this))
    , m_standardise(new QCheckBox(this))
    , m_seedLabel(new QLabel(this))
    , m_seed(new QSpinBox(this))
    , m_regenerate(new QPushButton(this))
    , m_loadCsv(new QPushButton(this))
    , m_clearAdded(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_preview(new DecisionView(this))
{
    for (const std::string &name : Core::datasetNames())
        m_name->addItem(QString(), QString::fromStdString(name));
    m_name->addItem(QString(), QStringLiteral("csv"));
    m_task->setObjectName(QStringLiteral("csvTaskBox"));
    for (const Core::CsvTask task :
         {Core::CsvTask::Auto, Core::CsvTask::Classification, Core::CsvTask::Regression})
        m_task->addItem(QString(), int(task));
    m_samples->setRange(Core::DatasetLimits::minSamples, 5000);
    m_samples->setSingleStep(50);
    m_noise->setRange(0.0, 2.0);
    m_noise->setSingleStep(0.05);
    m_noise->setDecimals(2);
    m_classes->setRange(Core::DatasetLimits::minClasses, Core::DatasetLimits::maxClasses);
    m_testPercent->setRange(0, int(100 * Core::DatasetLimits::maxTestFraction));
    m_testPercent->setSuffix(QStringLiteral(" %"));
    m_seed->setRange(1, 1'000'000);
    m_status->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_preview->setMinimumHeight(170);
    for (QLabel *label : {m_nameLabel, m_taskLabel, m_samplesLabel, m_noiseLabel, m_classesLabel,
                          m_testLabel, m_seedLabel})
        label->setWordWrap(false);
    m_nameLabel->setBuddy(m_name);
    m_taskLabel->setBuddy(m_task);
    m_samplesLabel->setBuddy(m_samples);
    m_noiseLabel->setBuddy(m_noise);
    m_classesLabel->setBuddy(m_classes);
    m_testLabel->setBuddy(m_testPercent);
    m_seedLabel->setBuddy(m_seed);

    // One label and field per row, wrapped under each other when the column is narrow: the
    // panel fits a 260 px settings column on a 1024 px screen, in English and in Chinese. The
    // data set names are few and short: the combo is as wide as the longest, never cut off
    // ("Handwritten digits 8×8"), and the column follows it (fitLeftColumn).
    m_name->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    // The task's choices name what was detected ("Auto: classification"): the box gets the
    // panel's whole width, under its label.
    form->addRow(m_taskLabel);
    form->addRow(m_task);
    form->addRow(m_samplesLabel, m_samples);
    form->addRow(m_noiseLabel, m_noise);
    form->addRow(m_testLabel, m_testPercent);
    form->addRow(m_classesLabel, m_classes);
    form->addRow(m_seedLabel, m_seed);
    form->addRow(m_standardise);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_regenerate, 0, 0);
    buttons->addWidget(m_loadCsv, 0, 1);
    buttons->addWidget(m_clearAdded, 1, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_preview);
    layout->addWidget(m_hint);
    layout->addWidget(m_status);

    const auto edited = [this] {
        if (m_updating)
            return;
        readControls();
        m_added.clear();
        regenerate();
    };
    connect(m_name, &QComboBox::currentIndexChanged, this, [this, edited] {
        if (!m_updating && m_name->currentData().toString() == QLatin1String("csv")
            && m_recipe.csvPath.empty()) {
            loadCsv();
            return;
        }
        edited();
    });
    connect(m_task, &QComboBox::currentIndexChanged, this, edited);
    connect(m_samples, &QSpinBox::valueChanged, this, edited);
    connect(m_noise, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_classes, &QSpinBox::valueChanged, this, edited);
    connect(m_testPercent, &QSpinBox::valueChanged, this, edited);
    connect(m_seed, &QSpinBox::valueChanged, this, edited);
    connect(m_standardise, &QCheckBox::toggled, this, edited);
    connect(m_regenerate, &QPushButton::clicked, this, [this] {
        // A new draw of the same recipe: the next seed.
        m_seed->setValue(m_seed->value() + 1);
    });
    connect(m_loadCsv, &QPushButton::clicked, this, &DatasetPanel::loadCsv);
    connect(m_clearAdded, &QPushButton::clicked, this, [this] {
        m_added.clear();
        regenerate();
    });
    connect(m_preview, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
            return;
        const double x1 = m_preview->xAxis->pixelToCoord(event->position().x());
        const double x2 = m_preview->yAxis->pixelToCoord(event->position().y());
        addPoint(x1, x2, event->button() == Qt::LeftButton ? 0 : 1);
    });

    writeControls();
    regenerate();
    retranslateUi();
}

void DatasetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void DatasetPanel::retranslateUi()
{
    setTitle(tr("Data"));
    m_name->setToolTip(tr("The data set to learn; digits are 8 × 8 handwritten digits (UCI)"));
    m_samples->setToolTip(tr("Number of points drawn (train and test together)"));
    m_noise->setToolTip(tr("Standard deviation of the noise added to each point"));
    m_classes->setToolTip(tr("Number of classes (blobs and spiral)"));
    m_testPercent->setToolTip(tr("Share of the points held out as the test set"));
    m_seed->setToolTip(tr("The same seed draws the same points"));
    m_preview->setAccessibleName(tr("Data preview"));
    m_preview->setAccessibleDescription(tr("The points of the data set, train and test, "
                                           "coloured by class"));
    for (int i = 0; i < m_name->count(); ++i)
        m_name->setItemText(i, datasetTitle(m_name->itemData(i).toString().toStdString()));
    m_nameLabel->setText(tr("&Data set:"));
    m_taskLabel->setText(tr("Tas&k:"));
    m_task->setToolTip(tr("How the last column of the file is read: class numbers 0, 1, 2, … "
                          "(classification) or real values to predict (regression). Auto: "
                          "classification when every label is a whole number."));
    updateTaskTexts();
    m_samplesLabel->setText(tr("Sa&mples:"));
    m_noiseLabel->setText(tr("&Noise:"));
    m_classesLabel->setText(tr("C&lasses:"));
    m_testLabel->setText(tr("&Test share:"));
    m_seedLabel->setText(tr("Data s&eed:"));
    m_standardise->setText(tr("Standardise"));
    m_standardise->setToolTip(tr("Shift and scale each feature to mean 0 and variance 1 "
                                 "(statistics of the training part)."));
    m_regenerate->setText(tr("&Regenerate"));
    m_loadCsv->setText(tr("Load CSV…"));
    m_clearAdded->setText(tr("Remove added points"));
    m_hint->setText(tr("On 2-D data, click the preview to add training points: left button "
                       "class 0 (circle), right button class 1 (triangle)."));
    updateStatus();
}

QString DatasetPanel::errorText() const
{
    return m_valid ? QString() : describeCoreError(m_error);
}

void DatasetPanel::updateTaskTexts()
{
    const QString detected = !m_detected                                 ? QString()
                             : *m_detected == Core::Task::Classification ? tr("classification")
                                                                         : tr("regression");
    m_task->setItemText(0, detected.isEmpty() ? tr("Auto") : tr("Auto: %1").arg(detected));
    m_task->setItemText(1, tr("Classification"));
    m_task->setItemText(2, tr("Regression"));
}

void DatasetPanel::updateStatus()
{
    if (!m_valid) {
        m_status->setText(tr("This data cannot be used: %1").arg(describeCoreError(m_error)));
        return;
    }
    m_status->setText(tr("%1 training and %2 test samples, %3 input feature(s); %4 added by hand.")
                          .arg(m_split.train.sampleCount())
                          .arg(m_split.test.sampleCount())
                          .arg(m_split.train.featureCount())
                          .arg(m_added.size()));
}

void DatasetPanel::readControls()
{
    m_recipe.name = m_name->currentData().toString().toStdString();
    m_recipe.csvTask = Core::CsvTask(m_task->currentData().toInt());
    m_recipe.samples = m_samples->value();
    m_recipe.noise = m_noise->value();
    m_recipe.classes = m_classes->value();
    m_recipe.testFraction = m_testPercent->value() / 100.0;
    m_recipe.standardise = m_standardise->isChecked();
    m_recipe.seed = std::uint64_t(m_seed->value());
}

void DatasetPanel::writeControls()
{
    m_updating = true;
    const int index = m_name->findData(QString::fromStdString(m_recipe.name));
    m_name->setCurrentIndex(std::max(0, index));
    m_task->setCurrentIndex(std::max(0, m_task->findData(int(m_recipe.csvTask))));
    m_samples->setValue(m_recipe.samples);
    m_noise->setValue(m_recipe.noise);
    m_classes->setValue(m_recipe.classes);
    m_testPercent->setValue(int(std::lround(100.0 * m_recipe.testFraction)));
    m_standardise->setChecked(m_recipe.standardise);
    m_seed->setValue(int(std::min<std::uint64_t>(m_recipe.seed, 1'000'000)));
    m_updating = false;
}

void DatasetPanel::setRecipe(const Core::DatasetRecipe &recipe)
{
    m_recipe = recipe;
    m_added.clear();
    writeControls();
    regenerate();
}

void DatasetPanel::addPoint(double x1, double x2, int label)
{
    if (!m_valid || m_split.train.featureCount() != 2
        || m_split.train.task != Core::Task::Classification || label >= m_split.train.classCount)
        return;
    m_added.push_back({x1, x2, label});
    regenerate();
}

void DatasetPanel::regenerate()
{
    const std::string &name = m_recipe.name;
    m_classes->setEnabled(name == "blobs");
    m_samples->setEnabled(name != "digits" && name != "csv");
    m_noise->setEnabled(name != "digits" && name != "csv");
    // The task is a CSV's own choice; a generator's task is part of it.
    m_taskLabel->setVisible(name == "csv");
    m_task->setVisible(name == "csv");
    Core::Expected<Core::DataSplit> made = Core::makeDataSplit(m_recipe, bundledDataSources());
    m_detected = name == "csv" ? detectedCsvTask(m_recipe, made) : std::nullopt;
    updateTaskTexts();
    m_valid = made.hasValue();
    if (!m_valid) {
        m_split = Core::DataSplit{};
        m_error = made.error();
        m_clearAdded->setEnabled(false);
        m_preview->setData(m_split); // no points of the previous data set stay on the preview
        updateStatus();
        emit splitChanged();
        return;
    }
    m_split = std::move(*made);
    if (!m_added.empty()) {
        Core::Dataset &train = m_split.train;
        const Eigen::Index old = train.sampleCount();
        train.inputs.conservativeResize(Eigen::NoChange, old + Eigen::Index(m_added.size()));
        for (size_t i = 0; i < m_added.size(); ++i) {
            train.inputs(0, old + Eigen::Index(i)) = m_added[i].x1;
            train.inputs(1, old + Eigen::Index(i)) = m_added[i].x2;
            train.labels.push_back(m_added[i].label);
        }
    }
    m_clearAdded->setEnabled(!m_added.empty());
    m_hint->setVisible(m_split.train.featureCount() == 2
                       && m_split.train.task == Core::Task::Classification);
    updateStatus();
    m_preview->setData(m_split);
    emit splitChanged();
}

void DatasetPanel::loadCsv()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open a data set"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty()) {
        writeControls(); // back to the previous data set
        return;
    }
    m_recipe.name = "csv";
    m_recipe.csvPath = fileName.toStdString();
    m_added.clear();
    writeControls();
    regenerate();
}

} // namespace ReluLab
