#pragma once

#include <QString>
#include <QStringView>

namespace CampDesk::ChatText {

// Characters exports put into names and texts that nobody sees: byte-order
// marks, zero-width spaces and joiners, direction marks and isolates, soft
// hyphens.
bool isInvisible(char16_t c);

// A display name as names are compared exactly: Unicode NFKC (full-width
// letters and compatibility forms become plain ones), invisible characters
// removed, surrounding spaces trimmed. Case, emoji and punctuation stay:
// anything more lenient is a guess.
QString exactName(QStringView name);

} // namespace CampDesk::ChatText
