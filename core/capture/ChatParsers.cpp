#include "core/capture/ChatParsers.h"

#include "core/capture/DiscordParser.h"
#include "core/capture/QQParser.h"
#include "core/capture/TelegramParser.h"
#include "core/capture/WeChatParser.h"
#include "core/capture/WhatsAppParser.h"

#include <QStringList>

namespace CampDesk {

namespace {

struct Entry {
    ChatFormat format;
    bool (*sniff)(QStringView);
    Result<ParseReport> (*parse)(QStringView, const ParseOptions &, const MessageSink &);
};

// Structured formats first: their headers are unmistakable, while line-based
// text formats accept more.
const QList<Entry> &entries()
{
    static const QList<Entry> all = {
        {ChatFormat::TelegramJson, &TelegramParser::sniff, &TelegramParser::parse},
        {ChatFormat::DiscordJson, &DiscordJsonParser::sniff, &DiscordJsonParser::parse},
        {ChatFormat::DiscordCsv, &DiscordCsvParser::sniff, &DiscordCsvParser::parse},
        {ChatFormat::WeChatMemoTraceCsv, &MemoTraceCsvParser::sniff, &MemoTraceCsvParser::parse},
        {ChatFormat::WeChatPyWxDumpCsv, &PyWxDumpCsvParser::sniff, &PyWxDumpCsvParser::parse},
        {ChatFormat::QQText, &QQParser::sniff, &QQParser::parse},
        {ChatFormat::WhatsApp, &WhatsAppParser::sniff, &WhatsAppParser::parse},
        {ChatFormat::WeChatMemoTraceText, &MemoTraceTextParser::sniff, &MemoTraceTextParser::parse},
    };
    return all;
}

} // namespace

std::optional<ChatFormat> ChatParsers::detect(QStringView text)
{
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    for (const Entry &entry : entries()) {
        if (entry.sniff(head))
            return entry.format;
    }
    return std::nullopt;
}

bool ChatParsers::isLineBased(ChatFormat format)
{
    return format != ChatFormat::TelegramJson && format != ChatFormat::DiscordJson;
}

bool ChatParsers::hasDateOrder(ChatFormat format)
{
    return format == ChatFormat::WhatsApp || format == ChatFormat::DiscordCsv;
}

void ChatParsers::survey(ChatFormat format, QStringView text, int firstLine, FileSurvey &survey)
{
    if (format == ChatFormat::WhatsApp)
        WhatsAppParser::survey(text, firstLine, survey);
    else if (format == ChatFormat::DiscordCsv)
        DiscordCsvParser::gatherDateEvidence(text, firstLine, survey.dates);
}

Result<DateOrderDecision> ChatParsers::decideDateOrder(ChatFormat format, const DateOrderEvidence &evidence,
                                                       DateOrder requested)
{
    if (format == ChatFormat::DiscordCsv)
        return DiscordCsvParser::decideDateOrder(evidence, requested);
    return WhatsAppParser::decideDateOrder(evidence, requested);
}

Result<ParseReport> ChatParsers::parse(ChatFormat format, QStringView text, const ParseOptions &options,
                                       const MessageSink &sink)
{
    for (const Entry &entry : entries()) {
        if (entry.format == format)
            return entry.parse(text, options, sink);
    }
    return fail(QString());
}

QString ChatParsers::formatList()
{
    QStringList names;
    for (const Entry &entry : entries())
        names.append(ChatFormats::displayName(entry.format));
    return names.join(QStringLiteral(", "));
}

} // namespace CampDesk
