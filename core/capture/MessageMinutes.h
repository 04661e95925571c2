#pragma once

#include "core/io/Varint.h"

#include <QByteArray>
#include <QByteArrayView>

#include <utility>
#include <vector>

namespace CampDesk {

// The minutes a chat identity posted in, with how many countable messages
// each, packed: an import writes a row per identity every million messages
// or so (rows are only ever added, never rewritten, so a 2 GB import costs
// the same per message as a small one; undoing the import drops its rows).
// Activity windows start and end on whole minutes, so who spoke in a window
// is read from these instead of from every message (a million messages
// take a tenth of a second this way, not seconds). Records: the minute
// (Unix seconds / 60) as a zig-zag delta from the previous record, then the
// count; LEB128 varints, about three bytes a minute.
class MessageMinutes final {
public:
    using Minute = std::pair<qint64, int>; // (minute, messages)

    static qint64 minuteOf(qint64 unixSeconds)
    {
        return unixSeconds >= 0 ? unixSeconds / 60 : -((59 - unixSeconds) / 60);
    }

    // `minutes` sorted, one entry per minute.
    static QByteArray encode(const std::vector<Minute> &minutes);
    // The minutes of some messages, in any order and repeated as often as
    // messages were posted in them.
    static QByteArray pack(std::vector<qint64> minutes);

    // Calls visit(minute, messages) in minute order; false when the blob is
    // damaged, after which nothing more is visited.
    template<typename Visit> static bool forEach(QByteArrayView blob, Visit visit)
    {
        qsizetype at = 0;
        qint64 minute = 0;
        while (at < blob.size()) {
            quint64 delta = 0, count = 0;
            if (!Varint::read(blob, at, delta) || !Varint::read(blob, at, count) || count == 0 || count > 0x7fffffff)
                return false;
            minute += Varint::unZigZag(delta);
            visit(minute, int(count));
        }
        return true;
    }
};

} // namespace CampDesk
