#include "cli/commands/ChatImportCommand.h"

#include "cli/ChatJson.h"
#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/roster/TextDecoder.h"

#include <QTextStream>

namespace CampDesk {

namespace {

QStringList formatKeys()
{
    QStringList keys {QStringLiteral("auto")};
    for (ChatFormat format : ChatFormats::all())
        keys.append(ChatFormats::key(format));
    return keys;
}

} // namespace

ChatImportCommand::ChatImportCommand()
    : Command({.name = QStringLiteral("import"),
               .description = tr("Import a chat export into a camp: WhatsApp .txt, Telegram Desktop result.json, QQ "
                                 "message-manager .txt, WeChat (MemoTrace CSV/TXT, PyWxDump CSV), DiscordChatExporter "
                                 "JSON/CSV. Everything is written in one transaction; importing the same or an "
                                 "overlapping export again adds nothing twice."),
               .json = true,
               .argument = QStringLiteral("FILE"),
               .argumentHelp = tr("The chat export.")})
    , m_formatKeys(formatKeys())
    , m_format(QStringLiteral("format"), tr("One of %1 (default: auto).").arg(m_formatKeys.join(u'|')), tr("format"),
               QStringLiteral("auto"))
    , m_encoding(QStringLiteral("encoding"), tr("auto, UTF-8, UTF-16LE, UTF-16BE, GB18030, GBK … (default: auto)."),
                 tr("name"), QStringLiteral("auto"))
    , m_dateOrder(QStringLiteral("date-order"), tr("auto, dmy or mdy: how WhatsApp dates are read (default: auto)."),
                  tr("order"), QStringLiteral("auto"))
    , m_chat(QStringLiteral("chat"),
             tr("Of a file holding several chats (a Telegram whole-account export, a QQ export of every "
                "conversation): the one to import, by its name, or #N for the Nth as the refusal lists them. "
                "Such a file is refused without it."),
             tr("name"))
    , m_createMembers(QStringLiteral("create-members"),
                      tr("Add senders who match no member exactly as new members (one each)."))
    , m_acceptSuggestions(QStringLiteral("accept-suggestions"),
                          tr("Map a sender whose strongest suggestion names one member to that member. Without it, "
                             "suggestions are only listed."))
{
}

QList<QCommandLineOption> ChatImportCommand::options() const
{
    return {m_format, m_encoding, m_dateOrder, m_chat, m_createMembers, m_acceptSuggestions};
}

Outcome<void> ChatImportCommand::prepare(const QCommandLineParser &parser)
{
    if (parser.value(m_format) != QLatin1String("auto")) {
        m_options.format = ChatFormats::fromKey(parser.value(m_format));
        if (!m_options.format)
            return usage(tr("--format: “%1” is not one of %2.").arg(parser.value(m_format), m_formatKeys.join(u'|')));
    }
    if (parser.value(m_encoding).compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        if (!TextDecoder::decode(QByteArray(), parser.value(m_encoding)))
            return usage(tr("--encoding: “%1” is not an encoding this system knows.").arg(parser.value(m_encoding)));
        m_options.encoding = parser.value(m_encoding);
    }
    const QString order = parser.value(m_dateOrder);
    if (order == QLatin1String("dmy"))
        m_options.dateOrder = DateOrder::DayFirst;
    else if (order == QLatin1String("mdy"))
        m_options.dateOrder = DateOrder::MonthFirst;
    else if (order != QLatin1String("auto"))
        return usage(tr("--date-order: “%1” is not auto, dmy or mdy.").arg(order));
    m_options.chat = parser.value(m_chat);
    m_options.createMembers = parser.isSet(m_createMembers);
    m_options.acceptSuggestions = parser.isSet(m_acceptSuggestions);
    return {};
}

Outcome<void> ChatImportCommand::run(Context &context)
{
    ChatImportOptions options = m_options;
    // A wait that would otherwise look like a hang.
    options.waitingForCamp = [&context](bool waiting) {
        if (waiting) {
            context.err << tr("Waiting for another operator's change to camp %1 to finish…").arg(context.campId)
                        << Qt::endl;
        }
    };
    auto summary = ChatImporter(*context.workspace).run(context.campId, context.argument, options);
    if (!summary && !summary.error().choices.isEmpty()) {
        Error choose = summary.error();
        choose.message += u' ' + tr("Name it with --chat NAME, or with --chat '#N' for the Nth listed.");
        return failed(choose);
    }
    if (!summary)
        return failed(summary.error());
    const QTimeZone zone = context.camp.zone();
    const QHash<qint64, QString> names = Cli::memberNames(*context.workspace, context.campId);
    const ChatImportSummary &s = *summary;
    if (context.json)
        context.out << Cli::jsonText(ChatJson::importSummary(s, zone, names));
    else
        printSummary(context.out, s, zone, names);
    if (s.skipped > 0) {
        return std::unexpected(CommandStop {
            CommandLine::Incomplete,
            tr("%n message(s) of %1 could not be read and were not imported (the lines are listed above); the "
               "rest was imported.",
               nullptr, s.skipped)
                .arg(s.scan.fileName)});
    }
    return {};
}

void ChatImportCommand::printSummary(QTextStream &out, const ChatImportSummary &s, const QTimeZone &zone,
                                     const QHash<qint64, QString> &names)
{
    using ChatJson::timeText;
    out << tr("%1 (%2, %3)").arg(s.scan.fileName, ChatFormats::displayName(s.scan.format), s.scan.encoding) << Qt::endl
        << tr("Messages added: %1; duplicates skipped: %2; system events: %3 (%4 joins, %5 leaves); check-ins: %6")
               .arg(s.added)
               .arg(s.duplicates)
               .arg(s.systemEvents)
               .arg(s.joins)
               .arg(s.leaves)
               .arg(s.checkIns)
        << Qt::endl;
    if (s.scan.countable > 0)
        out << tr("From %1 to %2").arg(timeText(s.scan.firstAt, zone), timeText(s.scan.lastAt, zone)) << Qt::endl;
    if (s.membersCreated > 0)
        out << tr("New members: %1").arg(s.membersCreated) << Qt::endl;
    if (s.suggestionsAccepted > 0)
        out << tr("Suggestions accepted: %1").arg(s.suggestionsAccepted) << Qt::endl;
    if (!s.unmatched.isEmpty()) {
        out << tr("Senders not matched to a member (%1); map them with “identities --map KEY=MEMBER_ID”, accept the "
                  "suggestions with --accept-suggestions, or add them with --create-members:")
                   .arg(s.unmatched.size())
            << Qt::endl;
        for (const ImportIdentity &identity : s.unmatched) {
            out << "  " << (identity.self ? tr("me (the account that made the export)") : identity.name) << '\t'
                << identity.chatKey << '\t' << identity.messages << Qt::endl;
            for (const SenderSuggestion &suggestion : identity.suggestions) {
                out << "      "
                    << tr("suggested: %1 (member %2): %3")
                           .arg(names.value(suggestion.personId))
                           .arg(suggestion.personId)
                           .arg(SenderMatcher::reasonText(suggestion.reason, suggestion.sameName))
                    << Qt::endl;
            }
        }
    }
    printOutsideStay(out, s.checkInsOutsideStay, names);
    for (const ParseWarning &warning : s.scan.warnings) {
        // A warning's text names its line itself.
        const QString level = warning.skipped > 0 ? tr("not imported") : tr("warning");
        out << tr("%1 (%2): %3").arg(s.scan.fileName, level, warning.message) << Qt::endl;
    }
}

void ChatImportCommand::printOutsideStay(QTextStream &out, const QList<MemberDayRef> &checkIns,
                                         const QHash<qint64, QString> &names)
{
    if (checkIns.isEmpty())
        return;
    out << tr("%n check-in(s) in the chat were not recorded: the member was not in the camp that day. If their dates "
              "are wrong, correct them in the roster and tick these days in the check-in grid:",
              nullptr, int(checkIns.size()))
        << Qt::endl;
    for (const auto &[personId, days] : MemberDayRef::isoDaysByMember(checkIns))
        out << "  " << tr("%1 (member %2): %3").arg(names.value(personId)).arg(personId).arg(days.join(u", "))
            << Qt::endl;
}

} // namespace CampDesk
