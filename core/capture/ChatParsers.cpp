#include "core/capture/ChatParsers.h"

#include "core/capture/ChatFormatDescriptor.h"

#include <QStringList>

namespace CampDesk {

std::optional<ChatFormat> ChatParsers::detect(QStringView text)
{
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    for (const ChatFormatDescriptor &descriptor : ChatFormatDescriptor::all()) {
        if (descriptor.sniff(head))
            return descriptor.format;
    }
    return std::nullopt;
}

bool ChatParsers::isLineBased(ChatFormat format)
{
    return ChatFormatDescriptor::of(format).isLineBased();
}

bool ChatParsers::hasDateOrder(ChatFormat format)
{
    return ChatFormatDescriptor::of(format).hasDateOrder();
}

void ChatParsers::survey(ChatFormat format, QStringView text, int firstLine, FileSurvey &survey)
{
    if (const auto surveyOf = ChatFormatDescriptor::of(format).survey)
        surveyOf(text, firstLine, survey);
}

Result<DateOrderDecision> ChatParsers::decideDateOrder(ChatFormat format, const DateOrderEvidence &evidence,
                                                       DateOrder requested)
{
    if (const auto decide = ChatFormatDescriptor::of(format).decideDateOrder)
        return decide(evidence, requested);
    return DateOrderDecision {}; // no date of the format needs an order
}

Result<ParseReport> ChatParsers::parse(ChatFormat format, QStringView text, const ParseOptions &options,
                                       const MessageSink &sink)
{
    return ChatFormatDescriptor::of(format).parse(text, options, sink);
}

QString ChatParsers::formatList()
{
    QStringList names;
    for (const ChatFormatDescriptor &descriptor : ChatFormatDescriptor::all())
        names.append(ChatFormats::displayName(descriptor.format));
    return names.join(QStringLiteral(", "));
}

} // namespace CampDesk
