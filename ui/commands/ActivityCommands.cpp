#include "commands/ActivityCommands.h"

#include "WorkspaceDocument.h"

namespace CampDesk {

AddActivitiesCommand::AddActivitiesCommand(WorkspaceDocument *document, const QList<Activity> &activities,
                                           const QString &text)
    : m_document(document)
    , m_activities(activities)
{
    setText(text);
}

void AddActivitiesCommand::redo()
{
    auto ids = m_document->insertActivities(m_activities);
    if (!ids) {
        setObsolete(true);
        m_document->reportError(ids.error().message);
        return;
    }
    for (qsizetype i = 0; i < m_activities.size(); ++i)
        m_activities[i].id = ids->at(i);
}

void AddActivitiesCommand::undo()
{
    if (auto removed = m_document->removeActivities(m_activities); !removed) {
        setObsolete(true);
        m_document->reportError(removed.error().message);
    }
}

EditActivityCommand::EditActivityCommand(WorkspaceDocument *document, const Activity &before, const Activity &after,
                                         const QString &text)
    : m_document(document)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void EditActivityCommand::apply(const Activity &activity)
{
    if (auto written = m_document->writeActivity(activity); !written) {
        setObsolete(true);
        m_document->reportError(written.error().message);
    }
}

void EditActivityCommand::redo()
{
    apply(m_after);
}

void EditActivityCommand::undo()
{
    apply(m_before);
}

DeleteActivitiesCommand::DeleteActivitiesCommand(WorkspaceDocument *document, const QList<Activity> &activities)
    : m_document(document)
    , m_activities(activities)
{
    setText(activities.size() == 1 ? tr("Delete “%1”").arg(activities.first().title)
                                   : tr("Delete %n activities", nullptr, int(activities.size())));
}

void DeleteActivitiesCommand::redo()
{
    if (auto removed = m_document->removeActivities(m_activities); !removed) {
        setObsolete(true);
        m_document->reportError(removed.error().message);
    }
}

void DeleteActivitiesCommand::undo()
{
    if (auto restored = m_document->insertActivities(m_activities); !restored) {
        setObsolete(true);
        m_document->reportError(restored.error().message);
    }
}

CreateCampCommand::CreateCampCommand(WorkspaceDocument *document, Creator create, const QString &text)
    : m_document(document)
    , m_create(std::move(create))
{
    setText(text);
}

void CreateCampCommand::redo()
{
    if (m_campId != 0) {
        if (auto restored = m_document->restoreCamp(m_snapshot); !restored) {
            setObsolete(true);
            m_document->reportError(restored.error().message);
        }
        return;
    }
    auto id = m_document->createCamp(m_create);
    if (!id) {
        setObsolete(true);
        m_document->reportError(id.error().message);
        return;
    }
    m_campId = *id;
}

void CreateCampCommand::undo()
{
    auto snapshot = m_document->removeCamp(m_campId);
    if (!snapshot) {
        setObsolete(true);
        m_document->reportError(snapshot.error().message);
        return;
    }
    m_snapshot = *snapshot;
}

} // namespace CampDesk
