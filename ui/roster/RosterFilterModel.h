#pragma once

#include <QSortFilterProxyModel>

namespace CampDesk {

// Search (case, width and pinyin initials) and filters by role, subgroup,
// status and tag over the roster.
class RosterFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString &text);
    void setRole(int role);         // -1: any
    void setSubgroup(const QString &subgroup, bool any);
    void setStatus(int status);     // -1: any
    void setTag(const QString &tag); // empty: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
    int m_role = -1;
    QString m_subgroup;
    bool m_anySubgroup = true;
    int m_status = -1;
    QString m_tag;
};

} // namespace CampDesk
