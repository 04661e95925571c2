#include "core/capture/MessageMinutes.h"

#include <algorithm>

namespace CampDesk {

QByteArray MessageMinutes::encode(const std::vector<Minute> &minutes)
{
    QByteArray out;
    out.reserve(qsizetype(minutes.size()) * 3);
    qint64 previous = 0;
    for (const auto &[minute, count] : minutes) {
        if (count <= 0)
            continue;
        Varint::write(out, Varint::zigZag(minute - previous));
        Varint::write(out, quint64(count));
        previous = minute;
    }
    return out;
}

QByteArray MessageMinutes::pack(std::vector<qint64> minutes)
{
    std::sort(minutes.begin(), minutes.end());
    std::vector<Minute> counted;
    for (const qint64 minute : minutes) {
        if (!counted.empty() && counted.back().first == minute)
            ++counted.back().second;
        else
            counted.emplace_back(minute, 1);
    }
    return encode(counted);
}

} // namespace CampDesk
