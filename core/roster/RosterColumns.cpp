#include "core/roster/RosterColumns.h"

#include "core/search/TextMatcher.h"

#include <QHash>
#include <QSet>

namespace CampDesk {

namespace {

struct Entry {
    RosterField field;
    const char *key;
    const char *name;
    QStringList synonyms; // folded; a header matches when it equals or contains one
    // Only a header that is one of the synonyms: "付款状态" and "Payment
    // status" are other statuses than a member's in the camp.
    bool exactOnly = false;
};

const QList<Entry> &entries()
{
    static const QList<Entry> list = {
        {RosterField::Ignore, "ignore", QT_TRANSLATE_NOOP("RosterColumns", "(ignore)"), {}},
        {RosterField::GroupNickname,
         "group_nickname",
         QT_TRANSLATE_NOOP("RosterColumns", "Group nickname"),
         {QStringLiteral("群昵称"), QStringLiteral("群名片"), QStringLiteral("group nickname"),
          QStringLiteral("nickname in group")}},
        {RosterField::DisplayName,
         "name",
         QT_TRANSLATE_NOOP("RosterColumns", "Name"),
         {QStringLiteral("昵称"), QStringLiteral("姓名"), QStringLiteral("名字"), QStringLiteral("微信昵称"),
          QStringLiteral("name"), QStringLiteral("nickname"), QStringLiteral("display name"),
          QStringLiteral("member")}},
        {RosterField::WeChatId,
         "wechat_id",
         QT_TRANSLATE_NOOP("RosterColumns", "WeChat ID"),
         {QStringLiteral("微信号"), QStringLiteral("微信id"), QStringLiteral("wxid"), QStringLiteral("wechat")}},
        {RosterField::QqId,
         "qq_id",
         QT_TRANSLATE_NOOP("RosterColumns", "QQ number"),
         {QStringLiteral("qq号"), QStringLiteral("qq")}},
        {RosterField::TelegramId,
         "telegram_id",
         QT_TRANSLATE_NOOP("RosterColumns", "Telegram ID"),
         {QStringLiteral("telegram"), QStringLiteral("tg")}},
        {RosterField::WhatsAppId,
         "whatsapp_id",
         QT_TRANSLATE_NOOP("RosterColumns", "WhatsApp number"),
         {QStringLiteral("whatsapp")}},
        {RosterField::DiscordId,
         "discord_id",
         QT_TRANSLATE_NOOP("RosterColumns", "Discord ID"),
         {QStringLiteral("discord")}},
        {RosterField::Phone,
         "phone",
         QT_TRANSLATE_NOOP("RosterColumns", "Phone"),
         {QStringLiteral("手机"), QStringLiteral("电话"), QStringLiteral("手机号"), QStringLiteral("phone"),
          QStringLiteral("mobile"), QStringLiteral("tel")}},
        {RosterField::City,
         "city",
         QT_TRANSLATE_NOOP("RosterColumns", "City"),
         {QStringLiteral("城市"), QStringLiteral("所在地"), QStringLiteral("地区"), QStringLiteral("city"),
          QStringLiteral("location")}},
        {RosterField::Occupation,
         "occupation",
         QT_TRANSLATE_NOOP("RosterColumns", "Occupation"),
         {QStringLiteral("职业"), QStringLiteral("工作"), QStringLiteral("行业"), QStringLiteral("occupation"),
          QStringLiteral("job"), QStringLiteral("profession")}},
        {RosterField::Role,
         "role",
         QT_TRANSLATE_NOOP("RosterColumns", "Role"),
         {QStringLiteral("角色"), QStringLiteral("身份"), QStringLiteral("role")}},
        {RosterField::Subgroup,
         "subgroup",
         QT_TRANSLATE_NOOP("RosterColumns", "Subgroup"),
         {QStringLiteral("小组"), QStringLiteral("组别"), QStringLiteral("分组"), QStringLiteral("subgroup"),
          QStringLiteral("group"), QStringLiteral("team")}},
        {RosterField::Title,
         "title",
         QT_TRANSLATE_NOOP("RosterColumns", "Title"),
         {QStringLiteral("头衔"), QStringLiteral("封号"), QStringLiteral("title")}},
        {RosterField::Tags,
         "tags",
         QT_TRANSLATE_NOOP("RosterColumns", "Tags"),
         {QStringLiteral("标签"), QStringLiteral("tags"), QStringLiteral("tag")}},
        {RosterField::Notes,
         "notes",
         QT_TRANSLATE_NOOP("RosterColumns", "Notes"),
         {QStringLiteral("备注"), QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("remark")}},
        {RosterField::JoinedOn,
         "joined_on",
         QT_TRANSLATE_NOOP("RosterColumns", "Joined on"),
         {QStringLiteral("入群时间"), QStringLiteral("加入日期"), QStringLiteral("joined"),
          QStringLiteral("join date")}},
        {RosterField::Status,
         "status",
         QT_TRANSLATE_NOOP("RosterColumns", "Status"),
         {QStringLiteral("状态"), QStringLiteral("在群状态"), QStringLiteral("status")},
         true},
        {RosterField::LeftOn,
         "left_on",
         QT_TRANSLATE_NOOP("RosterColumns", "Left on"),
         {QStringLiteral("退群时间"), QStringLiteral("退群日期"), QStringLiteral("离开日期"), QStringLiteral("left on"),
          QStringLiteral("date left")}},
        // Only as named: "why joined" holds "joined", "who" a name's words.
        {RosterField::IntroBasics,
         "intro_basics",
         QT_TRANSLATE_NOOP("RosterColumns", "Intro: who"),
         {QStringLiteral("intro: who"), QStringLiteral("自我介绍:我是谁"), QStringLiteral("我是谁")},
         true},
        {RosterField::IntroSentence,
         "intro_sentence",
         QT_TRANSLATE_NOOP("RosterColumns", "Intro: one sentence"),
         {QStringLiteral("intro: one sentence"), QStringLiteral("自我介绍:一句话"), QStringLiteral("一句话介绍")},
         true},
        {RosterField::IntroReason,
         "intro_reason",
         QT_TRANSLATE_NOOP("RosterColumns", "Intro: why joined"),
         {QStringLiteral("intro: why joined"), QStringLiteral("自我介绍:为什么加入"), QStringLiteral("为什么加入")},
         true},
        {RosterField::IntroProudest,
         "intro_proudest",
         QT_TRANSLATE_NOOP("RosterColumns", "Intro: proudest of"),
         {QStringLiteral("intro: proudest of"), QStringLiteral("自我介绍:最骄傲的事"), QStringLiteral("最骄傲的事")},
         true},
    };
    return list;
}

} // namespace

QList<RosterField> RosterColumns::all()
{
    QList<RosterField> fields;
    for (const Entry &entry : entries())
        fields.append(entry.field);
    return fields;
}

QString RosterColumns::key(RosterField field)
{
    for (const Entry &entry : entries()) {
        if (entry.field == field)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<RosterField> RosterColumns::fromKey(const QString &key)
{
    for (const Entry &entry : entries()) {
        if (key == QLatin1String(entry.key))
            return entry.field;
    }
    return std::nullopt;
}

QString RosterColumns::displayName(RosterField field)
{
    for (const Entry &entry : entries()) {
        if (entry.field == field)
            return QCoreApplication::translate("RosterColumns", entry.name);
    }
    return {};
}

QString RosterColumns::platform(RosterField field)
{
    switch (field) {
    case RosterField::WeChatId:
        return QStringLiteral("wechat");
    case RosterField::QqId:
        return QStringLiteral("qq");
    case RosterField::TelegramId:
        return QStringLiteral("telegram");
    case RosterField::WhatsAppId:
        return QStringLiteral("whatsapp");
    case RosterField::DiscordId:
        return QStringLiteral("discord");
    default:
        return {};
    }
}

QList<RosterField> RosterColumns::guess(const QStringList &headers)
{
    QList<RosterField> fields(headers.size(), RosterField::Ignore);
    QStringList folded;
    for (const QString &header : headers)
        folded.append(TextMatcher::fold(header).trimmed());
    QSet<RosterField> taken;
    const auto assign = [&](qsizetype column, RosterField field) {
        fields[column] = field;
        taken.insert(field);
    };
    // Exact matches first.
    for (qsizetype column = 0; column < headers.size(); ++column) {
        for (const Entry &entry : entries()) {
            if (entry.field != RosterField::Ignore && !taken.contains(entry.field) && !folded.at(column).isEmpty()
                && entry.synonyms.contains(folded.at(column))) {
                assign(column, entry.field);
                break;
            }
        }
    }
    // Then headers that contain a synonym ("学员昵称"): for each field, the
    // header that says least besides it, so "手机号码" is the phone and
    // "紧急联系电话" (someone else's) is not, whichever comes first.
    for (const Entry &entry : entries()) {
        if (entry.field == RosterField::Ignore || entry.exactOnly || taken.contains(entry.field))
            continue;
        qsizetype best = -1;
        qsizetype bestExtra = 0;
        for (qsizetype column = 0; column < headers.size(); ++column) {
            if (fields[column] != RosterField::Ignore || folded.at(column).isEmpty())
                continue;
            for (const QString &synonym : entry.synonyms) {
                if (!folded.at(column).contains(synonym))
                    continue;
                const qsizetype extra = folded.at(column).size() - synonym.size();
                if (best < 0 || extra < bestExtra) {
                    best = column;
                    bestExtra = extra;
                }
            }
        }
        if (best >= 0)
            assign(best, entry.field);
    }
    return fields;
}

} // namespace CampDesk
