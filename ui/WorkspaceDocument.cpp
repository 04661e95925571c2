#include "WorkspaceDocument.h"

#include "Workspace.h"
#include "storage/CampRepository.h"
#include "storage/Transaction.h"

#include <QUndoStack>

namespace CampDesk {

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_undoStack(new QUndoStack(this))
{
}

WorkspaceDocument::~WorkspaceDocument() = default;

QString WorkspaceDocument::fileName() const
{
    return m_workspace->path();
}

QList<Camp> WorkspaceDocument::camps() const
{
    auto camps = m_workspace->camps().list();
    return camps ? *camps : QList<Camp>{};
}

std::optional<Camp> WorkspaceDocument::camp(qint64 id) const
{
    auto camp = m_workspace->camps().find(id);
    if (!camp)
        return std::nullopt;
    return *camp;
}

Result<qint64> WorkspaceDocument::insertCamp(const Camp &camp)
{
    auto id = m_workspace->camps().insert(camp);
    if (id)
        Q_EMIT campAdded(*id);
    return id;
}

Result<void> WorkspaceDocument::writeCamp(const Camp &camp)
{
    auto written = m_workspace->camps().update(camp);
    if (written)
        Q_EMIT campChanged(camp.id);
    return written;
}

Result<CampSnapshot> WorkspaceDocument::removeCamp(qint64 id)
{
    Transaction transaction(m_workspace->database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    auto snapshot = m_workspace->camps().snapshot(id);
    if (!snapshot)
        return snapshot;
    if (auto removed = m_workspace->camps().remove(id); !removed)
        return std::unexpected(removed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    Q_EMIT campRemoved(id);
    return snapshot;
}

Result<void> WorkspaceDocument::restoreCamp(const CampSnapshot &snapshot)
{
    auto restored = m_workspace->camps().restore(snapshot);
    if (restored) {
        Q_EMIT campAdded(snapshot.campId);
        Q_EMIT membersChanged(snapshot.campId);
    }
    return restored;
}

void WorkspaceDocument::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

} // namespace CampDesk
