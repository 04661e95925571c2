#pragma once

#include "core/Error.h"
#include "core/io/InputLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace CampDesk {

// A file that is small by nature (a roster, a 接龙 list, a speech library)
// read whole: from a regular file, a pipe or a device, or standard input
// for "-". More than `limit` bytes is refused before they are held, so
// /dev/zero or an endless pipe stops with a message instead of taking all
// the memory.
class InputFile final {
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    [[nodiscard]] static Result<QByteArray> readAll(const QString &path, qint64 limit = InputLimits::MaxWholeFileBytes);
    // Line `number` (from 1) of a text file in `encoding`, read a block at a
    // time so that showing one line of a 2 GB export holds one line, not
    // the file. An empty text past the end.
    [[nodiscard]] static Result<QString> line(const QString &path, qint64 number, const QString &encoding);
    // Refuses a workspace this process has open (see Workspace::isOpenHere).
    [[nodiscard]] static Result<void> refuseOpenWorkspace(const QString &path);
    // How a message names the input ("standard input" for "-").
    static QString displayName(const QString &path);
};

} // namespace CampDesk
