#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace CampDesk {

// Someone as a chat export shows them, and who they are in the roster.
struct ChatIdentity final {
    qint64 id = 0;
    qint64 campId = 0;
    QString platform; // "whatsapp", "telegram", "qq", "wechat", "discord"
    QString chatKey; // the account id, or "name:" + the displayed name where the format has no ids
    QString displayName; // the latest name seen
    qint64 personId = 0; // 0: not mapped to a member yet
    bool staff = false; // the exporting operator, bots, the group's own account …
    int messages = 0; // countable messages (read, not stored)
    bool self = false; // the account that made the export ("me" until mapped)
    QStringList names; // every name it wrote under, the latest among them
};

enum class CheckInSource { Manual, Jielong, Chat };

// One check-in: for a day, or for a check-in activity on that day.
struct CheckIn final {
    qint64 personId = 0;
    QDate day;
    qint64 activityId = 0; // 0: the day itself
    CheckInSource source = CheckInSource::Manual;
    QString note; // the 接龙 line or chat text it came from
    // The chat import it came from (0: none): an undone clear puts a chat
    // check-in back with it, so taking that import back out takes it too.
    qint64 importId = 0;

    bool operator==(const CheckIn &) const = default;
};

// Per member per day, maintained on every write so charts never scan
// messages.
struct MemberDayStats final {
    qint64 personId = 0;
    QDate day;
    int messages = 0;
    int checkIns = 0;
    qint64 firstAt = 0; // Unix seconds of the first and last countable message; 0: none
    qint64 lastAt = 0;

    bool operator==(const MemberDayStats &) const = default;
};

// A message that contains one of the camp's watch words.
struct WatchHit final {
    qint64 messageId = 0;
    qint64 personId = 0; // 0 when the sender is not mapped
    QString senderName;
    qint64 sentAt = 0;
    QString text;
    QString word;
};

struct ChatImportRecord final {
    qint64 id = 0;
    QString fileName;
    QString format;
    QString encoding;
    QString importedAt;
    int messagesAdded = 0;
    int duplicates = 0;
};

} // namespace CampDesk
