#pragma once

#include "core/domain/Camp.h"

#include <QAbstractListModel>
#include <QDate>
#include <QTimer>

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
    // Each camp's status is on its own today (its zone's date), and moves on
    // at its midnight; tests pin one date for every camp.
    void setToday(QDate today);
    // The dates are read again (a laptop woken from sleep missed a midnight).
    void refreshToday();

private:
    QDate todayOf(const Camp &camp) const;
    void scheduleNextDay();
    void onCampAdded(qint64 id);
    void onCampChanged(qint64 id);
    void onCampRemoved(qint64 id);
    int rowOf(qint64 id) const;
    int insertionRow(const Camp &camp) const;

    WorkspaceDocument *m_document;
    QList<Camp> m_camps;
    QDate m_today; // pinned by a test; invalid: each camp's own today
    QTimer *m_nextDay; // the next midnight of any listed camp
};

} // namespace CampDesk
