#include "core/capture/JsonPieceScanner.h"

#include "core/io/InputLimits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace CampDesk {

namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Appends `text` with `\xNN` turned into the valid `\u00NN` and stray U+FEFF
// dropped, at the offsets in `repairs`.
void appendRepaired(QString &out, QStringView text, const QList<qsizetype> &repairs)
{
    qsizetype copied = 0;
    for (const qsizetype at : repairs) {
        out += text.sliced(copied, at - copied);
        if (text.at(at) == QChar(0xFEFF)) {
            copied = at + 1;
        } else if (at + 3 < text.size() && isHex(text.at(at + 2)) && isHex(text.at(at + 3))) {
            out += u"\\u00";
            copied = at + 2;
        } else {
            copied = at; // not `\xNN`: left for QJsonDocument to report
        }
    }
    out += text.sliced(copied);
}

QString syntaxError(QStringView text, const JsonPlace &place, const QByteArray &json, const QJsonParseError &error,
                    JsonErrorText describe)
{
    // Error offsets count UTF-8 bytes of what was parsed; a repaired escape
    // shifts the column by two, which is not worth correcting.
    const qsizetype offset = std::min(
        text.size(),
        QString::fromUtf8(QByteArrayView(json).first(std::clamp<qsizetype>(error.offset, 0, json.size()))).size());
    const QStringView before = text.first(offset);
    int line = place.line + int(before.count(u'\n'));
    for (const auto &[at, lines] : place.gaps) {
        if (at <= offset)
            line += lines;
    }
    const qsizetype lineStart = before.lastIndexOf(u'\n');
    const qsizetype column = lineStart < 0 ? place.column + offset : offset - lineStart;
    return describe(line, column, error.errorString());
}

} // namespace

PieceReader wholeText(QStringView text)
{
    return [text](const std::function<bool(QStringView, double)> &use) -> Result<void> {
        use(text, 1.0);
        return {};
    };
}

Result<bool> scanPieces(JsonPieceScanner &scanner, const PieceReader &read, const std::function<bool(double)> &progress,
                        double share)
{
    bool cancelled = false;
    auto scanned = read([&](QStringView piece, double fraction) {
        if (progress && !progress(share * fraction)) {
            cancelled = true;
            return false;
        }
        return scanner.feed(piece);
    });
    if (!scanned)
        return std::unexpected(scanned.error());
    if (scanner.tooDeep())
        return fail(InputLimits::nestedTooDeep(scanner.line()));
    return !cancelled;
}

Result<QJsonObject> parseJsonObject(QStringView text, const QList<qsizetype> &repairs, const JsonPlace &place,
                                    JsonErrorText describe)
{
    QByteArray json;
    if (repairs.isEmpty()) {
        json = text.toUtf8();
    } else {
        QString fixed;
        fixed.reserve(text.size() + 2 * repairs.size());
        appendRepaired(fixed, text, repairs);
        json = fixed.toUtf8();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(syntaxError(text, place, json, error, describe));
    return document.object();
}

namespace {

// The longest key the layout needs ("left_chats").
constexpr qsizetype KeyMax = 10;

} // namespace

JsonPieceScanner::Role JsonPieceScanner::childRole(const Frame &parent, bool array)
{
    switch (parent.role) {
    case Role::Root:
        if (!array && (parent.key == Key::Chats || parent.key == Key::LeftChats))
            return Role::Section;
        return array && parent.key == Key::Messages ? Role::Messages : Role::Other;
    case Role::Section:
        return array && parent.key == Key::List ? Role::List : Role::Other;
    case Role::List:
        return array ? Role::Other : Role::Chat;
    case Role::Chat:
        return array && parent.key == Key::Messages ? Role::Messages : Role::Other;
    case Role::Messages:
        return array ? Role::Other : Role::Message;
    case Role::Other:
    case Role::Message:
        break;
    }
    return Role::Other;
}

JsonPieceScanner::Key JsonPieceScanner::keyOf(QStringView name)
{
    switch (name.size()) {
    case 4:
        return name == u"list" ? Key::List : Key::Other;
    case 5:
        return name == u"chats" ? Key::Chats : Key::Other;
    case 8:
        return name == u"messages" ? Key::Messages : Key::Other;
    case KeyMax:
        return name == u"left_chats" ? Key::LeftChats : Key::Other;
    default:
        return Key::Other;
    }
}

void JsonPieceScanner::noteRepair(qsizetype i, qsizetype keptFrom)
{
    if (m_repairs == JsonRepairs::Off)
        return;
    if (m_capturing)
        m_messageRepairs.append(m_message.size() + (i - m_captureFrom));
    if (m_keepHeaders && headerActive())
        m_chats[m_header].repairs.append(m_chats[m_header].header.size() + (i - keptFrom));
}

int JsonPieceScanner::entryFor(const Frame &frame, qsizetype i)
{
    const JsonChatKey key {frame.section, frame.chat};
    qsizetype index = 0;
    while (index < m_chats.size() && !(m_chats.at(index).key == key))
        ++index;
    if (index == m_chats.size())
        m_chats.append(JsonChatSeen {});
    JsonChatSeen &seen = m_chats[index];
    seen = JsonChatSeen {};
    seen.key = key;
    seen.place = {m_line, column(i), {}};
    return int(index);
}

bool JsonPieceScanner::open(char16_t c, qsizetype i)
{
    Frame frame;
    frame.array = c == u'[';
    if (m_stack.isEmpty()) {
        frame.role = !frame.array && !m_rootSeen ? Role::Root : Role::Other;
        m_rootSeen = true;
    } else {
        const Frame &parent = m_stack.last();
        frame.role = childRole(parent, frame.array);
        frame.section = parent.section;
        frame.chat = parent.chat;
        frame.entry = parent.entry;
        if (frame.role == Role::Section) {
            frame.section = parent.key == Key::Chats ? 0 : 1;
            m_hasChats = true;
        } else if (frame.role == Role::Chat) {
            frame.chat = parent.index;
        }
    }
    if (frame.role == Role::Root || frame.role == Role::Chat) {
        frame.entry = entryFor(frame, i);
        frame.savedHeader = m_header;
        frame.savedPause = m_pause;
        frame.savedPauseLine = m_pauseLine;
        m_header = frame.entry;
        m_pause = -1;
        m_stack.append(frame);
        keep(QChar(c));
        return true;
    }
    if (frame.role == Role::Messages && frame.entry >= 0) {
        m_chats[frame.entry].hasMessages = true;
    } else if (frame.role == Role::Message && frame.entry >= 0) {
        JsonChatSeen &seen = m_chats[frame.entry];
        if (seen.messages++ == 0)
            seen.firstMessageLine = m_line;
        if (m_captured && *m_captured == seen.key) {
            m_capturing = true;
            m_captureFrom = i;
            m_message.truncate(0); // keeps its capacity for the next message
            m_messageRepairs.clear();
            m_messagePlace = {m_line, column(i), {}};
        }
    }
    m_stack.append(frame);
    keep(QChar(c));
    if ((frame.role == Role::Messages || frame.role == Role::Section) && headerActive()) {
        m_pause = m_stack.size();
        m_pauseLine = m_line;
    }
    return true;
}

bool JsonPieceScanner::close(char16_t c, qsizetype i, QStringView piece)
{
    // Any closing bracket closes the last open one; a broken file's mismatch
    // is QJsonDocument's to report.
    if (m_stack.isEmpty())
        return true;
    const qsizetype depth = m_stack.size();
    const Frame frame = m_stack.last();
    m_stack.removeLast();
    if (frame.role == Role::Root || frame.role == Role::Chat) {
        keep(QChar(c));
        m_chats[frame.entry].closed = true;
        m_header = frame.savedHeader;
        m_pause = frame.savedPause;
        m_pauseLine = frame.savedPauseLine;
        return true;
    }
    if (depth == m_pause) {
        m_pause = -1;
        keep(QChar(c));
        if (m_keepHeaders && m_line > m_pauseLine)
            m_chats[m_header].place.gaps.append({m_chats[m_header].header.size(), m_line - m_pauseLine});
    } else {
        keep(QChar(c));
    }
    if (frame.role == Role::Message && m_capturing) {
        m_message.append(piece.sliced(m_captureFrom, i + 1 - m_captureFrom));
        m_capturing = false;
        return m_use(m_message, m_messageRepairs, m_messagePlace);
    }
    return true;
}

bool JsonPieceScanner::feed(QStringView piece)
{
    const qsizetype size = piece.size();
    const QChar *data = piece.data();
    m_captureFrom = 0;
    qsizetype i = 0;
    while (i < size) {
        if (m_inString) {
            // On to the closing quote, or to the end of the piece.
            const qsizetype from = i;
            bool closed = false;
            for (; i < size; ++i) {
                const char16_t s = data[i].unicode();
                if (m_escape) {
                    m_escape = false;
                    if (s == u'x')
                        noteRepair(i - 1, from);
                    else if (s == u'\n')
                        newLine(i);
                } else if (s == u'"') {
                    closed = true;
                    break;
                } else if (s == u'\\') {
                    m_escape = true;
                } else if (s == u'\n') {
                    newLine(i);
                }
            }
            const QStringView part = piece.sliced(from, i - from);
            if (m_stringLength + part.size() <= KeyMax)
                m_string.append(part);
            m_stringLength += part.size();
            if (m_keepHeaders && headerActive())
                m_chats[m_header].header.append(piece.sliced(from, (closed ? i + 1 : i) - from));
            if (!closed)
                break;
            m_inString = false;
            m_lastKey = m_stringLength <= KeyMax ? keyOf(m_string) : Key::Other;
            ++i;
            continue;
        }
        const char16_t c = data[i].unicode();
        if (!m_started) {
            if (c == u'\n') {
                newLine(i++);
                continue;
            }
            if (QChar(c).isSpace() || c == 0xFEFF) {
                ++i;
                continue;
            }
            m_started = true;
            m_startLine = m_line;
            if (c != u'{') {
                m_badStart = true;
                return false;
            }
        }
        switch (c) {
        case u'\n':
            newLine(i);
            keep(QChar(c));
            // Indentation is a good part of these files: skip it in one go.
            if (!(m_keepHeaders && headerActive())) {
                while (i + 1 < size && data[i + 1] == u' ')
                    ++i;
            }
            break;
        case u'"':
            m_inString = true;
            m_string.truncate(0);
            m_stringLength = 0;
            keep(QChar(c));
            break;
        case u':':
            if (!m_stack.isEmpty() && !m_stack.last().array)
                m_stack.last().key = m_lastKey;
            keep(QChar(c));
            break;
        case u',':
            if (!m_stack.isEmpty() && m_stack.last().array)
                ++m_stack.last().index;
            keep(QChar(c));
            break;
        case u'{':
        case u'[':
            if (m_stack.size() >= InputLimits::MaxJsonDepth) {
                m_tooDeep = true;
                return false;
            }
            open(c, i);
            break;
        case u'}':
        case u']':
            if (!close(c, i, piece))
                return false;
            break;
        case 0xFEFF:
            noteRepair(i, i);
            keep(QChar(c));
            break;
        default:
            keep(QChar(c));
            break;
        }
        ++i;
    }
    if (m_capturing)
        m_message.append(piece.sliced(m_captureFrom));
    m_offset += size;
    return true;
}

} // namespace CampDesk
