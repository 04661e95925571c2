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
};

} // namespace CampDesk
