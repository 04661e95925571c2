#include "core/capture/MemberDayCodec.h"

#include "core/review/ActivityStatsCache.h"

#include <gtest/gtest.h>

using namespace CampDesk;

namespace {

qint64 utc(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

TEST(MemberDayCodecTest, RoundTripsDaysWithTimesBeforeTheirUtcMidnight)
{
    const QDate first(2027, 3, 1);
    // Shanghai's 1 March starts at 16:00 UTC the day before: a negative offset.
    const QList<MemberDayStats> days = {
        {7, first, 3, 1, utc(first.addDays(-1), 16, 5), utc(first, 15, 59)},
        {7, first.addDays(1), 0, 2, 0, 0},
        {7, first.addDays(40), 70000, 0, utc(first.addDays(40), 0, 0), utc(first.addDays(40), 23, 59)},
    };
    const QByteArray blob = MemberDayCodec::encode(days);
    EXPECT_LT(blob.size(), 30);
    QList<MemberDayStats> decoded;
    ASSERT_TRUE(MemberDayCodec::decode(7, blob, decoded));
    EXPECT_EQ(decoded, days);
}

TEST(MemberDayCodecTest, MergeAddsDayByDay)
{
    const QDate day(2027, 3, 1);
    const QByteArray blob = MemberDayCodec::encode({{1, day, 2, 0, utc(day, 8, 0), utc(day, 9, 0)}});
    bool ok = false;
    const QByteArray merged = MemberDayCodec::merge(
        blob, {{1, day, 1, 1, utc(day, 7, 0), utc(day, 7, 0)}, {1, day.addDays(2), 0, 1, 0, 0}}, &ok);
    EXPECT_TRUE(ok);
    QList<MemberDayStats> decoded;
    ASSERT_TRUE(MemberDayCodec::decode(1, merged, decoded));
    ASSERT_EQ(decoded.size(), 2);
    EXPECT_EQ(decoded.at(0), (MemberDayStats {1, day, 3, 1, utc(day, 7, 0), utc(day, 9, 0)}));
    EXPECT_EQ(decoded.at(1), (MemberDayStats {1, day.addDays(2), 0, 1, 0, 0}));
}

TEST(MemberDayCodecTest, DamagedBlobsAreRefused)
{
    const QDate day(2027, 3, 1);
    QByteArray blob = MemberDayCodec::encode({{1, day, 2, 0, utc(day, 8, 0), utc(day, 9, 0)}});
    QList<MemberDayStats> decoded;
    EXPECT_FALSE(MemberDayCodec::decode(1, blob.left(blob.size() - 1), decoded)) << "cut short";
    EXPECT_FALSE(MemberDayCodec::decode(1, QByteArray(12, char(0xff)), decoded)) << "a varint that never ends";
    bool ok = true;
    MemberDayCodec::merge(QByteArray(3, char(0x80)), {}, &ok);
    EXPECT_FALSE(ok);

    QList<std::pair<qint64, int>> people;
    const QByteArray packed = ActivityStatsCache::encode({{3, 2}, {10, 1}, {11, 5}});
    ASSERT_TRUE(ActivityStatsCache::decode(packed, people));
    EXPECT_EQ(people, (QList<std::pair<qint64, int>> {{3, 2}, {10, 1}, {11, 5}}));
    people.clear();
    EXPECT_FALSE(ActivityStatsCache::decode(packed.left(packed.size() - 1), people));
}
