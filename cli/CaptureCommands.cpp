// The participation commands of campdesk-cli (import, jielong, stats): kept
// apart from CommandLine.cpp so each file stays about one area.
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "core/Workspace.h"
#include "core/capture/ChatGenerator.h"
#include "core/capture/ChatImporter.h"
#include "core/capture/JielongMatcher.h"
#include "core/capture/ParticipationRepository.h"
#include "core/capture/ParticipationStats.h"
#include "core/domain/ActivityRepository.h"
#include "core/io/InputFile.h"
#include "core/io/OutputFile.h"
#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewHeadline.h"
#include "core/review/ReviewJson.h"
#include "core/roster/TextDecoder.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

using namespace Cli;

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

QJsonObject summaryJson(const ChatImportSummary &summary, const QTimeZone &zone, const QHash<qint64, QString> &names)
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
                        {QStringLiteral("members_created"), summary.membersCreated},
                        {QStringLiteral("suggestions_accepted"), summary.suggestionsAccepted},
                        {QStringLiteral("first_message"), any ? timeText(summary.scan.firstAt, zone) : QString()},
                        {QStringLiteral("last_message"), any ? timeText(summary.scan.lastAt, zone) : QString()},
                        {QStringLiteral("unmatched_identities"), unmatched},
                        {QStringLiteral("warnings"), warnings}};
}

} // namespace

int CommandLine::chatImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a chat export into a camp: WhatsApp .txt, Telegram Desktop result.json, QQ message-manager .txt, "
           "WeChat (MemoTrace CSV/TXT, PyWxDump CSV), DiscordChatExporter JSON/CSV. Everything is written in one "
           "transaction; importing the same or an overlapping export again adds nothing twice."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The chat export."));
    QStringList formatKeys {QStringLiteral("auto")};
    for (ChatFormat format : ChatFormats::all())
        formatKeys.append(ChatFormats::key(format));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("One of %1 (default: auto).").arg(formatKeys.join(u'|')), tr("format"),
                                    QStringLiteral("auto"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("auto, UTF-8, UTF-16LE, UTF-16BE, GB18030, GBK … (default: auto)."),
                                      tr("name"), QStringLiteral("auto"));
    const QCommandLineOption dateOrder(QStringLiteral("date-order"),
                                       tr("auto, dmy or mdy: how WhatsApp dates are read (default: auto)."),
                                       tr("order"), QStringLiteral("auto"));
    const QCommandLineOption createMembers(QStringLiteral("create-members"),
                                           tr("Add senders who match no member exactly as new members (one each)."));
    const QCommandLineOption acceptSuggestions(
        QStringLiteral("accept-suggestions"),
        tr("Map a sender whose strongest suggestion names one member to that member. Without it, suggestions are "
           "only listed."));
    parser.addOptions(
        {campOption(), format, encoding, dateOrder, createMembers, acceptSuggestions, workspaceOption(), jsonOption()});
    if (int code = 0; !parse(parser, QStringLiteral("import"), arguments, code, 1))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    ChatImportOptions options;
    if (parser.value(format) != QLatin1String("auto")) {
        options.format = ChatFormats::fromKey(parser.value(format));
        if (!options.format)
            return usageError(tr("--format: “%1” is not one of %2.").arg(parser.value(format), formatKeys.join(u'|')));
    }
    if (parser.value(encoding).compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        if (!TextDecoder::decode(QByteArray(), parser.value(encoding)))
            return usageError(tr("--encoding: “%1” is not an encoding this system knows.").arg(parser.value(encoding)));
        options.encoding = parser.value(encoding);
    }
    const QString order = parser.value(dateOrder);
    if (order == QLatin1String("dmy"))
        options.dateOrder = DateOrder::DayFirst;
    else if (order == QLatin1String("mdy"))
        options.dateOrder = DateOrder::MonthFirst;
    else if (order != QLatin1String("auto"))
        return usageError(tr("--date-order: “%1” is not auto, dmy or mdy.").arg(order));
    options.createMembers = parser.isSet(createMembers);
    options.acceptSuggestions = parser.isSet(acceptSuggestions);

    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    auto summary = ChatImporter(*opened->workspace).run(id, parser.positionalArguments().first(), options);
    if (!summary)
        return failure(summary.error().message);
    const QTimeZone zone = opened->camp.zone();
    const QHash<qint64, QString> names = memberNames(*opened->workspace, id);
    const ChatImportSummary &s = *summary;
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << jsonText(summaryJson(s, zone, names));
    } else {
        printImportSummary(s, zone, names);
    }
    if (s.skipped > 0) {
        m_err << programName << ": "
              << tr("%n message(s) of %1 could not be read and were not imported (the lines are listed above); the "
                    "rest was imported.",
                    nullptr, s.skipped)
                     .arg(s.scan.fileName)
              << Qt::endl;
        return Incomplete;
    }
    return Success;
}

void CommandLine::printImportSummary(const ChatImportSummary &s, const QTimeZone &zone,
                                     const QHash<qint64, QString> &names)
{
    m_out << tr("%1 (%2, %3)").arg(s.scan.fileName, ChatFormats::displayName(s.scan.format), s.scan.encoding)
          << Qt::endl
          << tr("Messages added: %1; duplicates skipped: %2; system events: %3 (%4 joins, %5 leaves); check-ins: %6")
                 .arg(s.added)
                 .arg(s.duplicates)
                 .arg(s.systemEvents)
                 .arg(s.joins)
                 .arg(s.leaves)
                 .arg(s.checkIns)
          << Qt::endl;
    if (s.scan.countable > 0)
        m_out << tr("From %1 to %2").arg(timeText(s.scan.firstAt, zone), timeText(s.scan.lastAt, zone)) << Qt::endl;
    if (s.membersCreated > 0)
        m_out << tr("New members: %1").arg(s.membersCreated) << Qt::endl;
    if (s.suggestionsAccepted > 0)
        m_out << tr("Suggestions accepted: %1").arg(s.suggestionsAccepted) << Qt::endl;
    if (!s.unmatched.isEmpty()) {
        m_out << tr("Senders not matched to a member (%1); map them with “identities --map KEY=MEMBER_ID”, accept the "
                    "suggestions with --accept-suggestions, or add them with --create-members:")
                     .arg(s.unmatched.size())
              << Qt::endl;
        for (const ImportIdentity &identity : s.unmatched) {
            m_out << "  " << (identity.self ? tr("me (the account that made the export)") : identity.name) << '\t'
                  << identity.chatKey << '\t' << identity.messages << Qt::endl;
            for (const SenderSuggestion &suggestion : identity.suggestions) {
                m_out << "      "
                      << tr("suggested: %1 (member %2): %3")
                             .arg(names.value(suggestion.personId))
                             .arg(suggestion.personId)
                             .arg(SenderMatcher::reasonText(suggestion.reason, suggestion.sameName))
                      << Qt::endl;
            }
        }
    }
    for (const ParseWarning &warning : s.scan.warnings) {
        // A warning's text names its line itself.
        const QString level = warning.skipped > 0 ? tr("not imported") : tr("warning");
        m_out << tr("%1 (%2): %3").arg(s.scan.fileName, level, warning.message) << Qt::endl;
    }
}

int CommandLine::jielong(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Record a 接龙 list (a file, or - for standard input) as check-ins of a course "
                                        "day. An entry that names a member exactly (name, group nickname, or a name "
                                        "matched by hand before) is recorded; for the others the members they may "
                                        "mean are listed, and recorded only with --accept-suggestions."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The 接龙 text, or - for standard input."));
    const QCommandLineOption day(QStringLiteral("day"), tr("Course day number (1 = first course day)."), tr("n"));
    const QCommandLineOption activity(QStringLiteral("activity"), tr("Id of a check-in activity on that day."),
                                      tr("id"));
    const QCommandLineOption accept(QStringLiteral("accept-suggestions"),
                                    tr("Record an entry whose strongest suggestion names one member as that member's "
                                       "check-in."));
    parser.addOptions({campOption(), day, activity, accept, workspaceOption(), jsonOption()});
    if (int code = 0; !parse(parser, QStringLiteral("jielong"), arguments, code, 1))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    if (!parser.isSet(day))
        return usageError(tr("Missing --day."));
    bool dayOk = false;
    const int dayNumber = parser.value(day).toInt(&dayOk);
    if (!dayOk || dayNumber < 1)
        return usageError(tr("--day: “%1” is not a course day number (1 or more).").arg(parser.value(day)));
    qint64 activityId = 0;
    if (parser.isSet(activity)) {
        bool ok = false;
        activityId = parser.value(activity).toLongLong(&ok);
        if (!ok || activityId <= 0)
            return usageError(tr("“%1” is not an activity id.").arg(parser.value(activity)));
    }
    const QString path = parser.positionalArguments().first();
    auto read = InputFile::readAll(path);
    if (!read)
        return failure(read.error().message);
    const QByteArray bytes = std::move(*read);
    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    const QDate date = opened->camp.courseStart.addDays(dayNumber - 1);
    if (date > opened->camp.courseEnd)
        return usageError(tr("--day: camp %1 has %2 course days.").arg(id).arg(opened->camp.courseDays()));
    const QString name = path == QLatin1String("-") ? tr("standard input") : QFileInfo(path).fileName();
    auto matches = JielongMatcher::match(*opened->workspace, id, TextDecoder::decode(bytes).text);
    if (!matches)
        return failure(tr("%1: %2").arg(name, matches.error().message));
    const int accepted = parser.isSet(accept) ? JielongMatcher::acceptSuggestions(*matches) : 0;
    const QHash<qint64, QString> names = memberNames(*opened->workspace, id);
    auto recorded = JielongMatcher::record(*opened->workspace, id, date, activityId, *matches);
    if (!recorded)
        return failure(tr("%1: %2").arg(name, recorded.error().message));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray entries;
        for (const JielongMatch &match : std::as_const(*matches)) {
            QJsonArray suggestions;
            for (const NameIndex::Suggestion &suggestion : match.suggestions) {
                suggestions.append(
                    QJsonObject {{QStringLiteral("member_id"), suggestion.personId},
                                 {QStringLiteral("name"), names.value(suggestion.personId)},
                                 {QStringLiteral("reason"), reasonKey({suggestion.personId, suggestion.reason})},
                                 {QStringLiteral("reason_text"), SenderMatcher::reasonText(suggestion.reason, false)}});
            }
            entries.append(QJsonObject {{QStringLiteral("line"), match.entry.line},
                                        {QStringLiteral("number"), match.entry.number},
                                        {QStringLiteral("text"), match.entry.text},
                                        {QStringLiteral("person_id"), match.personId},
                                        {QStringLiteral("name"), match.name},
                                        {QStringLiteral("suggestions"), suggestions}});
        }
        m_out << jsonText(QJsonObject {{QStringLiteral("day"), date.toString(Qt::ISODate)},
                                       {QStringLiteral("recorded"), recorded->recorded},
                                       {QStringLiteral("already_checked_in"), recorded->alreadyChecked},
                                       {QStringLiteral("unmatched"), recorded->unmatched},
                                       {QStringLiteral("suggestions_accepted"), accepted},
                                       {QStringLiteral("entries"), entries}});
        return Success;
    }
    for (const JielongMatch &match : std::as_const(*matches)) {
        if (match.personId > 0)
            continue;
        m_out << tr("%1, line %2: no member matches “%3” exactly")
                     .arg(name)
                     .arg(match.entry.line)
                     .arg(match.entry.firstWord)
              << Qt::endl;
        for (const NameIndex::Suggestion &suggestion : match.suggestions) {
            m_out << "      "
                  << tr("suggested: %1 (member %2): %3")
                         .arg(names.value(suggestion.personId))
                         .arg(suggestion.personId)
                         .arg(SenderMatcher::reasonText(suggestion.reason, false))
                  << Qt::endl;
        }
    }
    if (accepted > 0)
        m_out << tr("Suggestions accepted: %1").arg(accepted) << Qt::endl;
    m_out << tr("Day %1 (%2): %3 check-ins recorded, %4 already checked in, %5 entries unmatched.")
                 .arg(dayNumber)
                 .arg(date.toString(Qt::ISODate))
                 .arg(recorded->recorded)
                 .arg(recorded->alreadyChecked)
                 .arg(recorded->unmatched)
          << Qt::endl;
    return Success;
}

int CommandLine::stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Per-member participation of a camp: messages, active days and check-ins, "
                                        "and active members per day."));
    parser.addOptions({campOption(), workspaceOption(), jsonOption()});
    if (int code = 0; !parse(parser, QStringLiteral("stats"), arguments, code))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    auto totals = ParticipationStats::compute(*opened->workspace, id);
    if (!totals)
        return failure(totals.error().message);
    // The camp's headline figures, as the Review and Participation tabs and
    // `report` give them (members only, the counted course days).
    auto input = ReviewInputLoader::load(*opened->workspace, id);
    if (!input)
        return failure(input.error().message);
    const ReviewSeries series
        = ReviewCalculator::compute(*input, {}, ReviewCalculator::optionsOn(QDate::currentDate()));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = totals->toJson(id);
        json.insert(QStringLiteral("summary"), ReviewJson::headline(series));
        m_out << jsonText(json);
        return Success;
    }
    m_out << ReviewHeadline::summary(series, true) << Qt::endl << Qt::endl;
    m_out << tr("id\tname\tmessages\tactive days\tcheck-ins") << Qt::endl;
    for (const MemberTotals &member : std::as_const(totals->members)) {
        m_out << member.personId << '\t' << member.name << '\t' << member.messages << '\t' << member.activeDays << '\t'
              << member.checkIns << Qt::endl;
    }
    if (!totals->unmapped.isEmpty()) {
        m_out << tr("Senders mapped to no member (key, name, messages, active days, check-in days):") << Qt::endl;
        for (const SenderTotals &sender : std::as_const(totals->unmapped)) {
            m_out << "  " << sender.identity.chatKey << '\t'
                  << (sender.identity.self ? tr("me (the account that made the export)") : sender.identity.displayName)
                  << '\t' << sender.messages << '\t' << sender.activeDays << '\t' << sender.checkInDays << Qt::endl;
        }
    }
    return Success;
}

int CommandLine::generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a deterministic chat export (the same options always give the same "
                                        "bytes) for benchmarks and trials, or the roster of its members; or add "
                                        "deterministic activities to a camp's plan."));
    const QCommandLineOption format(QStringLiteral("format"), tr("whatsapp, telegram, roster or activities."),
                                    tr("format"), QStringLiteral("whatsapp"));
    const QCommandLineOption members(QStringLiteral("members"), tr("Number of members (default 5000)."), tr("n"),
                                     QStringLiteral("5000"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Number of days (default 60)."), tr("n"),
                                  QStringLiteral("60"));
    const QCommandLineOption messages(QStringLiteral("messages"), tr("Number of messages (default 1000000)."), tr("n"),
                                      QStringLiteral("1000000"));
    const QCommandLineOption activities(QStringLiteral("activities"),
                                        tr("Number of activities for --format activities (default 2000)."), tr("n"),
                                        QStringLiteral("2000"));
    const QCommandLineOption firstDay(QStringLiteral("first-day"), tr("First day, YYYY-MM-DD (default 2027-03-01)."),
                                      tr("date"), QStringLiteral("2027-03-01"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 20270301)."), tr("n"),
                                  QStringLiteral("20270301"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("File to write."), tr("file"));
    parser.addOptions(
        {format, members, days, messages, activities, firstDay, seed, output, campOption(), workspaceOption()});
    if (int code = 0; !parse(parser, QStringLiteral("generate"), arguments, code))
        return code;
    const QString kind = parser.value(format);
    const bool intoPlan = kind == QLatin1String("activities");
    if (kind != QLatin1String("whatsapp") && kind != QLatin1String("telegram") && kind != QLatin1String("roster")
        && !intoPlan)
        return usageError(tr("--format: “%1” is not whatsapp, telegram, roster or activities.").arg(kind));
    if (!intoPlan && !parser.isSet(output))
        return usageError(tr("Missing -o FILE."));
    if (parser.isSet(output)) {
        if (auto allowed = checkOutput(parser, parser.value(output)); !allowed)
            return failure(allowed.error().message);
    }
    ChatGeneratorOptions options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, int low, int high) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < low || value > high) {
            ok = false;
            usageError(tr("--%1: “%2” is not a number from %3 to %4.")
                           .arg(option.names().first(), parser.value(option))
                           .arg(low)
                           .arg(high));
        }
        return value;
    };
    options.members = number(members, 1, 1000000);
    if (ok)
        options.days = number(days, 1, 3660);
    if (ok)
        options.messages = number(messages, 0, 100000000);
    if (ok)
        options.seed = quint32(number(seed, 0, std::numeric_limits<int>::max()));
    const int activityCount = ok ? number(activities, 0, 1000000) : 0;
    if (!ok)
        return UsageError;
    options.firstDay = QDate::fromString(parser.value(firstDay), Qt::ISODate);
    if (!options.firstDay.isValid())
        return usageError(tr("--first-day: “%1” is not a date; expected YYYY-MM-DD.").arg(parser.value(firstDay)));

    if (intoPlan) {
        // Spread over the camp's course days (or --first-day and --days when
        // given), added to its plan in one transaction.
        qint64 id = 0;
        if (int code = 0; !campId(parser, id, code))
            return code;
        int code = 0;
        auto opened = openCamp(parser, id, code);
        if (!opened)
            return code;
        const Camp &camp = opened->camp;
        const QDate from = parser.isSet(firstDay) || !camp.courseStart.isValid() ? options.firstDay : camp.courseStart;
        const int span = parser.isSet(days) || !camp.courseStart.isValid() ? options.days : camp.courseDays();
        const QList<Activity> generated = ChatGenerator::activities(id, from, span, activityCount, options.seed);
        auto added = opened->workspace->activities().insertAll(generated);
        if (!added)
            return failure(added.error().message);
        m_out << tr("Added %1 activities to camp %2").arg(added->size()).arg(id) << Qt::endl;
        return Success;
    }

    OutputFile file(parser.value(output), workspacePath(parser));
    if (auto opened = file.open(); !opened)
        return failure(opened.error().message);
    const bool written = kind == QLatin1String("whatsapp") ? ChatGenerator::writeWhatsApp(file.device(), options)
        : kind == QLatin1String("telegram")                ? ChatGenerator::writeTelegram(file.device(), options)
                                                           : ChatGenerator::writeRoster(file.device(), options);
    if (!written)
        return failure(tr("%1 cannot be written: %2").arg(parser.value(output), file.device().errorString()));
    if (auto committed = file.commit(); !committed)
        return failure(committed.error().message);
    m_out << tr("Wrote %1").arg(parser.value(output)) << Qt::endl;
    return Success;
}

int CommandLine::identities(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the chat identities (senders) found in a camp's imports and the member "
                                        "each one is; --map and --staff change that, and the aggregates follow."));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("KEY=MEMBER: map the identity with this key (as listed) to the member with this "
                                    "person id (0 unmaps). May be repeated."),
                                 tr("key=id"));
    const QCommandLineOption staff(QStringLiteral("staff"), tr("Mark the identity with this key as staff."), tr("key"));
    parser.addOptions({campOption(), map, staff, workspaceOption(), jsonOption()});
    if (int code = 0; !parse(parser, QStringLiteral("identities"), arguments, code))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    ParticipationRepository repository(opened->workspace->database());
    auto list = repository.identities(id);
    if (!list)
        return failure(list.error().message);
    const auto find = [&](const QString &key) -> std::optional<ChatIdentity> {
        for (const ChatIdentity &identity : std::as_const(*list)) {
            if (identity.chatKey == key)
                return identity;
        }
        return std::nullopt;
    };
    for (const QString &pair : parser.values(map)) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        bool ok = false;
        const qint64 personId = equals > 0 ? pair.mid(equals + 1).toLongLong(&ok) : 0;
        if (!ok || personId < 0)
            return usageError(tr("--map: “%1” is not KEY=MEMBER_ID.").arg(pair));
        const auto identity = find(pair.left(equals));
        if (!identity)
            return usageError(tr("--map: camp %1 has no chat identity “%2”.").arg(id).arg(pair.left(equals)));
        if (auto mapped = repository.mapIdentity(identity->id, personId); !mapped)
            return failure(mapped.error().message);
    }
    for (const QString &key : parser.values(staff)) {
        const auto identity = find(key);
        if (!identity)
            return usageError(tr("--staff: camp %1 has no chat identity “%2”.").arg(id).arg(key));
        if (auto marked = repository.setStaff(identity->id, true); !marked)
            return failure(marked.error().message);
    }
    list = repository.identities(id);
    if (!list)
        return failure(list.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ChatIdentity &identity : std::as_const(*list)) {
            array.append(QJsonObject {{QStringLiteral("key"), identity.chatKey},
                                      {QStringLiteral("platform"), identity.platform},
                                      {QStringLiteral("name"), identity.displayName},
                                      {QStringLiteral("names"), QJsonArray::fromStringList(identity.names)},
                                      {QStringLiteral("self"), identity.self},
                                      {QStringLiteral("member_id"), identity.personId},
                                      {QStringLiteral("staff"), identity.staff},
                                      {QStringLiteral("messages"), identity.messages}});
        }
        m_out << jsonText(QJsonObject {{QStringLiteral("camp_id"), id}, {QStringLiteral("identities"), array}});
        return Success;
    }
    for (const ChatIdentity &identity : std::as_const(*list)) {
        m_out << identity.platform << '\t' << identity.chatKey << '\t'
              << (identity.self ? tr("me (the account that made the export)") : identity.displayName) << '\t'
              << (identity.personId > 0 ? QString::number(identity.personId) : tr("unmapped")) << '\t'
              << identity.messages << (identity.staff ? QStringLiteral("\t") + tr("staff") : QString()) << Qt::endl;
    }
    return Success;
}

} // namespace CampDesk
