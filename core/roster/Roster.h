#pragma once

#include "core/Error.h"
#include "core/domain/Membership.h"
#include "core/domain/Person.h"
#include "core/roster/SubgroupRepository.h"
#include "core/team/StaleEdit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace CampDesk {

class Workspace;

// A camp's member as a roster shows it: the membership, the person and the
// subgroup's name.
struct RosterEntry final {
    Membership membership;
    Person person;
    QString subgroup;

    bool operator==(const RosterEntry &) const = default;
};

class Roster final {
    Q_DECLARE_TR_FUNCTIONS(Roster)

public:
    [[nodiscard]] static Result<QList<RosterEntry>> load(Workspace &workspace, qint64 campId);
    // Writes each entry's membership and person, in one transaction, while
    // they are still what was `seen` of them (StaleEdit; `seen` in the
    // entries' order), and gives them as stored now.
    [[nodiscard]] static Result<QList<RosterEntry>> write(Workspace &workspace, const QList<RosterEntry> &entries,
                                                          const QList<RosterEntry> &seen);
    // The subgroup of the one member `member` names (their name or group
    // nickname), for a line's {subgroup} beside its {member}; empty when no
    // member, or more than one, has that name, or theirs has no subgroup.
    static QString subgroupOf(const QList<RosterEntry> &entries, const QString &member);
    // `subgroup` as made, while it holds none but `members` (membership
    // ids): a subgroup a step made goes with the step's undo only so, else
    // the undo would take others out of it without a word.
    [[nodiscard]] static StaleEdit::Seen seenSubgroupOnlyWith(Workspace &workspace, const Subgroup &subgroup,
                                                              const QSet<qint64> &members);
    // Every id the person has on `platform`, apart by commas, as a cell or a
    // field shows them and ListText reads them back: a second WeChat id is
    // neither left out of an export nor lost by an edit.
    static QString chatIdsOn(const Person &person, const QString &platform);
    // A CSV the import reads back; the phone column only with `withPhone`
    // (it is personal data).
    static QByteArray toCsv(const QList<RosterEntry> &entries, bool withPhone);
    // The stable JSON of one member (snake_case keys, documented in README).
    static QJsonObject toJson(const RosterEntry &entry, bool withPhone);
};

} // namespace CampDesk
