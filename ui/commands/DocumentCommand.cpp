#include "ui/commands/DocumentCommand.h"

#include <QTimer>

#include <utility>

namespace CampDesk {

DocumentCommand::DocumentCommand(QUndoCommand *parent)
    : QUndoCommand(parent)
{
}

void DocumentCommand::undo()
{
    if (std::exchange(m_skipNext, false))
        return;
    m_failure.reset();
    undoStep();
    if (m_failure)
        settle(Move::Undo);
}

void DocumentCommand::redo()
{
    if (std::exchange(m_skipNext, false))
        return;
    m_failure.reset();
    redoStep();
    if (m_failure)
        settle(Move::Redo);
    else
        m_happened = true;
}

void DocumentCommand::failed(const Error &error, QUndoStack *stack, bool mayPass)
{
    if (!m_failure) {
        m_failure = error;
        m_failureMayPass = mayPass;
    }
    m_stack = stack;
}

void DocumentCommand::settle(Move move)
{
    if (!m_happened || !m_failureMayPass || !m_stack) {
        setObsolete(true);
        return;
    }
    // QUndoStack moves its index past a step whatever the step did: the
    // opposite move, once this one has returned, puts it back untouched. (A
    // step of a macro moves with the macro, which is not put back.)
    m_skipNext = true;
    QTimer::singleShot(0, m_stack, [this, alive = std::weak_ptr<int>(m_token), stack = m_stack, move] {
        if (alive.expired() || !stack)
            return;
        const int index = stack->index();
        if (move == Move::Undo && index < stack->count() && stack->command(index) == this)
            stack->redo();
        else if (move == Move::Redo && index > 0 && stack->command(index - 1) == this)
            stack->undo();
        else
            m_skipNext = false;
    });
}

} // namespace CampDesk
