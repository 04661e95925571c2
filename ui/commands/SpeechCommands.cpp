#include "ui/commands/SpeechCommands.h"

#include "ui/WorkspaceDocument.h"
#include "ui/commands/CommandFailure.h"

namespace CampDesk {

AddSpeechesCommand::AddSpeechesCommand(WorkspaceDocument *document, const QList<SpeechTemplate> &speeches,
                                       const QString &text)
    : m_document(document)
    , m_speeches(speeches)
{
    setText(text);
}

void AddSpeechesCommand::redoStep()
{
    // As stored: the undo deletes them only while nobody changed them.
    auto stored = m_document->insertSpeeches(m_speeches, m_dependants);
    if (succeeded(*this, *m_document, stored))
        m_speeches = *stored;
}

void AddSpeechesCommand::undoStep()
{
    // Copies and activity links made since are others' work: refused, not deleted.
    auto removed = m_document->removeSpeeches(m_speeches, WorkspaceDocument::Removal::AddedOnly);
    if (succeeded(*this, *m_document, removed))
        m_dependants = *removed;
}

EditSpeechCommand::EditSpeechCommand(WorkspaceDocument *document, const SpeechTemplate &before,
                                     const SpeechTemplate &after)
    : EditCommand(document, std::bind_front(&WorkspaceDocument::writeSpeech, document), before, after)
{
    setText(tr("Edit “%1”").arg(after.title));
}

DeleteSpeechesCommand::DeleteSpeechesCommand(WorkspaceDocument *document, const QList<SpeechTemplate> &speeches)
    : m_document(document)
    , m_speeches(speeches)
{
    setText(speeches.size() == 1 ? tr("Delete “%1”").arg(speeches.first().title)
                                 : tr("Delete %n lines", nullptr, int(speeches.size())));
}

void DeleteSpeechesCommand::redoStep()
{
    auto removed = m_document->removeSpeeches(m_speeches);
    if (succeeded(*this, *m_document, removed))
        m_dependants = *removed;
}

void DeleteSpeechesCommand::undoStep()
{
    // The line comes back with its copies and the activities that post it.
    auto stored = m_document->insertSpeeches(m_speeches, m_dependants);
    if (succeeded(*this, *m_document, stored))
        m_speeches = *stored;
}

SetCampVariableCommand::SetCampVariableCommand(WorkspaceDocument *document, qint64 campId, const CampVariable &after)
    : m_document(document)
    , m_campId(campId)
    , m_after(after)
{
    setText(tr("Set {%1}").arg(after.name));
}

void SetCampVariableCommand::redoStep()
{
    if (!m_before) {
        auto variables = m_document->campVariables(m_campId);
        if (!succeeded(*this, *m_document, variables))
            return;
        m_before = CampVariable {m_after.name, m_after.courseDay, QString()};
        for (const CampVariable &variable : std::as_const(*variables)) {
            if (variable.name == m_after.name && variable.courseDay == m_after.courseDay)
                m_before = variable;
        }
    }
    succeeded(*this, *m_document, m_document->writeCampVariable(m_campId, m_after, *m_before));
}

void SetCampVariableCommand::undoStep()
{
    succeeded(*this, *m_document, m_document->writeCampVariable(m_campId, *m_before, m_after));
}

ReplaceCampVariablesCommand::ReplaceCampVariablesCommand(WorkspaceDocument *document, qint64 campId,
                                                         const QList<CampVariable> &before,
                                                         const QList<CampVariable> &after)
    : m_document(document)
    , m_campId(campId)
    , m_before(before)
    , m_after(after)
{
    setText(tr("Edit camp variables"));
}

void ReplaceCampVariablesCommand::redoStep()
{
    succeeded(*this, *m_document, m_document->replaceCampVariables(m_campId, m_after, m_before));
}

void ReplaceCampVariablesCommand::undoStep()
{
    succeeded(*this, *m_document, m_document->replaceCampVariables(m_campId, m_before, m_after));
}

} // namespace CampDesk
