#pragma once

#include "core/speech/SpeechTemplate.h"

#include <QCoreApplication>

namespace CampDesk {

// How much fits on one phone screen; set per workspace.
struct SpeechLimits final {
    int maxLines = 18;
    int maxCharacters = 400;
};

// The editor's checks on a rendered line: it fits one phone screen,
// announcements keep a blank line between paragraphs, and no word from the
// camp's watch list slips in.
class SpeechChecker final {
    Q_DECLARE_TR_FUNCTIONS(SpeechChecker)

public:
    static QStringList check(const QString &text, SpeechCategory category, const SpeechLimits &limits,
                             const QStringList &watchWords);
};

} // namespace CampDesk
