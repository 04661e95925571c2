#pragma once

#include "core/review/ActivityReviewRepository.h"
#include "ui/commands/DocumentCommand.h"
#include "ui/commands/EditCommand.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace CampDesk {

class WorkspaceDocument;

// Writes a new post-activity review; undo deletes it, redo puts it back
// with the same id and the same frozen snapshot.
class AddReviewCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(AddReviewCommand)

public:
    AddReviewCommand(WorkspaceDocument *document, const ActivityReview &review);
    void undoStep() override;
    void redoStep() override;
    qint64 reviewId() const { return m_review.id; }

private:
    WorkspaceDocument *m_document;
    ActivityReview m_review;
};

// Changes a review's notes (never its snapshot).
class EditReviewNotesCommand final : public EditCommand<ActivityReview> {
    Q_DECLARE_TR_FUNCTIONS(EditReviewNotesCommand)

public:
    EditReviewNotesCommand(WorkspaceDocument *document, const ActivityReview &before, const ActivityReview &after);
};

class RemoveReviewCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveReviewCommand)

public:
    RemoveReviewCommand(WorkspaceDocument *document, const ActivityReview &review);
    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    ActivityReview m_review;
};

} // namespace CampDesk
