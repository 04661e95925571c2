#include "core/BackupFolder.h"

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/storage/Schema.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/TempWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <latch>
#include <optional>
#include <thread>
#include <vector>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

qint64 campCount(const QString &path)
{
    auto workspace = Workspace::open(path, {.create = false, .exclusive = false, .backupBeforeUpgrade = false});
    EXPECT_TRUE(workspace.has_value()) << (workspace ? "" : workspace.error().message.toStdString());
    return workspace ? Sql::scalar((*workspace)->database(), QStringLiteral("SELECT COUNT(*) FROM camps")).value_or(-1)
                     : -1;
}

class BackupFolderTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("camps.campdesk"));
        auto workspace = Workspace::open(m_path);
        ASSERT_TRUE(workspace.has_value());
        ASSERT_TRUE((*workspace)
                        ->camps()
                        .insert(Camp::withDefaults(QStringLiteral("一月营"), QDate(2027, 1, 4), QDate(2027, 1, 10)))
                        .has_value());
    }

    void addCamp(const QString &name)
    {
        auto workspace = Workspace::open(m_path);
        ASSERT_TRUE(workspace.has_value());
        ASSERT_TRUE(
            (*workspace)->camps().insert(Camp::withDefaults(name, QDate(2027, 2, 1), QDate(2027, 2, 7))).has_value());
    }

    TempDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(BackupFolderTest, BackupsAreListedNewestFirstWithTheirReasonAndPruned)
{
    const BackupFolder folder(m_path, m_dir.path(QStringLiteral("backups")));
    EXPECT_TRUE(folder.list().isEmpty());
    const QDateTime first(QDate(2027, 1, 4), QTime(9, 0, 1));
    for (int day = 0; day < 5; ++day) {
        auto written = folder.write(BackupReason::Daily, 0, first.addDays(day));
        ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
        EXPECT_TRUE(QFileInfo::exists(written->path));
    }
    auto upgrade = folder.write(BackupReason::BeforeUpgrade, 5, first.addDays(2).addSecs(60));
    ASSERT_TRUE(upgrade.has_value());
    EXPECT_TRUE(QFileInfo(upgrade->path).fileName().endsWith(QStringLiteral("before-upgrade-v5.campdesk")));

    const QList<BackupEntry> entries = folder.list();
    ASSERT_EQ(entries.size(), 6);
    EXPECT_EQ(entries.first().writtenAt, first.addDays(4));
    EXPECT_EQ(entries.at(2).reason, BackupReason::BeforeUpgrade);
    EXPECT_EQ(entries.at(2).fromVersion, 5);
    EXPECT_GT(entries.first().bytes, 0);
    EXPECT_TRUE(folder.hasDailyOn(QDate(2027, 1, 8)));
    EXPECT_FALSE(folder.hasDailyOn(QDate(2027, 1, 9)));
    EXPECT_EQ(campCount(entries.first().path), 1) << "a backup is an openable workspace";

    folder.prune(3);
    const QList<BackupEntry> kept = folder.list();
    ASSERT_EQ(kept.size(), 4) << "the newest three daily ones, and the one before the upgrade";
    EXPECT_EQ(kept.at(2).reason, BackupReason::BeforeUpgrade);
    EXPECT_EQ(kept.last().writtenAt, first.addDays(2)) << "the newest three daily ones are kept";
    folder.prune(0);
    ASSERT_EQ(folder.list().size(), 2) << "the last daily backup is never pruned, nor a copy before an upgrade";
}

TEST_F(BackupFolderTest, RestorePutsTheBackupBackAndKeepsTheCurrentFileAside)
{
    const BackupFolder folder(m_path, m_dir.path(QStringLiteral("backups")));
    auto written = folder.write(BackupReason::Daily);
    ASSERT_TRUE(written.has_value());
    addCamp(QStringLiteral("二月营"));
    ASSERT_EQ(campCount(m_path), 2);

    auto aside = folder.restore(*written, QDateTime(QDate(2027, 2, 3), QTime(8, 30)));
    ASSERT_TRUE(aside.has_value()) << aside.error().message.toStdString();
    EXPECT_EQ(campCount(m_path), 1) << "the workspace is as it was when backed up";
    EXPECT_TRUE(QFileInfo(*aside).fileName().startsWith(QStringLiteral("camps before restore 2027-02-03 083000")));
    EXPECT_EQ(campCount(*aside), 2) << "what was replaced is still there";
    EXPECT_TRUE(QFileInfo::exists(written->path)) << "the backup itself stays";
}

TEST_F(BackupFolderTest, ADamagedBackupIsNotRestored)
{
    const BackupFolder folder(m_path, m_dir.path(QStringLiteral("backups")));
    auto written = folder.write(BackupReason::Daily);
    ASSERT_TRUE(written.has_value());
    QByteArray bytes = readAll(written->path);
    bytes.truncate(bytes.size() / 2);
    writeAll(written->path, bytes);
    const QByteArray before = readAll(m_path);
    const auto restored = folder.restore(*written);
    ASSERT_FALSE(restored.has_value());
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("cannot be restored")))
        << restored.error().message.toStdString();
    EXPECT_EQ(readAll(m_path), before) << "the workspace is untouched";
    EXPECT_EQ(QDir(m_dir.path(QString())).entryList({QStringLiteral("*before restore*")}).size(), 0);
}

TEST_F(BackupFolderTest, ARestoreIsRefusedWhileAWindowHasTheWorkspaceOpen)
{
    const BackupFolder folder(m_path, m_dir.path(QStringLiteral("backups")));
    auto written = folder.write(BackupReason::Daily);
    ASSERT_TRUE(written.has_value());
    addCamp(QStringLiteral("二月营"));
    const QByteArray before = readAll(m_path);
    {
        // A window opens its workspace exclusively, holding its lock.
        auto window = Workspace::open(m_path, {.create = false, .exclusive = true});
        ASSERT_TRUE(window.has_value()) << window.error().message.toStdString();
        const auto refused = folder.restore(*written);
        ASSERT_FALSE(refused.has_value());
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("already open in another CampDesk window")))
            << refused.error().message.toStdString();
        EXPECT_EQ(QDir(m_dir.path(QString())).entryList({QStringLiteral("*before restore*")}).size(), 0);
    }
    {
        // A command line's connection in this process takes no lock file.
        auto command = Workspace::open(m_path, {.create = false, .exclusive = false});
        ASSERT_TRUE(command.has_value()) << command.error().message.toStdString();
        const auto refused = folder.restore(*written);
        ASSERT_FALSE(refused.has_value());
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("open in this CampDesk")))
            << refused.error().message.toStdString();
    }
    {
        // Another program's: a connection CampDesk does not know of, idle
        // after one read, holds SQLite's shared lock all the same.
        const QString outside = QStringLiteral("outside");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), outside);
            db.setDatabaseName(m_path);
            ASSERT_TRUE(db.open());
            QSqlQuery read(db);
            ASSERT_TRUE(read.exec(QStringLiteral("SELECT COUNT(*) FROM camps")) && read.next());
            const auto refused = folder.restore(*written);
            ASSERT_FALSE(refused.has_value());
            EXPECT_TRUE(refused.error().message.contains(QStringLiteral("open in another program")))
                << refused.error().message.toStdString();
            EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral(".restoring"))) << "no copy is left behind";
            db.close();
        }
        QSqlDatabase::removeDatabase(outside);
    }
    EXPECT_EQ(readAll(m_path), before) << "the open file was not moved under the window";
    EXPECT_EQ(campCount(m_path), 2);

    // Closed, the same restore goes ahead, and lets go of the lock after.
    const auto restored = folder.restore(*written);
    ASSERT_TRUE(restored.has_value()) << restored.error().message.toStdString();
    EXPECT_EQ(campCount(m_path), 1);
    EXPECT_TRUE(Workspace::open(m_path, {.create = false, .exclusive = true}).has_value());
}

TEST_F(BackupFolderTest, TwoCopiesWrittenInOneSecondKeepNamesOfTheirOwn)
{
    const BackupFolder folder(m_path, m_dir.path(QStringLiteral("backups")));
    const QDateTime now(QDate(2027, 2, 3), QTime(8, 30, 15));
    auto first = folder.write(BackupReason::BeforeUpgrade, 6, now);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    addCamp(QStringLiteral("二月营"));
    auto second = folder.write(BackupReason::BeforeUpgrade, 6, now);
    ASSERT_TRUE(second.has_value()) << second.error().message.toStdString();
    EXPECT_NE(second->path, first->path);
    EXPECT_TRUE(second->path.endsWith(QStringLiteral("before-upgrade-v6 (2).campdesk"))) << second->path.toStdString();
    EXPECT_EQ(campCount(first->path), 1) << "the first copy was not replaced";
    EXPECT_EQ(campCount(second->path), 2);
    const QList<BackupEntry> listed = folder.list();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(0).path, second->path) << "the later copy of the second is listed first";
    EXPECT_EQ(listed.at(0).copy, 2);
    EXPECT_EQ(listed.at(1).copy, 1);
    for (const BackupEntry &entry : listed) {
        EXPECT_EQ(entry.reason, BackupReason::BeforeUpgrade);
        EXPECT_EQ(entry.fromVersion, 6);
        EXPECT_EQ(entry.writtenAt, now);
    }
}

TEST_F(BackupFolderTest, ACopyTakesTheNextNameWhenItsOwnIsTakenBeforeItsRename)
{
    // What another process's copy of the same second does between this
    // copy's look at the names and its rename.
    const QString taken = m_dir.path(QStringLiteral("taken.campdesk"));
    const QString next = m_dir.path(QStringLiteral("taken (2).campdesk"));
    const QByteArray theirs = QByteArrayLiteral("another process's copy");
    writeAll(taken, theirs);
    QStringList asked;
    auto copied = Workspace::copyOf(m_path, taken, nullptr, [&asked, &next](const QString &name) {
        asked.append(name);
        return next;
    });
    ASSERT_TRUE(copied.has_value()) << copied.error().message.toStdString();
    EXPECT_EQ(*copied, next);
    EXPECT_EQ(asked, QStringList {taken});
    EXPECT_EQ(readAll(taken), theirs) << "the file at the taken name was not replaced";
    EXPECT_EQ(campCount(next), 1);

    // With no free name left it fails, and replaces and leaves nothing.
    auto refused = Workspace::copyOf(m_path, taken, nullptr, [](const QString &) { return QString(); });
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("taken.campdesk")))
        << refused.error().message.toStdString();
    EXPECT_EQ(readAll(taken), theirs);
    EXPECT_TRUE(QDir(m_dir.path(QString())).entryList({QStringLiteral("*.part")}).isEmpty());
}

TEST_F(BackupFolderTest, CopiesWrittenAtOnceBySeveralWritersKeepNamesOfTheirOwn)
{
    // Several writers (two processes upgrading one file, say) that all find
    // the same name free in the same second.
    constexpr int writers = 6;
    const BackupFolder folder(m_path, m_dir.path(QStringLiteral("backups")));
    const QDateTime now(QDate(2027, 2, 3), QTime(8, 30, 15));
    std::vector<std::optional<Result<BackupEntry>>> written(writers);
    std::latch start(writers);
    {
        std::vector<std::jthread> threads;
        for (int index = 0; index < writers; ++index) {
            threads.emplace_back([&, index] {
                start.arrive_and_wait();
                written[index] = folder.write(BackupReason::BeforeUpgrade, 6, now);
            });
        }
    }
    QSet<QString> paths;
    for (const std::optional<Result<BackupEntry>> &result : written) {
        ASSERT_TRUE(result.has_value() && result->has_value())
            << (result && !result->has_value() ? result->error().message.toStdString() : "");
        const BackupEntry &entry = **result;
        paths.insert(entry.path);
        EXPECT_EQ(campCount(entry.path), 1);
        EXPECT_EQ(entry.path.endsWith(QStringLiteral("before-upgrade-v6.campdesk")), entry.copy == 1)
            << entry.path.toStdString();
        if (entry.copy > 1) {
            EXPECT_TRUE(entry.path.endsWith(QStringLiteral(" (%1).campdesk").arg(entry.copy)))
                << entry.path.toStdString();
        }
        EXPECT_EQ(QFileInfo(entry.path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                  QFileDevice::Permissions {})
            << "a copy is its owner's alone";
    }
    EXPECT_EQ(paths.size(), writers) << "no copy replaced another";
    const QList<BackupEntry> listed = folder.list();
    ASSERT_EQ(listed.size(), writers);
    for (int index = 0; index < writers; ++index)
        EXPECT_EQ(listed.at(index).copy, writers - index);
    EXPECT_TRUE(QDir(QFileInfo(listed.first().path).absolutePath()).entryList({QStringLiteral("*.part")}).isEmpty());
}

TEST_F(BackupFolderTest, ALogLeftByADeletedWorkspaceIsKeptAsideNotReplayed)
{
    const BackupFolder folder(m_path, m_dir.path(QStringLiteral("backups")));
    auto written = folder.write(BackupReason::Daily);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    ASSERT_TRUE(QFile::remove(m_path));
    // What a crash leaves beside a file the operator deleted since.
    writeAll(m_path + QStringLiteral("-wal"), QByteArray(4096, 'x'));

    const auto restored = folder.restore(*written, QDateTime(QDate(2027, 2, 3), QTime(8, 30)));
    ASSERT_TRUE(restored.has_value()) << restored.error().message.toStdString();
    EXPECT_TRUE(restored->isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral("-wal"))) << "the restored copy starts with no log";
    EXPECT_EQ(QDir(m_dir.path(QString())).entryList({QStringLiteral("*before restore*-wal")}).size(), 1);
    EXPECT_EQ(campCount(m_path), 1);
}

TEST_F(BackupFolderTest, AWorkspaceDeletedWithItsFolderComesBack)
{
    const BackupFolder folder(m_path, m_dir.path(QStringLiteral("backups")));
    const QString inFolder = m_dir.path(QStringLiteral("gone/camps.campdesk"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(inFolder).absolutePath()));
    ASSERT_TRUE(QFile::copy(m_path, inFolder));
    const BackupFolder gone(inFolder, m_dir.path(QStringLiteral("backups")));
    auto written = gone.write(BackupReason::Daily);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    ASSERT_TRUE(QDir(QFileInfo(inFolder).absolutePath()).removeRecursively());

    const auto restored = gone.restore(*written);
    ASSERT_TRUE(restored.has_value()) << restored.error().message.toStdString();
    EXPECT_TRUE(restored->isEmpty()) << "nothing was there to keep aside";
    EXPECT_EQ(campCount(inFolder), 1);
    EXPECT_FALSE(QFileInfo::exists(inFolder + QStringLiteral(".lock"))) << "the lock goes with the restore";
    EXPECT_TRUE(folder.list().isEmpty()) << "another path's backups are its own";
}

TEST(WorkspaceUpgradeBackupTest, AnUpgradeIsPrecededByABackupOfTheOldFile)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.campdesk"));
    ASSERT_TRUE(copyTestData(QStringLiteral("workspace-v5.campdesk"), path));
    const QString root = dir.path(QStringLiteral("backups"));
    auto workspace = Workspace::open(path, {.create = false, .exclusive = false, .backupRoot = root});
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
    const QList<BackupEntry> entries = BackupFolder(path, root).list();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().reason, BackupReason::BeforeUpgrade);
    EXPECT_EQ(entries.first().fromVersion, 5);
    EXPECT_EQ(schemaVersionOf(entries.first().path), 5) << "the backup is the file before the upgrade";
    workspace->reset();
    EXPECT_EQ(schemaVersionOf(path), Schema::latestVersion());
    // Opened again, it needs no second copy.
    workspace->reset();
    ASSERT_TRUE(Workspace::open(path, {.create = false, .exclusive = false, .backupRoot = root}).has_value());
    EXPECT_EQ(BackupFolder(path, root).list().size(), 1);
}

TEST(WorkspaceUpgradeBackupTest, AFailedUpgradeLeavesTheFileAtItsVersionAndNoBackup)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("blocked.campdesk"));
    ASSERT_TRUE(copyTestData(QStringLiteral("workspace-v5.campdesk"), path));
    {
        // A per-day row of a person who does not exist: the version-6 step
        // that packs those rows fails on it (foreign keys are on).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO member_day_stats (camp_id, person_id, day, messages)"
                                              " VALUES (1, 999999, '2027-01-04', 1)")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    const QString root = dir.path(QStringLiteral("backups"));
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto workspace = Workspace::open(path, {.create = false, .exclusive = false, .backupRoot = root});
        ASSERT_FALSE(workspace.has_value());
        EXPECT_TRUE(workspace.error().message.contains(QStringLiteral("version 6")))
            << workspace.error().message.toStdString();
        EXPECT_EQ(schemaVersionOf(path), 5) << "every step was rolled back with the failed one";
    }
    EXPECT_TRUE(BackupFolder(path, root).list().isEmpty())
        << "a failed open writes no backup, however often it is tried";
}
