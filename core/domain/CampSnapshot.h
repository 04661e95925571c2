#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace CampDesk {

// Every row of a camp's data, captured before a delete so that undo can put
// the camp back exactly, ids included.
struct CampSnapshot final {
    struct Table {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };

    qint64 campId = 0;
    QList<Table> tables;

    qsizetype rowCount() const;
    // Whether `later` holds the same rows as this, in any order, leaving out
    // the tables of figures computed from the others (member_stats,
    // activity_stats), which a view may write at any time: what the undo of a
    // camp's creation checks before it takes the camp away, so that another
    // operator's members, activities or edit never go with it.
    bool holdsTheSameAs(const CampSnapshot &later) const;
};

} // namespace CampDesk
