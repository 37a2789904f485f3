// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace ReluLab {

class NetworkLabWorkspace;
class Settings;

/// File ▸ Export as PyTorch script… and File ▸ Export as NumPy script…: the Network Lab's current
/// run as a PyTorch script that trains it on (the lab's weights, data split, optimiser state,
/// for the lab's "stop after" epochs) and its current network as a NumPy forward pass; the same
/// scripts as `relulab export-pytorch --session` and `relulab export-numpy`. The dialogs start in
/// the folder last exported to, else the most recent session's.
class ScriptExportActions final : public QObject
{
    Q_OBJECT

public:
    ScriptExportActions(Settings &settings, NetworkLabWorkspace *lab, QWidget *window);

    QAction *pytorchAction() const { return m_pytorch; }
    QAction *numpyAction() const { return m_numpy; }

    /// Writes the script (".py" added when the name has no suffix); false with a translated
    /// reason in *error when it cannot.
    bool exportPytorch(const QString &fileName, QString *error);
    bool exportNumpy(const QString &fileName, QString *error);

    void retranslateUi();

signals:
    void statusMessage(const QString &text);

private:
    void exportInteractively(bool pytorch);
    bool exportScript(bool pytorch, const QString &fileName, QString *error);

    Settings &m_settings;
    NetworkLabWorkspace *m_lab = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_pytorch = nullptr;
    QAction *m_numpy = nullptr;
    QString m_lastFolder;
};

} // namespace ReluLab
