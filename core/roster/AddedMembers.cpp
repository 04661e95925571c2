#include "core/roster/AddedMembers.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/storage/SqlQuery.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace CampDesk {

namespace {

// Rows naming the members added to one camp, but for the step's own
// memberships: one query per kind for a few hundred members at a time, the
// ids bound as a list, rather than one per member (an import of 200 people
// was 1,400 round trips to a remote server). Each query reads the rows'
// keys, not a count: an activity one added member owns and another speaks
// at is one activity, whichever queries find it.
struct Count final {
    enum class Ids { Persons, CreatedPersons, Memberships };
    const char *sql; // one column, the row's key; %1: a list of ids, bound each time it appears
    Ids ids;
    bool campFirst; // the camp is bound before the ids
    const char *words; // how many, said (QT_TR_N_NOOP)
};

const char *const CheckInsOf = "SELECT id FROM check_ins WHERE camp_id = ? AND person_id IN (%1)";
// Only a person the step made: a known one had these before.
const char *const ViolationsOf = "SELECT id FROM violations WHERE person_id IN (%1)";
const char *const AliasesOf = "SELECT camp_id || ':' || alias FROM name_aliases WHERE person_id IN (%1)";
const char *const IdentitiesOf = "SELECT id FROM chat_identities WHERE person_id IN (%1)";
// A person has one membership in a camp (UNIQUE (camp_id, person_id)):
// one in another camp is not the step's.
const char *const OtherMembershipsOf = "SELECT id FROM memberships WHERE camp_id <> ? AND person_id IN (%1)";
// Their membership named: deleting it would empty these without a word.
const char *const ActivitiesOf
    = "SELECT id FROM activities WHERE owner_membership_id IN (%1) OR speaker_membership_id IN (%1)";
const char *const SubgroupsLedBy = "SELECT id FROM subgroups WHERE leader_membership_id IN (%1)";

constexpr qsizetype IdsPerQuery = 400; // twice that bound at most: well below either engine's limit

QList<qint64> idsOf(const QList<AddedMembers::Added> &added, Count::Ids ids)
{
    QList<qint64> found;
    for (const AddedMembers::Added &member : added) {
        if (ids == Count::Ids::Memberships)
            found << member.membershipId;
        else if (ids == Count::Ids::Persons || member.personCreated)
            found << member.personId;
    }
    return found;
}

// Adds the keys of the rows `count` finds for these ids to `keys`.
Result<void> collectRows(const QSqlDatabase &db, const Count &count, qint64 campId, const QList<qint64> &ids,
                         QSet<QString> &keys)
{
    const QString sql = QString::fromLatin1(count.sql);
    const qsizetype lists = sql.count(QStringLiteral("%1"));
    for (qsizetype from = 0; from < ids.size(); from += IdsPerQuery) {
        const QList<qint64> chunk = ids.mid(from, IdsPerQuery);
        QVariantList values;
        if (count.campFirst)
            values << campId;
        for (qsizetype list = 0; list < lists; ++list) {
            for (qint64 id : chunk)
                values << id;
        }
        const QString marks = QStringList(chunk.size(), QStringLiteral("?")).join(u',');
        auto rows = Sql::exec(db, sql.arg(marks), values);
        if (!rows)
            return std::unexpected(rows.error());
        while (rows->next())
            keys.insert(rows->value(0).toString());
    }
    return {};
}

} // namespace

Result<void> AddedMembers::checkUntouched(Workspace &workspace, const QList<Added> &added)
{
    QMap<qint64, QList<Added>> byCamp; // in camp order: the order every locker takes them in
    for (const Added &member : added)
        byCamp[member.campId].append(member);
    for (auto camp = byCamp.cbegin(); camp != byCamp.cend(); ++camp) {
        if (auto locked = workspace.participation().lockCamp(camp.key()); !locked)
            return locked;
    }
    using Ids = Count::Ids;
    const Count counts[] {
        {CheckInsOf, Ids::Persons, true, QT_TR_N_NOOP("%n check-in(s)")},
        {ViolationsOf, Ids::CreatedPersons, false, QT_TR_N_NOOP("%n violation(s)")},
        {AliasesOf, Ids::CreatedPersons, false, QT_TR_N_NOOP("%n name(s) a sign-up list taught")},
        {IdentitiesOf, Ids::CreatedPersons, false, QT_TR_N_NOOP("%n chat account(s) matched to them")},
        {OtherMembershipsOf, Ids::CreatedPersons, true, QT_TR_N_NOOP("%n place(s) in other camps")},
        {ActivitiesOf, Ids::Memberships, false, QT_TR_N_NOOP("%n activity(ies) they own or speak at")},
        {SubgroupsLedBy, Ids::Memberships, false, QT_TR_N_NOOP("%n subgroup(s) they lead")},
    };
    QStringList since;
    for (const Count &count : counts) {
        QSet<QString> found;
        for (auto camp = byCamp.cbegin(); camp != byCamp.cend(); ++camp) {
            if (auto read = collectRows(workspace.database(), count, camp.key(), idsOf(camp.value(), count.ids), found);
                !read)
                return read;
        }
        if (!found.isEmpty())
            since << tr(count.words, nullptr, int(found.size()));
    }
    if (since.isEmpty())
        return {};
    return failStale(tr("Since these members were added, other work names them (%1): undoing the add would delete it "
                        "too, so nothing was undone. Remove the members themselves if they should go.")
                         .arg(since.join(tr(", "))));
}

} // namespace CampDesk
