#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace CampDesk {

// A chat account of a person: the platform ("wechat", "qq", "telegram",
// "whatsapp", "discord", …) and the id there.
struct ChatId final {
    QString platform;
    QString id;

    bool operator==(const ChatId &) const = default;
};

// A person is workspace-level: the same person can join many camps.
struct Person final {
    qint64 id = 0;
    QString displayName;
    QString notes;
    QString city;
    QString occupation;
    QString phone; // personal data: shown and exported only where needed
    QStringList tags;
    QList<ChatId> chatIds;

    bool operator==(const Person &) const = default;
};

} // namespace CampDesk
