#pragma once

#include "core/capture/DateOrderEvidence.h"

#include <QSet>
#include <QString>

namespace CampDesk {

// What a first pass over a whole export finds, for the decisions that hold
// for the whole file however it is read (whole, or a piece at a time).
struct FileSurvey final {
    DateOrderEvidence dates;
    // WhatsApp: everyone who posts in the file, so that a notice attributed
    // to the group ("Evening Club: Dana added Eli") is told from a message
    // by what it names, wherever in the file Dana first posts.
    QSet<QString> senders;
};

} // namespace CampDesk
