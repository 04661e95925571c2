#pragma once

#include <QString>

namespace CampDesk::OwnerOnly {

// Workspaces hold members' names and phone numbers: every file and folder
// CampDesk creates is its owner's alone (0600 and 0700), whatever the umask.

// Makes `path` (a file CampDesk just created) readable and writable by its
// owner only.
bool restrictFile(const QString &path);
// Creates the folder and the missing folders above it, each readable by its
// owner only; folders that already exist are left as they are.
bool makeFolder(const QString &path);

} // namespace CampDesk::OwnerOnly
