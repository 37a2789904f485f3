// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/dataset.h"
#include "core/result.h"
#include "core/trainingconfig.h"

#include "ui/theme.h"

#include <QGroupBox>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ReluLab {

class DecisionView;

/// The data set part of the network lab's configuration: generator and its knobs, a preview of
/// the points, regenerate, load a CSV file, and (2-D classification) points added with the mouse
/// on the preview: left click class 0, right click class 1 (added to the training part).
class DatasetPanel final : public QGroupBox
{
    Q_OBJECT

public:
    explicit DatasetPanel(QWidget *parent = nullptr);

    /// Styles the data preview like the lab's charts.
    void setTheme(const Theme &theme);

    Core::DatasetRecipe recipe() const { return m_recipe; }
    /// Replaces the recipe (scenario, session) and regenerates; added points are dropped.
    void setRecipe(const Core::DatasetRecipe &recipe);
    /// The current data (generated + added points). Empty train set when generation failed.
    const Core::DataSplit &split() const { return m_split; }
    bool isValid() const { return m_valid; }
    /// Why the data cannot be used (translated), empty while it is valid.
    QString errorText() const;
    int addedPointCount() const { return int(m_added.size()); }
    /// A CSV's task as the file suggests it (whole-number labels: classification), whatever
    /// the task chosen; empty for a generator or when the file cannot be read.
    std::optional<Core::Task> detectedTask() const { return m_detected; }
    /// Adds a training point of class `label` (what a click on the preview does).
    void addPoint(double x1, double x2, int label);

signals:
    /// The data changed (recipe edited, regenerated, points added).
    void splitChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct AddedPoint
    {
        double x1 = 0.0;
        double x2 = 0.0;
        int label = 0;
    };

    void retranslateUi();
    void readControls();
    void writeControls();
    void regenerate();
    void updateStatus();
    void updateTaskTexts();
    void loadCsv();

    Core::DatasetRecipe m_recipe;
    Core::DataSplit m_split;
    Core::Error m_error;
    std::vector<AddedPoint> m_added;
    std::optional<Core::Task> m_detected;
    bool m_valid = false;
    bool m_updating = false;

    QLabel *m_nameLabel = nullptr;
    QComboBox *m_name = nullptr;
    QLabel *m_samplesLabel = nullptr;
    QSpinBox *m_samples = nullptr;
    QLabel *m_taskLabel = nullptr;
    QComboBox *m_task = nullptr;
    QLabel *m_noiseLabel = nullptr;
    QDoubleSpinBox *m_noise = nullptr;
    QLabel *m_classesLabel = nullptr;
    QSpinBox *m_classes = nullptr;
    QLabel *m_testLabel = nullptr;
    QSpinBox *m_testPercent = nullptr;
    QCheckBox *m_standardise = nullptr;
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_regenerate = nullptr;
    QPushButton *m_loadCsv = nullptr;
    QPushButton *m_clearAdded = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
    DecisionView *m_preview = nullptr;
};

} // namespace ReluLab
