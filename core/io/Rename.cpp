#include "core/io/Rename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace CampDesk::Rename {

namespace {

#ifdef Q_OS_WIN
std::wstring native(const QString &path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}
#endif

// Writes the file's data to the disk before it takes a name that matters:
// a rename can reach the disk before the data it names does.
bool flushFile(const QString &path)
{
#ifdef Q_OS_WIN
    const HANDLE file = CreateFileW(native(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                    OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    const bool flushed = FlushFileBuffers(file) != 0;
    CloseHandle(file);
    return flushed;
#else
    const int file = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (file < 0)
        return false;
    const bool flushed = ::fsync(file) == 0;
    ::close(file);
    return flushed;
#endif
}

// The rename itself reaches the disk with its folder (POSIX; Windows'
// MOVEFILE_WRITE_THROUGH does it there).
void flushFolderOf(const QString &path)
{
#ifndef Q_OS_WIN
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#else
    Q_UNUSED(path)
#endif
}

#ifndef Q_OS_WIN
// Where the file system cannot rename without replacing: the name is
// reserved by creating an empty file there exclusively (refused in the same
// step if the name is taken), and the copy then replaces that file of its
// own.
Outcome keepingByPlaceholder(const QString &from, const QString &to)
{
    const int placeholder
        = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (placeholder < 0)
        return errno == EEXIST ? Outcome::Taken : Outcome::Failed;
    ::close(placeholder);
    if (!replacing(from, to)) {
        QFile::remove(to);
        return Outcome::Failed;
    }
    return Outcome::Done;
}
#endif

} // namespace

bool replacing(const QString &from, const QString &to)
{
    if (!flushFile(from))
        return false;
    // std::filesystem::rename is rename(2) on POSIX and MoveFileEx with
    // MOVEFILE_REPLACE_EXISTING on Windows: both replace in one step.
    // Removing the old file first would leave a moment with neither.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            error);
    if (error)
        return false;
    flushFolderOf(to);
    return true;
}

Outcome keeping(const QString &from, const QString &to)
{
    // Not QFile::rename: it looks first, and when its rename fails it falls
    // back to copying, which is not one step.
    if (!flushFile(from))
        return Outcome::Failed;
#ifdef Q_OS_WIN
    if (MoveFileExW(native(from).c_str(), native(to).c_str(), MOVEFILE_WRITE_THROUGH) != 0)
        return Outcome::Done;
    const DWORD error = GetLastError();
    return error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS ? Outcome::Taken : Outcome::Failed;
#else
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD, QFile::encodeName(to).constData(),
                    RENAME_NOREPLACE)
        == 0) {
        flushFolderOf(to);
        return Outcome::Done;
    }
    if (errno == EEXIST)
        return Outcome::Taken;
    // A file system or sandbox without the flag goes on to the placeholder;
    // any other refusal (no room, no right) is the answer.
    if (errno != EINVAL && errno != ENOSYS && errno != EPERM && errno != EOPNOTSUPP)
        return Outcome::Failed;
#endif
    return keepingByPlaceholder(from, to);
#endif
}

} // namespace CampDesk::Rename
