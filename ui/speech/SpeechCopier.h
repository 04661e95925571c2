#pragma once

#include "Error.h"
#include "speech/PlaceholderRenderer.h"
#include "speech/SpeechTemplate.h"

#include <QCoreApplication>
#include <QDate>

namespace CampDesk {

class WorkspaceDocument;

// Where and for whom a line is copied: the camp and day it fills from.
struct CopyContext final
{
    qint64 campId = 0;
    QDate date;
    QString member;
    QString staff;
    QString subgroup;
    qint64 activityId = 0;
};

// Renders a line for its context and, if nothing is left unfilled, puts it
// on the clipboard and records the use. A line with a problem is never copied.
class SpeechCopier final
{
    Q_DECLARE_TR_FUNCTIONS(SpeechCopier)

public:
    static RenderResult render(WorkspaceDocument &document, const SpeechTemplate &speech, const CopyContext &context);
    // Returns the copied text, or why it was not copied.
    [[nodiscard]] static Result<QString> copy(WorkspaceDocument &document, const SpeechTemplate &speech,
                                              const CopyContext &context);
};

} // namespace CampDesk
