#include "core/capture/DateOrderEvidence.h"

#include <algorithm>

namespace CampDesk {

namespace {

void note(DateOrderEvidence::Sighting &sighting, int line, QStringView date)
{
    if (sighting.line == 0) {
        sighting.line = line;
        sighting.date = date.toString();
    }
}

void keepFirst(DateOrderEvidence::Sighting &mine, const DateOrderEvidence::Sighting &later)
{
    if (mine.line == 0)
        mine = later;
}

} // namespace

void DateOrderEvidence::noteDate(int line, QStringView date, int first, int second, int year, bool twelveHourClock)
{
    twelveHour = twelveHour || twelveHourClock;
    if (first > 12 && second <= 12) {
        note(dayFirst, line, date);
    } else if (second > 12 && first <= 12) {
        note(monthFirst, line, date);
    } else if (first <= 12 && second <= 12) {
        note(ambiguous, line, date);
        const auto inCamp = [this](const QDate &day) { return day.isValid() && day >= campFirst && day <= campLast; };
        if (year > 0 && campFirst.isValid()) {
            inCampDayFirst += inCamp(QDate(year, second, first)) ? 1 : 0;
            inCampMonthFirst += inCamp(QDate(year, first, second)) ? 1 : 0;
        }
    }
}

void DateOrderEvidence::add(const DateOrderEvidence &later)
{
    keepFirst(dayFirst, later.dayFirst);
    keepFirst(monthFirst, later.monthFirst);
    keepFirst(ambiguous, later.ambiguous);
    twelveHour = twelveHour || later.twelveHour;
    inCampDayFirst += later.inCampDayFirst;
    inCampMonthFirst += later.inCampMonthFirst;
}

Result<DateOrderDecision> DateOrderDecider::decide(const DateOrderEvidence &evidence, DateOrder requested,
                                                   DateOrder guess, const QString &guessReason)
{
    DateOrderDecision decision;
    if (requested == DateOrder::DayFirst || requested == DateOrder::MonthFirst) {
        decision.order = requested;
        return decision;
    }
    if (evidence.conflicting()) {
        return fail(tr("The dates of this file cannot all be read one way: line %1 (“%2”) can only be day first, "
                       "line %3 (“%4”) only month first. Nothing was imported. Choose the date order (day first or "
                       "month first; campdesk-cli: --date-order dmy or mdy) and import again; the lines written the "
                       "other way will then be listed as not imported.")
                        .arg(evidence.dayFirst.line)
                        .arg(evidence.dayFirst.date)
                        .arg(evidence.monthFirst.line)
                        .arg(evidence.monthFirst.date));
    }
    if (evidence.dayFirst.line > 0) {
        decision.order = DateOrder::DayFirst;
    } else if (evidence.monthFirst.line > 0) {
        decision.order = DateOrder::MonthFirst;
    } else if (evidence.ambiguous.line > 0) {
        // The camp's days settle it when one order puts more dates in them.
        const qint64 dayFirstIn = evidence.inCampDayFirst;
        const qint64 monthFirstIn = evidence.inCampMonthFirst;
        QString why = guessReason;
        decision.order = guess;
        if (dayFirstIn != monthFirstIn) {
            decision.order = dayFirstIn > monthFirstIn ? DateOrder::DayFirst : DateOrder::MonthFirst;
            why = tr("as it puts %n date(s) in the camp's days where the other order puts %1", nullptr,
                     int(std::max(dayFirstIn, monthFirstIn)))
                      .arg(std::min(dayFirstIn, monthFirstIn));
        }
        const QString order
            = decision.order == DateOrder::MonthFirst ? tr("month first (M/D/Y)") : tr("day first (D/M/Y)");
        decision.guess = ParseWarning {evidence.ambiguous.line,
                                       tr("Line %1: no date in this file has a day above 12, so the date order was "
                                          "guessed: %2, %3. If the dates are wrong, take this import back (Edit → "
                                          "Undo; campdesk-cli imports --remove ID) and import it again with the date "
                                          "order set to day first or month "
                                          "first; importing it again without taking it back adds every message "
                                          "twice.")
                                           .arg(evidence.ambiguous.line)
                                           .arg(order, why)};
    }
    return decision;
}

} // namespace CampDesk
