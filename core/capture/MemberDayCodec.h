#pragma once

#include "core/capture/Participation.h"
#include "core/io/Varint.h"

#include <QByteArray>
#include <QByteArrayView>

namespace CampDesk {

// One member's per-day aggregates packed into a blob, one row per member
// instead of one per member and day: the review figures read 5,000 small
// rows, not 250,000. A record per day with data: the days since the
// previous record, messages, check-ins and, when there are messages, the
// first and last time. Numbers are LEB128 varints, so a typical day takes
// eight bytes.
class MemberDayCodec final {
public:
    // `days` in day order, at most one entry per day; personId is ignored.
    static QByteArray encode(const QList<MemberDayStats> &days);

    // Calls visit(julianDay, messages, checkIns, firstAt, lastAt) for every
    // record; false when the blob is malformed (a damaged or hostile file),
    // after which nothing more is visited.
    template<typename Visit> static bool forEach(QByteArrayView blob, Visit visit);

    static bool decode(qint64 personId, QByteArrayView blob, QList<MemberDayStats> &days);

    // Adds `more` (sorted by day) to what `blob` holds, day by day.
    static QByteArray merge(QByteArrayView blob, const QList<MemberDayStats> &more, bool *ok = nullptr);

    static constexpr qint64 UnixEpochJulianDay = 2440588;
};

template<typename Visit> bool MemberDayCodec::forEach(QByteArrayView blob, Visit visit)
{
    // The first record's day delta is its Julian day.
    qint64 julianDay = 0;
    qsizetype at = 0;
    while (at < blob.size()) {
        quint64 delta = 0, messages = 0, checkIns = 0;
        if (!Varint::read(blob, at, delta) || !Varint::read(blob, at, messages) || !Varint::read(blob, at, checkIns))
            return false;
        if (delta > 10'000'000 || messages > 0x7fffffff || checkIns > 0x7fffffff)
            return false;
        julianDay += qint64(delta);
        qint64 firstAt = 0, lastAt = 0;
        if (messages > 0) {
            quint64 offset = 0, span = 0;
            if (!Varint::read(blob, at, offset) || !Varint::read(blob, at, span) || span > 86400 * 3)
                return false;
            // Zig-zag: the first time may fall before the UTC midnight of its day.
            const qint64 signedOffset = Varint::unZigZag(offset);
            firstAt = (julianDay - UnixEpochJulianDay) * 86400 + signedOffset;
            lastAt = firstAt + qint64(span);
        }
        visit(julianDay, int(messages), int(checkIns), firstAt, lastAt);
    }
    return true;
}

} // namespace CampDesk
