#pragma once

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/ValueOf.h"
#include "ui/WorkspaceDocument.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace CampDesk::Testing {

// A window's document (without the window) on a camp, and a second
// connection to the same workspace: another operator on a server, or
// campdesk-cli on the same file. On both engines.
class DocumentAndElsewhereTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        std::unique_ptr<Workspace> workspace;
        m_place.openOrSkip(workspace);
        if (!workspace)
            return;
        m_camp = valueOf(workspace->camps().insert(
            Camp::withDefaults(QStringLiteral("晨读营"), QDate(2027, 3, 1), QDate(2027, 3, 7))));
        m_document = std::make_unique<WorkspaceDocument>(std::move(workspace));
        auto opened = Workspace::open(m_place.address());
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        m_elsewhere = std::move(*opened);
    }

    void TearDown() override
    {
        m_elsewhere.reset();
        m_document.reset();
    }

    // Whether SetUp left the test to run: a subclass's SetUp goes on only then.
    bool ready() const { return m_elsewhere != nullptr; }

    // Pushes `command`; the message of the failure it met, or an empty string.
    QString refusalOf(QUndoCommand *command) const
    {
        QSignalSpy errors(m_document.get(), &WorkspaceDocument::errorOccurred);
        m_document->undoStack()->push(command);
        return errors.isEmpty() ? QString() : errors.first().first().toString();
    }

    // Undoes the last step; the message of the failure it met, or an empty string.
    QString refusalOfUndo() const
    {
        QSignalSpy errors(m_document.get(), &WorkspaceDocument::errorOccurred);
        m_document->undoStack()->undo();
        return errors.isEmpty() ? QString() : errors.first().first().toString();
    }

    EngineWorkspace m_place {GetParam()};
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<Workspace> m_elsewhere;
    qint64 m_camp = 0;
};

} // namespace CampDesk::Testing
