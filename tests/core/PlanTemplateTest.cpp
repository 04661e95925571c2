#include "core/plan/PlanTemplate.h"

#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/plan/CampPlanner.h"
#include "core/plan/PlanTemplateLibrary.h"
#include "core/plan/PlanTemplateRepository.h"
#include "core/speech/SpeechRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

PlanTemplate builtIn(const QString &key)
{
    for (const PlanTemplate &plan : PlanTemplateLibrary::builtIn()) {
        if (plan.key == key)
            return plan;
    }
    ADD_FAILURE() << "no built-in template " << key.toStdString();
    return {};
}

QList<Activity> withKey(const QList<Activity> &activities, const QString &key)
{
    QList<Activity> result;
    for (const Activity &activity : activities) {
        if (activity.templateKey == key)
            result << activity;
    }
    return result;
}

QByteArray minimal(const QByteArray &items)
{
    return QByteArrayLiteral(
               "{\"format\": \"campdesk-plan-template\", \"version\": 1, \"key\": \"t\", \"name\": \"T\", "
               "\"items\": [")
        + items + QByteArrayLiteral("]}");
}

std::string errorOf(const QByteArray &json)
{
    auto parsed = PlanTemplate::fromJson(json, QStringLiteral("mine.json"));
    if (parsed)
        return "parsed";
    return parsed.error().message.toStdString();
}

} // namespace

TEST(PlanTemplateTest, BuiltInTemplatesLoadInBothLanguages)
{
    const QList<PlanTemplate> templates = PlanTemplateLibrary::builtIn();
    ASSERT_EQ(templates.size(), 2);
    for (const PlanTemplate &plan : templates) {
        EXPECT_TRUE(plan.builtIn);
        EXPECT_FALSE(plan.name.english.isEmpty());
        EXPECT_FALSE(plan.name.chinese.isEmpty());
        EXPECT_NE(plan.name.english, plan.name.chinese) << "written in both languages";
        for (const PlanTemplateItem &item : plan.items) {
            EXPECT_NE(item.title.english, item.title.chinese) << item.key.toStdString();
        }
    }
}

TEST(PlanTemplateTest, TrainingCampExpandsToTheSop)
{
    const PlanTemplate plan = builtIn(QStringLiteral("training-camp"));
    PlanParameters parameters = plan.defaultParameters(QDate(2026, 12, 28), QStringLiteral("en"));
    parameters.courseDays = 21;
    auto activities = plan.expand(parameters);
    ASSERT_TRUE(activities.has_value()) << activities.error().message.toStdString();

    // Preparation: three days before the first lesson.
    const QList<Activity> staffGroup = withKey(*activities, QStringLiteral("staff-work-group"));
    ASSERT_EQ(staffGroup.size(), 1);
    EXPECT_EQ(staffGroup.first().start, wallClock(QDate(2026, 12, 25), QTime(10, 0)));
    EXPECT_EQ(staffGroup.first().checklist.size(), 3);

    // One announcement per course day, across the year boundary.
    const QList<Activity> announcements = withKey(*activities, QStringLiteral("daily-announcement"));
    ASSERT_EQ(announcements.size(), 21);
    EXPECT_EQ(announcements.first().title, QStringLiteral("Day 1 announcement"));
    EXPECT_EQ(announcements.at(4).start, wallClock(QDate(2027, 1, 1), QTime(8, 0)));
    EXPECT_EQ(announcements.last().start.date(), QDate(2027, 1, 17));
    EXPECT_EQ(announcements.last().title, QStringLiteral("Day 21 announcement"));

    // The digest of day N goes out on the morning of day N + 1.
    const QList<Activity> digests = withKey(*activities, QStringLiteral("digest"));
    ASSERT_EQ(digests.size(), 21);
    EXPECT_EQ(digests.first().start, wallClock(QDate(2026, 12, 29), QTime(8, 30)));
    EXPECT_EQ(digests.first().title, QStringLiteral("Digest of day 1"));
    EXPECT_EQ(digests.last().start.date(), QDate(2027, 1, 18));

    const QList<Activity> opening = withKey(*activities, QStringLiteral("opening-ceremony"));
    ASSERT_EQ(opening.size(), 1);
    EXPECT_EQ(opening.first().start, wallClock(QDate(2026, 12, 28), QTime(20, 0)));
    EXPECT_EQ(opening.first().end, wallClock(QDate(2026, 12, 28), QTime(21, 30)));
    const QList<Activity> closing = withKey(*activities, QStringLiteral("closing-ceremony"));
    ASSERT_EQ(closing.size(), 1);
    EXPECT_EQ(closing.first().start.date(), QDate(2027, 1, 17));
    EXPECT_EQ(withKey(*activities, QStringLiteral("camp-review")).first().start.date(), QDate(2027, 1, 18));

    // Sharing sessions on days 6, 13 and 20; games on days 3, 10 and 17.
    const QList<Activity> sharing = withKey(*activities, QStringLiteral("sharing-session"));
    ASSERT_EQ(sharing.size(), 3);
    EXPECT_EQ(sharing.at(0).start.date(), QDate(2027, 1, 2));
    EXPECT_EQ(sharing.at(2).start.date(), QDate(2027, 1, 16));
    EXPECT_EQ(withKey(*activities, QStringLiteral("game")).size(), 3);

    EXPECT_TRUE(std::is_sorted(activities->begin(), activities->end(),
                               [](const Activity &a, const Activity &b) { return a.start < b.start; }));
}

TEST(PlanTemplateTest, ColumnTimesOptionalItemsAndLanguage)
{
    const PlanTemplate plan = builtIn(QStringLiteral("training-camp"));
    PlanParameters parameters = plan.defaultParameters(QDate(2028, 2, 27), QStringLiteral("zh_CN"));
    parameters.courseDays = 5;
    parameters.columnTimes.insert(QStringLiteral("column-checkin"), QTime(7, 30));
    parameters.excludedItems = {QStringLiteral("game"), QStringLiteral("sharing-session"),
                                QStringLiteral("column-topic"), QStringLiteral("opening-ceremony")};
    auto activities = plan.expand(parameters);
    ASSERT_TRUE(activities.has_value());

    const QList<Activity> checkins = withKey(*activities, QStringLiteral("column-checkin"));
    ASSERT_EQ(checkins.size(), 5);
    // 2028 is a leap year: day 3 is 29 February.
    EXPECT_EQ(checkins.at(2).start, wallClock(QDate(2028, 2, 29), QTime(7, 30)));
    EXPECT_EQ(checkins.at(3).start.date(), QDate(2028, 3, 1));
    EXPECT_EQ(checkins.first().title, QStringLiteral("第1天打卡"));
    EXPECT_TRUE(withKey(*activities, QStringLiteral("game")).isEmpty());
    EXPECT_TRUE(withKey(*activities, QStringLiteral("column-topic")).isEmpty());
    // Only optional items can be left out.
    EXPECT_EQ(withKey(*activities, QStringLiteral("opening-ceremony")).size(), 1);
}

TEST(PlanTemplateTest, ShortPreparationPullsEarlyTasksToItsFirstDay)
{
    const PlanTemplate plan = builtIn(QStringLiteral("training-camp"));
    PlanParameters parameters = plan.defaultParameters(QDate(2027, 3, 1), QStringLiteral("en"));
    parameters.preparationDays = 1;
    auto activities = plan.expand(parameters);
    ASSERT_TRUE(activities.has_value());
    EXPECT_EQ(withKey(*activities, QStringLiteral("staff-work-group")).first().start.date(), QDate(2027, 2, 28));
    EXPECT_EQ(withKey(*activities, QStringLiteral("rules-review")).first().start.date(), QDate(2027, 2, 28));
}

// A template placing a task earlier than a camp's preparation, or on a
// course day the camp does not have, says so for each: such a camp was
// given the tasks piled onto its first day without a word.
TEST(PlanTemplateTest, WhatFallsOtherThanPlannedIsSaid)
{
    const PlanTemplate plan = builtIn(QStringLiteral("training-camp"));
    PlanParameters parameters = plan.defaultParameters(QDate(2027, 3, 1), QStringLiteral("en"));
    QStringList notes;
    ASSERT_TRUE(plan.expand(parameters, &notes).has_value());
    EXPECT_TRUE(notes.isEmpty()) << notes.join(u'\n').toStdString();

    parameters.preparationDays = 0;
    ASSERT_TRUE(plan.expand(parameters, &notes).has_value());
    ASSERT_FALSE(notes.isEmpty());
    for (const QString &note : std::as_const(notes))
        EXPECT_TRUE(note.contains(u"no preparation days") && note.contains(u"2027-03-01")) << note.toStdString();

    const auto own = PlanTemplate::fromJson(
        minimal(R"({"key": "late", "type": "lesson", "title": "Guest talk", "day": 10, "time": "20:00"},)"
                R"({"key": "end", "type": "staff_task", "title": "Rehearsal", "anchor": "last_day", "day": -9,)"
                R"( "time": "20:00"})"),
        QStringLiteral("own.json"));
    ASSERT_TRUE(own.has_value()) << own.error().message.toStdString();
    PlanParameters week = own->defaultParameters(QDate(2027, 3, 1), QStringLiteral("en"));
    week.courseDays = 7;
    notes.clear();
    ASSERT_TRUE(own->expand(week, &notes).has_value());
    ASSERT_EQ(notes.size(), 2) << notes.join(u'\n').toStdString();
    EXPECT_TRUE(notes.at(0).contains(u"“Guest talk” is planned on course day 10")
                && notes.at(0).contains(u"2027-03-10"))
        << notes.at(0).toStdString();
    EXPECT_TRUE(notes.at(1).contains(u"“Rehearsal”") && notes.at(1).contains(u"before the course"))
        << notes.at(1).toStdString();

    // A wrap-up task on its third day: after a two-day wrap-up, said; inside
    // the four-day wrap-up of the camp the plan is added to, not.
    const auto wrapUp = PlanTemplate::fromJson(
        minimal(R"({"key": "thanks", "type": "staff_task", "title": "Thank-you notes", "anchor": "last_day",)"
                R"( "day": 3, "time": "10:00"})"),
        QStringLiteral("wrap.json"));
    ASSERT_TRUE(wrapUp.has_value()) << wrapUp.error().message.toStdString();
    PlanParameters two = wrapUp->defaultParameters(QDate(2027, 3, 1), QStringLiteral("en"));
    notes.clear();
    ASSERT_TRUE(wrapUp->expand(two, &notes).has_value());
    EXPECT_EQ(notes.size(), 1);
    Camp longer = Camp::withDefaults(QStringLiteral("Long"), QDate(2027, 3, 1), two.lastDay());
    longer.wrapUpEnd = two.lastDay().addDays(4);
    two.wrapUpDays = CampPlanner::wrapUpDaysFor(longer, two);
    EXPECT_EQ(two.wrapUpDays, 4);
    notes.clear();
    ASSERT_TRUE(wrapUp->expand(two, &notes).has_value());
    EXPECT_TRUE(notes.isEmpty()) << notes.join(u'\n').toStdString();
}

TEST(PlanTemplateTest, DailyOperationHasWeeklyItems)
{
    const PlanTemplate plan = builtIn(QStringLiteral("daily-operation"));
    PlanParameters parameters = plan.defaultParameters(QDate(2027, 3, 1), QStringLiteral("en")); // a Monday
    parameters.courseDays = 14;
    auto activities = plan.expand(parameters);
    ASSERT_TRUE(activities.has_value());
    const QList<Activity> fridays = withKey(*activities, QStringLiteral("welfare-friday"));
    ASSERT_EQ(fridays.size(), 2);
    EXPECT_EQ(fridays.at(0).start.date(), QDate(2027, 3, 5));
    EXPECT_EQ(fridays.at(1).start.date(), QDate(2027, 3, 12));
    EXPECT_EQ(withKey(*activities, QStringLiteral("weekly-review")).size(), 2);
    EXPECT_EQ(withKey(*activities, QStringLiteral("column-checkin")).size(), 14);
}

TEST(PlanTemplateTest, NinetyDayPlanExpands)
{
    const PlanTemplate plan = builtIn(QStringLiteral("training-camp"));
    PlanParameters parameters = plan.defaultParameters(QDate(2027, 1, 1), QStringLiteral("en"));
    parameters.courseDays = 90;
    auto activities = plan.expand(parameters);
    ASSERT_TRUE(activities.has_value());
    EXPECT_EQ(withKey(*activities, QStringLiteral("daily-announcement")).size(), 90);
    EXPECT_EQ(withKey(*activities, QStringLiteral("daily-announcement")).last().start.date(), QDate(2027, 3, 31));
}

TEST(PlanTemplateTest, MalformedTemplatesNameTheField)
{
    const QByteArray ok = "{\"key\": \"a\", \"type\": \"lesson\", \"title\": \"A\", \"day\": 1, \"time\": \"09:00\"}";
    EXPECT_EQ(errorOf(minimal(ok)), "parsed");

    const auto contains
        = [](const std::string &message, const char *part) { return message.find(part) != std::string::npos; };
    std::string message = errorOf("{\"format\": \"campdesk-plan-template\", \n \"version\": 1,, }");
    EXPECT_TRUE(contains(message, "mine.json")) << message;
    EXPECT_TRUE(contains(message, "line 2")) << message;

    message
        = errorOf(minimal("{\"key\": \"a\", \"type\": \"lesson\", \"title\": \"A\", \"day\": 1, \"time\": \"25:00\"}"));
    EXPECT_TRUE(contains(message, "items[0].time")) << message;
    EXPECT_TRUE(contains(message, "25:00")) << message;

    message = errorOf(
        minimal(ok + ", {\"key\": \"b\", \"type\": \"party\", \"title\": \"B\", \"day\": 2, \"time\": \"10:00\"}"));
    EXPECT_TRUE(contains(message, "items[1].type")) << message;

    message = errorOf(minimal("{\"key\": \"a\", \"type\": \"lesson\", \"day\": 1, \"time\": \"09:00\"}"));
    EXPECT_TRUE(contains(message, "items[0].title")) << message;

    message
        = errorOf(minimal("{\"key\": \"a\", \"type\": \"lesson\", \"title\": \"A\", \"day\": 0, \"time\": \"09:00\"}"));
    EXPECT_TRUE(contains(message, "items[0].day")) << message;

    message = errorOf(minimal("{\"key\": \"a\", \"type\": \"lesson\", \"title\": \"A\", \"time\": \"09:00\"}"));
    EXPECT_TRUE(contains(message, "items[0].day")) << message;

    message = errorOf(minimal(ok + ", " + ok));
    EXPECT_TRUE(contains(message, "items[1].key")) << message;

    message = errorOf(
        minimal("{\"key\": \"a\", \"type\": \"lesson\", \"title\": \"A\", \"repeat\": \"every\", \"every\": 0,"
                " \"day\": 1, \"time\": \"09:00\"}"));
    EXPECT_TRUE(contains(message, "items[0].every")) << message;

    message = errorOf(
        minimal("{\"key\": \"a\", \"type\": \"lesson\", \"title\": \"A\", \"day\": 1.5, \"time\": \"09:00\"}"));
    EXPECT_TRUE(contains(message, "items[0].day")) << message;

    message
        = errorOf(minimal("{\"key\": \"a\", \"type\": \"lesson\", \"title\": [1], \"day\": 1, \"time\": \"09:00\"}"));
    EXPECT_TRUE(contains(message, "items[0].title")) << message;

    message = errorOf(minimal(""));
    EXPECT_TRUE(contains(message, "template.items")) << message;

    message = errorOf(
        "{\"format\": \"campdesk-plan-template\", \"version\": 2, \"key\": \"t\", \"name\": \"T\", \"items\": []}");
    EXPECT_TRUE(contains(message, "template.version")) << message;

    message = errorOf("[1, 2]");
    EXPECT_TRUE(contains(message, "JSON object")) << message;
}

TEST(PlanTemplateTest, JsonRoundTripKeepsTheExpansion)
{
    const PlanTemplate plan = builtIn(QStringLiteral("training-camp"));
    auto again = PlanTemplate::fromJson(plan.toJson(), QStringLiteral("round trip"));
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    const PlanParameters parameters = plan.defaultParameters(QDate(2027, 5, 3), QStringLiteral("zh_CN"));
    EXPECT_EQ(*plan.expand(parameters), *again->expand(parameters));
}

// A plan saved as a template keeps its prepared-text links: a camp made from
// it offers the same lines, except a line of another camp's own (which the
// new camp cannot use) or one deleted since.
TEST(PlanTemplateTest, SavedTemplatesKeepPreparedTexts)
{
    TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("plans.campdesk")));
    ASSERT_TRUE(opened.has_value());
    Workspace &workspace = **opened;
    const Camp camp = Camp::withDefaults(QStringLiteral("Spring"), QDate(2027, 3, 1), QDate(2027, 3, 3));
    const qint64 campId = *workspace.camps().insert(camp);
    const qint64 shared
        = *workspace.speeches().insert({0, QStringLiteral("Morning post"), SpeechCategory::DailyAnnouncement,
                                        QStringLiteral("Good morning, day {day}!")});
    SpeechTemplate own {0, QStringLiteral("Spring only"), SpeechCategory::DailyAnnouncement, QStringLiteral("Spring!")};
    own.campId = campId;
    const qint64 springOnly = *workspace.speeches().insert(own);
    QList<Activity> activities;
    for (const auto &[title, speech] :
         {std::pair {QStringLiteral("Day 1 post"), shared}, std::pair {QStringLiteral("Spring welcome"), springOnly},
          std::pair {QStringLiteral("Lesson"), qint64(0)}}) {
        Activity activity;
        activity.type = ActivityType::Announcement;
        activity.title = title;
        activity.start = QDateTime(QDate(2027, 3, 1), QTime(8, 0));
        activity.end = activity.start.addSecs(900);
        activity.speechTemplateId = speech;
        activities.append(activity);
    }
    ASSERT_TRUE(CampPlanner::addToCamp(workspace, campId, activities).has_value());

    const PlanTemplate saved = PlanTemplate::fromPlan(QStringLiteral("Our plan"), *workspace.camps().find(campId),
                                                      *workspace.activities().listForCamp(campId));
    ASSERT_TRUE(workspace.planTemplates().save(saved).has_value());
    const auto templates = workspace.planTemplates().list();
    ASSERT_TRUE(templates.has_value() && !templates->isEmpty());
    const PlanTemplate reread = templates->first();
    PlanParameters parameters = reread.defaultParameters(QDate(2027, 6, 7), QStringLiteral("en"));
    const auto planned = reread.expand(parameters);
    ASSERT_TRUE(planned.has_value());
    const auto newCamp = CampPlanner::createCampWithPlan(
        workspace, CampPlanner::campFor(QStringLiteral("Summer"), parameters), *planned);
    ASSERT_TRUE(newCamp.has_value()) << newCamp.error().message.toStdString();
    const auto made = workspace.activities().listForCamp(*newCamp);
    ASSERT_TRUE(made.has_value());
    QHash<QString, qint64> links;
    for (const Activity &activity : *made)
        links.insert(activity.title, activity.speechTemplateId);
    EXPECT_EQ(links.value(QStringLiteral("Day 1 post")), shared);
    EXPECT_EQ(links.value(QStringLiteral("Spring welcome")), 0) << "Spring's own line is not Summer's";
    EXPECT_EQ(links.value(QStringLiteral("Lesson")), 0);
}

// A plan saved as a template fits a camp of another length: a line on every
// course day (or every Friday) becomes a series, its day's number read as
// {day}; the closing days and the wrap-up keep their distance from the last
// course day. Every one-off was anchored to day 1, so a shorter camp had its
// closing ceremony and its last announcements after its end.
TEST(PlanTemplateTest, ASavedPlanFitsACampOfAnotherLength)
{
    Camp camp = Camp::withDefaults(QStringLiteral("Spring"), QDate(2027, 3, 1), QDate(2027, 3, 21)); // a Monday
    camp.preparationStart = QDate(2027, 2, 26);
    camp.wrapUpEnd = QDate(2027, 3, 23);
    QList<Activity> activities;
    const auto add = [&activities](ActivityType type, const QString &title, QDate day, QTime time) {
        Activity activity;
        activity.type = type;
        activity.title = title;
        activity.start = wallClock(day, time);
        activity.end = activity.start.addSecs(1800);
        activities.append(activity);
    };
    for (int day = 1; day <= 21; ++day) {
        add(ActivityType::Announcement, QStringLiteral("Day %1 announcement").arg(day),
            camp.courseStart.addDays(day - 1), QTime(8, 0));
        // A time in a title is no day's number, not even on day 21.
        add(ActivityType::CheckIn, QStringLiteral("Evening check-in 21:00"), camp.courseStart.addDays(day - 1),
            QTime(21, 30));
        if (day <= 5)
            add(ActivityType::CheckIn, QStringLiteral("Warm-up %1").arg(day), camp.courseStart.addDays(day - 1),
                QTime(21, 0));
        if (camp.courseStart.addDays(day - 1).dayOfWeek() == Qt::Friday)
            add(ActivityType::SharingSession, QStringLiteral("Friday review"), camp.courseStart.addDays(day - 1),
                QTime(20, 0));
    }
    add(ActivityType::StaffTask, QStringLiteral("Rules review"), QDate(2027, 2, 27), QTime(10, 0));
    add(ActivityType::OpeningCeremony, QStringLiteral("Opening"), QDate(2027, 3, 1), QTime(19, 0));
    add(ActivityType::StaffTask, QStringLiteral("Day 20 rehearsal"), QDate(2027, 3, 20), QTime(19, 0));
    add(ActivityType::Digest, QStringLiteral("20分钟复盘"), QDate(2027, 3, 20), QTime(21, 0));
    add(ActivityType::ClosingCeremony, QStringLiteral("Closing"), QDate(2027, 3, 21), QTime(19, 0));
    add(ActivityType::Digest, QStringLiteral("复盘"), QDate(2027, 3, 22), QTime(10, 0));

    const PlanTemplate saved = PlanTemplate::fromPlan(QStringLiteral("Ours"), camp, activities);
    const auto reread = PlanTemplate::fromJson(saved.toJson(), QStringLiteral("saved"));
    ASSERT_TRUE(reread.has_value()) << reread.error().message.toStdString();

    PlanParameters same = reread->defaultParameters(QDate(2027, 3, 1), QStringLiteral("en"));
    QStringList notes;
    auto again = reread->expand(same, &notes);
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(notes.isEmpty()) << notes.join(u'\n').toStdString();
    QList<std::pair<QString, QDateTime>> before;
    QList<std::pair<QString, QDateTime>> after;
    for (const Activity &activity : activities)
        before.append({activity.title, activity.start});
    for (const Activity &activity : *again)
        after.append({activity.title, activity.start});
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    EXPECT_EQ(after, before) << "the same camp again is the same plan";

    PlanParameters shorter = reread->defaultParameters(QDate(2027, 5, 3), QStringLiteral("en")); // a Monday
    shorter.courseDays = 14;
    notes.clear();
    auto fitted = reread->expand(shorter, &notes);
    ASSERT_TRUE(fitted.has_value());
    QHash<QString, QDate> on;
    int announcements = 0;
    int reviews = 0;
    int evenings = 0;
    for (const Activity &activity : *fitted) {
        on.insert(activity.title, activity.start.date());
        announcements += activity.type == ActivityType::Announcement ? 1 : 0;
        reviews += activity.title == QStringLiteral("Friday review") ? 1 : 0;
        evenings += activity.title == QStringLiteral("Evening check-in 21:00") ? 1 : 0;
    }
    EXPECT_EQ(announcements, 14);
    EXPECT_EQ(evenings, 14);
    EXPECT_EQ(on.value(QStringLiteral("Day 14 announcement")), QDate(2027, 5, 16));
    EXPECT_FALSE(on.contains(QStringLiteral("Day 15 announcement")));
    EXPECT_EQ(reviews, 2) << "the two Fridays of the shorter camp";
    EXPECT_EQ(on.value(QStringLiteral("Closing")), QDate(2027, 5, 16));
    EXPECT_EQ(on.value(QStringLiteral("Day 13 rehearsal")), QDate(2027, 5, 15)) << "the day before the last";
    EXPECT_EQ(on.value(QStringLiteral("20分钟复盘")), QDate(2027, 5, 15)) << "a count is no day's number";
    EXPECT_EQ(on.value(QStringLiteral("复盘")), QDate(2027, 5, 17));
    EXPECT_EQ(on.value(QStringLiteral("Opening")), QDate(2027, 5, 3));
    EXPECT_EQ(on.value(QStringLiteral("Rules review")), QDate(2027, 5, 1));
    EXPECT_EQ(on.value(QStringLiteral("Warm-up 5")), QDate(2027, 5, 7)) << "a few days' series stays at the start";
    EXPECT_TRUE(notes.isEmpty()) << notes.join(u'\n').toStdString();
}

// What a save under a name would replace is found by that name; undoing a
// save removes it by name.
TEST(PlanTemplateTest, SavedTemplatesAreFoundAndRemovedByName)
{
    TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("plans.campdesk")));
    ASSERT_TRUE(opened.has_value());
    PlanTemplateRepository &templates = (*opened)->planTemplates();
    PlanTemplate plan = PlanTemplateLibrary::builtIn().first();
    plan.name = {QStringLiteral("Our plan"), QStringLiteral("Our plan")};
    plan.builtIn = false;
    ASSERT_TRUE(templates.save(plan).has_value());

    auto found = templates.find(QStringLiteral("Our plan"));
    ASSERT_TRUE(found.has_value()) << found.error().message.toStdString();
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->items.size(), plan.items.size());
    EXPECT_FALSE(templates.find(QStringLiteral("our plan"))->has_value()) << "names are matched exactly";

    ASSERT_TRUE(templates.remove(QStringLiteral("Our plan")).has_value());
    EXPECT_FALSE(templates.find(QStringLiteral("Our plan"))->has_value());
    EXPECT_FALSE(templates.remove(QStringLiteral("Our plan")).has_value()) << "nothing left to remove";
}

// A camp with nothing planned makes no template: it could not be read back,
// and one unreadable template kept every template from the New Camp dialog.
TEST(PlanTemplateTest, AnEmptyPlanIsNotSavedAsATemplate)
{
    TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("plans.campdesk")));
    ASSERT_TRUE(opened.has_value());
    Camp camp = Camp::withDefaults(QStringLiteral("Empty"), QDate(2027, 3, 1), QDate(2027, 3, 7));
    const PlanTemplate plan = PlanTemplate::fromPlan(QStringLiteral("Nothing planned"), camp, {});
    auto saved = (*opened)->planTemplates().save(plan);
    ASSERT_FALSE(saved.has_value());
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("no activities"))) << saved.error().message.toStdString();
    auto all = PlanTemplateLibrary::all(**opened);
    ASSERT_TRUE(all.has_value()) << all.error().message.toStdString();
    EXPECT_EQ(all->size(), PlanTemplateLibrary::builtIn().size()) << "nothing was stored";
}
