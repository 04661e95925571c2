#include "demo/DemoWorkspace.h"

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "tests/support/TempWorkspace.h"

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

TEST(DemoWorkspaceTest, PopulatesARunningCampWithEveryRole)
{
    TempDir dir;
    auto workspace = Workspace::open(dir.path(QStringLiteral("demo.campdesk")));
    ASSERT_TRUE(workspace.has_value());
    const QDate today(2026, 11, 22);
    auto runningId = DemoWorkspace::populate(**workspace, today, DemoWorkspace::Language::Chinese);
    ASSERT_TRUE(runningId.has_value()) << runningId.error().message.toStdString();

    auto camps = (*workspace)->camps().list();
    ASSERT_TRUE(camps.has_value());
    ASSERT_EQ(camps->size(), 3);
    QList<CampStatus> statuses;
    for (const Camp &camp : *camps)
        statuses << camp.statusOn(today);
    EXPECT_TRUE(statuses.contains(CampStatus::Running));
    EXPECT_TRUE(statuses.contains(CampStatus::Planning));
    EXPECT_TRUE(statuses.contains(CampStatus::Finished));

    const Camp running = *(*workspace)->camps().find(*runningId);
    EXPECT_EQ(running.statusOn(today), CampStatus::Running);
    EXPECT_TRUE(running.name.contains(QStringLiteral("训练营")));
    auto counts = (*workspace)->memberships().countByRole(*runningId);
    ASSERT_TRUE(counts.has_value());
    int total = 0;
    for (MemberRole role : MemberRoles::all()) {
        EXPECT_GT(counts->value(role), 0) << MemberRoles::key(role).toStdString();
        total += counts->value(role);
    }
    EXPECT_EQ(total, 180);
}

TEST(DemoWorkspaceTest, SameSeedGivesSameNames)
{
    TempDir dir;
    QStringList names[2];
    for (int run = 0; run < 2; ++run) {
        auto workspace = Workspace::open(dir.path(QStringLiteral("demo%1.campdesk").arg(run)));
        ASSERT_TRUE(workspace.has_value());
        auto id = DemoWorkspace::populate(**workspace, QDate(2026, 1, 1), DemoWorkspace::Language::English, 7);
        ASSERT_TRUE(id.has_value());
        const QList<MemberEntry> entries = *(*workspace)->memberships().listForCamp(*id);
        for (const MemberEntry &entry : entries)
            names[run] << entry.displayName;
    }
    EXPECT_EQ(names[0], names[1]);
    EXPECT_EQ(names[0].size(), 180);
}
