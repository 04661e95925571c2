#include "core/capture/ChatFileReader.h"

#include "core/capture/ChatFormatDescriptor.h"
#include "core/capture/ChatParsers.h"
#include "core/capture/JielongParser.h"
#include "core/capture/PieceCutter.h"
#include "core/io/InputFile.h"
#include "core/io/Utf8Tally.h"
#include "core/roster/TextDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace CampDesk {

namespace {

constexpr qint64 HeadBytes = 1024 * 1024;

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

QString megabytes(qint64 characters)
{
    return QString::number(double(characters) / (1024.0 * 1024.0), 'f', 0);
}

// The number of the first line longer than `maxBytes` bytes, or 0: read a
// block at a time, so a file with no line break is found out without
// holding it.
qint64 overlongLine(QFile &file, qint64 maxBytes)
{
    qint64 run = 0;
    qint64 line = 1;
    for (;;) {
        const QByteArray block = file.read(HeadBytes);
        if (block.isEmpty())
            return 0;
        for (qsizetype at = 0; at < block.size();) {
            const qsizetype end = block.indexOf('\n', at);
            run += (end < 0 ? block.size() : end) - at;
            if (run > maxBytes)
                return line;
            if (end < 0)
                break;
            run = 0;
            ++line;
            at = end + 1;
        }
    }
}

// Adds a piece's summary to the same summary of earlier pieces.
void addSummary(QList<ParseWarning> &summaries, const ParseWarning &warning)
{
    for (ParseWarning &earlier : summaries) {
        if (earlier.summary == warning.summary) {
            earlier.count += warning.count;
            earlier.message = earlier.summary(earlier.line, earlier.count);
            return;
        }
    }
    summaries.append(warning);
}

// Replaces every NUL in the message's texts with U+FFFD; whether any was.
bool replaceNul(ChatMessage &message)
{
    bool replaced = false;
    const auto clean = [&replaced](QString &text) {
        if (text.contains(QChar(0))) {
            text.replace(QChar(0), QChar::ReplacementCharacter);
            replaced = true;
        }
    };
    clean(message.senderId);
    clean(message.senderName);
    clean(message.text);
    clean(message.sourceId);
    for (QString &subject : message.subjects)
        clean(subject);
    return replaced;
}

} // namespace

Result<ChatFileReader> ChatFileReader::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (auto allowed = InputFile::refuseOpenWorkspace(path); !allowed)
        return std::unexpected(allowed.error());
    if (!info.exists() || info.isFile())
        return openFile(path, path, options);
    if (info.isDir())
        return fail(tr("%1 is a folder, not a chat export.").arg(path));
    auto copy = spool(path, options);
    if (!copy)
        return std::unexpected(copy.error());
    auto reader = openFile((*copy)->fileName(), path, options);
    if (reader)
        reader->m_copy = std::move(*copy);
    return reader;
}

Result<std::shared_ptr<QTemporaryFile>> ChatFileReader::spool(const QString &path, const Options &options)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, input.errorString()));
    auto copy
        = std::make_shared<QTemporaryFile>(QDir(QDir::tempPath()).filePath(QStringLiteral("campdesk-import-XXXXXX")));
    if (!copy->open())
        return fail(tr("%1 cannot be copied to a temporary file to be read: %2").arg(path, copy->errorString()));
    // Bytes, not characters, are counted here: a line of the most characters
    // takes at most four bytes each.
    const qint64 maxRun = 4 * qint64(options.maxLineLength);
    qint64 total = 0;
    qint64 run = 0; // bytes since the last line break
    qint64 line = 1;
    bool headLooked = false;
    for (;;) {
        const QByteArray block = input.read(HeadBytes);
        if (block.isEmpty()) {
            if (input.error() != QFileDevice::NoError)
                return fail(tr("Cannot read %1: %2").arg(path, input.errorString()));
            break;
        }
        for (qsizetype at = 0; at < block.size();) {
            const qsizetype end = block.indexOf('\n', at);
            run += (end < 0 ? block.size() : end) - at;
            if (run > maxRun)
                return fail(tr("%1: %2").arg(QFileInfo(path).fileName(),
                                             InputLimits::lineTooLong(line, options.maxLineLength)));
            if (end < 0)
                break;
            run = 0;
            ++line;
            at = end + 1;
        }
        total += block.size();
        if (total > options.maxSpooledBytes) {
            return fail(tr("%1 goes on for more than %2 GB; CampDesk reads no more than that from a pipe or device. "
                           "Save the export to a file and import the file.")
                            .arg(path)
                            .arg(options.maxSpooledBytes / (1024 * 1024 * 1024)));
        }
        if (copy->write(block) != block.size())
            return fail(tr("%1 cannot be copied to a temporary file to be read: %2").arg(path, copy->errorString()));
        // Whatever is not a chat export shows in its first megabyte: stop
        // there rather than copy an endless stream of it.
        if (!headLooked && !options.format) {
            headLooked = true;
            if (!ChatParsers::detect(TextDecoder::decode(block).text))
                break;
        }
    }
    if (!copy->flush())
        return fail(tr("%1 cannot be copied to a temporary file to be read: %2").arg(path, copy->errorString()));
    return copy;
}

Result<ChatFileReader> ChatFileReader::openFile(const QString &path, const QString &shownPath, const Options &options)
{
    ChatFileReader reader;
    reader.m_path = path;
    reader.m_shownPath = shownPath;
    reader.m_fileName = QFileInfo(shownPath).fileName();
    reader.m_options = options;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(shownPath, file.errorString()));

    // A big file is looked at by its first megabyte (cut after a whole line,
    // so no character is split) before deciding how to read it.
    const bool big = file.size() > options.streamAbove;
    QByteArray bytes = big ? file.read(HeadBytes) : file.readAll();
    if (big) {
        const qsizetype lastLine = bytes.lastIndexOf('\n');
        // In UTF-16LE the newline's second byte is the zero after it.
        const bool wide = lastLine + 1 < bytes.size() && bytes.at(lastLine + 1) == '\0';
        if (lastLine > 0)
            bytes.truncate(lastLine + (wide ? 2 : 1));
    }
    QString text;
    if (options.encoding.isEmpty()) {
        DecodedText decoded = TextDecoder::decode(bytes);
        text = std::move(decoded.text);
        reader.m_encoding = decoded.encoding;
        reader.m_invalidSequences = decoded.invalidSequences;
        reader.m_firstInvalidLine = decoded.firstInvalidLine;
        // UTF-8 read from the first megabyte (no byte-order mark says so) is
        // checked against the whole file by the first pass of a big file.
        reader.m_utf8Guessed = reader.m_encoding == QLatin1String("UTF-8") && !bytes.startsWith("\xEF\xBB\xBF");
    } else {
        auto decoded = TextDecoder::decode(bytes, options.encoding);
        if (!decoded)
            return fail(tr("%1: the encoding “%2” is not known.").arg(reader.m_fileName, options.encoding));
        text = std::move(*decoded);
        reader.m_encoding = options.encoding;
    }
    if (isBlank(text))
        return fail(tr("%1 is empty.").arg(reader.m_fileName));
    if (options.format) {
        reader.m_format = *options.format;
    } else if (const auto detected = ChatParsers::detect(text)) {
        reader.m_format = *detected;
    } else if (!JielongParser::parse(text).isEmpty()) {
        return fail(
            tr("%1 is a sign-up list (接龙), not a chat export. Record it as check-ins of a course day instead: in "
               "CampDesk under Participation → Paste Sign-up List…, or with “campdesk-cli jielong FILE --camp ID --day "
               "N”.")
                .arg(reader.m_fileName));
    } else {
        return fail(tr("%1 is not a chat export CampDesk can read. Formats tried: %2.")
                        .arg(reader.m_fileName, ChatParsers::formatList()));
    }

    reader.m_streams = big && QStringDecoder(reader.m_encoding.toLatin1().constData()).isValid();
    // QQ's text is cut only before headers with a member's id: a private
    // chat's export has none, so it is read whole.
    if (reader.m_streams && reader.m_format == ChatFormat::QQText) {
        reader.m_qqLineBreak = QQParser::lineBreakOf(text);
        reader.m_streams = PieceCutter(reader.m_format, reader.m_qqLineBreak).lastCut(text) > 0;
    }
    if (reader.m_streams)
        return reader;
    if (big) {
        // Nowhere to cut (a QQ private chat) or an encoding QStringDecoder
        // lacks: read it whole after all, if it is not too big for that.
        if (ChatParsers::isLineBased(reader.m_format)) {
            file.seek(0);
            if (const qint64 line = overlongLine(file, options.maxLineLength))
                return fail(tr("%1: %2").arg(reader.m_fileName, InputLimits::lineTooLong(line, options.maxLineLength)));
        }
        if (file.size() > options.maxWholeBytes) {
            return fail(tr("%1 cannot be read in parts (%2), and at %3 MB it is too big to read whole (the limit is "
                           "%4 MB). Export a shorter period.")
                            .arg(reader.m_fileName,
                                 reader.m_format == ChatFormat::QQText
                                     ? tr("a QQ chat whose headers carry no member ids")
                                     : tr("its encoding, %1, cannot be decoded in parts").arg(reader.m_encoding))
                            .arg(file.size() / (1024 * 1024))
                            .arg(options.maxWholeBytes / (1024 * 1024)));
        }
        file.seek(0);
        if (options.encoding.isEmpty()) {
            DecodedText decoded = TextDecoder::decode(file.readAll());
            text = std::move(decoded.text);
            reader.m_encoding = decoded.encoding;
            reader.m_invalidSequences = decoded.invalidSequences;
            reader.m_firstInvalidLine = decoded.firstInvalidLine;
        } else {
            text = TextDecoder::decode(file.readAll(), reader.m_encoding).value_or(QString());
        }
    }
    if (ChatParsers::isLineBased(reader.m_format)) {
        if (auto lines = reader.checkLines(text, 1); !lines)
            return fail(tr("%1: %2").arg(reader.m_fileName, lines.error().message));
    }
    reader.m_text = std::move(text);
    return reader;
}

Result<void> ChatFileReader::checkLines(QStringView text, qint64 firstLine) const
{
    qsizetype start = 0;
    qint64 line = firstLine;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end - start > m_options.maxLineLength) {
            return fail(InputLimits::lineTooLong(line, m_options.maxLineLength));
        }
        start = end + 1;
        ++line;
    }
    return {};
}

Result<ParseReport> ChatFileReader::parse(const ParseOptions &options, const MessageSink &sink)
{
    // A NUL character (a stray zero byte, or one escaped in JSON) is replaced
    // here, for every format: a team workspace's server stores no NUL in a
    // text and refused the whole import over it, while a file kept it; the
    // same export now gives the same messages on both, and says so.
    int nulMessages = 0;
    int firstNulLine = 0;
    const MessageSink replacingNul = [&](ChatMessage &&message) {
        if (replaceNul(message) && nulMessages++ == 0)
            firstNulLine = message.line;
        return sink(std::move(message));
    };
    auto report = m_streams ? parseStreamed(options, replacingNul)
                            : ChatParsers::parse(m_format, m_text, options, replacingNul);
    if (report && m_invalidSequences > 0) {
        report->warnings.append(
            {int(m_firstInvalidLine),
             tr("line %1: %n byte sequence(s) of this UTF-8 file are not UTF-8 (a stray byte, or a character cut "
                "short); each was read as U+FFFD, the rest of the file as UTF-8. Check the names on that line.",
                nullptr, int(m_invalidSequences))
                 .arg(m_firstInvalidLine)});
    }
    if (report && nulMessages > 0) {
        report->warnings.append(
            {firstNulLine,
             tr("line %1: %n message(s) held a NUL character, which no chat shows and a team workspace cannot "
                "store. Each was kept with it replaced by U+FFFD.",
                nullptr, nulMessages)
                 .arg(firstNulLine)});
    }
    return report;
}

Result<void> ChatFileReader::readPieces(PieceCutter &cutter, const std::function<void(double)> &progress,
                                        const PieceUse &use, Utf8Tally *utf8) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(m_shownPath, file.errorString()));
    const double size = double(std::max<qint64>(file.size(), 1));
    // The decoder keeps its state between reads, so a character split
    // between two reads is decoded whole.
    QStringDecoder decoder(m_encoding.toLatin1().constData());
    QString buffer;
    qint64 lineOffset = 0; // lines of the file before the piece being cut
    bool atEnd = false;
    while (!atEnd) {
        const QByteArray block = file.read(m_options.pieceBytes);
        if (block.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(tr("Cannot read %1: %2").arg(m_shownPath, file.errorString()));
        atEnd = block.isEmpty() || file.atEnd();
        buffer += decoder(block);
        if (utf8)
            utf8->add(block);
        if (progress)
            progress(std::min(1.0, double(file.pos()) / size));
        const qsizetype cut = atEnd ? buffer.size() : cutter.lastCut(buffer);
        if (cut <= 0) {
            // No message starts in all this text: a line (or one message)
            // beyond any chat's size.
            if (buffer.size() > m_options.maxLineLength) {
                if (auto lines = checkLines(buffer, lineOffset + 1); !lines)
                    return std::unexpected(lines.error());
                return fail(tr("line %1: one message goes on for more than %2 MB. This is not a chat export "
                               "CampDesk can read.")
                                .arg(lineOffset + 1)
                                .arg(megabytes(m_options.maxLineLength)));
            }
            continue;
        }
        const QStringView piece = QStringView(buffer).first(cut);
        // A JSON export's pieces go to its tokenizer as they are: it counts
        // the lines, and JSON is not read line by line.
        if (cutter.cutsAnywhere()) {
            auto more = use(cutter, piece, 0);
            if (!more)
                return std::unexpected(more.error());
            if (!*more)
                return {};
            buffer.remove(0, cut);
            continue;
        }
        if (auto lines = checkLines(piece, lineOffset + 1); !lines)
            return std::unexpected(lines.error());
        if (!isBlank(piece)) {
            auto more = use(cutter, piece, lineOffset + 1);
            if (!more)
                return std::unexpected(more.error());
            if (!*more)
                return {};
        }
        lineOffset += cutter.lineBreaks(piece);
        buffer.remove(0, cut);
    }
    return {};
}

Result<void> ChatFileReader::readParseablePieces(const std::function<void(double)> &progress,
                                                 const ParseablePieceUse &use, Utf8Tally *utf8) const
{
    PieceCutter cutter(m_format, m_qqLineBreak);
    QString prefix; // put before every piece after the first (a CSV header)
    qint64 prefixBreaks = 0;
    QString joined; // prefix + piece
    bool first = true;
    return readPieces(
        cutter, progress,
        [&](const PieceCutter &pieceCutter, QStringView piece, qint64 firstLine) -> Result<bool> {
            QStringView text = piece;
            qint64 line = firstLine;
            if (first) {
                prefix = pieceCutter.prefix(piece).toString();
                prefixBreaks = pieceCutter.lineBreaks(prefix);
                first = false;
            } else if (!prefix.isEmpty()) {
                joined.clear();
                joined.reserve(prefix.size() + piece.size());
                joined.append(prefix);
                joined.append(piece);
                text = joined;
                // The prefix's lines are numbered so that the piece's are the file's.
                line = firstLine - prefixBreaks;
            }
            return use(text, line);
        },
        utf8);
}

Result<ChatFileReader::Survey> ChatFileReader::survey(const ParseOptions &options,
                                                      const std::function<bool(double)> &progress)
{
    const bool surveys = ChatParsers::hasDateOrder(m_format);
    const bool qq = m_format == ChatFormat::QQText;
    Survey found;
    found.file.dates.campFirst = options.campFirst;
    found.file.dates.campLast = options.campLast;
    found.qq.lineBreak = m_qqLineBreak;
    found.qq.started = true;
    bool stopped = false;
    Utf8Tally utf8;
    const auto surveyed
        = readParseablePieces([&progress, &stopped](double fraction) { stopped = stopped || !progress(fraction); },
                              [&](QStringView text, qint64 firstLine) -> Result<bool> {
                                  if (surveys)
                                      ChatParsers::survey(m_format, text, int(firstLine), found.file);
                                  if (qq)
                                      QQParser::scanConversations(text, found.qq);
                                  return !stopped;
                              },
                              m_utf8Guessed ? &utf8 : nullptr);
    if (!surveyed)
        return std::unexpected(surveyed.error());
    found.cancelled = stopped;
    if (utf8.invalid() > 0 && !stopped) {
        m_invalidSequences = utf8.invalid();
        m_firstInvalidLine = utf8.firstInvalidLine();
        if (!utf8.isMostlyUtf8()) {
            // Not UTF-8 after the first megabyte: read it as a file read
            // whole would be, as GB18030, and look at every piece again.
            m_encoding = QStringLiteral("GB18030");
            m_utf8Guessed = false;
            m_invalidSequences = m_firstInvalidLine = 0;
            return survey(options, progress);
        }
    }
    return found;
}

Result<ParseReport> ChatFileReader::parseStreamed(const ParseOptions &options, const MessageSink &sink)
{
    // The first pass (a tenth of the progress bar) decides what holds for
    // the whole file: its encoding, its date order, QQ's conversations.
    // Nothing is parsed until it is done, so no decision depends on where
    // the file was cut.
    const auto surveyed = survey(
        options, [&options](double fraction) { return !options.progress || options.progress(0.1 * fraction); });
    if (!surveyed)
        return std::unexpected(surveyed.error());
    if (surveyed->cancelled) {
        ParseReport cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }
    ParseOptions pieceOptions = options;
    pieceOptions.knownSenders = std::make_shared<const QSet<QString>>(surveyed->file.senders);
    std::optional<ParseWarning> guess;
    if (ChatParsers::hasDateOrder(m_format)) {
        auto decision = ChatParsers::decideDateOrder(m_format, surveyed->file.dates, options.dateOrder);
        if (!decision)
            return std::unexpected(decision.error());
        if (decision->order != DateOrder::Auto)
            pieceOptions.dateOrder = decision->order;
        guess = decision->guess;
    }

    if (const auto parsePieces = ChatFormatDescriptor::of(m_format).parsePieces) {
        // The JSON parsers read the file twice themselves and say how far they are.
        pieceOptions.progress
            = [&options](double done) { return !options.progress || options.progress(0.1 + 0.9 * done); };
        const PieceReader reader = [this](const std::function<bool(QStringView, double)> &use) {
            PieceCutter cutter(m_format);
            double read = 0.0;
            return readPieces(
                cutter, [&read](double done) { read = done; },
                [&use, &read](const PieceCutter &, QStringView piece, qint64) -> Result<bool> {
                    return use(piece, read);
                });
        };
        return parsePieces(reader, pieceOptions, sink);
    }

    double read = 0.0;
    pieceOptions.progress
        = [&options, &read](double) { return !options.progress || options.progress(0.1 + 0.9 * read); };
    const bool qq = m_format == ChatFormat::QQText;
    QQParser::PieceState qqState = surveyed->qq;
    ParseReport total;
    if (guess)
        total.warnings.append(*guess);
    total.dateOrder = pieceOptions.dateOrder;
    QList<ParseWarning> summaries; // after the other warnings, as a parse of the whole file gives them
    const auto parsePiece = [&](QStringView text, qint64 firstLine) -> Result<bool> {
        pieceOptions.firstLine = int(firstLine);
        auto report = qq ? QQParser::parsePiece(text, qqState, pieceOptions, sink)
                         : ChatParsers::parse(m_format, text, pieceOptions, sink);
        if (!report)
            return std::unexpected(report.error());
        total.messages += report->messages;
        for (const ParseWarning &warning : report->warnings) {
            if (warning.summary)
                addSummary(summaries, warning);
            else
                total.warnings.append(warning);
        }
        if (total.dateOrder == DateOrder::Auto)
            total.dateOrder = report->dateOrder;
        if (total.chatName.isEmpty())
            total.chatName = report->chatName;
        if (report->cancelled) {
            total.cancelled = true;
            return false;
        }
        return true;
    };
    const auto parsed = readParseablePieces([&read](double fraction) { read = fraction; }, parsePiece);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (!total.cancelled && qq) {
        auto end = QQParser::finish(qqState, options);
        if (!end)
            return std::unexpected(end.error());
        total.warnings.append(end->warnings);
    }
    total.warnings.append(summaries);
    return total;
}

} // namespace CampDesk
