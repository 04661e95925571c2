#pragma once

#include <QSortFilterProxyModel>

namespace CampDesk {

class RosterModel;

// Search (case, width and pinyin initials) and filters by role, subgroup,
// status and tag over the roster.
class RosterFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString &text);
    void setRole(int role); // -1: any
    void setSubgroup(const QString &subgroup, bool any);
    void setStatus(int status); // -1: any
    void setTag(const QString &tag); // empty: any

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    // A roster's rows are read directly, not through data(): one keystroke
    // re-filters every row, 100,000 of them in a big workspace.
    const RosterModel *m_roster = nullptr;
    QStringList m_terms;
    int m_role = -1;
    QString m_subgroup;
    bool m_anySubgroup = true;
    int m_status = -1;
    QString m_tag;
};

} // namespace CampDesk
