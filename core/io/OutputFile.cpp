#include "core/io/OutputFile.h"

#include "core/BackupFolder.h"
#include "core/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace CampDesk {

namespace {

const QStringList &sidecarSuffixes()
{
    static const QStringList suffixes
        = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"), QStringLiteral(".lock")};
    return suffixes;
}

// The path as the file system resolves it: symbolic links followed, "."
// and ".." gone, also for a file that does not exist yet.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool isInside(const QString &path, const QString &folder)
{
    const QString root = resolved(folder);
    return !root.isEmpty() && path.startsWith(root + u'/');
}

} // namespace

OutputFile::OutputFile(const QString &path, const QString &openWorkspace)
    : m_path(path)
    , m_openWorkspace(openWorkspace)
    , m_file(path)
{
}

Result<void> OutputFile::checkTarget(const QString &path, const QString &openWorkspace)
{
    const QString target = resolved(path);
    const QString name = QDir::toNativeSeparators(path);
    QString base = target;
    QString sidecar;
    for (const QString &suffix : sidecarSuffixes()) {
        if (target.endsWith(suffix)) {
            base = target.chopped(suffix.size());
            sidecar = suffix;
        }
    }
    const QString workspace = openWorkspace.isEmpty() ? QString() : resolved(openWorkspace);
    if (!workspace.isEmpty() && base == workspace) {
        return fail(sidecar.isEmpty()
                        ? tr("%1 is the workspace that is open; writing there would destroy it. Nothing was written: "
                             "choose another file.")
                              .arg(name)
                        : tr("%1 belongs to the open workspace %2 (its journal or lock); writing there would destroy "
                             "it. Nothing was written: choose another file.")
                              .arg(name, QDir::toNativeSeparators(openWorkspace)));
    }
    if (Workspace::isOpenHere(base) || Workspace::isWorkspaceFile(base)) {
        return fail(sidecar.isEmpty()
                        ? tr("%1 is a CampDesk workspace; writing there would destroy it. Nothing was written: choose "
                             "another file.")
                              .arg(name)
                        : tr("%1 belongs to the CampDesk workspace %2 (its journal or lock). Nothing was written: "
                             "choose another file.")
                              .arg(name, QDir::toNativeSeparators(base)));
    }
    if (isInside(target, BackupFolder::defaultRoot())) {
        return fail(tr("%1 is in CampDesk's backup folder %2, where only backups belong. Nothing was written: choose "
                       "another folder.")
                        .arg(name, QDir::toNativeSeparators(BackupFolder::defaultRoot())));
    }
    if (QFileInfo(target).isDir())
        return fail(tr("%1 is a folder. Nothing was written: choose a file name.").arg(name));
    return {};
}

Result<void> OutputFile::open()
{
    if (auto allowed = checkTarget(m_path, m_openWorkspace); !allowed)
        return allowed;
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    // The temporary file is its owner's from the start, so the finished one is.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<void> OutputFile::commit()
{
    if (!m_file.commit())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    return {};
}

Result<void> OutputFile::write(const QString &path, const QByteArray &bytes, const QString &openWorkspace)
{
    OutputFile file(path, openWorkspace);
    if (auto opened = file.open(); !opened)
        return opened;
    if (file.device().write(bytes) != bytes.size())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.device().errorString()));
    return file.commit();
}

} // namespace CampDesk
