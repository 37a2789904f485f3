// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ReluLab {

class GlossaryModel;

// The bilingual glossary (术语表): every term in English, 简体中文 and 繁體中文 side by side, with
// its definition in the current UI language; the search box filters on any column, in any of the
// three languages. Non-modal: a student keeps it open next to the main window.
class GlossaryWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit GlossaryWindow(QWidget *parent = nullptr);
    ~GlossaryWindow() override;

    // Shows only the rows that contain `text` (case-insensitive) in any column.
    void setFilterText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void fitColumns();

    GlossaryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ReluLab
