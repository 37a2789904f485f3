// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/network/confusion.h"
#include "ui/theme.h"

#include <QWidget>

#include <vector>

namespace ReluLab {

struct TrainingSnapshot;

/// The confusion matrix of the network on the test set (the training set when there is none),
/// updated at every snapshot: a row per true class, a column per predicted class, the count in
/// every cell. A cell's shade is the share of its row (one hue, light to dark, so it reads in
/// grey too); the diagonal, the right answers, is framed. The title gives the accuracy, which is
/// the diagonal's sum over all samples.
class ConfusionView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionView(QWidget *parent = nullptr);

    void showSnapshot(const TrainingSnapshot &snapshot);
    void clear();
    void setTheme(const Theme &theme);

    const Core::ConfusionMatrix &matrix() const { return m_matrix; }
    /// The title line as drawn (for tests).
    QString title() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Cells;
    Cells cellsFor(const QSizeF &size) const;
    QFont viewFont(double scale) const;

    Theme m_theme = Theme::light();
    Core::ConfusionMatrix m_matrix;
    bool m_onTest = true;
};

} // namespace ReluLab
