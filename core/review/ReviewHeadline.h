#pragma once

#include "core/review/ReviewSeries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace CampDesk {

// The headline figures in words. The Participation and Review tabs, the PDF
// report and the activity review say them with these, so the same question
// reads the same everywhere, with the scope each figure has ("over course
// days 1–5", "from members") in its label.
class ReviewHeadline final {
    Q_DECLARE_TR_FUNCTIONS(ReviewHeadline)

public:
    static QString membersLabel();
    // "163" or "163 (5 left)".
    static QString membersValue(const ReviewSeries &series, const QLocale &locale = QLocale());
    // "Daily active rate (course days 1–5)".
    static QString activeRateLabel(const ReviewSeries &series);
    // "Check-in completion (course days 1–5)".
    static QString checkInLabel(const ReviewSeries &series);
    static QString messagesLabel();

    // Data the camp holds dated more than a year from its days (a stray
    // date in an export), which no figure counts: what to tell the operator
    // beside the figures, or empty.
    static QString farDataNote(const ReviewSeries &series, const QLocale &locale = QLocale());

    // The summary line of a tab: members, check-ins (and, with `withActive`,
    // the active rate), messages, each as "label: value".
    static QString summary(const ReviewSeries &series, bool withActive, const QLocale &locale = QLocale());
    // The same, piece by piece, for a label that breaks only between them.
    static QStringList summaryPieces(const ReviewSeries &series, bool withActive, const QLocale &locale = QLocale());

    // An activity review's figures (from its frozen snapshot), as
    // (label, value): a check-in's check-ins first, then who spoke in its
    // window, messages, the comparison with its type, the day's active rate.
    static QList<std::pair<QString, QString>> activityFigures(const QJsonObject &snapshot,
                                                              const QLocale &locale = QLocale());
    // The same as one paragraph, with when the figures were frozen.
    static QString reviewFigures(const QJsonObject &snapshot, const QDateTime &frozenAt,
                                 const QLocale &locale = QLocale());
    // Names as a list in the language's way ("A, B" / "A、B").
    static QString list(const QStringList &names);
};

} // namespace CampDesk
