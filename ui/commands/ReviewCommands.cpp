#include "ui/commands/ReviewCommands.h"

#include "ui/commands/CommandFailure.h"

namespace CampDesk {

AddReviewCommand::AddReviewCommand(WorkspaceDocument *document, const ActivityReview &review)
    : m_document(document)
    , m_review(review)
{
    setText(tr("Write review of “%1”").arg(review.activityTitle));
}

void AddReviewCommand::redo()
{
    // As stored: the undo deletes it only while nobody changed it.
    auto stored = m_document->insertReview(m_review);
    if (succeeded(*this, *m_document, stored))
        m_review = *stored;
}

void AddReviewCommand::undo()
{
    succeeded(*this, *m_document, m_document->removeReview(m_review));
}

EditReviewNotesCommand::EditReviewNotesCommand(WorkspaceDocument *document, const ActivityReview &before,
                                               const ActivityReview &after)
    : m_document(document)
    , m_before(before)
    , m_after(after)
    , m_seen(before)
{
    setText(tr("Edit review of “%1”").arg(after.activityTitle));
}

void EditReviewNotesCommand::apply(const ActivityReview &review)
{
    auto written = m_document->writeReviewNotes(review, m_seen);
    if (succeeded(*this, *m_document, written))
        m_seen = *written;
}

void EditReviewNotesCommand::redo()
{
    apply(m_after);
}

void EditReviewNotesCommand::undo()
{
    apply(m_before);
}

RemoveReviewCommand::RemoveReviewCommand(WorkspaceDocument *document, const ActivityReview &review)
    : m_document(document)
    , m_review(review)
{
    setText(tr("Delete review of “%1”").arg(review.activityTitle));
}

void RemoveReviewCommand::redo()
{
    succeeded(*this, *m_document, m_document->removeReview(m_review));
}

void RemoveReviewCommand::undo()
{
    auto stored = m_document->insertReview(m_review);
    if (succeeded(*this, *m_document, stored))
        m_review = *stored;
}

} // namespace CampDesk
