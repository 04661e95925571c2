#include "core/domain/Activity.h"

#include <QTimeZone>

namespace CampDesk {

namespace ActivityTypes {

QList<ActivityType> all()
{
    return {ActivityType::Announcement,    ActivityType::Lesson,         ActivityType::CheckIn,
            ActivityType::Entertainment,   ActivityType::SharingSession, ActivityType::OpeningCeremony,
            ActivityType::ClosingCeremony, ActivityType::Digest,         ActivityType::StaffTask};
}

QString key(ActivityType type)
{
    switch (type) {
    case ActivityType::Announcement:
        return QStringLiteral("announcement");
    case ActivityType::Lesson:
        return QStringLiteral("lesson");
    case ActivityType::CheckIn:
        return QStringLiteral("check_in");
    case ActivityType::Entertainment:
        return QStringLiteral("entertainment");
    case ActivityType::SharingSession:
        return QStringLiteral("sharing_session");
    case ActivityType::OpeningCeremony:
        return QStringLiteral("opening_ceremony");
    case ActivityType::ClosingCeremony:
        return QStringLiteral("closing_ceremony");
    case ActivityType::Digest:
        return QStringLiteral("digest");
    case ActivityType::StaffTask:
        return QStringLiteral("staff_task");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ActivityType> fromKey(const QString &key)
{
    for (ActivityType type : all()) {
        if (ActivityTypes::key(type) == key)
            return type;
    }
    return std::nullopt;
}

QString displayName(ActivityType type)
{
    switch (type) {
    case ActivityType::Announcement:
        return QCoreApplication::translate("ActivityType", "Announcement");
    case ActivityType::Lesson:
        return QCoreApplication::translate("ActivityType", "Lesson");
    case ActivityType::CheckIn:
        return QCoreApplication::translate("ActivityType", "Check-in");
    case ActivityType::Entertainment:
        return QCoreApplication::translate("ActivityType", "Entertainment");
    case ActivityType::SharingSession:
        return QCoreApplication::translate("ActivityType", "Sharing session");
    case ActivityType::OpeningCeremony:
        return QCoreApplication::translate("ActivityType", "Opening ceremony");
    case ActivityType::ClosingCeremony:
        return QCoreApplication::translate("ActivityType", "Closing ceremony");
    case ActivityType::Digest:
        return QCoreApplication::translate("ActivityType", "Digest");
    case ActivityType::StaffTask:
        return QCoreApplication::translate("ActivityType", "Staff task");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace ActivityTypes

namespace ActivityStatuses {

QList<ActivityStatus> all()
{
    return {ActivityStatus::Planned, ActivityStatus::Done, ActivityStatus::Skipped};
}

QString key(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Planned:
        return QStringLiteral("planned");
    case ActivityStatus::Done:
        return QStringLiteral("done");
    case ActivityStatus::Skipped:
        return QStringLiteral("skipped");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ActivityStatus> fromKey(const QString &key)
{
    for (ActivityStatus status : all()) {
        if (ActivityStatuses::key(status) == key)
            return status;
    }
    return std::nullopt;
}

QString displayName(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Planned:
        return QCoreApplication::translate("ActivityStatus", "Planned");
    case ActivityStatus::Done:
        return QCoreApplication::translate("ActivityStatus", "Done");
    case ActivityStatus::Skipped:
        return QCoreApplication::translate("ActivityStatus", "Skipped");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace ActivityStatuses

Result<void> Activity::validate() const
{
    if (title.trimmed().isEmpty())
        return fail(tr("The activity needs a title."));
    if (!start.isValid())
        return fail(tr("The activity needs a start time."));
    if (!end.isValid() || end < start)
        return fail(tr("The activity ends before it starts."));
    return {};
}

Activity Activity::movedTo(const QDateTime &newStart) const
{
    Activity moved = *this;
    const qint64 length = start.secsTo(end);
    moved.start = newStart;
    moved.end = newStart.addSecs(length);
    return moved;
}

void Activity::startAfresh()
{
    status = ActivityStatus::Planned;
    for (ChecklistItem &item : checklist)
        item.done = false;
}

QDateTime wallClock(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC);
}

namespace {

// `count` decimal digits at `at`, or -1.
char16_t codeOf(QChar c)
{
    return c.unicode();
}

char16_t codeOf(char c)
{
    return char16_t(uchar(c));
}

template<typename Text> int digitsAt(const Text &text, int at, int count)
{
    int value = 0;
    for (int i = at; i < at + count; ++i) {
        const char16_t c = codeOf(text.at(i));
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

QDate dateFromIsoText(QStringView text)
{
    // Read by hand: QDate::fromString is slow for the thousands of dates a
    // review or a big plan reads at once.
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(text.toString(), Qt::ISODate);
}

QDate dateFromIsoUtf8(QByteArrayView text)
{
    if (text.size() == 10 && text.at(4) == '-' && text.at(7) == '-') {
        const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return text.isEmpty() ? QDate() : dateFromIsoText(QString::fromUtf8(text));
}

QDateTime wallClockFromString(const QString &text)
{
    // The form wallClockToString writes, read by hand: QDateTime::fromString
    // took most of the time of loading a plan of 2,000 activities.
    if (text.size() == 19 && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':') {
        const QDate date = dateFromIsoText(QStringView(text).first(10));
        const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2), second = digitsAt(text, 17, 2);
        if (hour >= 0 && minute >= 0 && second >= 0) {
            const QTime time(hour, minute, second);
            return date.isValid() && time.isValid() ? wallClock(date, time) : QDateTime();
        }
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() ? wallClock(parsed.date(), parsed.time()) : QDateTime();
}

QString wallClockToString(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

bool startsBefore(const Activity &a, const Activity &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end < b.end;
    return a.id < b.id;
}

} // namespace CampDesk
