#pragma once

#include "core/Error.h"
#include "core/capture/ChatMessage.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace CampDesk {

// What the dates of a whole export say about their day/month order
// (WhatsApp, DiscordChatExporter CSV): the first date that only day-first
// reads, the first that only month-first reads, and the first that either
// reads. Gathered over every line, also when a big file is read a piece at
// a time, so that the order never depends on where the file was cut.
struct DateOrderEvidence final {
    struct Sighting {
        int line = 0; // 0: none seen
        QString date; // as written, for the message that names it
    };
    Sighting dayFirst; // a first field above 12
    Sighting monthFirst; // a second field above 12
    Sighting ambiguous; // both fields 12 or below
    bool twelveHour = false; // some time with AM/PM
    // The camp's days (set before gathering; invalid: none known). Of the
    // dates either order reads, how many each order puts in them: a camp in
    // March settles "05/03" as day first, whatever clock the phone had.
    QDate campFirst;
    QDate campLast;
    qint64 inCampDayFirst = 0;
    qint64 inCampMonthFirst = 0;

    // `year` is the date's full year (0: not written).
    void noteDate(int line, QStringView date, int first, int second, int year, bool twelveHourClock);
    // Adds what a later part of the file showed.
    void add(const DateOrderEvidence &later);
    // Both orders have a date only they can read: gathering can stop.
    bool conflicting() const { return dayFirst.line > 0 && monthFirst.line > 0; }
};

// The order an export's dates are read in, decided once for the whole file.
struct DateOrderDecision final {
    DateOrder order = DateOrder::Auto; // Auto: no date needs an order
    // Set when nothing in the file settles the order and it was guessed.
    std::optional<ParseWarning> guess;
};

class DateOrderDecider final {
    Q_DECLARE_TR_FUNCTIONS(DateOrderDecider)

public:
    // `requested` wins when it is DayFirst or MonthFirst. On Auto the
    // evidence decides; when it settles nothing, `guess` is used and said.
    // Evidence for both orders is refused, naming a line of each and the
    // override, before anything is read: silently skipping the lines of the
    // other order would drop messages.
    [[nodiscard]] static Result<DateOrderDecision> decide(const DateOrderEvidence &evidence, DateOrder requested,
                                                          DateOrder guess, const QString &guessReason);
};

} // namespace CampDesk
