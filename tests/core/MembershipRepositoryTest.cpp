#include "core/domain/MembershipRepository.h"

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/domain/PersonRepository.h"
#include "tests/support/EngineWorkspace.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class MembershipRepositoryTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        m_place.openOrSkip(m_workspace);
        if (!m_workspace)
            return;
        m_campA = *m_workspace->camps().insert(
            Camp::withDefaults(QStringLiteral("A"), QDate(2026, 5, 1), QDate(2026, 5, 21)));
        m_campB = *m_workspace->camps().insert(
            Camp::withDefaults(QStringLiteral("B"), QDate(2026, 7, 1), QDate(2026, 7, 14)));
    }

    qint64 person(const QString &name) { return *m_workspace->people().insert(Person {0, name, {}}); }

    EngineWorkspace m_place {GetParam()};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_campA = 0;
    qint64 m_campB = 0;
};

TEST_P(MembershipRepositoryTest, OnePersonCanJoinManyCampsButEachOnce)
{
    const qint64 lin = person(QStringLiteral("林晓雨"));
    EXPECT_TRUE(m_workspace->memberships().add({0, m_campA, lin, MemberRole::SeedMember, {}, {}}).has_value());
    EXPECT_TRUE(m_workspace->memberships().add({0, m_campB, lin, MemberRole::CoreMember, {}, {}}).has_value());
    const auto duplicate = m_workspace->memberships().add({0, m_campA, lin, MemberRole::Assistant, {}, {}});
    ASSERT_FALSE(duplicate.has_value());
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("already a member")));
}

TEST_P(MembershipRepositoryTest, ListsStaffFirstThenByName)
{
    for (const auto &[name, role] : {std::pair {QStringLiteral("Zoe"), MemberRole::OrdinaryMember},
                                     std::pair {QStringLiteral("Amy"), MemberRole::OrdinaryMember},
                                     std::pair {QStringLiteral("Max"), MemberRole::OwnerTeam},
                                     std::pair {QStringLiteral("Kai"), MemberRole::AtmosphereCrew}}) {
        ASSERT_TRUE(m_workspace->memberships().add({0, m_campA, person(name), role, {}, {}}).has_value());
    }
    auto entries = m_workspace->memberships().listForCamp(m_campA);
    ASSERT_TRUE(entries.has_value());
    QStringList names;
    for (const MemberEntry &entry : *entries)
        names << entry.displayName;
    EXPECT_EQ(
        names,
        (QStringList {QStringLiteral("Max"), QStringLiteral("Kai"), QStringLiteral("Amy"), QStringLiteral("Zoe")}));
}

TEST_P(MembershipRepositoryTest, CountsByRoleAndChangesRoles)
{
    const qint64 id
        = *m_workspace->memberships().add({0, m_campA, person(QStringLiteral("A")), MemberRole::SeedMember, {}, {}});
    ASSERT_TRUE(m_workspace->memberships()
                    .add({0, m_campA, person(QStringLiteral("B")), MemberRole::SeedMember, {}, {}})
                    .has_value());
    ASSERT_TRUE(m_workspace->memberships()
                    .add({0, m_campB, person(QStringLiteral("C")), MemberRole::SeedMember, {}, {}})
                    .has_value());
    auto counts = m_workspace->memberships().countByRole(m_campA);
    ASSERT_TRUE(counts.has_value());
    EXPECT_EQ(counts->value(MemberRole::SeedMember), 2);

    ASSERT_TRUE(m_workspace->memberships().setRole(id, MemberRole::Assistant).has_value());
    counts = m_workspace->memberships().countByRole(m_campA);
    EXPECT_EQ(counts->value(MemberRole::SeedMember), 1);
    EXPECT_EQ(counts->value(MemberRole::Assistant), 1);

    ASSERT_TRUE(m_workspace->memberships().remove(id).has_value());
    EXPECT_FALSE(m_workspace->memberships().remove(id).has_value());
    EXPECT_FALSE(m_workspace->memberships().setRole(id, MemberRole::CoreMember).has_value());
}

TEST_P(MembershipRepositoryTest, RoleKeysRoundTripAndStaffIsMarked)
{
    for (MemberRole role : MemberRoles::all())
        EXPECT_EQ(MemberRoles::fromKey(MemberRoles::key(role)), role);
    EXPECT_FALSE(MemberRoles::fromKey(QStringLiteral("nonsense")).has_value());
    EXPECT_TRUE(MemberRoles::isStaff(MemberRole::OwnerTeam));
    EXPECT_TRUE(MemberRoles::isStaff(MemberRole::Assistant));
    EXPECT_TRUE(MemberRoles::isStaff(MemberRole::AtmosphereCrew));
    EXPECT_FALSE(MemberRoles::isStaff(MemberRole::CoreMember));
    EXPECT_FALSE(MemberRoles::isStaff(MemberRole::SeedMember));
    EXPECT_FALSE(MemberRoles::isStaff(MemberRole::OrdinaryMember));
}

TEST_P(MembershipRepositoryTest, PersonInAnyCampCannotBeDeletedSilently)
{
    const qint64 id = person(QStringLiteral("Kept"));
    ASSERT_TRUE(m_workspace->memberships().add({0, m_campA, id, MemberRole::CoreMember, {}, {}}).has_value());
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("DELETE FROM people WHERE id = ?"));
    query.addBindValue(id);
    EXPECT_FALSE(query.exec()) << "foreign keys are enforced";
}

TEST_P(MembershipRepositoryTest, RosterFieldsRoundTrip)
{
    Person person;
    person.displayName = QStringLiteral("林晓雨");
    person.city = QStringLiteral("杭州");
    person.occupation = QStringLiteral("产品经理");
    person.phone = QStringLiteral("13800001111");
    person.tags = {QStringLiteral("写作"), QStringLiteral("老学员")};
    person.chatIds
        = {{QStringLiteral("wechat"), QStringLiteral("wx_lin")}, {QStringLiteral("qq"), QStringLiteral("10001")}};
    const qint64 personId = *m_workspace->people().insert(person);
    person.id = personId;
    EXPECT_EQ(*m_workspace->people().find(personId), person);
    EXPECT_EQ(*m_workspace->people().findByChatId({QStringLiteral("QQ"), QStringLiteral(" 10001 ")}), personId)
        << "platform and spacing do not matter";

    Person other;
    other.displayName = QStringLiteral("Someone else");
    other.chatIds = {{QStringLiteral("wechat"), QStringLiteral("wx_lin")}};
    const auto clash = m_workspace->people().insert(other);
    ASSERT_FALSE(clash.has_value());
    EXPECT_TRUE(clash.error().message.contains(QStringLiteral("wx_lin")));
    EXPECT_EQ(*m_workspace->people().count(), 1) << "the failed insert left nothing behind";

    Membership membership {0, m_campA, personId, MemberRole::CoreMember, QDate(2027, 4, 28), {}};
    const qint64 id = *m_workspace->memberships().add(membership);
    membership.id = id;
    membership.title = QStringLiteral("首席声音官");
    membership.groupNickname = QStringLiteral("A组-晓雨-杭州");
    membership.introduction = {QStringLiteral("晓雨 / 产品经理 / 杭州"), QStringLiteral("爱写作"),
                               QStringLiteral("想养成输出习惯"), QStringLiteral("跑完了一个全马")};
    membership.status = MembershipStatus::Left;
    membership.leftOn = QDate(2027, 5, 10);
    ASSERT_TRUE(m_workspace->memberships().update(membership).has_value());
    const QList<MemberEntry> entries = *m_workspace->memberships().listForCamp(m_campA);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().membership, membership);
    for (MembershipStatus status : MembershipStatuses::all())
        EXPECT_EQ(MembershipStatuses::fromKey(MembershipStatuses::key(status)), status);
}

// One prepared statement for many rows (an import's joins and leaves): each
// row gets its own values, and an id that is gone stops it with its number.
TEST_P(MembershipRepositoryTest, ManyMembershipsAreUpdatedEachWithItsOwnValues)
{
    QList<Membership> memberships;
    for (const QString &name : {QStringLiteral("林晓雨"), QStringLiteral("王子涵"), QStringLiteral("周一")}) {
        Membership membership {0, m_campA, person(name), MemberRole::OrdinaryMember, QDate(2026, 4, 28), {}};
        membership.id = *m_workspace->memberships().add(membership);
        memberships.append(membership);
    }
    memberships[0].joinedOn = QDate(2026, 5, 2);
    memberships[1].leftOn = QDate(2026, 5, 9);
    memberships[1].status = MembershipStatus::Left;
    memberships[1].joinedOn = QDate();
    // On a server the rows travel as arrays: quotes, backslashes, commas,
    // braces and the word NULL must arrive as typed.
    memberships[2].groupNickname = QStringLiteral("C组 \"周一\", {杭州} \\ NULL");
    memberships[2].title = QStringLiteral("NULL");
    memberships[2].introduction.sentence = QStringLiteral("第一行\n第二行\t，");
    ASSERT_TRUE(m_workspace->memberships().updateAll(memberships).has_value());
    for (const Membership &membership : std::as_const(memberships)) {
        const auto stored = m_workspace->memberships().find(membership.id);
        ASSERT_TRUE(stored.has_value());
        EXPECT_EQ(stored->membership, membership) << membership.groupNickname.toStdString();
    }

    // Named twice: the later values win, as one update after the other.
    Membership first = memberships.first();
    first.title = QStringLiteral("组长");
    Membership again = first;
    again.title = QStringLiteral("副组长");
    ASSERT_TRUE(m_workspace->memberships().updateAll({first, again}).has_value());
    EXPECT_EQ(m_workspace->memberships().find(first.id)->membership.title, QStringLiteral("副组长"));

    Membership gone = memberships.first();
    gone.id = memberships.last().id + 100;
    const auto refused = m_workspace->memberships().updateAll({memberships.first(), gone});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message, QStringLiteral("Membership %1 does not exist.").arg(gone.id));
    EXPECT_TRUE(m_workspace->memberships().updateAll({}).has_value()) << "nothing to write is no failure";
}

TEST_P(MembershipRepositoryTest, StaffForCampIsTheStaffOfTheFullListInItsOrder)
{
    for (const auto &[name, role] : {std::pair {QStringLiteral("Zoe"), MemberRole::AtmosphereCrew},
                                     std::pair {QStringLiteral("Amy"), MemberRole::OrdinaryMember},
                                     std::pair {QStringLiteral("Max"), MemberRole::Assistant},
                                     std::pair {QStringLiteral("Kai"), MemberRole::AtmosphereCrew},
                                     std::pair {QStringLiteral("Ben"), MemberRole::OwnerTeam}}) {
        ASSERT_TRUE(m_workspace->memberships().add({0, m_campA, person(name), role, {}, {}}).has_value());
    }
    ASSERT_TRUE(m_workspace->memberships()
                    .add({0, m_campB, person(QStringLiteral("Other")), MemberRole::OwnerTeam, {}, {}})
                    .has_value());
    QList<std::pair<qint64, QString>> expected;
    const auto everyone = m_workspace->memberships().listForCamp(m_campA);
    ASSERT_TRUE(everyone.has_value());
    for (const MemberEntry &entry : *everyone) {
        if (MemberRoles::isStaff(entry.membership.role))
            expected.append({entry.membership.id, entry.displayName});
    }
    const auto staff = m_workspace->memberships().staffForCamp(m_campA);
    ASSERT_TRUE(staff.has_value()) << staff.error().message.toStdString();
    EXPECT_EQ(*staff, expected);
    ASSERT_EQ(staff->size(), 4);
    EXPECT_EQ(staff->first().second, QStringLiteral("Ben")) << "the owner team first";
}

INSTANTIATE_TEST_SUITE_P(Engines, MembershipRepositoryTest, bothEngines(), engineName);
