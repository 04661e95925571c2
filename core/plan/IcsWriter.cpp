#include "core/plan/IcsWriter.h"

#include <QTimeZone>

namespace CampDesk {

namespace {

QString utcStamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            escaped += QStringLiteral("\\\\");
            break;
        case ';':
            escaped += QStringLiteral("\\;");
            break;
        case ',':
            escaped += QStringLiteral("\\,");
            break;
        case '\n':
            escaped += QStringLiteral("\\n");
            break;
        case '\r':
            break;
        default:
            // Other control characters are not allowed in TEXT values.
            if (c.unicode() >= 0x20 || c == u'\t')
                escaped += c;
        }
    }
    return escaped;
}

QByteArray IcsWriter::fold(const QByteArray &line)
{
    QByteArray folded;
    qsizetype position = 0;
    qsizetype limit = 75;
    while (line.size() - position > limit) {
        qsizetype cut = position + limit;
        // Never split a UTF-8 sequence: back up over continuation bytes.
        while (cut > position && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        folded += line.mid(position, cut - position);
        folded += "\r\n ";
        position = cut;
        limit = 74; // the leading space counts towards the 75 octets
    }
    folded += line.mid(position);
    folded += "\r\n";
    return folded;
}

Result<QByteArray> IcsWriter::write(const Input &input)
{
    for (const Activity &activity : input.activities) {
        if (!activity.start.isValid() || !activity.end.isValid())
            return fail(tr("“%1” (activity %2) has a start or end time CampDesk cannot read. Set its time on the "
                           "Plan tab, then export again. Nothing was written.")
                            .arg(activity.title)
                            .arg(activity.id));
    }
    const QTimeZone zone = input.camp.zone();
    const auto instant = [&zone](const QDateTime &wall) { return QDateTime(wall.date(), wall.time(), zone); };
    QByteArray out;
    const auto line
        = [&out](const QString &name, const QString &value) { out += fold((name + u':' + value).toUtf8()); };

    line(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    line(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    line(QStringLiteral("PRODID"), QStringLiteral("-//CampDesk//CampDesk//EN"));
    line(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    line(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME"), escapeText(input.camp.name));
    line(QStringLiteral("X-WR-TIMEZONE"), QString::fromUtf8(zone.id()));

    for (const Activity &activity : input.activities) {
        line(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        line(QStringLiteral("UID"), QStringLiteral("activity-%1-%2@campdesk").arg(activity.id).arg(input.workspaceId));
        line(QStringLiteral("DTSTAMP"), utcStamp(input.stamp));
        line(QStringLiteral("DTSTART"), utcStamp(instant(activity.start)));
        if (activity.end > activity.start)
            line(QStringLiteral("DTEND"), utcStamp(instant(activity.end)));
        line(QStringLiteral("SUMMARY"), escapeText(activity.title));

        QStringList description;
        if (const QString owner = input.ownerNames.value(activity.ownerMembershipId); !owner.isEmpty())
            description << tr("Owner: %1").arg(owner);
        if (!activity.notes.isEmpty())
            description << activity.notes;
        for (const ChecklistItem &item : activity.checklist)
            description << (item.done ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) + item.text;
        if (!description.isEmpty())
            line(QStringLiteral("DESCRIPTION"), escapeText(description.join(u'\n')));
        line(QStringLiteral("CATEGORIES"), escapeText(ActivityTypes::displayName(activity.type)));
        line(QStringLiteral("STATUS"),
             activity.status == ActivityStatus::Skipped ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
        line(QStringLiteral("X-CAMPDESK-TYPE"), ActivityTypes::key(activity.type));
        line(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    line(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out;
}

} // namespace CampDesk
