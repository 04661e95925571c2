#pragma once

#include "core/Error.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace CampDesk {

// What a line of a chat export is, for counting participation. Only Text,
// Media and CheckIn are a member's messages; the rest are events.
enum class MessageKind {
    Text, // a member's text
    Media, // a member's photo, sticker, voice, file … (a message, not text)
    Join, // someone joined (subjects name who, or the sender did)
    Leave, // someone left or was removed (subjects name who, or the sender)
    Recall, // a deleted or recalled message: never counted
    Pat, // 拍一拍 and similar nudges: an interaction, not a message
    System, // any other notice (encryption banner, renames, red packets …)
    CheckIn, // a member's check-in post (set by the importer, never by parsers)
};

// The kind's key as the workspace stores it ("text", "checkin", …).
QString messageKindKey(MessageKind kind);

// One message as a parser reads it, before identities are matched.
struct ChatMessage final {
    QString senderId; // the format's account id (from_id, QQ number, wxid, AuthorID); empty if none
    QString senderName; // the displayed name at that time
    qint64 time = 0; // Unix seconds, UTC
    MessageKind kind = MessageKind::Text;
    QString text; // plain text; for media the placeholder as exported
    QStringList subjects; // Join/Leave: who joined or left, as the format names them
    int line = 0; // 1-based line where the message starts in the decoded text
    QString sourceId; // the format's own message id if it has one (Telegram id, Discord id, MsgSvrID)
    bool fromSelf = false; // written by the account that made the export ("me")
    // WhatsApp's "~ Name": someone the exporter has not saved, shown by the
    // name they chose; not the saved contact of the same name.
    bool unsavedContact = false;
};

struct ParseWarning final {
    int line = 0;
    QString message;
    // How many messages of the file this warning says were not read (a row
    // with an unreadable date, say). Any such warning is an error of the
    // import: its summary says so and the CLI exits non-zero.
    int skipped = 0;
    // A warning that sums up `count` rows from `line` on, written by
    // `summary` (the parser's own words). A file read in pieces gets one from
    // each piece; ChatFileReader adds them up into one, as the whole file has.
    QString (*summary)(int line, int count) = nullptr;
    int count = 0;
};

enum class DateOrder { Auto, DayFirst, MonthFirst, YearFirst };

struct ParseOptions final {
    // Formats whose times carry no zone (WhatsApp, QQ, WeChat StrTime, old
    // Discord CSV, Telegram without date_unixtime) are read in this zone.
    QTimeZone zone = QTimeZone::systemTimeZone();
    DateOrder dateOrder = DateOrder::Auto; // WhatsApp and Discord CSV
    // The camp's days, from its preparation to its wrap-up: which order puts
    // more of a file's dates in them settles an order no date settles.
    QDate campFirst;
    QDate campLast;
    // The number of the text's first line. A piece of a big file read a piece
    // at a time (ChatFileReader) continues the file's numbering, so lines in
    // messages and in warnings' texts are the file's.
    int firstLine = 1;
    // Called now and then with the fraction done (0…1); returning false cancels.
    std::function<bool(double)> progress;
    // WhatsApp: the senders of the whole file (FileSurvey), given to each
    // piece of a file read a piece at a time; a whole file finds them itself.
    std::shared_ptr<const QSet<QString>> knownSenders;
    // Of a file holding several chats (Telegram's whole account, QQ's
    // 全部消息记录): the one to read, by name (ChatChoice), or by its place
    // (1-based) in the list a refusal gives (Error::choices), which wins.
    QString chat;
    int chatPlace = 0;
};

// Receives every message in file order; returning false cancels the parse.
using MessageSink = std::function<bool(ChatMessage &&)>;

// A big export read a piece at a time, for the parsers that read a file
// twice (the JSON exports): it reads the file once from its start, giving
// `use` each piece of its decoded text in order (cut anywhere) with the
// fraction of the file read; `use` returns false to stop.
using PieceReader = std::function<Result<void>(const std::function<bool(QStringView piece, double read)> &use)>;

// What a parser tells about the file besides its messages.
struct ParseReport final {
    QString chatName; // group / channel name where the file says it
    int messages = 0; // messages passed to the sink
    DateOrder dateOrder = DateOrder::Auto; // the order used (WhatsApp)
    bool cancelled = false;
    QList<ParseWarning> warnings; // recoverable oddities, with lines
};

// The messages of a file that `warnings` say were not read.
inline int skippedMessages(const QList<ParseWarning> &warnings)
{
    int skipped = 0;
    for (const ParseWarning &warning : warnings)
        skipped += warning.skipped;
    return skipped;
}

} // namespace CampDesk
