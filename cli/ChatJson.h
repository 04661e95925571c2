#pragma once

#include "core/capture/ChatImporter.h"

#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

namespace CampDesk::ChatJson {

// The JSON of chat imports and 接龙 lists (snake_case keys, documented in
// README), for the import and jielong commands.
QString reasonKey(const SenderSuggestion &suggestion);
// A message's time in the camp's zone.
QString timeText(qint64 time, const QTimeZone &zone);
QJsonObject importSummary(const ChatImportSummary &summary, const QTimeZone &zone, const QHash<qint64, QString> &names);

} // namespace CampDesk::ChatJson
