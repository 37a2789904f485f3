// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "overlaypanel.h"

#include "ui/theme.h"

#include <QMainWindow>

#include <map>
#include <string>

class QAction;
class QCheckBox;
class QDockWidget;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTimer;

namespace ReluLab {

class ActivationList;
class ActivationPlot;
class CodePanel;
class LearnPanel;
class ParameterAnimator;
class ParameterPanel;

/// The Explorer workspace: activation list and parameters on the left, the plot in the centre,
/// the learn panel, the overlays and the code on the right. It is a QMainWindow nested in the main window's
/// tab so that its docks belong to it (presentation mode hides them).
class ExplorerWidget final : public QMainWindow
{
    Q_OBJECT

public:
    explicit ExplorerWidget(QWidget *parent = nullptr);
    ~ExplorerWidget() override;

    ActivationPlot *plot() const { return m_plot; }
    ActivationList *activationList() const { return m_list; }
    ParameterPanel *parameterPanel() const { return m_parameters; }
    ParameterAnimator *animator() const { return m_animator; }
    LearnPanel *learnPanel() const { return m_learn; }

    QString currentActivation() const { return m_currentId; }
    /// Shows `id` at PyTorch's defaults; false for an unknown id.
    bool selectActivation(const QString &id);
    std::map<std::string, double> parameters() const;
    /// Sets one parameter of the current activation (clamped to its range).
    void setParameter(const QString &name, double value);

    /// Keeps the current activation and parameters as an overlay (at most six).
    bool addCurrentAsOverlay();
    /// Adds `id` with `parameters` as an overlay; false on a core error or when six are shown.
    bool addOverlay(const QString &id, const std::map<std::string, double> &parameters);
    void removeOverlay(int index);
    void clearOverlays();
    void showSpecialView(SpecialView view);

    void setTheme(const Theme &theme);
    /// Hides (or restores) the docks and the plot's control bar.
    void setPresentationMode(bool on);

    /// Actions for the main window's View menu (shortcuts for curves, view, nudges, switching).
    QList<QAction *> viewActions() const;
    QAction *exportFigureAction() const { return m_exportFigure; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *copyImageAction() const { return m_copyImage; }

public slots:
    void exportFigure();
    void exportCsv();
    void copyImage();

signals:
    void readoutChanged(const QString &text);
    void statusMessage(const QString &text);
    void activationChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void createActions();
    QWidget *createCentre();
    void rebuildActivation();
    void updateOverlayPanel();
    void syncRangeBoxes();
    bool addSpec(const QString &id, const std::map<std::string, double> &parameters,
                 const QString &label = QString());

    ActivationPlot *m_plot = nullptr;
    ActivationList *m_list = nullptr;
    ParameterPanel *m_parameters = nullptr;
    ParameterAnimator *m_animator = nullptr;
    LearnPanel *m_learn = nullptr;
    OverlayPanel *m_overlayPanel = nullptr;
    CodePanel *m_codePanel = nullptr;
    QDockWidget *m_listDock = nullptr;
    QDockWidget *m_parameterDock = nullptr;
    QDockWidget *m_learnDock = nullptr;
    QDockWidget *m_compareDock = nullptr;
    QDockWidget *m_codeDock = nullptr;
    QGroupBox *m_animateBox = nullptr;
    QWidget *m_controlBar = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDoubleSpinBox *m_xMin = nullptr;
    QDoubleSpinBox *m_xMax = nullptr;
    QPushButton *m_resetViewButton = nullptr;
    QCheckBox *m_dfBox = nullptr;
    QCheckBox *m_d2fBox = nullptr;
    QCheckBox *m_bandBox = nullptr;
    QTimer *m_learnTimer = nullptr;

    QAction *m_showDf = nullptr;
    QAction *m_showD2f = nullptr;
    QAction *m_showBand = nullptr;
    QAction *m_resetView = nullptr;
    QAction *m_clearPins = nullptr;
    QAction *m_nextActivation = nullptr;
    QAction *m_previousActivation = nullptr;
    QAction *m_nudgeUp = nullptr;
    QAction *m_nudgeDown = nullptr;
    QAction *m_nudgeUp2 = nullptr;
    QAction *m_nudgeDown2 = nullptr;
    QAction *m_playAnimation = nullptr;
    QAction *m_exportFigure = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_copyImage = nullptr;

    QString m_currentId;
    QByteArray m_stateBeforePresentation;
    bool m_presentation = false;
};

} // namespace ReluLab
