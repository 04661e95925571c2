#pragma once

#include "core/review/ActivityReviewRepository.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace CampDesk {

class WorkspaceDocument;

// A post-activity review (复盘): the figures frozen when the review was
// first written, the comparison with earlier activities of the same type,
// and the notes (what went well, what to improve, actions). Saving pushes
// one undo step; the snapshot is never edited.
class ActivityReviewDialog final : public QDialog {
    Q_OBJECT

public:
    // `review.id == 0`: a new review (a draft from ActivityReviewRepository).
    ActivityReviewDialog(WorkspaceDocument *document, const ActivityReview &review, QWidget *parent = nullptr);

    QPlainTextEdit *wentWell() const { return m_wentWell; }
    QPlainTextEdit *toImprove() const { return m_toImprove; }
    QPlainTextEdit *actions() const { return m_actions; }
    QTableWidget *earlier() const { return m_earlier; }
    // Shown when a save was refused (the review changed since it was opened).
    QLabel *refused() const { return m_refused; }
    QString figuresText() const;

    void accept() override;

    // Opens (window-modal, deleted on close) the review of an activity: the
    // existing one if there is one, else a new one with the figures as they
    // are now. Null when the figures cannot be read (the error is shown).
    static ActivityReviewDialog *openFor(WorkspaceDocument *document, qint64 campId, qint64 activityId,
                                         QWidget *parent);

private:
    void keepRefusedNotes();

    WorkspaceDocument *m_document;
    ActivityReview m_review;
    QPlainTextEdit *m_wentWell;
    QPlainTextEdit *m_toImprove;
    QPlainTextEdit *m_actions;
    QTableWidget *m_earlier;
    QLabel *m_refused;
    QString m_figures;
};

} // namespace CampDesk
