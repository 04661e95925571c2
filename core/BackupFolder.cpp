#include "core/BackupFolder.h"

#include "core/Workspace.h"
#include "core/io/OwnerOnly.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace CampDesk {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd HHmmss");

QString reasonText(BackupReason reason, int fromVersion)
{
    return reason == BackupReason::Daily ? QStringLiteral("daily")
                                         : QStringLiteral("before-upgrade-v%1").arg(fromVersion);
}

} // namespace

QString BackupFolder::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

BackupFolder::BackupFolder(const QString &workspacePath, const QString &root)
    : m_workspace(QFileInfo(workspacePath).absoluteFilePath())
{
    const QString base = root.isEmpty() ? defaultRoot() : root;
    // Two workspaces of the same name in different folders keep apart.
    const QByteArray hash = QCryptographicHash::hash(m_workspace.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    m_folder = QDir(base).filePath(QFileInfo(m_workspace).completeBaseName() + u' ' + QString::fromLatin1(hash));
}

QList<BackupEntry> BackupFolder::list() const
{
    static const QRegularExpression name(
        QStringLiteral("^.* (\\d{4}-\\d{2}-\\d{2} \\d{6}) (daily|before-upgrade-v(\\d+))( \\(\\d+\\))?\\.campdesk$"));
    QList<BackupEntry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.campdesk")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupEntry entry;
        entry.path = file.absoluteFilePath();
        entry.writtenAt = QDateTime::fromString(match.captured(1), timeFormat);
        entry.reason = match.captured(2) == QLatin1String("daily") ? BackupReason::Daily : BackupReason::BeforeUpgrade;
        entry.fromVersion = match.captured(3).toInt();
        entry.bytes = file.size();
        if (entry.writtenAt.isValid())
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.writtenAt != b.writtenAt ? a.writtenAt > b.writtenAt : a.path > b.path;
    });
    return entries;
}

bool BackupFolder::hasDailyOn(QDate day) const
{
    const QList<BackupEntry> entries = list();
    return std::any_of(entries.cbegin(), entries.cend(), [day](const BackupEntry &entry) {
        return entry.reason == BackupReason::Daily && entry.writtenAt.date() == day;
    });
}

Result<BackupEntry> BackupFolder::write(BackupReason reason, int fromVersion, const QDateTime &now,
                                        SqliteInterrupter *interrupter) const
{
    if (!OwnerOnly::makeFolder(m_folder))
        return fail(tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder)));
    // Two copies in one second (two upgrades of the same path) each keep a
    // name of their own: the second never replaces the first.
    const QString stem = QStringLiteral("%1 %2 %3")
                             .arg(QFileInfo(m_workspace).completeBaseName(), now.toString(timeFormat),
                                  reasonText(reason, fromVersion));
    const QDir folder(m_folder);
    QString target = folder.filePath(stem + QStringLiteral(".campdesk"));
    for (int copy = 2; QFileInfo::exists(target); ++copy)
        target = folder.filePath(QStringLiteral("%1 (%2).campdesk").arg(stem).arg(copy));
    if (auto copied = Workspace::copyOf(m_workspace, target, interrupter); !copied)
        return std::unexpected(copied.error());
    BackupEntry entry {target, QDateTime::fromString(now.toString(timeFormat), timeFormat), reason, fromVersion,
                       QFileInfo(target).size()};
    return entry;
}

void BackupFolder::prune(int keep) const
{
    QList<BackupEntry> daily = list();
    daily.removeIf([](const BackupEntry &entry) { return entry.reason != BackupReason::Daily; });
    for (qsizetype index = std::max(1, keep); index < daily.size(); ++index)
        QFile::remove(daily.at(index).path);
}

Result<QString> BackupFolder::restore(const BackupEntry &backup, const QDateTime &now) const
{
    if (auto verified = Workspace::verify(backup.path); !verified)
        return fail(tr("The backup %1 cannot be restored: %2")
                        .arg(QDir::toNativeSeparators(backup.path), verified.error().message));
    // A window that has the file open keeps its lock: the file is not
    // renamed under it. Held until the backup is in place.
    auto lock = Workspace::lock(m_workspace);
    if (!lock)
        return fail(tr("The backup was not restored: %1").arg(lock.error().message));
    const QFileInfo current(m_workspace);
    QString aside = current.absoluteDir().filePath(
        tr("%1 before restore %2.campdesk").arg(current.completeBaseName(), now.toString(timeFormat)));
    const QString name = QDir::toNativeSeparators(m_workspace);
    // The copy is written beside the workspace first: a full disk stops here,
    // with the workspace still in place.
    const QString incoming = m_workspace + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup.path, incoming)) {
        QFile::remove(incoming);
        return fail(tr("The backup could not be copied next to %1.").arg(name));
    }
    if (current.exists() && !QFile::rename(m_workspace, aside)) {
        QFile::remove(incoming);
        return fail(tr("%1 could not be moved aside; nothing was restored.").arg(name));
    }
    // A closed workspace has no log left; one that remains belongs to the
    // file moved aside, never to the restored copy.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_workspace + suffix))
            QFile::rename(m_workspace + suffix, aside + suffix);
    }
    if (!QFile::rename(incoming, m_workspace)) {
        QFile::rename(aside, m_workspace);
        QFile::remove(incoming);
        return fail(tr("The backup could not be put in place of %1; the workspace was left as it was.").arg(name));
    }
    return aside;
}

int BackupFolder::keepSetting()
{
    return std::max(1, QSettings().value(QStringLiteral("backups/keep"), DefaultKeep).toInt());
}

void BackupFolder::setKeepSetting(int keep)
{
    QSettings().setValue(QStringLiteral("backups/keep"), std::max(1, keep));
}

} // namespace CampDesk
