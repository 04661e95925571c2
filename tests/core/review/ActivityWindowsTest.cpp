// Who spoke in an activity's window is read from each identity's posting
// minutes; it must be exactly what the messages say, for every window, and
// stay so when identities are mapped, imports undone and files imported in
// two parts.
#include "core/Workspace.h"
#include "core/capture/ChatImporter.h"
#include "core/capture/MessageMinutes.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/review/ActivityStatsCache.h"
#include "core/roster/RosterImport.h"
#include "core/storage/SqlQuery.h"
#include "demo/ChatGenerator.h"
#include "tests/support/TempWorkspace.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

void expectSameParticipants(Workspace &workspace, const Camp &camp, const QList<ActivityWindow> &windows)
{
    ActivityStatsCache cache(workspace);
    const auto fromMinutes = cache.compute(camp.id, windows);
    const auto fromMessages = cache.computeFromMessages(camp.id, windows);
    ASSERT_TRUE(fromMinutes.has_value()) << fromMinutes.error().message.toStdString();
    ASSERT_TRUE(fromMessages.has_value());
    ASSERT_EQ(fromMinutes->size(), fromMessages->size());
    qint64 pairs = 0;
    for (qsizetype i = 0; i < fromMinutes->size(); ++i) {
        EXPECT_EQ(fromMinutes->at(i).activityId, fromMessages->at(i).activityId);
        EXPECT_EQ(fromMinutes->at(i).people, fromMessages->at(i).people)
            << "activity " << fromMinutes->at(i).activityId;
        pairs += fromMinutes->at(i).people.size();
    }
    EXPECT_GT(pairs, 0) << "the windows hold messages";
}

} // namespace

TEST(MessageMinutesTest, PacksMinutesInAnyOrderAndRefusesDamage)
{
    const QByteArray packed = MessageMinutes::pack({7, 5, -3, 5, -2, 5, 5, 5});
    std::vector<MessageMinutes::Minute> read;
    EXPECT_TRUE(
        MessageMinutes::forEach(packed, [&read](qint64 minute, int count) { read.emplace_back(minute, count); }));
    EXPECT_EQ(read, (std::vector<MessageMinutes::Minute> {{-3, 1}, {-2, 1}, {5, 5}, {7, 1}}));
    EXPECT_EQ(MessageMinutes::minuteOf(-1), -1) << "before 1970 the minute is the floor";
    EXPECT_EQ(MessageMinutes::minuteOf(-60), -1);
    EXPECT_EQ(MessageMinutes::minuteOf(-61), -2);
    EXPECT_FALSE(MessageMinutes::forEach(QByteArray(3, char(0x80)), [](qint64, int) { })) << "a varint that never ends";
    EXPECT_FALSE(MessageMinutes::forEach(MessageMinutes::encode({{4, 1}}).left(1), [](qint64, int) { })) << "cut short";
}

TEST(ActivityWindowsTest, MinutesGiveWhatTheMessagesGive)
{
    TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("windows.campdesk")));
    ASSERT_TRUE(opened.has_value());
    Workspace &workspace = **opened;
    Camp camp = Camp::withDefaults(QStringLiteral("Windows"), QDate(2027, 3, 1), QDate(2027, 3, 14));
    camp.timeZone = QStringLiteral("Asia/Shanghai");
    camp.id = *workspace.camps().insert(camp);

    ChatGeneratorOptions options;
    options.members = 60;
    options.days = 14;
    options.messages = 6000;
    // Half the export now, all of it later: the second import adds the rest
    // to the rows the first one wrote.
    const auto write = [&](int messages, const QString &name) {
        ChatGeneratorOptions part = options;
        part.messages = messages;
        QFile file(dir.path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_TRUE(ChatGenerator::writeTelegram(file, part));
        return file.fileName();
    };
    ChatImportOptions importing;
    importing.createMembers = true;
    importing.minutesHeld = 500; // the minutes written in parts along the way
    ASSERT_TRUE(ChatImporter(workspace).run(camp.id, write(3000, QStringLiteral("half.json")), importing).has_value());
    EXPECT_GT(*Sql::scalar(workspace.database(), QStringLiteral("SELECT COUNT(DISTINCT part) FROM identity_minutes")),
              4);
    const auto all = ChatImporter(workspace).run(camp.id, write(6000, QStringLiteral("all.json")), importing);
    ASSERT_TRUE(all.has_value());
    ASSERT_TRUE(
        workspace.activities().insertAll(ChatGenerator::activities(camp.id, camp.courseStart, 14, 300, 7)).has_value());
    const auto activities = workspace.activities().listForCamp(camp.id);
    ASSERT_TRUE(activities.has_value());
    QList<ActivityWindow> windows;
    ActivityWindowMaker windowOf(camp);
    for (const Activity &activity : *activities)
        windows.append(windowOf(activity.id, activity.start, activity.end));
    expectSameParticipants(workspace, camp, windows);

    // A window off the minute (no CampDesk time makes one) is read from the messages.
    QList<ActivityWindow> odd = windows;
    odd.first().start += 17;
    expectSameParticipants(workspace, camp, odd);

    // Two identities mapped to one member count as one person in a window.
    const auto identities = workspace.participation().identities(camp.id);
    ASSERT_TRUE(identities.has_value());
    ASSERT_TRUE(workspace.participation().mapIdentity(identities->at(1).id, identities->at(0).personId).has_value());
    expectSameParticipants(workspace, camp, windows);

    // Undoing the second import takes its minutes back out (once the
    // mapping made since is taken back: undo keeps a change made after it).
    ASSERT_TRUE(workspace.participation().mapIdentity(identities->at(1).id, identities->at(1).personId).has_value());
    ASSERT_TRUE(ChatImporter::revert(workspace, camp.id, *all).has_value());
    expectSameParticipants(workspace, camp, windows);
}
