#include "ui/commands/ActivityCommands.h"

#include "ui/WorkspaceDocument.h"
#include "ui/commands/CommandFailure.h"

namespace CampDesk {

AddActivitiesCommand::AddActivitiesCommand(WorkspaceDocument *document, const QList<Activity> &activities,
                                           const QString &text)
    : m_document(document)
    , m_activities(activities)
{
    setText(text);
}

void AddActivitiesCommand::redoStep()
{
    // As stored: the undo deletes them only while nobody changed them.
    auto stored = m_document->insertActivities(m_activities);
    if (succeeded(*this, *m_document, stored))
        m_activities = *stored;
}

void AddActivitiesCommand::undoStep()
{
    // Refused while anything was recorded for them since: that is not the add's.
    succeeded(*this, *m_document, m_document->removeAddedActivities(m_activities));
}

AddPlanCommand::AddPlanCommand(WorkspaceDocument *document, const Camp &before, const Camp &after,
                               const QList<Activity> &activities)
    : m_document(document)
    , m_before(before)
    , m_after(after)
    , m_seen(before)
    , m_reshapes(after != before)
    , m_activities(activities)
{
    setText(tr("Add a plan to “%1”").arg(before.name));
}

void AddPlanCommand::redoStep()
{
    auto added = m_document->addPlan(m_after, m_seen, m_reshapes, m_activities);
    if (!succeeded(*this, *m_document, added))
        return;
    m_seen = added->camp;
    m_activities = added->activities;
}

void AddPlanCommand::undoStep()
{
    auto removed = m_document->removePlan(m_before, m_seen, m_reshapes, m_activities);
    if (succeeded(*this, *m_document, removed))
        m_seen = *removed;
}

EditActivityCommand::EditActivityCommand(WorkspaceDocument *document, const Activity &before, const Activity &after,
                                         const QString &text)
    : EditCommand(document, std::bind_front(&WorkspaceDocument::writeActivity, document), before, after)
{
    setText(text);
}

DeleteActivitiesCommand::DeleteActivitiesCommand(WorkspaceDocument *document, const QList<Activity> &activities)
    : m_document(document)
    , m_activities(activities)
{
    setText(activities.size() == 1 ? tr("Delete “%1”").arg(activities.first().title)
                                   : tr("Delete %n activities", nullptr, int(activities.size())));
}

void DeleteActivitiesCommand::redoStep()
{
    auto removed = m_document->removeActivities(m_activities);
    if (succeeded(*this, *m_document, removed))
        m_dependants = *removed;
}

void DeleteActivitiesCommand::undoStep()
{
    auto stored = m_document->insertActivities(m_activities, m_dependants);
    if (succeeded(*this, *m_document, stored))
        m_activities = *stored;
}

CreateCampCommand::CreateCampCommand(WorkspaceDocument *document, Creator create, const QString &text)
    : m_document(document)
    , m_create(std::move(create))
{
    setText(text);
}

void CreateCampCommand::redoStep()
{
    if (m_campId != 0) {
        succeeded(*this, *m_document, m_document->restoreCamp(m_snapshot));
        return;
    }
    auto id = m_document->createCamp(m_create);
    if (!succeeded(*this, *m_document, id))
        return;
    m_campId = *id;
    // Unread, undo finds the camp "changed" and leaves it: never more taken.
    m_snapshot = m_document->campSnapshot(*id).value_or(CampSnapshot {*id, {}});
}

void CreateCampCommand::undoStep()
{
    auto snapshot = m_document->removeCreatedCamp(m_snapshot);
    if (!succeeded(*this, *m_document, snapshot))
        return;
    m_snapshot = *snapshot;
}

SavePlanTemplateCommand::SavePlanTemplateCommand(WorkspaceDocument *document, const PlanTemplate &plan)
    : m_document(document)
    , m_plan(plan)
{
    setText(tr("Save plan as template “%1”").arg(plan.name.english));
}

void SavePlanTemplateCommand::redoStep()
{
    if (!m_replacedKnown) {
        auto replaced = m_document->savedPlanTemplate(m_plan.name.english);
        if (!succeeded(*this, *m_document, replaced))
            return;
        m_replaced = *replaced;
        m_replacedKnown = true;
    }
    auto saved = m_document->writePlanTemplate(m_plan.name.english, m_plan, m_replaced);
    if (succeeded(*this, *m_document, saved))
        m_saved = *saved;
}

void SavePlanTemplateCommand::undoStep()
{
    auto restored = m_document->writePlanTemplate(m_plan.name.english, m_replaced, m_saved);
    if (succeeded(*this, *m_document, restored))
        m_replaced = *restored;
}

} // namespace CampDesk
