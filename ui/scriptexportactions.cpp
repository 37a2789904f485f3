// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "scriptexportactions.h"

#include "networklab/networklabworkspace.h"
#include "plotexport.h"
#include "settings.h"

#include "io/scriptexport.h"
#include "io/sessionfile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace ReluLab {

ScriptExportActions::ScriptExportActions(Settings &settings, NetworkLabWorkspace *lab,
                                         QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_lab(lab)
    , m_window(window)
    , m_pytorch(new QAction(this))
    , m_numpy(new QAction(this))
{
    m_pytorch->setObjectName(QStringLiteral("exportPytorchAction"));
    m_numpy->setObjectName(QStringLiteral("exportNumpyAction"));
    connect(m_pytorch, &QAction::triggered, this, [this] { exportInteractively(true); });
    connect(m_numpy, &QAction::triggered, this, [this] { exportInteractively(false); });
    retranslateUi();
}

void ScriptExportActions::retranslateUi()
{
    m_pytorch->setText(tr("Export as PyTorch script…"));
    m_pytorch->setToolTip(tr("A Python script that trains the lab's network in PyTorch with the "
                             "same numbers"));
    m_numpy->setText(tr("Export as NumPy script…"));
    m_numpy->setToolTip(tr("A Python script with the trained weights that predicts like the "
                           "lab"));
}

bool ScriptExportActions::exportPytorch(const QString &fileName, QString *error)
{
    return exportScript(true, fileName, error);
}

bool ScriptExportActions::exportNumpy(const QString &fileName, QString *error)
{
    return exportScript(false, fileName, error);
}

bool ScriptExportActions::exportScript(bool pytorch, const QString &fileName, QString *error)
{
    // The lab's session (configuration, current weights and training state, taken from the
    // worker without blocking) made into a trainer of its own: the lab's run is not touched.
    const Session session = m_lab->currentSession();
    std::optional<Core::Trainer> trainer = ScriptExport::sessionTrainer(session, error, pytorch);
    if (!trainer)
        return false;
    const QString script = pytorch ? ScriptExport::pytorchScript(*trainer, session.config.epochs)
                                   : ScriptExport::numpyScript(*trainer);
    return writeTextFile(fileName, script, error);
}

void ScriptExportActions::exportInteractively(bool pytorch)
{
    const QString title = pytorch ? tr("Export as PyTorch script") : tr("Export as NumPy script");
    QString folder = m_lastFolder;
    if (folder.isEmpty() && !m_settings.recentSessions().isEmpty())
        folder = QFileInfo(m_settings.recentSessions().first()).path();
    QString fileName = QFileDialog::getSaveFileName(m_window, title, folder,
                                                    tr("Python scripts (*.py)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".py");
    m_lastFolder = QFileInfo(fileName).path();
    QString error;
    if (!exportScript(pytorch, fileName, &error)) {
        QMessageBox::warning(m_window, title,
                             tr("%1 cannot be written.\n%2")
                                 .arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    emit statusMessage(tr("Script written to %1").arg(QDir::toNativeSeparators(fileName)));
}

} // namespace ReluLab
