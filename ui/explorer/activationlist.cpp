// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "activationlist.h"

#include "explorertext.h"

#include "core/activation.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ReluLab {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int FamilyRole = Qt::UserRole + 1;
constexpr Core::ActivationFamily Families[] = {Core::ActivationFamily::ReluFamily,
                                               Core::ActivationFamily::SmoothReluLike,
                                               Core::ActivationFamily::SigmoidFamily,
                                               Core::ActivationFamily::HardPiecewise,
                                               Core::ActivationFamily::ShrinkThreshold,
                                               Core::ActivationFamily::Classic};

} // namespace

ActivationList::ActivationList(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("activationSearch"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setObjectName(QStringLiteral("activationTree"));

    for (Core::ActivationFamily family : Families) {
        auto *group = new QTreeWidgetItem(m_tree);
        group->setData(0, FamilyRole, static_cast<int>(family));
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        m_familyItems << group;
    }
    for (const Core::ActivationInfo &info : Core::activationCatalogue()) {
        const auto familyIndex = static_cast<qsizetype>(
            std::find(std::begin(Families), std::end(Families), info.family)
            - std::begin(Families));
        if (familyIndex >= m_familyItems.size())
            continue;
        auto *item = new QTreeWidgetItem(m_familyItems[familyIndex]);
        item->setText(0, QString::fromStdString(info.displayName));
        item->setToolTip(0, QString::fromStdString(info.pytorchName));
        item->setData(0, IdRole, QString::fromStdString(info.id));
        m_items << item;
    }
    m_tree->expandAll();

    connect(m_search, &QLineEdit::textChanged, this, &ActivationList::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item, QTreeWidgetItem *) {
        if (!item)
            return;
        const QString id = item->data(0, IdRole).toString();
        if (id.isEmpty() || id == m_current)
            return;
        m_current = id;
        emit activationChosen(id);
    });
    retranslateUi();
}

QString ActivationList::currentActivation() const
{
    return m_current;
}

void ActivationList::setCurrentActivation(const QString &id)
{
    for (QTreeWidgetItem *item : std::as_const(m_items)) {
        if (item->data(0, IdRole).toString() == id) {
            m_tree->setCurrentItem(item);
            revealCurrent();
            return;
        }
    }
}

// The family heading first, then the item: where both fit, the reader sees which family the
// chosen activation belongs to (for the first activation, the list opens at its top).
void ActivationList::revealCurrent()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    if (QTreeWidgetItem *heading = item->parent())
        m_tree->scrollToItem(heading);
    m_tree->scrollToItem(item);
}

void ActivationList::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Before the first show the tree has no height yet, so an earlier scroll to the item
    // scrolled past the heading: reveal again now that the viewport has its real size.
    revealCurrent();
}

void ActivationList::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    revealCurrent();
}

void ActivationList::selectRelative(int delta)
{
    QList<QTreeWidgetItem *> shown;
    for (QTreeWidgetItem *item : std::as_const(m_items)) {
        if (!item->isHidden())
            shown << item;
    }
    if (shown.isEmpty())
        return;
    qsizetype index = 0;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown[i]->data(0, IdRole).toString() == m_current)
            index = i;
    }
    const qsizetype n = shown.size();
    const qsizetype next = ((index + delta) % n + n) % n;
    m_tree->setCurrentItem(shown[next]);
}

void ActivationList::setFilter(const QString &text)
{
    m_search->setText(text);
}

int ActivationList::visibleCount() const
{
    int count = 0;
    for (const QTreeWidgetItem *item : m_items)
        count += item->isHidden() ? 0 : 1;
    return count;
}

void ActivationList::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (QTreeWidgetItem *item : std::as_const(m_items)) {
        const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                           || item->data(0, IdRole).toString().contains(needle, Qt::CaseInsensitive)
                           || item->toolTip(0).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
    for (QTreeWidgetItem *group : std::as_const(m_familyItems)) {
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i)
            any = any || !group->child(i)->isHidden();
        group->setHidden(!any);
    }
}

void ActivationList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivationList::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search activations…"));
    for (QTreeWidgetItem *group : std::as_const(m_familyItems)) {
        const auto family = static_cast<Core::ActivationFamily>(group->data(0, FamilyRole).toInt());
        group->setText(0, familyDisplayName(family));
    }
    for (QTreeWidgetItem *item : std::as_const(m_items)) {
        const std::string id = item->data(0, IdRole).toString().toStdString();
        if (const Core::ActivationInfo *info = Core::findActivationInfo(id))
            item->setText(0, activationDisplayName(*info));
    }
}

} // namespace ReluLab
