// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "plotexport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace ReluLab {

/// Asks for the format, the size and the DPI of an exported figure.
class PlotExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PlotExportDialog(QWidget *parent = nullptr);

    PlotFileFormat format() const;
    PlotExportOptions options() const;
    /// File-dialog filter for the chosen format ("PNG image (*.png)").
    QString fileFilter() const;
    QString suffix() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();

    QFormLayout *m_form = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ReluLab
