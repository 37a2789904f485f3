// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace ReluLab {

/// Every activation of the core, grouped by family, with a search field that filters by name,
/// id and PyTorch class.
class ActivationList final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivationList(QWidget *parent = nullptr);

    QString currentActivation() const;
    /// Selects `id` (no-op for unknown ids); emits activationChosen when it changes.
    void setCurrentActivation(const QString &id);
    /// Moves the selection by `delta` entries in catalogue order, wrapping around.
    void selectRelative(int delta);
    void setFilter(const QString &text);
    /// Number of activations the filter leaves visible.
    int visibleCount() const;

signals:
    void activationChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void revealCurrent();
    void applyFilter(const QString &text);

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    QList<QTreeWidgetItem *> m_familyItems;
    QList<QTreeWidgetItem *> m_items; // catalogue order
    QString m_current;
};

} // namespace ReluLab
