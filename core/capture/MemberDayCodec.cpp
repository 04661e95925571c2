#include "core/capture/MemberDayCodec.h"

#include <QMap>

namespace CampDesk {

QByteArray MemberDayCodec::encode(const QList<MemberDayStats> &days)
{
    QByteArray out;
    out.reserve(days.size() * 8);
    qint64 previous = 0;
    for (const MemberDayStats &day : days) {
        if (day.messages <= 0 && day.checkIns <= 0)
            continue;
        const qint64 julianDay = day.day.toJulianDay();
        Varint::write(out, quint64(julianDay - previous));
        previous = julianDay;
        const int messages = std::max(day.messages, 0);
        Varint::write(out, quint64(messages));
        Varint::write(out, quint64(std::max(day.checkIns, 0)));
        if (messages > 0) {
            const qint64 offset = day.firstAt - (julianDay - UnixEpochJulianDay) * 86400;
            Varint::write(out, Varint::zigZag(offset));
            Varint::write(out, quint64(std::max<qint64>(day.lastAt - day.firstAt, 0)));
        }
    }
    return out;
}

bool MemberDayCodec::decode(qint64 personId, QByteArrayView blob, QList<MemberDayStats> &days)
{
    return forEach(blob, [&](qint64 julianDay, int messages, int checkIns, qint64 firstAt, qint64 lastAt) {
        days.append({personId, QDate::fromJulianDay(julianDay), messages, checkIns, firstAt, lastAt});
    });
}

QByteArray MemberDayCodec::merge(QByteArrayView blob, const QList<MemberDayStats> &more, bool *ok)
{
    QMap<qint64, MemberDayStats> byDay;
    const bool read = forEach(blob, [&](qint64 julianDay, int messages, int checkIns, qint64 firstAt, qint64 lastAt) {
        byDay.insert(julianDay, {0, QDate::fromJulianDay(julianDay), messages, checkIns, firstAt, lastAt});
    });
    if (ok)
        *ok = read;
    for (const MemberDayStats &day : more) {
        MemberDayStats &merged = byDay[day.day.toJulianDay()];
        merged.day = day.day;
        if (day.messages > 0) {
            merged.firstAt = merged.messages > 0 ? std::min(merged.firstAt, day.firstAt) : day.firstAt;
            merged.lastAt = merged.messages > 0 ? std::max(merged.lastAt, day.lastAt) : day.lastAt;
        }
        merged.messages += day.messages;
        merged.checkIns += day.checkIns;
    }
    return encode(byDay.values());
}

} // namespace CampDesk
