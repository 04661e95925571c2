#include "core/roster/AddedMembers.h"

#include "core/Workspace.h"
#include "core/storage/SqlQuery.h"

#include <QStringList>

namespace CampDesk {

namespace {

// Rows naming one added member, but for the step's own membership.
struct Count final {
    enum class Names { CampAndPerson, Person, PersonButItsMembership };
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
        }
        return {};
    }
};

const char *const CheckInsOf = "SELECT count(*) FROM check_ins WHERE camp_id = ? AND person_id = ?";
const char *const ViolationsOf = "SELECT count(*) FROM violations WHERE person_id = ?";
const char *const AliasesOf = "SELECT count(*) FROM name_aliases WHERE person_id = ?";
const char *const IdentitiesOf = "SELECT count(*) FROM chat_identities WHERE person_id = ?";
const char *const OtherMembershipsOf = "SELECT count(*) FROM memberships WHERE person_id = ? AND id <> ?";

} // namespace

Result<void> AddedMembers::checkUntouched(const Workspace &workspace, const QList<Added> &added)
{
    using Names = Count::Names;
    const Count counts[] {
        {CheckInsOf, Names::CampAndPerson, false, QT_TR_N_NOOP("%n check-in(s)")},
        {ViolationsOf, Names::Person, true, QT_TR_N_NOOP("%n violation(s)")},
        {AliasesOf, Names::Person, true, QT_TR_N_NOOP("%n name(s) a sign-up list taught")},
        {IdentitiesOf, Names::Person, true, QT_TR_N_NOOP("%n chat account(s) matched to them")},
        {OtherMembershipsOf, Names::PersonButItsMembership, true, QT_TR_N_NOOP("%n place(s) in other camps")},
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
