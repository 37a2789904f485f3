// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The Network Lab's training log as a file: the CSV that `relulab train` prints, of the run on
// screen.
#include "networklabworkspace.h"

#include "ui/plotexport.h"

#include <QFileDialog>
#include <QMessageBox>

namespace ReluLab {

bool NetworkLabWorkspace::exportLog(const QString &fileName, QString *error)
{
    return writeTextFile(fileName, m_log.toCsv(), error);
}

void NetworkLabWorkspace::exportLogInteractively()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export training log"),
                                                          QString(), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportLog(fileName, &error)) {
        QMessageBox::warning(this, tr("Export training log"), error);
    } else if (m_log.stride() > 1) {
        QMessageBox::information(
            this, tr("Export training log"),
            tr("This run is long, so the lab keeps one epoch in %1 of its log (and always the "
               "latest): the file has those rows. `relulab train` writes every epoch.")
                .arg(m_log.stride()));
    }
}

} // namespace ReluLab
