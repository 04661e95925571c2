#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"
#include "core/domain/Camp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace CampDesk {

// Writes a camp's plan as an iCalendar file (RFC 5545) that phones and
// Google/Outlook calendars import: CRLF lines folded at 75 octets, escaped
// text, UTF-8, and times converted from the camp's zone to UTC so every
// client places them correctly without a VTIMEZONE block.
class IcsWriter final {
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    struct Input {
        Camp camp;
        QList<Activity> activities;
        QHash<qint64, QString> ownerNames; // membership id -> name
        QString workspaceId; // makes UIDs unique across workspaces
        QDateTime stamp; // DTSTAMP, UTC
    };

    // Refused, naming it, when an activity's time cannot be read (a damaged
    // or hand-edited workspace): an event without a start is written by no
    // calendar the same way, and a calendar short of it would say nothing.
    [[nodiscard]] static Result<QByteArray> write(const Input &input);

    // Exposed for tests: RFC 5545 §3.3.11 escaping and §3.1 folding.
    static QString escapeText(const QString &text);
    static QByteArray fold(const QByteArray &line);
};

} // namespace CampDesk
