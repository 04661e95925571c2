#pragma once

#include "core/Error.h"

#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace CampDesk {

// A step on the document's undo stack whose writes may fail; each kind
// writes in undoStep() and redoStep() and passes every result through
// succeeded() (CommandFailure.h). What becomes of a step that failed:
// - its first redo (the push) failed: it never happened, and the stack
//   drops it;
// - a later undo or redo failed for a reason that may pass (a lost
//   connection, a busy workspace the operator left, a full disk): it stays
//   where it was, to be tried again. Dropping it dropped the only copy of
//   what it would put back: a deleted camp, with its members and check-ins;
// - anything else (another operator changed or removed its rows, a name is
//   taken, the operator's role forbids it) fails again however often it is
//   tried: dropped, or it would block every step below it.
class DocumentCommand : public QUndoCommand {
public:
    explicit DocumentCommand(QUndoCommand *parent = nullptr);

    void undo() final;
    void redo() final;

    // One of this step's writes failed; `mayPass`: tried again, it may not
    // (WorkspaceDocument::mayPass).
    void failed(const Error &error, QUndoStack *stack, bool mayPass);

protected:
    virtual void undoStep() = 0;
    virtual void redoStep() = 0;

private:
    enum class Move { Undo, Redo };
    void settle(Move move);

    bool m_happened = false; // a redo succeeded: the step is on the stack
    bool m_skipNext = false; // the stack's next move over it only puts it back
    std::optional<Error> m_failure; // of the undo or redo running now
    bool m_failureMayPass = false;
    QPointer<QUndoStack> m_stack;
    // Tells a queued put-back that the step is gone (its stack deleted it).
    std::shared_ptr<int> m_token = std::make_shared<int>();
};

} // namespace CampDesk
