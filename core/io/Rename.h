#pragma once

#include <QString>

namespace CampDesk::Rename {

// The last step of writing a file CampDesk cannot write through QSaveFile
// (SQLite writes a copy of a workspace itself): the finished file, written
// beside its target under a temporary name, takes the target's name in one
// step of the file system, so a crash leaves either the old file or the new.

// Puts `from` in the place of `to`, replacing a file there in the same
// step (no moment without either).
bool replacing(const QString &from, const QString &to);
// Puts `from` at `to` only if no file is there, decided in the same step as
// the rename: of two processes placing at one name, one gets it, and the
// other is told and keeps its file.
bool keeping(const QString &from, const QString &to);

} // namespace CampDesk::Rename
