#pragma once

#include "core/Error.h"
#include "ui/commands/CommandFailure.h"
#include "ui/commands/DocumentCommand.h"

#include <QUndoCommand>

#include <functional>
#include <utility>

namespace CampDesk {

// A change to stored values (a camp, an activity, members…) as one undo
// step: redo writes them as they are after, undo as they were before.
// Each write goes over what this command last saw stored (m_seen), so an
// undo, too, is refused once another operator changed them since. The
// commands of each kind derive from it for their undo text.
template<typename Value> class EditCommand : public DocumentCommand {
public:
    // Writes `value` over `seen`; returns it as stored.
    using Write = std::function<Result<Value>(const Value &value, const Value &seen)>;

    void undoStep() override { apply(m_before); }
    void redoStep() override { apply(m_after); }

protected:
    EditCommand(WorkspaceDocument *document, Write write, const Value &before, const Value &after,
                QUndoCommand *parent = nullptr)
        : DocumentCommand(parent)
        , m_document(document)
        , m_write(std::move(write))
        , m_before(before)
        , m_after(after)
        , m_seen(before)
    {
    }

private:
    void apply(const Value &value)
    {
        auto written = m_write(value, m_seen);
        if (succeeded(*this, *m_document, written))
            m_seen = *written;
    }

    WorkspaceDocument *m_document;
    Write m_write;
    Value m_before;
    Value m_after;
    Value m_seen; // as stored after this command's last write
};

} // namespace CampDesk
