#include "ui/commands/CaptureCommands.h"

#include "ui/commands/CommandFailure.h"

#include <QFileInfo>
#include <QSet>

namespace CampDesk {

namespace {

using CheckInKey = QString;

CheckInKey keyOf(const CheckIn &checkIn)
{
    return QStringLiteral("%1|%2|%3").arg(checkIn.personId).arg(checkIn.day.toJulianDay()).arg(checkIn.activityId);
}

} // namespace

ChangeCheckInsCommand::ChangeCheckInsCommand(WorkspaceDocument *document, qint64 campId, const QList<CheckIn> &add,
                                             const QList<CheckIn> &remove, const QString &text)
    : m_document(document)
    , m_campId(campId)
{
    setText(text);
    // Without the stored check-ins the command cannot tell new from old:
    // it fails when pushed, with the reason, and changes nothing.
    auto stored = document->checkIns(campId);
    if (!stored) {
        m_readError = stored.error();
        return;
    }
    QHash<CheckInKey, CheckIn> existing;
    for (const CheckIn &checkIn : std::as_const(*stored))
        existing.insert(keyOf(checkIn), checkIn);
    QSet<CheckInKey> planned;
    for (const CheckIn &checkIn : add) {
        if (!existing.contains(keyOf(checkIn)) && !planned.contains(keyOf(checkIn))) {
            planned.insert(keyOf(checkIn));
            m_add.append(checkIn);
        }
    }
    for (const CheckIn &checkIn : remove) {
        // Keep the stored row (its note and import) so undo puts it back as
        // it was; a row recorded another way since the grid showed it (by
        // another operator) is asked for as shown, so the write refuses to
        // take theirs.
        if (const auto found = existing.constFind(keyOf(checkIn)); found != existing.constEnd())
            m_remove.append(found->source == checkIn.source ? *found : checkIn);
    }
}

void ChangeCheckInsCommand::redoStep()
{
    if (m_readError) {
        succeeded(*this, *m_document, Result<void>(std::unexpected(*m_readError)));
        return;
    }
    auto changed = m_document->changeCheckIns(m_campId, m_add, m_remove);
    if (succeeded(*this, *m_document, changed))
        m_added = *changed;
}

void ChangeCheckInsCommand::undoStep()
{
    succeeded(*this, *m_document, m_document->changeCheckIns(m_campId, m_remove, m_added));
}

RecordJielongCommand::RecordJielongCommand(WorkspaceDocument *document, qint64 campId, const QList<CheckIn> &add,
                                           const QList<std::pair<QString, qint64>> &aliases, const QString &text)
    : ChangeCheckInsCommand(document, campId, add, {}, text)
    , m_aliases(aliases)
{
}

void RecordJielongCommand::redoStep()
{
    if (readFailed()) {
        ChangeCheckInsCommand::redoStep();
        return;
    }
    // The names the list taught go with its check-ins, both or neither, and
    // every list is checked as a list (its activity still that day's
    // check-in). Whom each name names before it is taught, for the undo:
    // read before every record (after an undo another operator may have
    // taught it).
    auto taught = m_document->jielongTeaching(m_campId, m_aliases);
    if (!succeeded(*this, *m_document, taught))
        return;
    m_taught = *taught;
    auto recorded = m_document->recordJielong(m_campId, adding(), m_aliases);
    if (succeeded(*this, *m_document, recorded))
        setAdded(*recorded);
}

void RecordJielongCommand::undoStep()
{
    if (readFailed()) {
        ChangeCheckInsCommand::undoStep();
        return;
    }
    succeeded(*this, *m_document, m_document->unrecordJielong(m_campId, added(), m_taught));
}

ImportChatCommand::ImportChatCommand(WorkspaceDocument *document, qint64 campId, const QString &path,
                                     const ChatImportOptions &options, const ChatImportSummary &summary)
    : m_document(document)
    , m_campId(campId)
    , m_path(path)
    , m_options(options)
    , m_summary(summary)
{
    m_options.progress = {};
    setText(tr("Import chat %1").arg(QFileInfo(path).fileName()));
}

void ImportChatCommand::redoStep()
{
    if (m_done)
        return;
    auto summary = m_document->runChatImport(m_campId, m_path, m_options);
    if (succeeded(*this, *m_document, summary)) {
        m_summary = *summary;
        m_done = true;
    }
}

void ImportChatCommand::undoStep()
{
    if (succeeded(*this, *m_document, m_document->revertChatImport(m_campId, m_summary)))
        m_done = false;
}

MapChatIdentityCommand::MapChatIdentityCommand(WorkspaceDocument *document, const ChatIdentity &identity,
                                               qint64 personId)
    : m_document(document)
    , m_identity(identity)
    , m_personId(personId)
{
    setText(personId > 0 ? tr("Map %1").arg(identity.displayName) : tr("Unmap %1").arg(identity.displayName));
}

void MapChatIdentityCommand::redoStep()
{
    succeeded(*this, *m_document, m_document->mapChatIdentity(m_identity, m_personId));
}

void MapChatIdentityCommand::undoStep()
{
    ChatIdentity mapped = m_identity;
    mapped.personId = m_personId;
    succeeded(*this, *m_document, m_document->mapChatIdentity(mapped, m_identity.personId));
}

SplitChatIdentityCommand::SplitChatIdentityCommand(WorkspaceDocument *document, const ChatIdentity &identity)
    : m_document(document)
    , m_identity(identity)
{
    setText(tr("Split %1 off as a new member").arg(identity.displayName));
}

void SplitChatIdentityCommand::redoStep()
{
    auto split = m_document->splitChatIdentity(m_identity);
    if (succeeded(*this, *m_document, split))
        m_split = *split;
}

void SplitChatIdentityCommand::undoStep()
{
    succeeded(*this, *m_document, m_document->undoSplitChatIdentity(m_split));
}

SetChatIdentityStaffCommand::SetChatIdentityStaffCommand(WorkspaceDocument *document, const ChatIdentity &identity,
                                                         bool staff)
    : m_document(document)
    , m_identity(identity)
    , m_staff(staff)
{
    setText(staff ? tr("Mark %1 as staff").arg(identity.displayName)
                  : tr("Mark %1 as a member").arg(identity.displayName));
}

void SetChatIdentityStaffCommand::redoStep()
{
    succeeded(*this, *m_document, m_document->setChatIdentityStaff(m_identity, m_staff));
}

void SetChatIdentityStaffCommand::undoStep()
{
    ChatIdentity marked = m_identity;
    marked.staff = m_staff;
    succeeded(*this, *m_document, m_document->setChatIdentityStaff(marked, m_identity.staff));
}

} // namespace CampDesk
