#pragma once

#include "core/capture/ChatImporter.h"
#include "core/capture/IdentitySplitter.h"
#include "core/capture/JielongMatcher.h"
#include "core/capture/Participation.h"
#include "ui/commands/DocumentCommand.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace CampDesk {

class WorkspaceDocument;

// Adds and removes check-ins as one step. Only the rows that really change
// are kept, so undo never removes a check-in that existed before.
class ChangeCheckInsCommand : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(ChangeCheckInsCommand)

public:
    ChangeCheckInsCommand(WorkspaceDocument *document, qint64 campId, const QList<CheckIn> &add,
                          const QList<CheckIn> &remove, const QString &text);

    void undoStep() override;
    void redoStep() override;
    // False when the command would change nothing (don't push it).
    // (True when the stored check-ins could not be read: pushed, it reports why.)
    bool changesAnything() const { return m_readError || !m_add.isEmpty() || !m_remove.isEmpty(); }
    // The check-ins it adds: those asked for that were not stored already.
    int addingCount() const { return int(m_add.size()); }

protected:
    bool readFailed() const { return m_readError.has_value(); }
    const QList<CheckIn> &adding() const { return m_add; }
    // What the last redo really added, which its undo takes back: a row of
    // `adding` recorded by another operator meanwhile is theirs.
    const QList<CheckIn> &added() const { return m_added; }
    void setAdded(const QList<CheckIn> &added) { m_added = added; }

    WorkspaceDocument *m_document;
    qint64 m_campId;

private:
    QList<CheckIn> m_add;
    QList<CheckIn> m_added;
    QList<CheckIn> m_remove;
    std::optional<Error> m_readError;
};

// Records a 接龙 as check-ins; names matched by hand are remembered as
// aliases. Undo takes both back: a name a wrong hand match taught would
// otherwise decide later lists unasked.
class RecordJielongCommand final : public ChangeCheckInsCommand {
public:
    RecordJielongCommand(WorkspaceDocument *document, qint64 campId, const QList<CheckIn> &add,
                         const QList<std::pair<QString, qint64>> &aliases, const QString &text);
    void redoStep() override;
    void undoStep() override;

private:
    QList<std::pair<QString, qint64>> m_aliases;
    QList<JielongMatcher::TaughtName> m_taught; // read before each record
};

// A chat import, done by a background job before the command is pushed:
// the first redo does nothing; undo takes the import out; a later redo reads
// the file again with the same decisions.
class ImportChatCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportChatCommand)

public:
    ImportChatCommand(WorkspaceDocument *document, qint64 campId, const QString &path, const ChatImportOptions &options,
                      const ChatImportSummary &summary);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_campId;
    QString m_path;
    ChatImportOptions m_options;
    ChatImportSummary m_summary;
    bool m_done = true;
};

// Maps a chat identity to a member (or unmaps it: personId 0).
class MapChatIdentityCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(MapChatIdentityCommand)

public:
    MapChatIdentityCommand(WorkspaceDocument *document, const ChatIdentity &identity, qint64 personId);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    ChatIdentity m_identity;
    qint64 m_personId;
};

// Splits a chat identity off the member it was merged into: it becomes a
// member of its own (IdentitySplitter).
class SplitChatIdentityCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(SplitChatIdentityCommand)

public:
    SplitChatIdentityCommand(WorkspaceDocument *document, const ChatIdentity &identity);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    ChatIdentity m_identity;
    IdentitySplit m_split;
};

// Marks a chat identity as staff or not.
class SetChatIdentityStaffCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(SetChatIdentityStaffCommand)

public:
    SetChatIdentityStaffCommand(WorkspaceDocument *document, const ChatIdentity &identity, bool staff);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    ChatIdentity m_identity;
    bool m_staff;
};

} // namespace CampDesk
