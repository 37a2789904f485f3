// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "chartmenu.h"

#include "ui/plotexport.h"
#include "ui/plotexportdialog.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace ReluLab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NetworkLabChartMenu", text);
}

} // namespace

void exportChartInteractively(QCustomPlot *plot, QWidget *parent)
{
    PlotExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString fileName = QFileDialog::getSaveFileName(parent, tr("Export chart"), QString(),
                                                    dialog.fileFilter());
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QLatin1Char('.') + dialog.suffix();
    QString error;
    if (!exportPlot(plot, fileName, dialog.options(), &error))
        QMessageBox::warning(parent, tr("Export chart"), error);
}

void installExportMenu(QCustomPlot *plot)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint &pos) {
        QMenu menu(plot);
        menu.addAction(tr("Export chart…"), plot,
                       [plot] { exportChartInteractively(plot, plot->window()); });
        menu.exec(plot->mapToGlobal(pos));
    });
}

} // namespace ReluLab
