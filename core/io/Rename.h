#pragma once

#include <QString>

namespace CampDesk::Rename {

// The last step of writing a file CampDesk cannot write through QSaveFile
// (SQLite writes a copy of a workspace itself): the finished file, written
// beside its target under a temporary name, is flushed to the disk and then
// takes the target's name in one step of the file system, so a crash or a
// power cut leaves either the old file or the new, whole.

enum class Outcome {
    Done,
    Taken, // a file (or link) is at the name; `from` is still where it was
    Failed,
};

// Puts `from` in the place of `to`, replacing a file there in the same
// step (no moment without either).
bool replacing(const QString &from, const QString &to);
// Puts `from` at `to` only if nothing is there, decided in the same step as
// the rename: of two processes placing at one name, one gets it, and the
// other is told (Taken) and keeps its file.
Outcome keeping(const QString &from, const QString &to);

} // namespace CampDesk::Rename
