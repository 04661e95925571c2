#pragma once

#include "core/domain/Camp.h"

#include <QAbstractListModel>
#include <QDate>

namespace CampDesk {

class WorkspaceDocument;

// The sidebar's camps, newest course first. Follows the document's signals
// with fine-grained inserts, moves and removals so selection survives edits.
class CampListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        CampIdRole = Qt::UserRole + 1,
        StatusRole, // CampStatus as int
        DateRangeRole, // localised "course start – end"
    };

    explicit CampListModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfCamp(qint64 id) const;
    // The date statuses are computed against; tests pin it.
    void setToday(QDate today);

private:
    void onCampAdded(qint64 id);
    void onCampChanged(qint64 id);
    void onCampRemoved(qint64 id);
    int rowOf(qint64 id) const;
    int insertionRow(const Camp &camp) const;

    WorkspaceDocument *m_document;
    QList<Camp> m_camps;
    QDate m_today;
};

} // namespace CampDesk
