#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"
#include "core/domain/Camp.h"
#include "core/domain/CampSnapshot.h"
#include "core/plan/ActivityRemoval.h"
#include "core/plan/PlanTemplate.h"
#include "ui/commands/DocumentCommand.h"
#include "ui/commands/EditCommand.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace CampDesk {

class Workspace;
class WorkspaceDocument;

// Adds activities; undo removes them, redo puts them back under their ids.
class AddActivitiesCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(AddActivitiesCommand)

public:
    AddActivitiesCommand(WorkspaceDocument *document, const QList<Activity> &activities, const QString &text);

    void undoStep() override;
    void redoStep() override;
    QList<Activity> activities() const { return m_activities; }

private:
    WorkspaceDocument *m_document;
    QList<Activity> m_activities; // as stored, once added
};

// A plan from a template added to an existing camp, as one step: the camp
// takes the plan's periods where they reach further, and the activities go
// in, in one transaction. Its undo takes both back in one transaction, or
// neither: the dates never go back while the activities made for them stay
// (refused, stale, when another operator changed the camp or one of them).
class AddPlanCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(AddPlanCommand)

public:
    AddPlanCommand(WorkspaceDocument *document, const Camp &before, const Camp &after,
                   const QList<Activity> &activities);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    Camp m_before;
    Camp m_after;
    Camp m_seen; // the camp as stored after this command's last write
    bool m_reshapes; // it writes the camp's periods; else only its activities
    QList<Activity> m_activities; // as stored, once added
};

// Any change to one activity: rescheduling by drag, an edit in the dialog,
// ticking it done.
class EditActivityCommand final : public EditCommand<Activity> {
    Q_DECLARE_TR_FUNCTIONS(EditActivityCommand)

public:
    EditActivityCommand(WorkspaceDocument *document, const Activity &before, const Activity &after,
                        const QString &text);
};

// Deletes activities with their check-ins; undo puts both back, and the
// reviews and copies of lines that named them name them again.
class DeleteActivitiesCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteActivitiesCommand)

public:
    DeleteActivitiesCommand(WorkspaceDocument *document, const QList<Activity> &activities);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    QList<Activity> m_activities;
    ActivityDependants m_dependants; // what the delete took with them
};

// Creates a camp with everything `create` writes (a plan, a copy of another
// camp). Undo deletes it; redo restores the snapshot taken by undo.
class CreateCampCommand final : public DocumentCommand {
public:
    using Creator = std::function<Result<qint64>(Workspace &)>;

    CreateCampCommand(WorkspaceDocument *document, Creator create, const QString &text);

    void undoStep() override;
    void redoStep() override;
    qint64 campId() const { return m_campId; }

private:
    WorkspaceDocument *m_document;
    Creator m_create;
    qint64 m_campId = 0;
    CampSnapshot m_snapshot; // as the creation made it: what undo may take away (removeCreatedCamp)
};

// Saves a camp's plan as a template. A template of the same name is
// replaced, so undo puts that one back; otherwise undo deletes the template.
class SavePlanTemplateCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(SavePlanTemplateCommand)

public:
    SavePlanTemplateCommand(WorkspaceDocument *document, const PlanTemplate &plan);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    PlanTemplate m_plan;
    // Read when the command first runs, just before the save replaces it.
    bool m_replacedKnown = false;
    std::optional<PlanTemplate> m_replaced;
    // As stored after the save: its undo is refused once another owner
    // saved over it.
    std::optional<PlanTemplate> m_saved;
};

} // namespace CampDesk
