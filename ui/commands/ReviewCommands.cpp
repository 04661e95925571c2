#include "ui/commands/ReviewCommands.h"

#include "ui/commands/CommandFailure.h"

namespace CampDesk {

AddReviewCommand::AddReviewCommand(WorkspaceDocument *document, const ActivityReview &review)
    : m_document(document)
    , m_review(review)
{
    setText(tr("Write review of “%1”").arg(review.activityTitle));
}

void AddReviewCommand::redoStep()
{
    // As stored: the undo deletes it only while nobody changed it.
    auto stored = m_document->insertReview(m_review);
    if (succeeded(*this, *m_document, stored))
        m_review = *stored;
}

void AddReviewCommand::undoStep()
{
    succeeded(*this, *m_document, m_document->removeReview(m_review));
}

EditReviewNotesCommand::EditReviewNotesCommand(WorkspaceDocument *document, const ActivityReview &before,
                                               const ActivityReview &after)
    : EditCommand(document, std::bind_front(&WorkspaceDocument::writeReviewNotes, document), before, after)
{
    setText(tr("Edit review of “%1”").arg(after.activityTitle));
}

RemoveReviewCommand::RemoveReviewCommand(WorkspaceDocument *document, const ActivityReview &review)
    : m_document(document)
    , m_review(review)
{
    setText(tr("Delete review of “%1”").arg(review.activityTitle));
}

void RemoveReviewCommand::redoStep()
{
    succeeded(*this, *m_document, m_document->removeReview(m_review));
}

void RemoveReviewCommand::undoStep()
{
    auto stored = m_document->insertReview(m_review);
    if (succeeded(*this, *m_document, stored))
        m_review = *stored;
}

} // namespace CampDesk
