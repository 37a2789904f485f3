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

// lupdate files tr() calls by the class that declares them: a free tr() helper would land in
// the namespace's context and never be found at run time.
class NetworkLabChartMenu
{
    Q_DECLARE_TR_FUNCTIONS(NetworkLabChartMenu)
};

} // namespace

void exportChartInteractively(QCustomPlot *plot, QWidget *parent)
{
    PlotExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString fileName = QFileDialog::getSaveFileName(parent, NetworkLabChartMenu::tr("Export chart"),
                                                    QString(), dialog.fileFilter());
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QLatin1Char('.') + dialog.suffix();
    QString error;
    if (!exportPlot(plot, fileName, dialog.options(), &error))
        QMessageBox::warning(parent, NetworkLabChartMenu::tr("Export chart"), error);
}

void installExportMenu(QCustomPlot *plot)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint &pos) {
        QMenu menu(plot);
        menu.addAction(NetworkLabChartMenu::tr("Export chart…"), plot,
                       [plot] { exportChartInteractively(plot, plot->window()); });
        menu.exec(plot->mapToGlobal(pos));
    });
}

} // namespace ReluLab
