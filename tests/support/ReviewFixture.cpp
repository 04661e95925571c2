#include "tests/support/ReviewFixture.h"

#include "core/capture/ParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/roster/SubgroupRepository.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace CampDesk::Testing {

namespace {

const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));

QDate march(int day)
{
    return QDate(2027, 3, day);
}

} // namespace

qint64 ReviewFixture::at(int day, int hour, int minute)
{
    return QDateTime(march(day), QTime(hour, minute), shanghai).toSecsSinceEpoch();
}

ReviewFixture::ReviewFixture()
    : ReviewFixture(QString())
{
}

ReviewFixture::ReviewFixture(const QString &address)
    : m_address(address.isEmpty() ? m_dir.path(QStringLiteral("review.campdesk")) : address)
{
    auto opened = Workspace::open(m_address);
    EXPECT_TRUE(opened.has_value()) << (opened ? "" : opened.error().message.toStdString());
    m_workspace = std::move(*opened);
    Camp camp = Camp::withDefaults(QStringLiteral("复盘营"), march(3), march(6));
    camp.preparationStart = march(1);
    camp.wrapUpEnd = march(7);
    camp.timeZone = QStringLiteral("Asia/Shanghai");
    camp.targetActiveRate = 60;
    camp.silentAfterDays = 2;
    m_camp = *m_workspace->camps().insert(camp);
    for (const char *key : {"G1", "G2"}) {
        Subgroup subgroup;
        subgroup.campId = m_camp;
        subgroup.name = QString::fromLatin1(key);
        m_subgroups.insert(subgroup.name, *m_workspace->subgroups().insert(subgroup));
    }
    addMember("A", QStringLiteral("安然"), MemberRole::OrdinaryMember, "G1", march(1));
    addMember("B", QStringLiteral("白雪"), MemberRole::OrdinaryMember, "G1", march(1));
    addMember("C", QStringLiteral("陈晨"), MemberRole::CoreMember, "G2", march(1));
    addMember("D", QStringLiteral("丁一"), MemberRole::OrdinaryMember, "G2", march(4));
    addMember("E", QStringLiteral("鄂尔"), MemberRole::OrdinaryMember, nullptr, march(1), march(5));
    addMember("F", QStringLiteral("方圆"), MemberRole::OrdinaryMember, "G2", march(1));
    addMember("S", QStringLiteral("苏老师"), MemberRole::Assistant, "G1", march(1));

    const auto wall = [](int day, int hour, int minute) { return wallClock(march(day), QTime(hour, minute)); };
    addActivity("X", ActivityType::SharingSession, QStringLiteral("分享会一"), wall(3, 20, 0), wall(3, 20, 30), "C");
    addActivity("K", ActivityType::CheckIn, QStringLiteral("晨间打卡"), wall(4, 9, 0), wall(4, 9, 30));
    addActivity("Y", ActivityType::Entertainment, QStringLiteral("夜猫子游戏"), wall(4, 23, 30), wall(5, 0, 0));
    addActivity("Z", ActivityType::SharingSession, QStringLiteral("分享会二"), wall(5, 20, 0), wall(5, 20, 30), "B");
    addActivity("W", ActivityType::SharingSession, QStringLiteral("结营分享"), wall(7, 20, 0), wall(7, 20, 30), "C");

    say({{"A", 3, 9, 0},
         {"A", 3, 20, 10},
         {"B", 3, 20, 30},
         {"S", 3, 20, 5},
         {"E", 3, 12, 0},
         {"A", 4, 10, 0},
         {"D", 4, 21, 0},
         {"C", 4, 23, 50},
         {"C", 5, 0, 20},
         {"B", 5, 8, 0},
         {"E", 5, 9, 0},
         {"A", 6, 9, 0}});

    QList<CheckIn> checkIns;
    const QList<std::pair<int, const char *>> days
        = {{3, "A"}, {3, "C"}, {4, "A"}, {4, "B"}, {4, "C"}, {5, "A"}, {6, "A"}, {6, "C"}};
    for (const auto &[day, key] : days)
        checkIns.append({person(key), march(day), 0, CheckInSource::Manual, {}});
    for (const char *key : {"A", "D"})
        checkIns.append({person(key), march(4), activity("K"), CheckInSource::Manual, {}});
    auto added = m_workspace->participation().changeCheckIns(m_camp, checkIns, {});
    EXPECT_TRUE(added.has_value());
    EXPECT_EQ(added.value_or(QList<CheckIn> {}).size(), 10);
}

void ReviewFixture::addMember(const char *key, const QString &name, MemberRole role, const char *subgroup, QDate joined,
                              QDate left)
{
    Person person;
    person.displayName = name;
    person.chatIds = {{QStringLiteral("wechat"), QStringLiteral("wxid_") + QString::fromLatin1(key)}};
    const qint64 personId = *m_workspace->people().insert(person);
    Membership membership;
    membership.campId = m_camp;
    membership.personId = personId;
    membership.role = role;
    membership.subgroupId = subgroup ? m_subgroups.value(QString::fromLatin1(subgroup)) : 0;
    membership.joinedOn = joined;
    membership.leftOn = left;
    if (left.isValid())
        membership.status = MembershipStatus::Left;
    m_people.insert(QString::fromLatin1(key), personId);
    m_memberships.insert(QString::fromLatin1(key), *m_workspace->memberships().add(membership));
}

qint64 ReviewFixture::addActivity(const char *key, ActivityType type, const QString &title, QDateTime start,
                                  QDateTime end, const char *speaker)
{
    Activity activity;
    activity.campId = m_camp;
    activity.type = type;
    activity.title = title;
    activity.start = start;
    activity.end = end;
    activity.speakerMembershipId = speaker ? membership(speaker) : 0;
    const qint64 id = *m_workspace->activities().insert(activity);
    m_activities.insert(QString::fromLatin1(key), id);
    return id;
}

void ReviewFixture::say(const QList<std::tuple<const char *, int, int, int>> &lines)
{
    QList<std::pair<const char *, qint64>> timed;
    for (const auto &[key, day, hour, minute] : lines)
        timed.append({key, at(day, hour, minute)});
    importLines(timed);
}

void ReviewFixture::sayAt(const char *key, qint64 time)
{
    importLines({{key, time}});
}

void ReviewFixture::importLines(const QList<std::pair<const char *, qint64>> &lines)
{
    QList<ChatMessage> messages;
    for (const auto &[key, time] : lines) {
        ChatMessage message;
        message.senderId = QStringLiteral("wxid_") + QString::fromLatin1(key);
        message.senderName = QString::fromLatin1(key);
        message.time = time;
        message.text = QStringLiteral("第%1条").arg(messages.size() + 1);
        messages.append(message);
    }
    auto imported = ChatImporter(*m_workspace)
                        .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv,
                                        QStringLiteral("fixture-%1.csv").arg(++m_batch), messages, {});
    EXPECT_TRUE(imported.has_value()) << (imported ? "" : imported.error().message.toStdString());
    if (imported) {
        EXPECT_EQ(imported->added, lines.size());
        EXPECT_TRUE(imported->unmatched.isEmpty());
    }
}

} // namespace CampDesk::Testing
