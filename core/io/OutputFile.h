#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace CampDesk {

// A file CampDesk writes for the user: an export, a report, a calendar, a
// generated chat. It is refused before anything is written when it would
// replace a workspace (the one open, or any other), its journal or lock, or
// a backup; it is written to a temporary file beside it and renamed into
// place (QSaveFile), so an error or a kill leaves the old file whole; and it
// is readable by its owner only (members' names and numbers are in it).
class OutputFile final {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // `openWorkspace`: the workspace the command or window has open, if any.
    explicit OutputFile(const QString &path, const QString &openWorkspace = {});

    [[nodiscard]] Result<void> open();
    QIODevice &device() { return m_file; }
    // Renames the finished file into place.
    [[nodiscard]] Result<void> commit();

    // The whole file at once.
    [[nodiscard]] static Result<void> write(const QString &path, const QByteArray &bytes,
                                            const QString &openWorkspace = {});
    // Why `path` must not be written to, if it must not.
    [[nodiscard]] static Result<void> checkTarget(const QString &path, const QString &openWorkspace = {});

private:
    QString m_path;
    QString m_openWorkspace;
    QSaveFile m_file;
};

} // namespace CampDesk
