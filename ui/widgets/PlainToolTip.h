#pragma once

#include <QString>

namespace CampDesk {

// Qt shows a tool tip as rich text whenever Qt::mightBeRichText() guesses it
// is, and CampDesk's tool tips carry strangers' text: names, messages and
// 接龙 entries from imported chats. Every tool tip that may hold such text
// goes through here, so "<b>" or "<img src=…>" shows as typed.
[[nodiscard]] QString plainToolTip(const QString &text);

} // namespace CampDesk
