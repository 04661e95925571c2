#include "ui/roster/RosterModel.h"

#include "core/roster/NicknameStandard.h"
#include "core/search/TextMatcher.h"
#include "ui/WorkspaceDocument.h"
#include "ui/widgets/PlainToolTip.h"

#include <QBrush>
#include <QColor>

namespace CampDesk {

RosterModel::RosterModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    if (document) {
        connect(document, &WorkspaceDocument::membersChanged, this, [this](qint64 campId) {
            if (campId == m_campId)
                reload();
        });
        connect(document, &WorkspaceDocument::campChanged, this, [this](qint64 campId) {
            if (campId == m_campId)
                reload();
        });
    }
}

void RosterModel::setCampId(qint64 campId)
{
    m_campId = campId;
    reload();
}

void RosterModel::reload()
{
    if (!m_document)
        return;
    const std::optional<Camp> camp = m_document->camp(m_campId);
    const QList<RosterEntry> entries
        = m_campId ? m_document->valueOrReport(m_document->roster(m_campId)) : QList<RosterEntry> {};
    // Warnings count per person within this camp (the policy is the camp's).
    QHash<qint64, QList<Violation>> byPerson;
    // Without them the roster still shows, but says why no warning is marked.
    auto violations = m_document->campViolations(m_campId);
    if (!violations)
        m_document->reportError(violations.error().message);
    for (const Violation &violation : violations.value_or(QList<Violation> {}))
        byPerson[violation.personId].append(violation);
    QSet<qint64> removalNext;
    for (const RosterEntry &entry : entries) {
        // Who has been removed or has left can be removed no more.
        if (camp && entry.membership.status == MembershipStatus::Active && byPerson.contains(entry.person.id)
            && ViolationRepository::nextMeansRemoval(byPerson.value(entry.person.id), camp->warningsBeforeRemoval))
            removalNext.insert(entry.membership.id);
    }
    setEntries(entries, camp ? camp->nicknamePattern : QString(), removalNext);
}

void RosterModel::setEntries(const QList<RosterEntry> &entries, const QString &nicknamePattern,
                             const QSet<qint64> &removalNext)
{
    beginResetModel();
    m_removalNext = removalNext;
    m_entries = entries;
    m_pattern = nicknamePattern;
    m_searchKeys.clear();
    m_follows.clear();
    m_searchKeys.reserve(entries.size());
    for (const RosterEntry &entry : std::as_const(m_entries)) {
        QStringList parts {entry.person.displayName,    entry.membership.groupNickname, entry.membership.title,
                           entry.person.city,           entry.person.occupation,        entry.subgroup,
                           entry.person.tags.join(u' ')};
        for (const ChatId &chatId : entry.person.chatIds)
            parts << chatId.id;
        m_searchKeys << TextMatcher::searchKey(parts.join(u' '));
        m_follows << NicknameStandard::follows(m_pattern, entry);
    }
    endResetModel();
}

const RosterEntry *RosterModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterEntry &entry = m_entries.at(index.row());
    switch (role) {
    case MembershipIdRole:
        return entry.membership.id;
    case SearchKeyRole:
        return m_searchKeys.at(index.row());
    case MemberRoleRole:
        return int(entry.membership.role);
    case SubgroupRole:
        return entry.subgroup;
    case StatusRole:
        return int(entry.membership.status);
    case TagsRole:
        return entry.person.tags;
    case FollowsStandardRole:
        return m_follows.at(index.row());
    case NextMeansRemovalRole:
        return m_removalNext.contains(entry.membership.id);
    case Qt::ForegroundRole:
        if (index.column() == NicknameColumn && !m_follows.at(index.row()))
            return QBrush(QColor(0xB3, 0x26, 0x1E));
        if (entry.membership.status != MembershipStatus::Active)
            return QBrush(Qt::gray);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && m_removalNext.contains(entry.membership.id))
            return tr("Has had the warnings the camp allows: the next violation means removal.");
        if (index.column() == NicknameColumn && !m_follows.at(index.row()))
            return plainToolTip(tr("Does not follow the camp's pattern; it should be “%1”.")
                                    .arg(NicknameStandard::expected(m_pattern, entry)));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m_removalNext.contains(entry.membership.id) ? QStringLiteral("⚠ ") + entry.person.displayName
                                                               : entry.person.displayName;
        case NicknameColumn:
            return entry.membership.groupNickname;
        case RoleColumn:
            return MemberRoles::displayName(entry.membership.role);
        case SubgroupColumn:
            return entry.subgroup;
        case TitleColumn:
            return entry.membership.title;
        case StatusColumn:
            return MembershipStatuses::displayName(entry.membership.status);
        case ChatIdColumn: {
            QStringList ids;
            for (const ChatId &chatId : entry.person.chatIds)
                ids << chatId.id;
            return ids.join(QStringLiteral(", "));
        }
        case CityColumn:
            return entry.person.city;
        case OccupationColumn:
            return entry.person.occupation;
        case TagsColumn:
            return entry.person.tags.join(QStringLiteral(", "));
        case JoinedColumn:
            return entry.membership.joinedOn.toString(Qt::ISODate);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NicknameColumn:
        return tr("Group nickname");
    case RoleColumn:
        return tr("Role");
    case SubgroupColumn:
        return tr("Subgroup");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case ChatIdColumn:
        return tr("Chat ids");
    case CityColumn:
        return tr("City");
    case OccupationColumn:
        return tr("Occupation");
    case TagsColumn:
        return tr("Tags");
    case JoinedColumn:
        return tr("Joined");
    default:
        return {};
    }
}

} // namespace CampDesk
