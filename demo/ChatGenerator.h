#pragma once

#include "core/domain/Activity.h"

#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>

namespace CampDesk {

// Writes deterministic, realistic chat exports for benchmarks and demos: the
// same parameters always give the same bytes. Members are "Member 0001" … with
// Chinese and English names mixed in, messages spread over the days with
// evening peaks, some multi-line, some media, check-ins, joins and leaves.
struct ChatGeneratorOptions final {
    int members = 50;
    int days = 14;
    int messages = 2000;
    QDate firstDay = QDate(2027, 3, 1);
    quint32 seed = 20270301;
};

class ChatGenerator final {
public:
    // The name of member `index` (0-based) as every generated file spells it.
    static QString memberName(int index);
    // A WhatsApp Android export (M/D/YY, H:MM - Name: text).
    static bool writeWhatsApp(QIODevice &out, const ChatGeneratorOptions &options);
    // A Telegram Desktop single-chat result.json with from_id user ids.
    static bool writeTelegram(QIODevice &out, const ChatGeneratorOptions &options);
    // The roster of the same members as CSV (name, telegram id).
    static bool writeRoster(QIODevice &out, const ChatGeneratorOptions &options);
    // `count` activities of camp `campId`, spread evenly over the `days` days
    // from `firstDay`: every type mixed, starting from 07:00 to 22:00 on the
    // quarter hour, 30 to 90 minutes long, in start order. The same
    // arguments always give the same activities.
    static QList<Activity> activities(qint64 campId, QDate firstDay, int days, int count, quint32 seed);
};

} // namespace CampDesk
