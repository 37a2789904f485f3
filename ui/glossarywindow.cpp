// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "glossarywindow.h"

#include "glossary.h"
#include "io/languagemanager.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ReluLab {

// Columns: the term in each language (headed by the language's own name, like the language
// menu), then the definition in the current UI language.
class GlossaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EnglishTerm, SimplifiedTerm, TraditionalTerm, Definition, ColumnCount };

    explicit GlossaryModel(QObject *parent)
        : QAbstractTableModel(parent)
        , m_glossary(Glossary::bundled())
        , m_language(LanguageManager::instance()->language())
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_glossary.entries().size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const GlossaryEntry &entry = m_glossary.entries().at(index.row());
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        // The tooltip of a term names the other words for it that readers meet elsewhere.
        auto withAliases = [role](const QString &term, const QStringList &aliases) {
            if (role != Qt::ToolTipRole || aliases.isEmpty())
                return term;
            return term + QLatin1Char('\n')
                   + GlossaryWindow::tr("Also called, in other texts: %1")
                         .arg(aliases.join(QStringLiteral(", ")));
        };
        switch (index.column()) {
        case EnglishTerm:
            return withAliases(entry.termEn, entry.aliasesEn);
        case SimplifiedTerm:
            return withAliases(entry.termZhCN, entry.aliasesZhCN);
        case TraditionalTerm:
            return withAliases(entry.termZhTW, entry.aliasesZhTW);
        case Definition:
            return entry.definition(m_language);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case EnglishTerm:
            return LanguageManager::displayName(QStringLiteral("en"));
        case SimplifiedTerm:
            return LanguageManager::displayName(QStringLiteral("zh_CN"));
        case TraditionalTerm:
            return LanguageManager::displayName(QStringLiteral("zh_TW"));
        case Definition:
            return GlossaryWindow::tr("Definition");
        default:
            return {};
        }
    }

    // Called on every language change: new definitions and a re-translated header.
    void setLanguage(const QString &language)
    {
        m_language = language;
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, Definition), index(rowCount() - 1, Definition));
    }

private:
    Glossary m_glossary;
    QString m_language;
};

GlossaryWindow::GlossaryWindow(QWidget *parent)
    : QDialog(parent)
    , m_model(new GlossaryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("glossaryWindow"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // search every language at once

    m_search->setObjectName(QStringLiteral("glossarySearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);

    m_table->setObjectName(QStringLiteral("glossaryTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The terms keep their width; the definition takes the rest of the window and wraps, so a
    // long definition grows its row instead of being elided behind a tooltip.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(GlossaryModel::Definition, QHeaderView::Stretch);
    header->setTextElideMode(Qt::ElideNone);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &GlossaryWindow::setFilterText);
    // A wrapped row's height depends on the definition column's width: re-fit the rows
    // whenever that width changes (window resize, a term column dragged wider).
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == GlossaryModel::Definition)
            m_table->resizeRowsToContents();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_table,
            &QTableView::resizeRowsToContents);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_table, &QTableView::resizeRowsToContents);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    resize(900, 560);
    retranslateUi();
}

GlossaryWindow::~GlossaryWindow() = default;

void GlossaryWindow::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // re-enters through textChanged
    else
        m_proxy->setFilterFixedString(text.trimmed());
}

void GlossaryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GlossaryWindow::retranslateUi()
{
    setWindowTitle(tr("Glossary"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("A term in English, 简体中文 or 繁體中文"));
    m_search->setAccessibleName(tr("Search the glossary"));
    m_table->setAccessibleName(tr("Glossary terms"));
    m_model->setLanguage(LanguageManager::instance()->language());
    fitColumns();
}

void GlossaryWindow::fitColumns()
{
    // Each term column as wide as its longest term (capped, so that a long term wraps rather
    // than squeezing the definitions); the definition column stretches over the rest.
    const int widest = qMax(120, m_table->viewport()->width() / 5);
    for (int column : {GlossaryModel::EnglishTerm, GlossaryModel::SimplifiedTerm,
                       GlossaryModel::TraditionalTerm}) {
        m_table->resizeColumnToContents(column);
        if (m_table->columnWidth(column) > widest)
            m_table->setColumnWidth(column, widest);
    }
    m_table->resizeRowsToContents();
}

void GlossaryWindow::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitColumns();
    // The stretched definition column takes its new width only when the table's own layout
    // runs, after this event: measure the wrapped rows again once it has.
    QMetaObject::invokeMethod(m_table, &QTableView::resizeRowsToContents, Qt::QueuedConnection);
}

} // namespace ReluLab

#include "glossarywindow.moc"
