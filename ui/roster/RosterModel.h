#pragma once

#include "core/roster/Roster.h"

#include <QAbstractTableModel>
#include <QSet>

namespace CampDesk {

class WorkspaceDocument;

// A camp's members as a table; the search key of each row is built once per
// reload so filtering thousands of members on a keystroke stays quick.
class RosterModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        NicknameColumn,
        RoleColumn,
        SubgroupColumn,
        TitleColumn,
        StatusColumn,
        ChatIdColumn,
        CityColumn,
        OccupationColumn,
        TagsColumn,
        JoinedColumn,
        ColumnCount
    };
    enum Role {
        MembershipIdRole = Qt::UserRole + 1,
        SearchKeyRole,
        MemberRoleRole,
        SubgroupRole,
        StatusRole,
        TagsRole,
        FollowsStandardRole,
        NextMeansRemovalRole,
    };

    explicit RosterModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setCampId(qint64 campId);
    qint64 campId() const { return m_campId; }
    // `removalNext`: membership ids whose next violation means removal.
    void setEntries(const QList<RosterEntry> &entries, const QString &nicknamePattern,
                    const QSet<qint64> &removalNext = {});
    const QList<RosterEntry> &entries() const { return m_entries; }
    const RosterEntry *entryAt(int row) const;
    // What the search looks in (TextMatcher::searchKey), made once per row.
    const QString &searchKeyAt(int row) const { return m_searchKeys.at(row); }
    QString nicknamePattern() const { return m_pattern; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    WorkspaceDocument *m_document;
    qint64 m_campId = 0;
    QString m_pattern;
    QList<RosterEntry> m_entries;
    QStringList m_searchKeys;
    QList<bool> m_follows;
    QSet<qint64> m_removalNext;
};

} // namespace CampDesk
