#include "demo/ChatGenerator.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <array>

namespace CampDesk {

namespace {

// A small, fast, seedable generator (xorshift32): std:: engines differ
// between standard libraries in their distributions, this never does.
class Random {
public:
    explicit Random(quint32 seed)
        : m_state(seed ? seed : 1)
    {
    }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int bound) { return int(next() % quint32(bound)); }

private:
    quint32 m_state;
};

const std::array<const char *, 12> familyNames
    = {"林", "王", "陈", "张", "李", "赵", "刘", "周", "吴", "孙", "Chen", "Lee"};
const std::array<const char *, 12> givenNames
    = {"晓雨", "子涵", "浩然", "雨桐", "一鸣", "思远", "梓萱", "俊杰", "Amy", "Ben", "Coco", "Dan"};
const std::array<const char *, 16> lines = {"早上好，今天也要加油！",
                                            "打卡第%1天 ✅",
                                            "收到，谢谢老师",
                                            "今天的分享太有用了",
                                            "请问作业在哪里交？",
                                            "我来晚了，补个打卡",
                                            "👍👍👍",
                                            "Good morning everyone!",
                                            "有同样的问题 +1",
                                            "今天跑了5公里",
                                            "感谢分享，学到了",
                                            "晚安～明天见",
                                            "老师讲得真清楚",
                                            "我完成了今天的练习",
                                            "周末一起线下见面吗？",
                                            "Thanks for the notes, very helpful"};

// Seconds into a day, weighted towards the evening when camps are busiest.
int secondOfDay(Random &random)
{
    const int hour
        = std::array<int, 16> {7, 8, 9, 12, 12, 13, 18, 19, 20, 20, 20, 21, 21, 21, 22, 23}[random.below(16)];
    return hour * 3600 + random.below(3600);
}

struct GeneratedMessage {
    qint64 time;
    int member;
    QString text;
};

// Messages sorted by time, so exports read like real ones.
QList<GeneratedMessage> generate(const ChatGeneratorOptions &options)
{
    Random random(options.seed);
    QList<GeneratedMessage> messages;
    messages.reserve(options.messages);
    const qint64 start = QDateTime(options.firstDay, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    // An active core writes most: member i's weight falls with i.
    for (int i = 0; i < options.messages; ++i) {
        const int day = random.below(std::max(1, options.days));
        const int a = random.below(options.members);
        const int b = random.below(options.members);
        const int member = std::min(a, b);
        const int pick = random.below(int(lines.size()));
        QString text = QString::fromUtf8(lines.at(size_t(pick)));
        if (text.contains(QLatin1String("%1")))
            text = text.arg(day + 1);
        if (random.below(20) == 0)
            text += QStringLiteral("\n第二行：") + QString::number(random.below(100));
        if (random.below(25) == 0)
            text = QStringLiteral("<Media omitted>");
        messages.append({start + day * 86400 + secondOfDay(random), member, text});
    }
    std::stable_sort(messages.begin(), messages.end(),
                     [](const GeneratedMessage &x, const GeneratedMessage &y) { return x.time < y.time; });
    return messages;
}

bool writeAllOf(QIODevice &out, const QByteArray &bytes)
{
    return out.write(bytes) == bytes.size();
}

} // namespace

QString ChatGenerator::memberName(int index)
{
    Random random(quint32(index) * 2654435761u + 7);
    return QString::fromUtf8(familyNames.at(size_t(random.below(int(familyNames.size())))))
        + QString::fromUtf8(givenNames.at(size_t(random.below(int(givenNames.size())))))
        + QStringLiteral(" %1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

bool ChatGenerator::writeWhatsApp(QIODevice &out, const ChatGeneratorOptions &options)
{
    QByteArray buffer;
    buffer.reserve(1 << 20);
    const auto flush = [&] {
        const bool ok = writeAllOf(out, buffer);
        buffer.clear();
        return ok;
    };
    const auto header = [](qint64 time) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(time, Qt::UTC);
        return QStringLiteral("%1/%2/%3, %4:%5 - ")
            .arg(at.date().month())
            .arg(at.date().day())
            .arg(at.date().year() % 100, 2, 10, QLatin1Char('0'))
            .arg(at.time().hour(), 2, 10, QLatin1Char('0'))
            .arg(at.time().minute(), 2, 10, QLatin1Char('0'));
    };
    const qint64 start = QDateTime(options.firstDay, QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    buffer += (header(start - 86400)
               + QStringLiteral("Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
                                "WhatsApp, can read or listen to them. Tap to learn more.\n"))
                  .toUtf8();
    for (int member = 0; member < options.members; ++member)
        buffer += (header(start - 86400 + member % 3600) + memberName(member)
                   + QStringLiteral(" joined using this group's invite link\n"))
                      .toUtf8();
    for (const GeneratedMessage &message : generate(options)) {
        buffer += (header(message.time) + memberName(message.member) + QStringLiteral(": ") + message.text + u'\n')
                      .toUtf8();
        if (buffer.size() > (1 << 20) && !flush())
            return false;
    }
    return flush();
}

bool ChatGenerator::writeTelegram(QIODevice &out, const ChatGeneratorOptions &options)
{
    QByteArray buffer = "{\n \"name\": \"CampDesk benchmark camp\",\n \"type\": \"private_supergroup\",\n \"id\": "
                        "1700000000,\n \"messages\": [";
    int id = 1;
    bool first = true;
    for (const GeneratedMessage &message : generate(options)) {
        const QJsonObject object {{QStringLiteral("id"), id++},
                                  {QStringLiteral("type"), QStringLiteral("message")},
                                  {QStringLiteral("date"),
                                   QDateTime::fromSecsSinceEpoch(message.time, Qt::UTC).toString(Qt::ISODate).left(19)},
                                  {QStringLiteral("date_unixtime"), QString::number(message.time)},
                                  {QStringLiteral("from"), memberName(message.member)},
                                  {QStringLiteral("from_id"), QStringLiteral("user%1").arg(100000 + message.member)},
                                  {QStringLiteral("text"), message.text}};
        buffer += (first ? "\n  " : ",\n  ") + QJsonDocument(object).toJson(QJsonDocument::Compact);
        first = false;
        if (buffer.size() > (1 << 20)) {
            if (!writeAllOf(out, buffer))
                return false;
            buffer.clear();
        }
    }
    buffer += "\n ]\n}\n";
    return writeAllOf(out, buffer);
}

bool ChatGenerator::writeRoster(QIODevice &out, const ChatGeneratorOptions &options)
{
    QByteArray buffer = "昵称,Telegram\n";
    for (int member = 0; member < options.members; ++member)
        buffer += (memberName(member) + QStringLiteral(",user%1\n").arg(100000 + member)).toUtf8();
    return writeAllOf(out, buffer);
}

QList<Activity> ChatGenerator::activities(qint64 campId, QDate firstDay, int days, int count, quint32 seed)
{
    // Titles as an operator would write them; fixed text, so the output
    // never depends on the interface language.
    const QList<ActivityType> types = ActivityTypes::all();
    const auto title = [](ActivityType type) {
        switch (type) {
        case ActivityType::Announcement:
            return QStringLiteral("每日公告 Announcement");
        case ActivityType::Lesson:
            return QStringLiteral("课程 Lesson");
        case ActivityType::CheckIn:
            return QStringLiteral("打卡 Check-in");
        case ActivityType::Entertainment:
            return QStringLiteral("小游戏 Game");
        case ActivityType::SharingSession:
            return QStringLiteral("分享会 Sharing session");
        case ActivityType::OpeningCeremony:
            return QStringLiteral("开营仪式 Opening");
        case ActivityType::ClosingCeremony:
            return QStringLiteral("结营仪式 Closing");
        case ActivityType::Digest:
            return QStringLiteral("日报 Digest");
        case ActivityType::StaffTask:
            return QStringLiteral("工作任务 Staff task");
        }
        return QString();
    };
    Random random(seed ^ 0xAC71u);
    QList<Activity> result;
    result.reserve(std::max(count, 0));
    days = std::max(days, 1);
    for (int i = 0; i < count; ++i) {
        Activity activity;
        activity.campId = campId;
        activity.type = types.at(random.below(int(types.size())));
        const QDate day = firstDay.addDays(i % days);
        activity.title = QStringLiteral("%1 · %2").arg(title(activity.type)).arg(i / days + 1);
        const int quarter = random.below(15 * 4 + 1); // 07:00 … 22:00
        activity.start = wallClock(day, QTime(7, 0).addSecs(quarter * 15 * 60));
        activity.end = activity.start.addSecs((30 + random.below(61)) * 60);
        result.append(activity);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Activity &a, const Activity &b) { return a.start < b.start; });
    return result;
}

} // namespace CampDesk
