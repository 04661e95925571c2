#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace CampDesk {

// One change recorded in a team workspace's history (campdesk_history,
// written by the server's triggers): who, when, where, and the row before
// and after as the server saw it.
struct HistoryEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString operatorName; // the server login that made it
    qint64 campId = 0; // 0: a row of the whole workspace (people, templates, settings)
    QString table;
    QString action; // insert, update, delete, push
    qint64 rowId = 0; // 0: a row without an id of its own
    QJsonObject before; // empty for an insert
    QJsonObject after; // empty for a deletion
    QString personName; // the person the row is of (a check-in's, a member's), as named now; or empty

    bool operator==(const HistoryEntry &) const = default;

    // The columns an update changed, by name; every column of an inserted or
    // deleted row.
    QStringList changedColumns() const;
    // What names the row to an operator: the person it is of, then its
    // name, title or day, as the row was after the change (before it, for
    // a deletion); empty when it has none of these.
    QString rowLabel() const;
    // A stored value as text: a text as it is, a number or flag as JSON
    // writes it; a null QString for null.
    static QString textOf(const QJsonValue &value);
};

// The operators and the tables a camp's history names, each once, by name:
// what its entries can be filtered by.
struct HistoryKinds {
    QStringList operators;
    QStringList tables;
};

// Which entries to list; an empty field does not filter.
struct HistoryFilter {
    qint64 campId = 0;
    QString operatorName;
    QString table;
    QDateTime since; // from this moment on
    QDateTime until; // before this moment
    qint64 olderThan = 0; // entries before this one (by id), to read further back
    qint64 fromId = 0; // this entry and every later one (a refresh of what is shown)
    int newest = 0; // only the newest this many; 0: every entry
};

} // namespace CampDesk
