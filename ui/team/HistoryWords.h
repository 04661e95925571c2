#pragma once

#include "core/team/HistoryEntry.h"

#include <QCoreApplication>
#include <QString>

namespace CampDesk {

// The history's stored words (tables, columns, actions: the server's
// names) as an operator reads them, in the interface's language.
class HistoryWords final {
    Q_DECLARE_TR_FUNCTIONS(HistoryWords)

public:
    static QString table(const QString &name);
    static QString column(const QString &name);
    static QString action(const QString &action);
    // What an update changed, on one line: each changed column's value
    // before and after, shortened; where a push came from. Nothing for an
    // insert or deletion, which the row's name says.
    static QString summary(const HistoryEntry &entry);
    // The same in full, a line a column, for a tooltip.
    static QString details(const HistoryEntry &entry);
};

} // namespace CampDesk
