// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "core/dataset.h"
#include "ui/theme.h"

#include <QImage>
#include <QWidget>

#include <vector>

namespace ReluLab {

struct TrainingSnapshot;

/// The test digits as the network reads them: each 8 × 8 picture with its true class and the
/// network's answer, the wrong ones first (framed and marked "true → predicted"), then the right
/// ones, as many as fit. Updated at every snapshot, so a class sees the mistakes melt away.
class DigitsGallery final : public QWidget
{
    Q_OBJECT

public:
    explicit DigitsGallery(QWidget *parent = nullptr);

    /// The pictures and labels of the set the snapshots' predictions are about (the test set,
    /// or the training set when there is none); `side` × `side` pixels per sample.
    void setData(const Core::DataSplit &split, int side);
    void showSnapshot(const TrainingSnapshot &snapshot);
    void clear();
    void setTheme(const Theme &theme);

    /// Samples in drawing order (wrong ones first) and how many are wrong (for tests).
    const std::vector<int> &order() const { return m_order; }
    int wrongCount() const { return m_wrong; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Hit
    {
        QRectF rect;
        int sample = 0;
    };
    QFont galleryFont() const;
    QString title() const;

    Theme m_theme = Theme::light();
    std::vector<QImage> m_images;
    std::vector<int> m_labels;
    std::vector<int> m_predicted;
    std::vector<int> m_order;
    int m_wrong = 0;
    bool m_onTest = true;
    std::vector<Hit> m_hits; ///< the pictures of the last paint (tooltips)
};

} // namespace ReluLab
