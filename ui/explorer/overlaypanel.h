// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ReluLab {

/// Ready-made comparisons a lecture needs.
enum class SpecialView {
    RreluBand,         ///< RReLU: random slopes in training vs the eval line
    GeluApproximation, ///< GELU exact vs tanh approximation and their difference
    SoftplusBeta,      ///< Softplus for growing β approaching ReLU
    LeakySlopes        ///< Leaky ReLU with several negative slopes
};

/// The list of overlays (checkable: visible or not) and the buttons that change it.
class OverlayPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayPanel(QWidget *parent = nullptr);

    /// Shows `labels` with their visibility; keeps the selection when it can.
    void setOverlays(const QStringList &labels, const QList<bool> &visible, bool canAdd);

signals:
    void addCurrentRequested();
    void removeRequested(int index);
    void clearRequested();
    void visibilityToggled(int index, bool visible);
    void specialViewRequested(ReluLab::SpecialView view);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_hint = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_specialLabel = nullptr;
    QComboBox *m_special = nullptr;
    QPushButton *m_showSpecial = nullptr;
    bool m_updating = false;
};

} // namespace ReluLab
