// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "trainingsnapshot.h"

#include "ui/theme.h"

#include <QTabWidget>

namespace ReluLab {

class ConfusionView;
class DecisionView;
class DigitsGallery;
class NetworkGraphView;
class ProjectionView;

/// The centre of the lab, where the class looks: the decision map, or the whole network drawn as
/// a graph (NetworkGraphView). Both follow every snapshot, so switching shows the present state
/// at once; the graph gets the map's large place, not a strip under it. Inputs with more than
/// two features have no plane to map: the map's tab gives way to the confusion matrix, the
/// projection of the last hidden layer and, on the digits, the gallery of test digits.
class MapTabs final : public QTabWidget
{
    Q_OBJECT

public:
    explicit MapTabs(DecisionView *decision, QWidget *parent = nullptr);

    NetworkGraphView *graph() const { return m_graph; }
    ConfusionView *confusion() const { return m_confusion; }
    ProjectionView *projection() const { return m_projection; }
    DigitsGallery *gallery() const { return m_gallery; }

    /// New data: the map shows its points; the tabs are those the data has (see the class).
    /// `digits`: the samples are 8 × 8 pictures (the gallery's tab).
    void setData(const Core::DataSplit &split, bool digits);
    /// Every snapshot, progress ones included: the graph records each epoch's dead units.
    void showSnapshot(const TrainingSnapshot &snapshot);
    /// A new network or data set: the graph of the old one goes at once.
    void clearGraph();
    void setTheme(const Theme &theme);
    /// The least height of the map with its tabs (the map's own minimum is what the tab bar
    /// leaves of it).
    void setMinimumMapHeight(int height);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DecisionView *m_decision = nullptr;
    NetworkGraphView *m_graph = nullptr;
    ConfusionView *m_confusion = nullptr;
    ProjectionView *m_projection = nullptr;
    DigitsGallery *m_gallery = nullptr;
};

} // namespace ReluLab
