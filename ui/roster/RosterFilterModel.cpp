#include "roster/RosterFilterModel.h"

#include "roster/RosterModel.h"
#include "search/TextMatcher.h"

namespace CampDesk {

void RosterFilterModel::setSearch(const QString &text)
{
    m_terms = TextMatcher::queryTerms(text);
    invalidateFilter();
}

void RosterFilterModel::setRole(int role)
{
    m_role = role;
    invalidateFilter();
}

void RosterFilterModel::setSubgroup(const QString &subgroup, bool any)
{
    m_subgroup = subgroup;
    m_anySubgroup = any;
    invalidateFilter();
}

void RosterFilterModel::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void RosterFilterModel::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void RosterFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_roster = qobject_cast<const RosterModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool RosterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (const RosterEntry *entry = m_roster && !sourceParent.isValid() ? m_roster->entryAt(sourceRow) : nullptr) {
        if (m_role >= 0 && int(entry->membership.role) != m_role)
            return false;
        if (!m_anySubgroup && entry->subgroup != m_subgroup)
            return false;
        if (m_status >= 0 && int(entry->membership.status) != m_status)
            return false;
        if (!m_tag.isEmpty() && !entry->person.tags.contains(m_tag))
            return false;
        return m_terms.isEmpty() || TextMatcher::matches(m_roster->searchKeyAt(sourceRow), m_terms);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_role >= 0 && index.data(RosterModel::MemberRoleRole).toInt() != m_role)
        return false;
    if (!m_anySubgroup && index.data(RosterModel::SubgroupRole).toString() != m_subgroup)
        return false;
    if (m_status >= 0 && index.data(RosterModel::StatusRole).toInt() != m_status)
        return false;
    if (!m_tag.isEmpty() && !index.data(RosterModel::TagsRole).toStringList().contains(m_tag))
        return false;
    return m_terms.isEmpty() || TextMatcher::matches(index.data(RosterModel::SearchKeyRole).toString(), m_terms);
}

} // namespace CampDesk
