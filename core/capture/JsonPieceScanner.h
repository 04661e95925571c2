#pragma once

#include "core/Error.h"
#include "core/capture/ChatMessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <functional>
#include <optional>
#include <utility>

namespace CampDesk {

// Where an object cut out of a JSON export stood in the file, to name the
// line and column of a syntax error: the line and column of its first
// character, and the lines of an emptied messages array (each at an offset
// of the text).
struct JsonPlace {
    int line = 1;
    qsizetype column = 1;
    QList<std::pair<qsizetype, int>> gaps;
};

// The message of a syntax error at a line and column of the file.
using JsonErrorText = QString (*)(int line, qsizetype column, const QString &error);

// Parses one object cut out of the file, with the repairs noted in it.
Result<QJsonObject> parseJsonObject(QStringView text, const QList<qsizetype> &repairs, const JsonPlace &place,
                                    JsonErrorText describe);

// Where a chat lies: the root object of a single-chat export, or an entry of
// chats.list (section 0) or left_chats.list (section 1) of a full-account one.
struct JsonChatKey {
    int section = -1;
    int chat = -1;
    bool operator==(const JsonChatKey &) const = default;
};

// What the tokenizer keeps of a chat: its object with the messages array
// emptied (to read its name and type) and its messages counted.
struct JsonChatSeen {
    JsonChatKey key;
    JsonPlace place; // of its "{"
    QString header; // the object, its messages array (and a root's chats) as []
    QList<qsizetype> repairs; // in header
    bool hasMessages = false;
    bool closed = false;
    qsizetype messages = 0;
    int firstMessageLine = 0;
};

// Telegram Desktop writes `\x` escapes inside strings and stray U+FEFF
// between tokens, both invalid JSON (FORMATS.md trap 1.5): with WriterSlips
// the scanner notes them (the backslash, the U+FEFF) to be repaired before
// parsing. DiscordChatExporter writes valid JSON, taken as it is.
enum class JsonRepairs { Off, WriterSlips };

// A minimal JSON tokenizer fed the text of an export a piece at a time, cut
// anywhere: it follows strings, keys and nesting only as far as needed to
// find the chats and their messages, and counts lines (ChatMessage::line is
// the line of a message's "{"). Syntax errors inside them are left to
// QJsonDocument. The shapes it knows: an object with a "messages" array of
// objects (a Telegram chat, a DiscordChatExporter channel), and Telegram's
// full-account export, whose chats are in chats.list and left_chats.list.
// Fed a whole file as one piece, it reads it as it reads the pieces.
class JsonPieceScanner final {
public:
    using MessageUse = std::function<bool(QStringView object, const QList<qsizetype> &repairs, const JsonPlace &place)>;

    // Without `use`, the chats' headers are kept (the first pass); with it,
    // every message of the chat `captured` is given to it (the second).
    explicit JsonPieceScanner(JsonRepairs repairs, std::optional<JsonChatKey> captured = std::nullopt,
                              MessageUse use = {})
        : m_repairs(repairs)
        , m_captured(captured)
        , m_use(std::move(use))
        , m_keepHeaders(!m_use)
    {
    }

    // False when it stopped: the text does not start with "{", or `use` said so.
    bool feed(QStringView piece);
    // The text starts with "{" (after blanks).
    bool goodStart() const { return m_started && !m_badStart; }
    // The line of the first character that is not blank (the last line when all are).
    int startLine() const { return m_started ? m_startLine : m_line; }
    // Every string, object and array was closed.
    bool complete() const { return m_rootSeen && m_stack.isEmpty() && !m_inString; }
    // It stopped at an object or array nested deeper than any export goes
    // (InputLimits::MaxJsonDepth), at line().
    bool tooDeep() const { return m_tooDeep; }
    int line() const { return m_line; }
    bool hasChats() const { return m_hasChats; }
    const QList<JsonChatSeen> &chats() const { return m_chats; }

private:
    enum class Role : quint8 { Other, Root, Section, List, Chat, Messages, Message };
    enum class Key : quint8 { Other, Chats, LeftChats, List, Messages };

    struct Frame {
        Role role = Role::Other;
        bool array = false;
        Key key = Key::Other; // objects: the key whose value comes next
        int section = -1; // 0 chats, 1 left_chats; -1 the root chat
        int chat = -1; // index in the section's list
        int index = 0; // arrays: index of the current element
        int entry = -1; // the JsonChatSeen this frame belongs to
        // Root and Chat frames: the enclosing chat's header capture, restored on close.
        int savedHeader = -1;
        qsizetype savedPause = -1;
        int savedPauseLine = 0;
    };

    static Role childRole(const Frame &parent, bool array);
    static Key keyOf(QStringView name);

    bool headerActive() const { return m_header >= 0 && m_pause < 0; }
    void keep(QChar c)
    {
        if (m_keepHeaders && headerActive())
            m_chats[m_header].header.append(c);
    }
    qsizetype column(qsizetype i) const { return m_offset + i - m_lineStart + 1; }
    void newLine(qsizetype i)
    {
        ++m_line;
        m_lineStart = m_offset + i + 1;
    }
    int entryFor(const Frame &frame, qsizetype i);
    bool open(char16_t c, qsizetype i);
    bool close(char16_t c, qsizetype i, QStringView piece);
    // A repair at offset i of the piece, in the message being cut out and in
    // the header being kept (which has the piece up to `keptFrom`).
    void noteRepair(qsizetype i, qsizetype keptFrom);

    JsonRepairs m_repairs;
    std::optional<JsonChatKey> m_captured;
    MessageUse m_use;
    bool m_keepHeaders;

    QVarLengthArray<Frame, 32> m_stack;
    QList<JsonChatSeen> m_chats;
    bool m_started = false;
    bool m_badStart = false;
    bool m_tooDeep = false;
    bool m_rootSeen = false;
    bool m_hasChats = false;
    int m_startLine = 1;
    int m_line = 1;
    qsizetype m_offset = 0; // of the piece being fed, in the whole text
    qsizetype m_lineStart = 0; // offset of the current line's first character

    bool m_inString = false;
    bool m_escape = false;
    QString m_string; // the string being read, while it could be a key the layout needs
    qsizetype m_stringLength = 0; // its full length
    Key m_lastKey = Key::Other; // what the last string would be as a key

    int m_header = -1; // the chat whose header is being kept
    qsizetype m_pause = -1; // the depth of the frame that pauses it (its messages, a root's chats)
    int m_pauseLine = 0;

    bool m_capturing = false; // inside a message of the captured chat
    qsizetype m_captureFrom = 0;
    QString m_message;
    QList<qsizetype> m_messageRepairs;
    JsonPlace m_messagePlace;
};

// A PieceReader giving the whole of `text` as one piece.
PieceReader wholeText(QStringView text);

// Feeds every piece `read` gives to `scanner` (a first pass), reporting the
// fraction read times `share` to `progress`. False when `progress` cancelled.
[[nodiscard]] Result<bool> scanPieces(JsonPieceScanner &scanner, const PieceReader &read,
                                      const std::function<bool(double)> &progress, double share);

} // namespace CampDesk
