#include "tests/fuzz/FuzzTargets.h"

#include "core/Workspace.h"
#include "core/capture/ChatParsers.h"
#include "core/capture/DiscordParser.h"
#include "core/capture/JielongParser.h"
#include "core/capture/PieceCutter.h"
#include "core/capture/QQParser.h"
#include "core/capture/TelegramParser.h"
#include "core/capture/WeChatParser.h"
#include "core/capture/WhatsAppParser.h"
#include "core/plan/PlanTemplate.h"
#include "core/roster/DelimitedText.h"
#include "core/roster/RosterColumns.h"
#include "core/roster/RosterImport.h"
#include "core/roster/TextDecoder.h"
#include "core/speech/PlaceholderRenderer.h"
#include "core/speech/SpeechLibrary.h"

#include <QByteArray>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>
#include <memory>

// A broken invariant is a bug like a crash: abort so libFuzzer keeps the input.
#define CAMPDESK_FUZZ_CHECK(condition)                                                                                 \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);               \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace CampDesk::Fuzz {

namespace {

// Results are folded into this so the compiler cannot drop the work.
volatile size_t g_touched = 0;

void touch(const QString &text)
{
    g_touched = g_touched + size_t(text.size()) + (text.isEmpty() ? 0 : text.front().unicode());
}

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    // A deep copy: the fuzzer's buffer is exactly `size` bytes, with no NUL after it.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Decoded as the importers decode a file: BOM, UTF-16 guess, GB18030 fallback.
QString decoded(const uint8_t *data, size_t size)
{
    return TextDecoder::decode(bytesOf(data, size)).text;
}

using Sniff = bool (*)(QStringView);
using Parse = Result<ParseReport> (*)(QStringView, const ParseOptions &, const MessageSink &);

void touch(const Result<ParseReport> &report, int delivered)
{
    if (!report) {
        touch(report.error().message);
        return;
    }
    touch(report->chatName);
    CAMPDESK_FUZZ_CHECK(report->messages == delivered || report->cancelled);
    for (const ParseWarning &warning : report->warnings) {
        CAMPDESK_FUZZ_CHECK(warning.line >= 0);
        touch(warning.message);
    }
}

Result<ParseReport> parseChat(Parse parse, QStringView text)
{
    ParseOptions options;
    // A zone with a history (DST 1986–1991) rather than UTC, so wall-clock
    // conversions are exercised; fixed so runs are reproducible.
    options.zone = QTimeZone("Asia/Shanghai");
    options.progress = [](double fraction) {
        CAMPDESK_FUZZ_CHECK(fraction >= 0.0 && fraction <= 1.0);
        return true;
    };
    int delivered = 0;
    const MessageSink sink = [&delivered](ChatMessage &&message) {
        ++delivered;
        CAMPDESK_FUZZ_CHECK(message.line >= 1);
        touch(message.senderId);
        touch(message.senderName);
        touch(message.text);
        touch(message.sourceId);
        for (const QString &subject : std::as_const(message.subjects))
            touch(subject);
        g_touched = g_touched + size_t(message.time) + size_t(message.kind);
        return true;
    };
    Result<ParseReport> report = parse(text, options, sink);
    touch(report, delivered);
    return report;
}

int fuzzChat(const uint8_t *data, size_t size, Sniff sniff, Parse parse)
{
    const QString text = decoded(data, size);
    // The importer sniffs only the start of a file.
    g_touched = g_touched + sniff(QStringView(text).first(std::min<qsizetype>(text.size(), 64 * 1024)));
    parseChat(parse, text);
    return 0;
}

// What a parse gave: its report (or error) and its messages.
struct Outcome {
    Result<ParseReport> report = ParseReport {};
    QList<ChatMessage> messages;
};

ParseOptions fuzzOptions()
{
    ParseOptions options;
    options.zone = QTimeZone("Asia/Shanghai");
    return options;
}

MessageSink collectInto(QList<ChatMessage> &messages)
{
    return [&messages](ChatMessage &&message) {
        messages.append(std::move(message));
        return true;
    };
}

// A big export is parsed a piece at a time (ChatFileReader): the pieces must
// give exactly what the whole text gives, messages, warnings and errors.
void checkSameOutcome(const Outcome &whole, const Outcome &pieces)
{
    CAMPDESK_FUZZ_CHECK(whole.report.has_value() == pieces.report.has_value());
    if (!whole.report) {
        CAMPDESK_FUZZ_CHECK(whole.report.error().message == pieces.report.error().message);
        return;
    }
    CAMPDESK_FUZZ_CHECK(whole.report->chatName == pieces.report->chatName);
    CAMPDESK_FUZZ_CHECK(whole.report->warnings.size() == pieces.report->warnings.size());
    for (qsizetype i = 0; i < whole.report->warnings.size(); ++i)
        CAMPDESK_FUZZ_CHECK(whole.report->warnings.at(i).message == pieces.report->warnings.at(i).message);
    CAMPDESK_FUZZ_CHECK(whole.messages.size() == pieces.messages.size());
    for (qsizetype i = 0; i < whole.messages.size(); ++i) {
        const ChatMessage &a = whole.messages.at(i);
        const ChatMessage &b = pieces.messages.at(i);
        CAMPDESK_FUZZ_CHECK(a.line == b.line && a.time == b.time && a.kind == b.kind);
        CAMPDESK_FUZZ_CHECK(a.senderId == b.senderId && a.senderName == b.senderName && a.text == b.text);
        CAMPDESK_FUZZ_CHECK(a.sourceId == b.sourceId && a.subjects == b.subjects);
    }
}

// The piece length for a differential run, from the input's last byte.
qsizetype pieceLength(const uint8_t *data, size_t size)
{
    return size == 0 ? 1 : qsizetype(data[size - 1] % 61) + 1;
}

using ParsePieces = Result<ParseReport> (*)(const PieceReader &, const ParseOptions &, const MessageSink &);

// A JSON export in pieces cut anywhere, as ChatFileReader reads a big one.
Outcome jsonInPieces(ParsePieces parsePieces, QStringView text, qsizetype step)
{
    Outcome outcome;
    const PieceReader read = [text, step](const std::function<bool(QStringView, double)> &use) {
        for (qsizetype at = 0; at < text.size(); at += step) {
            if (!use(text.sliced(at, std::min(step, text.size() - at)), double(at) / double(text.size())))
                break;
        }
        return Result<void> {};
    };
    outcome.report = parsePieces(read, fuzzOptions(), collectInto(outcome.messages));
    return outcome;
}

// QQ text cut as ChatFileReader cuts a big one: after every `step`
// characters, at the last place PieceCutter allows in what is not cut yet.
Outcome qqInPieces(QStringView text, qsizetype step)
{
    QQParser::PieceState state;
    state.lineBreak = QQParser::lineBreakOf(text);
    state.started = true;
    PieceCutter cutter(ChatFormat::QQText, state.lineBreak);
    QList<QStringView> pieces;
    qsizetype begin = 0;
    for (qsizetype end = 0; end < text.size();) {
        end = std::min(text.size(), end + step);
        const QStringView buffer = text.sliced(begin, end - begin);
        const qsizetype cut = end == text.size() ? buffer.size() : cutter.lastCut(buffer);
        if (cut > 0) {
            pieces.append(buffer.first(cut));
            begin += cut;
        }
    }
    for (const QStringView piece : std::as_const(pieces))
        QQParser::scanConversations(piece, state);
    Outcome outcome;
    ParseReport total;
    ParseOptions options = fuzzOptions();
    const MessageSink sink = collectInto(outcome.messages);
    qsizetype line = 1;
    for (const QStringView piece : std::as_const(pieces)) {
        if (!piece.trimmed().isEmpty()) {
            options.firstLine = int(line);
            auto report = QQParser::parsePiece(piece, state, options, sink);
            if (!report) {
                outcome.report = std::unexpected(report.error());
                return outcome;
            }
            total.messages += report->messages;
            total.warnings.append(report->warnings);
            if (total.chatName.isEmpty())
                total.chatName = report->chatName;
        }
        line += cutter.lineBreaks(piece);
    }
    auto end = QQParser::finish(state, options);
    if (!end) {
        outcome.report = std::unexpected(end.error());
        return outcome;
    }
    total.warnings.append(end->warnings);
    outcome.report = total;
    return outcome;
}

Outcome wholeParse(Parse parse, QStringView text)
{
    Outcome outcome;
    outcome.report = parse(text, fuzzOptions(), collectInto(outcome.messages));
    return outcome;
}

// A workspace for the roster import to match against, made once. Empty: a
// populated one (DemoWorkspace) runs at a tenth of the executions per second,
// and matching is hash lookups, not parsing.
struct WorkspaceFixture final {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;

    WorkspaceFixture()
    {
        auto opened = Workspace::open(dir.filePath(QStringLiteral("fuzz.campdesk")));
        if (!opened) {
            std::fprintf(stderr, "fuzz: cannot open a workspace: %s\n", qPrintable(opened.error().message));
            std::abort();
        }
        workspace = std::move(*opened);
    }
};

Workspace &workspace()
{
    static WorkspaceFixture fixture;
    return *fixture.workspace;
}

} // namespace

int fuzzWhatsApp(const uint8_t *data, size_t size)
{
    return fuzzChat(data, size, &WhatsAppParser::sniff, &WhatsAppParser::parse);
}

int fuzzTelegram(const uint8_t *data, size_t size)
{
    fuzzChat(data, size, &TelegramParser::sniff, &TelegramParser::parse);
    const QString text = decoded(data, size);
    checkSameOutcome(wholeParse(&TelegramParser::parse, text),
                     jsonInPieces(&TelegramParser::parsePieces, text, pieceLength(data, size)));
    return 0;
}

int fuzzQQ(const uint8_t *data, size_t size)
{
    fuzzChat(data, size, &QQParser::sniff, &QQParser::parse);
    const QString text = decoded(data, size);
    checkSameOutcome(wholeParse(&QQParser::parse, text), qqInPieces(text, pieceLength(data, size)));
    return 0;
}

int fuzzMemoTraceCsv(const uint8_t *data, size_t size)
{
    return fuzzChat(data, size, &MemoTraceCsvParser::sniff, &MemoTraceCsvParser::parse);
}

int fuzzMemoTraceText(const uint8_t *data, size_t size)
{
    return fuzzChat(data, size, &MemoTraceTextParser::sniff, &MemoTraceTextParser::parse);
}

int fuzzPyWxDumpCsv(const uint8_t *data, size_t size)
{
    return fuzzChat(data, size, &PyWxDumpCsvParser::sniff, &PyWxDumpCsvParser::parse);
}

int fuzzDiscordJson(const uint8_t *data, size_t size)
{
    fuzzChat(data, size, &DiscordJsonParser::sniff, &DiscordJsonParser::parse);
    const QString text = decoded(data, size);
    checkSameOutcome(wholeParse(&DiscordJsonParser::parse, text),
                     jsonInPieces(&DiscordJsonParser::parsePieces, text, pieceLength(data, size)));
    return 0;
}

int fuzzDiscordCsv(const uint8_t *data, size_t size)
{
    return fuzzChat(data, size, &DiscordCsvParser::sniff, &DiscordCsvParser::parse);
}

int fuzzChatDetect(const uint8_t *data, size_t size)
{
    const QString text = decoded(data, size);
    const std::optional<ChatFormat> format = ChatParsers::detect(text);
    if (!format)
        return 0;
    touch(ChatFormats::key(*format));
    ParseOptions options;
    options.zone = QTimeZone("Asia/Shanghai");
    int delivered = 0;
    const auto report = ChatParsers::parse(*format, text, options, [&delivered](ChatMessage &&message) {
        ++delivered;
        touch(message.text);
        return true;
    });
    touch(report, delivered);
    return 0;
}

int fuzzJielong(const uint8_t *data, size_t size)
{
    const QString text = decoded(data, size);
    const QList<JielongList> lists = JielongParser::parse(text);
    for (const JielongList &list : lists) {
        CAMPDESK_FUZZ_CHECK(list.copies >= 1);
        touch(list.header);
        touch(list.title);
        for (const JielongEntry &entry : list.entries) {
            CAMPDESK_FUZZ_CHECK(entry.line >= 1);
            touch(entry.text);
            touch(entry.firstWord);
        }
    }
    return 0;
}

int fuzzRosterCsv(const uint8_t *data, size_t size)
{
    const QString text = decoded(data, size);
    const auto parsed = DelimitedText::parse(text);
    if (!parsed) {
        touch(parsed.error().message);
        return 0;
    }
    const QList<TextRow> &rows = *parsed;
    if (rows.isEmpty())
        return 0;
    const QList<RosterField> fields = RosterColumns::guess(rows.first().cells);
    CAMPDESK_FUZZ_CHECK(fields.size() == rows.first().cells.size());
    const auto plan = RosterImport::plan(workspace(), 1, rows, fields);
    if (!plan)
        return 0;
    for (const RosterImportRow &row : plan->rows) {
        touch(row.person.displayName);
        for (const QString &problem : row.problems)
            touch(problem);
    }
    return 0;
}

int fuzzPlanTemplate(const uint8_t *data, size_t size)
{
    const auto plan = PlanTemplate::fromJson(bytesOf(data, size), QStringLiteral("fuzz.json"));
    if (!plan) {
        touch(plan.error().message);
        return 0;
    }
    // What "New camp from template" does with it, in both languages.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const auto activities = plan->expand(plan->defaultParameters(QDate(2026, 11, 22), language));
        if (activities) {
            for (const Activity &activity : *activities)
                touch(activity.title);
        }
    }
    // A template CampDesk writes must read back.
    const auto again = PlanTemplate::fromJson(plan->toJson(), QStringLiteral("fuzz.json"));
    if (!again)
        std::fprintf(stderr, "fuzz: %s\n", qPrintable(again.error().message));
    CAMPDESK_FUZZ_CHECK(again.has_value());
    CAMPDESK_FUZZ_CHECK(again->items.size() == plan->items.size());
    return 0;
}

int fuzzSpeechLibrary(const uint8_t *data, size_t size)
{
    const auto speeches = SpeechLibrary::fromJson(bytesOf(data, size), QStringLiteral("fuzz.json"));
    if (!speeches) {
        touch(speeches.error().message);
        return 0;
    }
    for (const SpeechTemplate &speech : *speeches) {
        touch(speech.title);
        touch(speech.body);
    }
    // An exported library must import again.
    const auto again = SpeechLibrary::fromJson(SpeechLibrary::toJson(*speeches), QStringLiteral("fuzz.json"));
    if (!again)
        std::fprintf(stderr, "fuzz: %s\n", qPrintable(again.error().message));
    CAMPDESK_FUZZ_CHECK(again.has_value());
    CAMPDESK_FUZZ_CHECK(again->size() == speeches->size());
    return 0;
}

int fuzzPlaceholder(const uint8_t *data, size_t size)
{
    const QString body = QString::fromUtf8(bytesOf(data, size));
    RenderContext context;
    context.camp = QStringLiteral("21 天写作营");
    context.day = 3;
    context.date = QDate(2026, 11, 22);
    context.time = QTime(20, 0);
    context.subgroup = QStringLiteral("A组");
    context.member = QStringLiteral("林晓雨");
    context.staff = QStringLiteral("小助手");
    context.variables.insert(QStringLiteral("link"), QStringLiteral("https://example.invalid/day3"));
    context.variables.insert(QStringLiteral("topic"), QStringLiteral("开头"));
    context.variables.insert(QStringLiteral("homework"), QString()); // defined for other days only
    const RenderResult result = PlaceholderRenderer::render(body, context);
    touch(result.text);
    for (const RenderProblem &problem : result.problems) {
        // The editor underlines problems by position: they must lie in the body.
        CAMPDESK_FUZZ_CHECK(problem.position >= 0 && problem.length >= 1);
        CAMPDESK_FUZZ_CHECK(problem.position + problem.length <= body.size());
        touch(problem.name);
    }
    touch(result.message());
    return 0;
}

std::span<const FuzzTarget> targets()
{
    static constexpr FuzzTarget all[] = {
        {"whatsapp", &fuzzWhatsApp},
        {"telegram", &fuzzTelegram},
        {"qq", &fuzzQQ},
        {"wechat_memotrace_csv", &fuzzMemoTraceCsv},
        {"wechat_memotrace_txt", &fuzzMemoTraceText},
        {"wechat_pywxdump_csv", &fuzzPyWxDumpCsv},
        {"discord_json", &fuzzDiscordJson},
        {"discord_csv", &fuzzDiscordCsv},
        {"chat_detect", &fuzzChatDetect},
        {"jielong", &fuzzJielong},
        {"roster_csv", &fuzzRosterCsv},
        {"plan_template", &fuzzPlanTemplate},
        {"speech_library", &fuzzSpeechLibrary},
        {"placeholder", &fuzzPlaceholder},
    };
    return all;
}

} // namespace CampDesk::Fuzz
