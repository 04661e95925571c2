#pragma once

#include "core/Error.h"
#include "core/speech/PlaceholderRenderer.h"
#include "core/speech/SpeechTemplate.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace CampDesk {

class WorkspaceDocument;

// Where and for whom a line is copied: the camp and day it fills from.
struct CopyContext final {
    qint64 campId = 0;
    QDate date;
    QString member;
    QString staff;
    QString subgroup;
    qint64 activityId = 0;
};

// Renders a line for its context and, if nothing is left unfilled, puts it
// on the clipboard and records the use. A line with a problem is never copied.
class SpeechCopier final {
    Q_DECLARE_TR_FUNCTIONS(SpeechCopier)

public:
    static RenderResult render(WorkspaceDocument &document, const SpeechTemplate &speech, const CopyContext &context);
    // {subgroup} beside {member} is that member's: fills the context's
    // subgroup from the roster when the member names one member of the camp.
    static void fillSubgroup(WorkspaceDocument &document, CopyContext &context);
    // Returns the copied text, or why it was not copied.
    [[nodiscard]] static Result<QString> copy(WorkspaceDocument &document, const SpeechTemplate &speech,
                                              const CopyContext &context);
    // Copies the category's next line in rotation that can be filled for
    // the context, passing over lines with values missing (so pressing Next
    // Line again never lands on the same unfillable line). Returns the line
    // copied, or why none was: no lines, or what the next one lacks.
    // `accept` narrows the lines further (a nudge for the silence it is for).
    [[nodiscard]] static Result<SpeechTemplate>
    copyNext(WorkspaceDocument &document, SpeechCategory category, const CopyContext &context,
             const std::function<bool(const SpeechTemplate &)> &accept = {});
};

} // namespace CampDesk
