#include "demo/DemoWorkspace.h"

#include "core/Workspace.h"
#include "core/capture/ChatImporter.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/Camp.h"
#include "core/domain/CampRepository.h"
#include "core/domain/Membership.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/Person.h"
#include "core/domain/PersonRepository.h"
#include "core/io/OwnerOnly.h"
#include "core/plan/CampPlanner.h"
#include "core/plan/PlanTemplateLibrary.h"
#include "core/roster/NicknameStandard.h"
#include "core/roster/Roster.h"
#include "core/roster/SubgroupRepository.h"
#include "core/roster/SubgroupSplitter.h"
#include "core/speech/CampVariableRepository.h"
#include "core/speech/SpeechLibrary.h"
#include "core/speech/SpeechRepository.h"
#include "core/storage/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace CampDesk {

namespace {

struct DemoText {
    QStringList familyNames;
    QStringList givenNames;
    QString runningName;
    QString runningTheme;
    QString runningDescription;
    QString finishedName;
    QString finishedTheme;
    QString plannedName;
    QString plannedTheme;
    QString groupRules;
    QString faq;
    QStringList cities;
    QStringList occupations;
    QString subgroupName; // with %1 for the number
    QStringList chatLines; // what members say in the group
    QStringList staffLines; // what the crew says
    QString checkInLine; // with %1 for the course day
    QString watchLine; // a message the watch list should catch
};

// Demo data is content, not interface text: it is written once per language
// here rather than translated, so the demo reads naturally in both.
DemoText chineseText()
{
    DemoText text;
    text.familyNames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                        QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
                        QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙"),
                        QStringLiteral("林"), QStringLiteral("何"), QStringLiteral("高"), QStringLiteral("罗")};
    text.givenNames = {QStringLiteral("晓雨"), QStringLiteral("子涵"), QStringLiteral("思远"), QStringLiteral("雨桐"),
                       QStringLiteral("浩然"), QStringLiteral("一诺"), QStringLiteral("佳怡"), QStringLiteral("明轩"),
                       QStringLiteral("欣然"), QStringLiteral("俊杰"), QStringLiteral("梓萱"), QStringLiteral("宇航"),
                       QStringLiteral("诗琪"), QStringLiteral("天佑"), QStringLiteral("若曦"), QStringLiteral("嘉乐"),
                       QStringLiteral("婉清"), QStringLiteral("志强"), QStringLiteral("可馨"), QStringLiteral("博文")};
    text.cities = {QStringLiteral("杭州"), QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("深圳"),
                   QStringLiteral("成都"), QStringLiteral("广州"), QStringLiteral("武汉"), QStringLiteral("南京")};
    text.occupations
        = {QStringLiteral("产品经理"), QStringLiteral("教师"), QStringLiteral("设计师"),  QStringLiteral("工程师"),
           QStringLiteral("学生"),     QStringLiteral("运营"), QStringLiteral("自由职业")};
    text.subgroupName = QStringLiteral("%1组");
    text.chatLines = {QStringLiteral("早上好！今天的题目好难写"),
                      QStringLiteral("老师讲的开头三种写法太实用了"),
                      QStringLiteral("我写完了，求组里点评～"),
                      QStringLiteral("收到"),
                      QStringLiteral("今天终于没有拖延"),
                      QStringLiteral("请问周末分享会几点开始？"),
                      QStringLiteral("[图片]"),
                      QStringLiteral("同问"),
                      QStringLiteral("谢谢助教的提醒"),
                      QStringLiteral("第一次写到800字，开心"),
                      QStringLiteral("晚上加班，明早补上"),
                      QStringLiteral("这个选题我也想写")};
    text.staffLines = {QStringLiteral("今日课程已更新，记得打卡哦"), QStringLiteral("大家的作业越来越好了👍"),
                       QStringLiteral("晚上8点分享会，不见不散"), QStringLiteral("还没打卡的同学抓紧啦")};
    text.checkInLine = QStringLiteral("打卡第%1天 ✅ 今天写了600字");
    text.watchLine = QStringLiteral("有没有人想了解一个理财项目，回报很高，私聊我");
    text.runningName = QStringLiteral("21天晨间写作训练营 · 第6期");
    text.runningTheme = QStringLiteral("每天早起写500字，养成输出习惯");
    text.runningDescription = QStringLiteral(
        "面向职场新人的写作训练营。每天一节短课、一次打卡，周末有分享会和复盘；大群讲课和活动，小组内互相点评。");
    text.finishedName = QStringLiteral("21天晨间写作训练营 · 第5期");
    text.finishedTheme = QStringLiteral("从零开始写公众号文章");
    text.plannedName = QStringLiteral("14天读书打卡营 · 第1期");
    text.plannedTheme = QStringLiteral("两周读完一本书，每天一段读书笔记");
    text.groupRules = QStringLiteral("欢迎加入训练营！为了让每个人都学有所获，请大家遵守以下群规：\n\n"
                                     "1. 鼓励：按时打卡、分享作业、互相点评、提出真问题。\n\n"
                                     "2. 禁止：广告、链接引流、理财和币圈话题、私加群友。\n\n"
                                     "3. 违规处理：第一次私下提醒，第二次移出群聊。\n\n"
                                     "4. 有问题先看群公告和常见问题手册，仍未解决请@助教。");
    text.faq
        = QStringLiteral("问：课程在哪里看？\n答：每天的群公告里有当天的课程链接。\n\n"
                         "问：错过了打卡怎么办？\n答：当天23:59前补卡都算数，过了时间请找助教说明。\n\n"
                         "问：小组怎么分？\n答：开课前一天按城市和写作基础自动分组，群昵称请改成“小组-昵称-城市”。");
    return text;
}

DemoText englishText()
{
    DemoText text;
    text.familyNames
        = {QStringLiteral("Smith"),  QStringLiteral("Garcia"), QStringLiteral("Chen"),  QStringLiteral("Patel"),
           QStringLiteral("Okafor"), QStringLiteral("Müller"), QStringLiteral("Rossi"), QStringLiteral("Kim"),
           QStringLiteral("Nguyen"), QStringLiteral("Silva"),  QStringLiteral("Novak"), QStringLiteral("Haddad")};
    text.givenNames
        = {QStringLiteral("Alice"),   QStringLiteral("Ben"),   QStringLiteral("Chloe"),  QStringLiteral("Daniel"),
           QStringLiteral("Elena"),   QStringLiteral("Farid"), QStringLiteral("Grace"),  QStringLiteral("Hugo"),
           QStringLiteral("Ines"),    QStringLiteral("Jonas"), QStringLiteral("Kira"),   QStringLiteral("Leo"),
           QStringLiteral("Maya"),    QStringLiteral("Noah"),  QStringLiteral("Olivia"), QStringLiteral("Priya"),
           QStringLiteral("Quentin"), QStringLiteral("Rosa"),  QStringLiteral("Sam"),    QStringLiteral("Tara")};
    text.cities
        = {QStringLiteral("London"),    QStringLiteral("Berlin"), QStringLiteral("Lagos"), QStringLiteral("Toronto"),
           QStringLiteral("Singapore"), QStringLiteral("Madrid"), QStringLiteral("Seoul"), QStringLiteral("Austin")};
    text.occupations = {QStringLiteral("Product manager"), QStringLiteral("Teacher"), QStringLiteral("Designer"),
                        QStringLiteral("Engineer"),        QStringLiteral("Student"), QStringLiteral("Marketer"),
                        QStringLiteral("Freelancer")};
    text.subgroupName = QStringLiteral("Group %1");
    text.chatLines = {QStringLiteral("Morning! Today's prompt is a tough one"),
                      QStringLiteral("Those three ways to open a piece are gold"),
                      QStringLiteral("Done with mine, feedback welcome"),
                      QStringLiteral("Got it"),
                      QStringLiteral("No procrastination today for once"),
                      QStringLiteral("What time is the weekend sharing session?"),
                      QStringLiteral("<Media omitted>"),
                      QStringLiteral("Same question"),
                      QStringLiteral("Thanks for the reminder!"),
                      QStringLiteral("First time I wrote 800 words, so happy"),
                      QStringLiteral("Working late, will catch up tomorrow morning"),
                      QStringLiteral("I want to write about that too")};
    text.staffLines = {QStringLiteral("Today's lesson is up, remember to check in"),
                       QStringLiteral("Your drafts keep getting better 👍"),
                       QStringLiteral("Sharing session at 8 pm tonight, see you there"),
                       QStringLiteral("Last call for today's check-in")};
    text.checkInLine = QStringLiteral("#checkin day %1 ✅ 600 words today");
    text.watchLine = QStringLiteral("Anyone interested in a crypto opportunity? Great returns, DM me");
    text.runningName = QStringLiteral("21-Day Morning Writing Camp · Cohort 6");
    text.runningTheme = QStringLiteral("Write 500 words every morning and make output a habit");
    text.runningDescription = QStringLiteral(
        "A writing camp for early-career professionals. One short lesson and one check-in a day, a sharing session "
        "and a review every weekend; lessons and activities in the main group, peer feedback in subgroups.");
    text.finishedName = QStringLiteral("21-Day Morning Writing Camp · Cohort 5");
    text.finishedTheme = QStringLiteral("Your first newsletter, from scratch");
    text.plannedName = QStringLiteral("14-Day Reading Camp · Cohort 1");
    text.plannedTheme = QStringLiteral("Finish one book in two weeks, one note a day");
    text.groupRules = QStringLiteral(
        "Welcome to the camp! So that everyone gets the most out of it, please keep to these rules:\n\n"
        "1. Encouraged: check in on time, share your drafts, give each other feedback, ask real questions.\n\n"
        "2. Not allowed: advertising, links that pull people elsewhere, investment or crypto talk, adding members "
        "privately.\n\n"
        "3. Consequences: a private reminder the first time, removal from the group the second time.\n\n"
        "4. Questions? Read the pinned notice and the FAQ first, then @ an assistant.");
    text.faq = QStringLiteral(
        "Q: Where are the lessons?\nA: Each day's pinned notice has that day's lesson link.\n\n"
        "Q: I missed a check-in. What now?\nA: Late check-ins count until 23:59 the same day; after that, tell an "
        "assistant.\n\n"
        "Q: How are subgroups formed?\nA: The day before the first lesson, by city and writing experience. Please "
        "set your group nickname to “subgroup-nickname-city”.");
    return text;
}

struct RoleQuota {
    MemberRole role;
    int count;
};

// The running camp's group chat so far, imported as a WeChat export would
// be, and the check-ins of its course days: members have steady habits
// (a core that always shows up, a long tail that fades), and course day 3
// (a holiday) is quiet, so the review shows a dip below the target.
Result<void> addParticipation(Workspace &workspace, const Camp &running, QDate today, const DemoText &text,
                              QRandomGenerator &random)
{
    auto entries = Roster::load(workspace, running.id);
    if (!entries)
        return std::unexpected(entries.error());
    const QTimeZone zone = running.zone();
    QList<ChatMessage> messages;
    QList<CheckIn> checkIns;
    for (const RosterEntry &entry : std::as_const(*entries)) {
        const bool staff = MemberRoles::isStaff(entry.membership.role);
        const QString wxid = entry.person.chatIds.isEmpty() ? QString() : entry.person.chatIds.first().id;
        // How likely this member is to speak on a day, in percent.
        const int habit = staff                               ? 80
            : entry.membership.role == MemberRole::CoreMember ? 75
            : entry.membership.role == MemberRole::SeedMember ? 55
                                                              : int(random.bounded(10)) * 8; // 0…72: some never speak
        const QString name
            = entry.membership.groupNickname.isEmpty() ? entry.person.displayName : entry.membership.groupNickname;
        for (QDate day = entry.membership.joinedOn.isValid() ? entry.membership.joinedOn : running.preparationStart;
             day <= today; day = day.addDays(1)) {
            if (entry.membership.leftOn.isValid() && day > entry.membership.leftOn)
                break;
            const int courseDay = int(running.courseStart.daysTo(day)) + 1;
            int chance = habit;
            const bool holiday = courseDay == 3;
            if (holiday)
                chance = chance / 4;
            else if (courseDay > 3)
                chance = chance * (100 - 2 * courseDay) / 100; // the usual slow fade
            const bool spoke = int(random.bounded(100)) < chance;
            const bool checkedIn
                = !staff && courseDay >= 1 && day < today && int(random.bounded(100)) < chance + (holiday ? 0 : 15);
            if (spoke) {
                const int count = 1 + int(random.bounded(staff ? 6 : 4));
                for (int i = 0; i < count; ++i) {
                    const QStringList &lines = staff ? text.staffLines : text.chatLines;
                    ChatMessage message;
                    message.senderId = wxid;
                    message.senderName = name;
                    message.time = QDateTime(day, QTime(7 + int(random.bounded(16)), int(random.bounded(60))), zone)
                                       .toSecsSinceEpoch();
                    message.text = lines.at(random.bounded(lines.size()));
                    message.kind = message.text.startsWith(u'[') || message.text.startsWith(u'<') ? MessageKind::Media
                                                                                                  : MessageKind::Text;
                    messages.append(message);
                }
            }
            if (checkedIn) {
                // Half post their check-in in the chat, half sign the day's 接龙.
                if (random.bounded(2) == 0) {
                    ChatMessage message;
                    message.senderId = wxid;
                    message.senderName = name;
                    message.time = QDateTime(day, QTime(6 + int(random.bounded(4)), int(random.bounded(60))), zone)
                                       .toSecsSinceEpoch();
                    message.text = text.checkInLine.arg(courseDay);
                    messages.append(message);
                } else {
                    checkIns.append({entry.person.id, day, 0, CheckInSource::Jielong, name});
                }
            }
        }
    }
    // One member tries to pull people into a scheme: the watch list's catch.
    for (const RosterEntry &entry : std::as_const(*entries)) {
        if (entry.membership.role == MemberRole::OrdinaryMember && !entry.person.chatIds.isEmpty()) {
            ChatMessage message;
            message.senderId = entry.person.chatIds.first().id;
            message.senderName
                = entry.membership.groupNickname.isEmpty() ? entry.person.displayName : entry.membership.groupNickname;
            message.time = QDateTime(today.addDays(-2), QTime(22, 41), zone).toSecsSinceEpoch();
            message.text = text.watchLine;
            messages.append(message);
            break;
        }
    }
    std::stable_sort(messages.begin(), messages.end(),
                     [](const ChatMessage &a, const ChatMessage &b) { return a.time < b.time; });
    auto imported = ChatImporter(workspace).importMessages(running.id, ChatFormat::WeChatMemoTraceCsv,
                                                           QStringLiteral("demo-group-chat.csv"), messages, {});
    if (!imported)
        return std::unexpected(imported.error());
    auto recorded = workspace.participation().changeCheckIns(running.id, checkIns, {});
    if (!recorded)
        return std::unexpected(recorded.error());
    return {};
}

} // namespace

Result<qint64> DemoWorkspace::populate(Workspace &workspace, QDate today, Language language, quint32 seed)
{
    const DemoText text = language == Language::Chinese ? chineseText() : englishText();
    QRandomGenerator random(seed);

    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());

    Camp finished = Camp::withDefaults(text.finishedName, today.addDays(-60), today.addDays(-40));
    finished.theme = text.finishedTheme;
    finished.targetMembers = 150;
    finished.groupRules = text.groupRules;
    finished.faq = text.faq;

    Camp running = Camp::withDefaults(text.runningName, today.addDays(-5), today.addDays(15));
    running.theme = text.runningTheme;
    running.description = text.runningDescription;
    running.targetMembers = 200;
    running.targetActiveRate = 35;
    running.targetCheckinRate = 75;
    running.groupRules = text.groupRules;
    running.faq = text.faq;

    Camp planned = Camp::withDefaults(text.plannedName, today.addDays(24), today.addDays(37));
    planned.theme = text.plannedTheme;
    planned.targetMembers = 120;

    qint64 runningId = 0;
    for (Camp *camp : {&finished, &planned, &running}) {
        auto id = workspace.camps().insert(*camp);
        if (!id)
            return std::unexpected(id.error());
        camp->id = *id;
    }
    runningId = running.id;

    const QList<RoleQuota> quotas
        = {{MemberRole::OwnerTeam, 2},   {MemberRole::Assistant, 4},   {MemberRole::AtmosphereCrew, 6},
           {MemberRole::CoreMember, 14}, {MemberRole::SeedMember, 22}, {MemberRole::OrdinaryMember, 132}};
    const bool chinese = language == Language::Chinese;
    QHash<qint64, QList<qint64>> staffOf; // camp id -> staff membership ids
    int serial = 0;
    for (const RoleQuota &quota : quotas) {
        for (int i = 0; i < quota.count; ++i, ++serial) {
            const QString family = text.familyNames.at(random.bounded(text.familyNames.size()));
            const QString given = text.givenNames.at(random.bounded(text.givenNames.size()));
            Person person;
            person.displayName = chinese ? QString(family + given) : QString(given + u' ' + family);
            person.city = text.cities.at(random.bounded(text.cities.size()));
            person.occupation = text.occupations.at(random.bounded(text.occupations.size()));
            person.chatIds
                = {{QStringLiteral("wechat"), QStringLiteral("wxid_demo%1").arg(serial + 1, 4, 10, QLatin1Char('0'))}};
            auto personId = workspace.people().insert(person);
            if (!personId)
                return std::unexpected(personId.error());

            Membership membership;
            membership.campId = runningId;
            membership.personId = *personId;
            membership.role = quota.role;
            membership.joinedOn = running.preparationStart.addDays(random.bounded(4));
            // A few members drift away mid-camp, as they do in real groups.
            if (quota.role == MemberRole::OrdinaryMember && random.bounded(20) == 0)
                membership.leftOn = running.courseStart.addDays(random.bounded(4));
            auto added = workspace.memberships().add(membership);
            if (!added)
                return std::unexpected(added.error());
            if (MemberRoles::isStaff(quota.role))
                staffOf[runningId].append(*added);

            // Returning members: most staff and a third of the others were in the last cohort too.
            const bool returning = MemberRoles::isStaff(quota.role) || random.bounded(3) == 0;
            if (returning) {
                membership.campId = finished.id;
                membership.joinedOn = finished.preparationStart;
                membership.leftOn = {};
                auto again = workspace.memberships().add(membership);
                if (!again)
                    return std::unexpected(again.error());
                if (MemberRoles::isStaff(quota.role))
                    staffOf[finished.id].append(*again);
            }
        }
    }

    // The running camp is split into six balanced subgroups, and most members
    // have set their group nickname to the camp's pattern.
    {
        QList<Subgroup> groups;
        for (int index = 1; index <= 6; ++index) {
            Subgroup subgroup {0, runningId, text.subgroupName.arg(index), {}, 0};
            auto id = workspace.subgroups().insert(subgroup);
            if (!id)
                return std::unexpected(id.error());
            subgroup.id = *id;
            groups.append(subgroup);
        }
        auto entries = Roster::load(workspace, runningId);
        if (!entries)
            return std::unexpected(entries.error());
        QList<SubgroupSplitter::Member> participants;
        for (const RosterEntry &entry : std::as_const(*entries)) {
            if (!MemberRoles::isStaff(entry.membership.role))
                participants.append({entry.membership.id, entry.membership.role, entry.person.city, {}});
        }
        SubgroupSplitter::Options options;
        options.groups = 6;
        options.spreadCities = true;
        options.seed = seed;
        const QHash<qint64, int> split = SubgroupSplitter::split(participants, options);
        for (RosterEntry entry : std::as_const(*entries)) {
            if (!split.contains(entry.membership.id))
                continue;
            entry.membership.subgroupId = groups.at(split.value(entry.membership.id)).id;
            entry.subgroup = groups.at(split.value(entry.membership.id)).name;
            entry.membership.groupNickname = random.bounded(5) == 0
                ? entry.person.displayName
                : NicknameStandard::expected(running.nicknamePattern, entry);
            if (auto written = workspace.memberships().update(entry.membership); !written)
                return std::unexpected(written.error());
        }
    }

    // Every camp gets the built-in training-camp plan; the past is ticked off.
    const QList<PlanTemplate> templates = PlanTemplateLibrary::builtIn();
    if (!templates.isEmpty()) {
        const QString planLanguage = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
        for (const Camp *camp : {&finished, &running, &planned}) {
            PlanParameters parameters = templates.first().defaultParameters(camp->courseStart, planLanguage);
            parameters.courseDays = camp->courseDays();
            parameters.preparationDays = int(camp->preparationStart.daysTo(camp->courseStart));
            auto activities = templates.first().expand(parameters);
            if (!activities)
                return std::unexpected(activities.error());
            const QList<qint64> staff = staffOf.value(camp->id);
            // Core members give the sharing sessions, in turn.
            QList<qint64> speakers;
            if (auto members = workspace.memberships().listForCamp(camp->id)) {
                for (const MemberEntry &entry : *members) {
                    if (entry.membership.role == MemberRole::CoreMember)
                        speakers.append(entry.membership.id);
                }
            }
            int turn = 0, speakerTurn = 0;
            for (Activity &activity : *activities) {
                if (!staff.isEmpty())
                    activity.ownerMembershipId = staff.at(turn++ % staff.size());
                if (activity.type == ActivityType::SharingSession && !speakers.isEmpty())
                    activity.speakerMembershipId = speakers.at(speakerTurn++ * 7 % speakers.size());
                if (activity.start.date() < today) {
                    activity.status = random.bounded(25) == 0 ? ActivityStatus::Skipped : ActivityStatus::Done;
                    for (ChecklistItem &item : activity.checklist)
                        item.done = activity.status == ActivityStatus::Done;
                }
            }
            // The running camp's first sharing session falls on its quiet
            // holiday (course day 3) and took place: the review's story of
            // a low turnout.
            if (camp == &running) {
                const auto first = std::find_if(activities->begin(), activities->end(), [](const Activity &activity) {
                    return activity.type == ActivityType::SharingSession;
                });
                const QDate holiday = running.courseStart.addDays(2);
                if (first != activities->end() && holiday < today) {
                    *first = first->movedTo(wallClock(holiday, QTime(20, 0)));
                    first->status = ActivityStatus::Done;
                }
            }
            if (auto added = CampPlanner::addToCamp(workspace, camp->id, *activities); !added)
                return std::unexpected(added.error());
        }
    }

    // The speech library, and the running camp's links for every course day,
    // so the daily announcement renders as it would on the day.
    const QString libraryLanguage = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (auto seeded = SpeechLibrary::seedIfNeeded(workspace, libraryLanguage); !seeded)
        return std::unexpected(seeded.error());
    const QStringList lessons = chinese
        ? QStringList {QStringLiteral("找到你的写作主题"), QStringLiteral("一句话讲清楚观点"),
                       QStringLiteral("用故事开头"),       QStringLiteral("结构：总分总"),
                       QStringLiteral("删掉一半的形容词"), QStringLiteral("标题的三种写法"),
                       QStringLiteral("周末复盘")}
        : QStringList {QStringLiteral("Find your topic"),         QStringLiteral("One sentence, one point"),
                       QStringLiteral("Open with a story"),       QStringLiteral("Structure that carries"),
                       QStringLiteral("Cut half the adjectives"), QStringLiteral("Three ways to title"),
                       QStringLiteral("Weekend review")};
    for (int day = 1; day <= running.courseDays(); ++day) {
        const QList<CampVariable> values {
            {QStringLiteral("course_link"), day,
             QStringLiteral("https://course.example.org/writing-6/day-%1").arg(day)},
            {QStringLiteral("checkin_link"), day, QStringLiteral("https://checkin.example.org/w6/%1").arg(day)},
            {QStringLiteral("lesson_title"), day, lessons.at((day - 1) % lessons.size())}};
        for (const CampVariable &value : values) {
            if (auto set = workspace.campVariables().set(runningId, value); !set)
                return std::unexpected(set.error());
        }
    }
    // Announcements and ceremonies post prepared texts: link them, so the
    // plan offers a copy button on those activities.
    QHash<QString, qint64> byTitle;
    if (auto all = workspace.speeches().list(runningId); all) {
        for (const SpeechTemplate &line : std::as_const(*all))
            byTitle.insert(line.title, line.id);
    }
    const QHash<QString, QString> links {{QStringLiteral("daily-announcement"), QStringLiteral("announcement-daily")},
                                         {QStringLiteral("opening-ceremony"), QStringLiteral("ceremony-opening")},
                                         {QStringLiteral("closing-ceremony"), QStringLiteral("ceremony-closing")},
                                         {QStringLiteral("column-checkin"), QStringLiteral("checkin-morning")},
                                         {QStringLiteral("digest"), QStringLiteral("digest-post")}};
    for (const Camp *camp : {&finished, &running, &planned}) {
        auto activities = workspace.activities().listForCamp(camp->id);
        if (!activities)
            return std::unexpected(activities.error());
        for (Activity activity : std::as_const(*activities)) {
            const qint64 speechId
                = byTitle.value(SpeechLibrary::builtInTitle(links.value(activity.templateKey), libraryLanguage));
            if (speechId == 0)
                continue;
            activity.speechTemplateId = speechId;
            if (auto linked = workspace.activities().update(activity); !linked)
                return std::unexpected(linked.error());
        }
    }

    if (auto chatted = addParticipation(workspace, running, today, text, random); !chatted)
        return std::unexpected(chatted.error());

    // The crew has been busy: a few lines were already used in this camp.
    auto lines = workspace.speeches().list(runningId);
    if (!lines)
        return std::unexpected(lines.error());
    for (const SpeechTemplate &line : std::as_const(*lines)) {
        if (!SpeechCategories::isAtmosphere(line.category) && line.category != SpeechCategory::CheckInReminder)
            continue;
        const int uses = int(random.bounded(4));
        for (int use = 0; use < uses; ++use) {
            const QDateTime when(today.addDays(-1 - int(random.bounded(4))), QTime(9 + int(random.bounded(12)), 0));
            const int day = int(running.courseStart.daysTo(when.date())) + 1;
            if (auto recorded = workspace.speeches().recordUse(line.id, runningId, day, 0, when); !recorded)
                return std::unexpected(recorded.error());
        }
    }

    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return runningId;
}

Result<QString> DemoWorkspace::rebuild(const QString &language)
{
    QString path = Workspace::demoPath();
    OwnerOnly::makeFolder(QFileInfo(path).absolutePath());
    {
        QLockFile lock(path + QStringLiteral(".lock"));
        if (!lock.tryLock(0) && lock.error() == QLockFile::LockFailedError)
            return fail(tr("The demo workspace is open in another CampDesk window."));
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto workspace = Workspace::open(path);
    if (!workspace)
        return std::unexpected(workspace.error());
    const Language demoLanguage = language == QLatin1String("zh_CN") ? Language::Chinese : Language::English;
    if (auto populated = populate(**workspace, QDate::currentDate(), demoLanguage); !populated)
        return std::unexpected(populated.error());
    return path;
}

} // namespace CampDesk
