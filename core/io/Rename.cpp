#include "core/io/Rename.h"

#include <QDir>
#include <QFile>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace CampDesk::Rename {

bool replacing(const QString &from, const QString &to)
{
    // std::filesystem::rename is rename(2) on POSIX and MoveFileEx with
    // MOVEFILE_REPLACE_EXISTING on Windows: both replace in one step.
    // Removing the old file first would leave a moment with neither.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            error);
    return !error;
}

bool keeping(const QString &from, const QString &to)
{
    // Not QFile::rename: it looks first, and when its rename fails it falls
    // back to copying, which is not one step.
#ifdef Q_OS_WIN
    const QString source = QDir::toNativeSeparators(from);
    const QString target = QDir::toNativeSeparators(to);
    return MoveFileExW(reinterpret_cast<const wchar_t *>(source.utf16()),
                       reinterpret_cast<const wchar_t *>(target.utf16()), MOVEFILE_WRITE_THROUGH)
        != 0;
#else
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#ifdef Q_OS_LINUX
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return true;
    // A taken name among the refusals; only a file system without the flag
    // goes on to the link.
    if (errno != EINVAL && errno != ENOSYS)
        return false;
#endif
    // A hard link is refused when its name is taken, in the same step.
    if (::link(source.constData(), target.constData()) != 0)
        return false;
    ::unlink(source.constData());
    return true;
#endif
}

} // namespace CampDesk::Rename
