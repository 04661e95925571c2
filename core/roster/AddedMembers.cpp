#include "core/roster/AddedMembers.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/storage/SqlQuery.h"

#include <QStringList>

#include <algorithm>

namespace CampDesk {

namespace {

// Rows naming one added member, but for the step's own membership.
struct Count final {
    enum class Names { CampAndPerson, Person, PersonButItsMembership, Membership, MembershipTwice };
    const char *sql;
    Names names;
    bool createdOnly; // only a person the step made: a known one had these before
    const char *words; // how many, said (QT_TR_N_NOOP)

    QVariantList values(const AddedMembers::Added &member) const
    {
        switch (names) {
        case Names::CampAndPerson:
            return {member.campId, member.personId};
        case Names::Person:
            return {member.personId};
        case Names::PersonButItsMembership:
            return {member.personId, member.membershipId};
        case Names::Membership:
            return {member.membershipId};
        case Names::MembershipTwice:
            return {member.membershipId, member.membershipId};
        }
        return {};
    }
};

const char *const CheckInsOf = "SELECT count(*) FROM check_ins WHERE camp_id = ? AND person_id = ?";
const char *const ViolationsOf = "SELECT count(*) FROM violations WHERE person_id = ?";
const char *const AliasesOf = "SELECT count(*) FROM name_aliases WHERE person_id = ?";
const char *const IdentitiesOf = "SELECT count(*) FROM chat_identities WHERE person_id = ?";
const char *const OtherMembershipsOf = "SELECT count(*) FROM memberships WHERE person_id = ? AND id <> ?";
// Their membership named: deleting it would empty these without a word.
const char *const ActivitiesOf
    = "SELECT count(*) FROM activities WHERE owner_membership_id = ? OR speaker_membership_id = ?";
const char *const SubgroupsLedBy = "SELECT count(*) FROM subgroups WHERE leader_membership_id = ?";

} // namespace

Result<void> AddedMembers::checkUntouched(Workspace &workspace, const QList<Added> &added)
{
    QList<qint64> camps;
    for (const Added &member : added) {
        if (!camps.contains(member.campId))
            camps.append(member.campId);
    }
    std::sort(camps.begin(), camps.end()); // the order every locker takes them in
    for (qint64 campId : std::as_const(camps)) {
        if (auto locked = workspace.participation().lockCamp(campId); !locked)
            return locked;
    }
    using Names = Count::Names;
    const Count counts[] {
        {CheckInsOf, Names::CampAndPerson, false, QT_TR_N_NOOP("%n check-in(s)")},
        {ViolationsOf, Names::Person, true, QT_TR_N_NOOP("%n violation(s)")},
        {AliasesOf, Names::Person, true, QT_TR_N_NOOP("%n name(s) a sign-up list taught")},
        {IdentitiesOf, Names::Person, true, QT_TR_N_NOOP("%n chat account(s) matched to them")},
        {OtherMembershipsOf, Names::PersonButItsMembership, true, QT_TR_N_NOOP("%n place(s) in other camps")},
        {ActivitiesOf, Names::MembershipTwice, false, QT_TR_N_NOOP("%n activity(ies) they own or speak at")},
        {SubgroupsLedBy, Names::Membership, false, QT_TR_N_NOOP("%n subgroup(s) they lead")},
    };
    QStringList since;
    for (const Count &count : counts) {
        qint64 found = 0;
        for (const Added &member : added) {
            if (count.createdOnly && !member.personCreated)
                continue;
            auto rows = Sql::scalar(workspace.database(), QString::fromLatin1(count.sql), count.values(member));
            if (!rows)
                return std::unexpected(rows.error());
            found += *rows;
        }
        if (found > 0)
            since << tr(count.words, nullptr, int(found));
    }
    if (since.isEmpty())
        return {};
    Error used {tr("Since these members were added, other work names them (%1): undoing the add would delete it "
                   "too, so nothing was undone. Remove the members themselves if they should go.")
                    .arg(since.join(tr(", ")))};
    used.stale = true;
    return std::unexpected(used);
}

} // namespace CampDesk
