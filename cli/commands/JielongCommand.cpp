#include "cli/commands/JielongCommand.h"

#include "cli/ChatJson.h"
#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/capture/JielongMatcher.h"
#include "core/io/InputFile.h"
#include "core/roster/TextDecoder.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

namespace {

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonObject matchJson(const JielongMatch &match, const QHash<qint64, QString> &names)
{
    QJsonArray suggestions;
    for (const NameIndex::Suggestion &suggestion : match.suggestions) {
        suggestions.append(
            QJsonObject {{QStringLiteral("member_id"), suggestion.personId},
                         {QStringLiteral("name"), names.value(suggestion.personId)},
                         {QStringLiteral("reason"), ChatJson::reasonKey({suggestion.personId, suggestion.reason})},
                         {QStringLiteral("reason_text"), SenderMatcher::reasonText(suggestion.reason, false)}});
    }
    return QJsonObject {{QStringLiteral("line"), match.entry.line},   {QStringLiteral("number"), match.entry.number},
                        {QStringLiteral("text"), match.entry.text},   {QStringLiteral("person_id"), match.personId},
                        {QStringLiteral("name"), match.name},         {QStringLiteral("remembered"), match.remembered},
                        {QStringLiteral("accepted"), match.accepted}, {QStringLiteral("suggestions"), suggestions}};
}

} // namespace

JielongCommand::JielongCommand()
    : Command({.name = QStringLiteral("jielong"),
               .description = tr("Record a 接龙 list (a file, or - for standard input) as check-ins of a course "
                                 "day. An entry that names a member exactly (name, group nickname, or a name "
                                 "matched by hand before) is recorded; for the others the members they may "
                                 "mean are listed, and recorded only with --accept-suggestions."),
               .json = true,
               .argument = QStringLiteral("FILE"),
               .argumentHelp = tr("The 接龙 text, or - for standard input.")})
    , m_day(QStringLiteral("day"), tr("Course day number (1 = first course day)."), tr("n"))
    , m_activity(QStringLiteral("activity"), tr("Id of a check-in activity on that day."), tr("id"))
    , m_accept(QStringLiteral("accept-suggestions"),
               tr("Record an entry whose strongest suggestion names one member as that member's check-in."))
{
}

QList<QCommandLineOption> JielongCommand::options() const
{
    return {m_day, m_activity, m_accept};
}

Outcome<void> JielongCommand::prepare(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_day))
        return usage(tr("Missing --day."));
    bool dayOk = false;
    m_dayNumber = parser.value(m_day).toInt(&dayOk);
    if (!dayOk || m_dayNumber < 1)
        return usage(tr("--day: “%1” is not a course day number (1 or more).").arg(parser.value(m_day)));
    if (parser.isSet(m_activity)) {
        bool ok = false;
        m_activityId = parser.value(m_activity).toLongLong(&ok);
        if (!ok || m_activityId <= 0)
            return usage(tr("“%1” is not an activity id.").arg(parser.value(m_activity)));
    }
    auto read = InputFile::readAll(parser.positionalArguments().first());
    if (!read)
        return failed(read.error());
    m_bytes = std::move(*read);
    return {};
}

Outcome<void> JielongCommand::run(Context &context)
{
    const qint64 id = context.campId;
    const QDate date = context.camp.courseStart.addDays(m_dayNumber - 1);
    if (date > context.camp.courseEnd)
        return usage(tr("--day: camp %1 has %2 course days.").arg(id).arg(context.camp.courseDays()));
    const QString &path = context.argument;
    const QString name = path == QLatin1String("-") ? tr("standard input") : QFileInfo(path).fileName();
    const QString text = TextDecoder::decode(m_bytes).text;
    auto matches = JielongMatcher::match(*context.workspace, id, text);
    if (!matches)
        return failed(tr("%1: %2").arg(name, matches.error().message));
    const QStringList notes = JielongMatcher::notes(text);
    const int accepted = context.parser.isSet(m_accept) ? JielongMatcher::acceptSuggestions(*matches) : 0;
    const QHash<qint64, QString> names = Cli::memberNames(*context.workspace, id);
    auto recorded = JielongMatcher::record(*context.workspace, id, date, m_activityId, *matches);
    if (!recorded)
        return failed(tr("%1: %2").arg(name, recorded.error().message));
    QTextStream &out = context.out;
    if (context.json) {
        QJsonArray entries;
        for (const JielongMatch &match : std::as_const(*matches))
            entries.append(matchJson(match, names));
        out << Cli::jsonText(QJsonObject {{QStringLiteral("day"), date.toString(Qt::ISODate)},
                                          {QStringLiteral("recorded"), recorded->recorded},
                                          {QStringLiteral("already_checked_in"), recorded->alreadyChecked},
                                          {QStringLiteral("unmatched"), recorded->unmatched},
                                          {QStringLiteral("not_in_camp"), idsJson(recorded->notInCamp)},
                                          {QStringLiteral("suggestions_accepted"), accepted},
                                          {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                                          {QStringLiteral("entries"), entries}});
    } else {
        printSummary(out, name, date, *matches, names, *recorded, accepted);
    }
    for (const QString &note : notes)
        context.err << tr("note: %1").arg(note) << Qt::endl;
    // Entries left out are told by the exit status too, as a chat import's are.
    QStringList leftOut;
    if (!recorded->notInCamp.isEmpty()) {
        leftOut.append(tr("%n member(s) named in %1 were not in the camp that day and were not recorded.", nullptr,
                          int(recorded->notInCamp.size()))
                           .arg(name));
    }
    if (recorded->unmatched > 0) {
        leftOut.append(tr("%n entr(y/ies) of %1 matched no member and were not recorded (listed above).", nullptr,
                          recorded->unmatched)
                           .arg(name));
    }
    if (!leftOut.isEmpty()) {
        return std::unexpected(
            CommandStop {CommandLine::Incomplete, leftOut.join(u' ') + u' ' + tr("The rest was recorded.")});
    }
    return {};
}

void JielongCommand::printSummary(QTextStream &out, const QString &name, QDate date, const QList<JielongMatch> &matches,
                                  const QHash<qint64, QString> &names, const JielongRecordResult &recorded,
                                  int accepted) const
{
    printUnmatched(out, name, matches, names);
    for (qint64 personId : recorded.notInCamp) {
        out << tr("%1: %2 (member %3) was not in the camp on %4 (joined later or left); not recorded")
                   .arg(name, names.value(personId))
                   .arg(personId)
                   .arg(date.toString(Qt::ISODate))
            << Qt::endl;
    }
    if (accepted > 0) {
        out << tr("Suggestions accepted: %1").arg(accepted) << Qt::endl;
        for (const JielongMatch &match : matches) {
            if (match.accepted)
                out << "      "
                    << tr("line %1: “%2” taken as %3 (member %4)")
                           .arg(match.entry.line)
                           .arg(match.entry.firstWord, names.value(match.personId))
                           .arg(match.personId)
                    << Qt::endl;
        }
    }
    out << tr("Day %1 (%2): %3 check-ins recorded, %4 already checked in, %5 entries unmatched.")
               .arg(m_dayNumber)
               .arg(date.toString(Qt::ISODate))
               .arg(recorded.recorded)
               .arg(recorded.alreadyChecked)
               .arg(recorded.unmatched)
        << Qt::endl;
}

void JielongCommand::printUnmatched(QTextStream &out, const QString &name, const QList<JielongMatch> &matches,
                                    const QHash<qint64, QString> &names)
{
    for (const JielongMatch &match : matches) {
        if (match.personId > 0)
            continue;
        out << tr("%1, line %2: no member matches “%3” exactly")
                   .arg(name)
                   .arg(match.entry.line)
                   .arg(match.entry.firstWord)
            << Qt::endl;
        for (const NameIndex::Suggestion &suggestion : match.suggestions) {
            out << "      "
                << tr("suggested: %1 (member %2): %3")
                       .arg(names.value(suggestion.personId))
                       .arg(suggestion.personId)
                       .arg(SenderMatcher::reasonText(suggestion.reason, false))
                << Qt::endl;
        }
    }
}

} // namespace CampDesk
