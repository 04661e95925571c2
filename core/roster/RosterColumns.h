#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace CampDesk {

// What a column of a roster file holds.
enum class RosterField {
    Ignore,
    DisplayName,
    GroupNickname,
    WeChatId,
    QqId,
    TelegramId,
    WhatsAppId,
    DiscordId,
    Phone,
    City,
    Occupation,
    Role,
    Subgroup,
    Title,
    Tags,
    Notes,
    JoinedOn,
    Status, // in the camp, left or removed
    LeftOn, // the day a member who left or was removed is out of the figures
    // The four parts of the self-introduction (Membership::introduction).
    IntroBasics,
    IntroSentence,
    IntroReason,
    IntroProudest,
};

class RosterColumns final {
    Q_DECLARE_TR_FUNCTIONS(RosterColumns)

public:
    static QList<RosterField> all();
    static QString key(RosterField field);
    static std::optional<RosterField> fromKey(const QString &key);
    static QString displayName(RosterField field);
    // The platform a chat-id column belongs to, or empty.
    static QString platform(RosterField field);

    // Guesses each column from its header, in Chinese or English
    // (昵称, 微信号, 手机, 城市, 职业, 角色, 小组 …); a field is given to
    // the first column that claims it.
    static QList<RosterField> guess(const QStringList &headers);
};

} // namespace CampDesk
