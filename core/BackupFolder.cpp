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
#include <tuple>

namespace CampDesk {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd HHmmss");

// The reason as a backup's file name carries it.
QString reasonInName(BackupReason reason, int fromVersion)
{
    return reason == BackupReason::Daily ? QStringLiteral("daily")
                                         : QStringLiteral("before-upgrade-v%1").arg(fromVersion);
}

// `path` ("<name>.campdesk") if nothing is there yet, else "<name>
// (2).campdesk", "(3)"…, looking from copy `from` on: two files written in
// one second each keep a name of their own.
struct FreeName {
    QString path;
    int copy = 1;
};

FreeName freeName(const QString &path, int from = 1)
{
    const QString stem = path.chopped(QStringLiteral(".campdesk").size());
    const auto numbered = [&stem](int copy) { return QStringLiteral("%1 (%2).campdesk").arg(stem).arg(copy); };
    FreeName free {from > 1 ? numbered(from) : path, std::max(from, 1)};
    while (QFileInfo::exists(free.path) || QFileInfo::exists(free.path + QStringLiteral("-wal")))
        free.path = numbered(++free.copy);
    return free;
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
    static const QRegularExpression name(QStringLiteral(
        "^.* (\\d{4}-\\d{2}-\\d{2} \\d{6}) (daily|before-upgrade-v(\\d+))(?: \\((\\d+)\\))?\\.campdesk$"));
    QList<BackupEntry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.campdesk")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        // An empty file is no copy: a name reserved (Rename::keeping) by a
        // copy killed before it took it.
        if (!match.hasMatch() || file.size() == 0)
            continue;
        BackupEntry entry;
        entry.path = file.absoluteFilePath();
        entry.writtenAt = QDateTime::fromString(match.captured(1), timeFormat);
        entry.reason = match.captured(2) == QLatin1String("daily") ? BackupReason::Daily : BackupReason::BeforeUpgrade;
        entry.fromVersion = match.captured(3).toInt();
        entry.copy = match.hasCaptured(4) ? match.captured(4).toInt() : 1;
        entry.bytes = file.size();
        if (entry.writtenAt.isValid())
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        // Of two copies in one second, the later one (" (2)") first.
        return std::tie(a.writtenAt, a.copy, a.path) > std::tie(b.writtenAt, b.copy, b.path);
    });
    return entries;
}

QString BackupFolder::whyWritten(const BackupEntry &backup)
{
    return backup.reason == BackupReason::Daily
        ? tr("Daily backup")
        : tr("Before the upgrade from workspace version %1").arg(backup.fromVersion);
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
    // Two copies in one second (two upgrades of the same path, in one
    // process or two) each keep a name of their own: a name taken between
    // the look and the copy's rename gives the next one.
    const QString stem = QStringLiteral("%1 %2 %3")
                             .arg(QFileInfo(m_workspace).completeBaseName(), now.toString(timeFormat),
                                  reasonInName(reason, fromVersion));
    const QString first = QFileInfo(QDir(m_folder).filePath(stem + QStringLiteral(".campdesk"))).absoluteFilePath();
    FreeName free = freeName(first);
    auto written = Workspace::copyOf(m_workspace, free.path, interrupter, [&free, &first](const QString &) {
        free = freeName(first, free.copy + 1);
        return free.path;
    });
    if (!written)
        return std::unexpected(written.error());
    const QString &target = *written;
    BackupEntry entry {target,
                       QDateTime::fromString(now.toString(timeFormat), timeFormat),
                       reason,
                       fromVersion,
                       QFileInfo(target).size(),
                       free.copy};
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
    const QFileInfo current(m_workspace);
    const QString name = QDir::toNativeSeparators(m_workspace);
    // A deleted workspace comes back from its backup even when its folder
    // went with it.
    if (!OwnerOnly::makeFolder(current.absolutePath()))
        return fail(tr("The folder for %1 cannot be created.").arg(name));
    // A window that has the file open keeps its lock, held here until the
    // backup is in place.
    auto lock = Workspace::lock(m_workspace);
    if (!lock)
        return fail(tr("The backup was not restored: %1").arg(lock.error().message));
    // The copy is written beside the workspace first: a full disk stops here,
    // with the workspace still in place.
    const QString incoming = m_workspace + QStringLiteral(".restoring");
    QFile::remove(incoming);
    QFile copy(backup.path);
    if (!copy.copy(incoming)) {
        QFile::remove(incoming);
        return fail(tr("The backup could not be copied next to %1: %2").arg(name, copy.errorString()));
    }
    // Any other program's SQLite connection, asked for last: the file is
    // renamed a few calls later, not after a long copy.
    if (auto unused = Workspace::claimUnused(m_workspace); !unused) {
        QFile::remove(incoming);
        return fail(tr("The backup was not restored: %1").arg(unused.error().message));
    }
    const bool replaces = current.exists();
    QString aside
        = freeName(current.absoluteDir().filePath(
                       tr("%1 before restore %2.campdesk").arg(current.completeBaseName(), now.toString(timeFormat))))
              .path;
    if (auto moved = moveAside(aside); !moved) {
        QFile::remove(incoming);
        return std::unexpected(moved.error());
    }
    if (!QFile::rename(incoming, m_workspace)) {
        QFile::remove(incoming);
        // Where the workspace is, when it could not be put back either.
        if (auto back = moveBack(aside); !back)
            return std::unexpected(back.error());
        return fail(tr("The backup could not be put in place of %1; the workspace was left as it was.").arg(name));
    }
    return replaces ? aside : QString();
}

Result<void> BackupFolder::moveAside(const QString &aside) const
{
    const QString name = QDir::toNativeSeparators(m_workspace);
    if (QFileInfo::exists(m_workspace) && !QFile::rename(m_workspace, aside))
        return fail(tr("%1 could not be moved aside; nothing was restored.").arg(name));
    // A log left beside the file (a crash; the file deleted since, maybe)
    // belongs to the file moved aside, never to the restored copy, which
    // SQLite would otherwise replay it into.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_workspace + suffix) && !QFile::rename(m_workspace + suffix, aside + suffix)) {
            if (auto back = moveBack(aside); !back)
                return std::unexpected(back.error());
            return fail(tr("The log %1 could not be moved aside with its file; nothing was restored.")
                            .arg(QDir::toNativeSeparators(m_workspace + suffix)));
        }
    }
    return {};
}

Result<void> BackupFolder::moveBack(const QString &aside) const
{
    QStringList stranded;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(aside + suffix) && !QFile::rename(aside + suffix, m_workspace + suffix))
            stranded << QDir::toNativeSeparators(aside + suffix);
    }
    if (!stranded.isEmpty())
        return fail(tr("The workspace %1 could not be put back as it was: rename %2 back by hand.")
                        .arg(QDir::toNativeSeparators(m_workspace), stranded.join(QStringLiteral(", "))));
    return {};
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
