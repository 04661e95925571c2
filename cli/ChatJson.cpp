#include "cli/ChatJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace CampDesk::ChatJson {

namespace {

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto:
        return QStringLiteral("auto");
    case DateOrder::DayFirst:
        return QStringLiteral("dmy");
    case DateOrder::MonthFirst:
        return QStringLiteral("mdy");
    case DateOrder::YearFirst:
        return QStringLiteral("ymd");
    }
    return {};
}

QJsonArray suggestionsJson(const QList<SenderSuggestion> &suggestions, const QHash<qint64, QString> &names)
{
    QJsonArray array;
    for (const SenderSuggestion &suggestion : suggestions) {
        array.append(QJsonObject {
            {QStringLiteral("member_id"), suggestion.personId},
            {QStringLiteral("name"), names.value(suggestion.personId)},
            {QStringLiteral("reason"), reasonKey(suggestion)},
            {QStringLiteral("reason_text"), SenderMatcher::reasonText(suggestion.reason, suggestion.sameName)}});
    }
    return array;
}

} // namespace

QString timeText(qint64 time, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(time, zone).toString(Qt::ISODate);
}

QString reasonKey(const SenderSuggestion &suggestion)
{
    if (suggestion.sameName)
        return QStringLiteral("same_name");
    switch (suggestion.reason) {
    case NameIndex::Reason::FoldedName:
        return QStringLiteral("folded_name");
    case NameIndex::Reason::NicknamePart:
        return QStringLiteral("nickname_part");
    case NameIndex::Reason::GivenName:
        return QStringLiteral("given_name");
    case NameIndex::Reason::WithoutDigits:
        return QStringLiteral("without_digits");
    case NameIndex::Reason::PinyinInitials:
        return QStringLiteral("pinyin_initials");
    case NameIndex::Reason::Spelling:
        return QStringLiteral("spelling");
    }
    return {};
}

QJsonObject importSummary(const ChatImportSummary &summary, const QTimeZone &zone, const QHash<qint64, QString> &names)
{
    QJsonArray unmatched;
    for (const ImportIdentity &identity : summary.unmatched) {
        unmatched.append(QJsonObject {{QStringLiteral("key"), identity.chatKey},
                                      {QStringLiteral("name"), identity.name},
                                      {QStringLiteral("names"), QJsonArray::fromStringList(identity.names)},
                                      {QStringLiteral("self"), identity.self},
                                      {QStringLiteral("messages"), identity.messages},
                                      {QStringLiteral("suggestions"), suggestionsJson(identity.suggestions, names)}});
    }
    QJsonArray warnings;
    for (const ParseWarning &warning : summary.scan.warnings) {
        warnings.append(QJsonObject {
            {QStringLiteral("line"), warning.line},
            {QStringLiteral("message"), warning.message},
            {QStringLiteral("level"), warning.skipped > 0 ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("skipped"), warning.skipped}});
    }
    QJsonArray outsideStay;
    for (const MemberDayRef &checkIn : summary.checkInsOutsideStay) {
        outsideStay.append(QJsonObject {{QStringLiteral("member_id"), checkIn.personId},
                                        {QStringLiteral("name"), names.value(checkIn.personId)},
                                        {QStringLiteral("day"), checkIn.day.toString(Qt::ISODate)}});
    }
    const bool any = summary.scan.countable > 0;
    return QJsonObject {{QStringLiteral("file"), summary.scan.fileName},
                        {QStringLiteral("format"), ChatFormats::key(summary.scan.format)},
                        {QStringLiteral("encoding"), summary.scan.encoding},
                        {QStringLiteral("chat"), summary.scan.chatName},
                        {QStringLiteral("date_order"), dateOrderKey(summary.scan.dateOrder)},
                        {QStringLiteral("cancelled"), summary.cancelled},
                        {QStringLiteral("messages_read"), summary.scan.messages},
                        {QStringLiteral("messages_added"), summary.added},
                        {QStringLiteral("duplicates_skipped"), summary.duplicates},
                        {QStringLiteral("messages_not_imported"), summary.skipped},
                        {QStringLiteral("system_events"), summary.systemEvents},
                        {QStringLiteral("joins"), summary.joins},
                        {QStringLiteral("leaves"), summary.leaves},
                        {QStringLiteral("check_ins"), summary.checkIns},
                        {QStringLiteral("check_ins_outside_stay"), outsideStay},
                        {QStringLiteral("members_created"), summary.membersCreated},
                        {QStringLiteral("suggestions_accepted"), summary.suggestionsAccepted},
                        {QStringLiteral("first_message"), any ? timeText(summary.scan.firstAt, zone) : QString()},
                        {QStringLiteral("last_message"), any ? timeText(summary.scan.lastAt, zone) : QString()},
                        {QStringLiteral("unmatched_identities"), unmatched},
                        {QStringLiteral("warnings"), warnings}};
}

} // namespace CampDesk::ChatJson
