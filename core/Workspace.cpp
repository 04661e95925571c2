#include "core/Workspace.h"

#include "core/BackupFolder.h"
#include "core/WorkspaceTransfer.h"
#include "core/capture/SqlChatImportRepository.h"
#include "core/capture/SqlParticipationRepository.h"
#include "core/domain/SqlActivityRepository.h"
#include "core/domain/SqlCampRepository.h"
#include "core/domain/SqlMembershipRepository.h"
#include "core/domain/SqlPersonRepository.h"
#include "core/domain/SqlWorkspaceSettingsRepository.h"
#include "core/io/OwnerOnly.h"
#include "core/io/Rename.h"
#include "core/plan/SqlPlanTemplateRepository.h"
#include "core/review/SqlActivityReviewRepository.h"
#include "core/review/SqlActivityStatsRepository.h"
#include "core/review/SqlReviewInputRepository.h"
#include "core/roster/SqlSubgroupRepository.h"
#include "core/roster/SqlViolationRepository.h"
#include "core/speech/SqlCampVariableRepository.h"
#include "core/speech/SqlSpeechRepository.h"
#include "core/storage/BusyRetry.h"
#include "core/storage/PostgresConnection.h"
#include "core/storage/PostgresSchema.h"
#include "core/storage/Schema.h"
#include "core/storage/ServerAddress.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/SqliteInterrupter.h"
#include "core/storage/Statement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <csignal>
#include <sqlite3.h>

namespace CampDesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint32> counter;
    return QStringLiteral("campdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A connection that is removed from Qt's registry when it goes out of scope.
class ScopedConnection final {
public:
    // Inspect: read-only, immutable when no -wal says another connection may
    // be writing. InspectOpen: read-only beside this process's own connection.
    enum class Mode { ReadWrite, Inspect, InspectOpen };

    explicit ScopedConnection(const QString &path, Mode mode)
        : m_name(nextConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        QStringList options {QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
        if (mode != Mode::ReadWrite) {
            // Without a -wal file beside it, immutable=1 reads the file with
            // no locks and creates no -wal or -shm next to a file we may
            // refuse. With one (the workspace is open elsewhere, or a crash
            // left it), its committed pages must be read too.
            QString name = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
            if (mode == Mode::Inspect && !QFileInfo::exists(path + QStringLiteral("-wal")))
                name += QStringLiteral("?immutable=1");
            db.setDatabaseName(name);
            options << QStringLiteral("QSQLITE_OPEN_READONLY") << QStringLiteral("QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options.join(u';'));
    }
    ~ScopedConnection()
    {
        if (m_name.isEmpty())
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Hands the connection over to its new owner instead of removing it.
    QString release() { return std::exchange(m_name, QString()); }

private:
    QString m_name;
};

// The workspace files this process has SQLite connections on. Closing any
// descriptor of a file drops all of this process's POSIX locks on it, so a
// file open here is never opened by anything but SQLite: another process
// would then take itself for the last connection and delete the live -wal
// and -shm. Such a file passed the byte checks below when it was opened.
class OpenFiles final {
public:
    static OpenFiles &instance()
    {
        static OpenFiles files;
        return files;
    }
    // The file's one name, whatever link or relative path reaches it.
    static QString key(const QString &path)
    {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    }
    // Returns the key to remove it by: the file may be renamed meanwhile.
    QString add(const QString &path)
    {
        const QString name = key(path);
        const QMutexLocker locker(&m_mutex);
        ++m_counts[name];
        return name;
    }
    void remove(const QString &name)
    {
        const QMutexLocker locker(&m_mutex);
        if (--m_counts[name] <= 0)
            m_counts.remove(name);
    }
    bool contains(const QString &path) const
    {
        const QString name = key(path);
        const QMutexLocker locker(&m_mutex);
        return m_counts.contains(name);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, int> m_counts;
};

// A path as a shell takes it whole: a backup's name always holds spaces,
// and a workspace's name may hold anything. POSIX shells expand nothing
// inside single quotes; Windows' take double quotes.
QString shellQuoted(const QString &path)
{
#ifdef Q_OS_WIN
    return u'"' + path + u'"';
#else
    QString quoted = path;
    return u'\'' + quoted.replace(u'\'', QStringLiteral("'\\''")) + u'\'';
#endif
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

// A file shorter than the pages its header counts was cut off (a copy that
// stopped, a full disk). Cheap enough for every open, unlike quick_check.
bool isShorterThanItsHeaderSays(const QString &path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return false; // committed pages may still be in the log
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return true;
    const auto bigEndian = [&header](int at, int bytes) {
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(header.at(at + i));
        return value;
    };
    const quint64 pageSize = bigEndian(16, 2) == 1 ? 65536 : bigEndian(16, 2);
    // The page count is only valid when written by the same change as the
    // change counter (SQLite's "version-valid-for" number).
    if (bigEndian(24, 4) != bigEndian(92, 4))
        return false;
    return quint64(file.size()) < pageSize * bigEndian(28, 4);
}

// Looks at an existing file through a read-only connection, so that a file we
// refuse is never touched.
// The file's schema version when it may be opened.
Result<int> inspect(const QString &path, bool checkIntegrity, SqliteInterrupter *interrupter = nullptr)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.isFile())
        return fail(Workspace::tr("%1 is not a file.").arg(name));
    if (!info.isReadable())
        return fail(Workspace::tr("%1 cannot be read: permission denied.").arg(name));
    if (info.size() == 0)
        return fail(Workspace::tr("%1 is empty; it is not a CampDesk workspace.").arg(name));
    const bool openHere = OpenFiles::instance().contains(path);
    if (!openHere && !hasSqliteHeader(path))
        return fail(Workspace::tr("%1 is not a CampDesk workspace (it is not a SQLite database).").arg(name));
    if (!openHere && isShorterThanItsHeaderSays(path))
        return fail(
            Workspace::tr("%1 is damaged and cannot be opened (the file is cut short). Restore it from a backup.")
                .arg(name));

    ScopedConnection connection(path, openHere ? ScopedConnection::Mode::InspectOpen : ScopedConnection::Mode::Inspect);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return fail(Workspace::tr("%1 cannot be opened: %2").arg(name, db.lastError().text()));

    const auto damaged = [&](const QString &detail) {
        return fail(
            Workspace::tr("%1 is damaged and cannot be opened (%2). Restore it from a backup.").arg(name, detail));
    };
    // A read that fails because the disk is full (SQLite grows the -shm file
    // on the first read) says so: the file is sound, and a backup would not help.
    const auto unreadable = [&](const Error &error) {
        return error.disk ? fail(Workspace::tr("%1 cannot be opened: %2").arg(name, error.message))
                          : damaged(error.message);
    };
    auto applicationId = Sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return unreadable(applicationId.error());
    auto version = Sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return unreadable(version.error());
    if (*applicationId != Schema::ApplicationId)
        return fail(Workspace::tr("%1 is a SQLite database, but not a CampDesk workspace.").arg(name));
    if (*version < 0)
        return damaged(Workspace::tr("its schema version %1 is not one CampDesk ever wrote").arg(*version));
    if (*version > Schema::latestVersion()) {
        return fail(Workspace::tr("%1 was written by a newer CampDesk (workspace version %2; this CampDesk reads up to "
                                  "version %3). Update CampDesk to open it.")
                        .arg(name)
                        .arg(*version)
                        .arg(Schema::latestVersion()));
    }
    // A trigger or view CampDesk never wrote could change or read data
    // behind its back; a missing table or index would fail later, mid-write.
    auto difference = Schema::difference(db, int(*version));
    if (!difference)
        return unreadable(difference.error());
    if (!difference->isEmpty())
        return fail(Workspace::tr("%1 is not opened: its schema is not that of a CampDesk workspace of version %2 "
                                  "(%3). Nothing was changed. Open a backup of it.")
                        .arg(name)
                        .arg(*version)
                        .arg(*difference));
    if (!checkIntegrity && *version == Schema::latestVersion())
        return int(*version);
    if (interrupter) {
        interrupter->attach(db);
        // sqlite3_interrupt does nothing while no statement runs.
        if (interrupter->isInterrupted()) {
            interrupter->detach();
            return fail(Workspace::tr("The check of %1 was stopped.").arg(name));
        }
    }
    auto check = Sql::exec(db, QStringLiteral("PRAGMA quick_check"));
    if (interrupter) {
        interrupter->detach();
        if (interrupter->isInterrupted())
            return fail(Workspace::tr("The check of %1 was stopped.").arg(name));
    }
    if (!check)
        return unreadable(check.error());
    if (!check->next() || check->value(0).toString() != QLatin1String("ok"))
        return damaged(check->value(0).toString());
    return int(*version);
}

// The file a copy is written into before it takes its name, beside it: a
// half-written copy never replaces a good older one, and two copies to one
// name at once (two processes) never write into one file. The name is its
// own and reserved empty (VACUUM INTO writes into an empty file), its
// owner's alone from the start (a copy holds every member's data); it is
// removed unless the copy took its name.
class PartFile final {
public:
    explicit PartFile(const QString &target)
    {
        removeStale(target);
        for (int attempt = 0; attempt < 16 && m_path.isEmpty(); ++attempt) {
            const QString candidate = QStringLiteral("%1.%2.part")
                                          .arg(target)
                                          .arg(qulonglong(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
            QFile file(candidate);
            if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                m_path = candidate;
            else
                m_error = file.errorString();
        }
    }
    ~PartFile()
    {
        if (!m_kept && !m_path.isEmpty())
            QFile::remove(m_path);
    }
    Q_DISABLE_COPY_MOVE(PartFile)

    bool isValid() const { return !m_path.isEmpty(); }
    const QString &path() const { return m_path; }
    const QString &errorString() const { return m_error; }
    // The copy took its name: nothing is left here to remove.
    void taken() { m_kept = true; }

private:
    // What a copy killed while it was written left beside its target; an
    // hour untouched, it is no copy still being written.
    static void removeStale(const QString &target)
    {
        static const QRegularExpression part(QStringLiteral("\\.campdesk\\.[0-9a-f]{8}\\.part$"));
        const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QFileInfoList files
            = QDir(QFileInfo(target).absolutePath()).entryInfoList({QStringLiteral("*.part")}, QDir::Files);
        for (const QFileInfo &file : files) {
            if (part.match(file.fileName()).hasMatch() && file.lastModified().toUTC() < hourAgo)
                QFile::remove(file.absoluteFilePath());
        }
    }

    QString m_path;
    QString m_error;
    bool m_kept = false;
};

// A consistent copy of the database (VACUUM INTO) at `absolute`, written
// into a PartFile and renamed (Rename): replacing what is at `absolute`,
// or, given `nameIfTaken`, replacing nothing.
Result<QString> vacuumInto(const QSqlDatabase &db, const QString &absolute,
                           const Workspace::NameIfTaken &nameIfTaken = {})
{
    const QString name = QDir::toNativeSeparators(absolute);
    PartFile part(absolute);
    if (!part.isValid())
        return fail(Workspace::tr("The backup could not be written to %1: %2").arg(name, part.errorString()));
    if (auto vacuumed = Sql::exec(db, QStringLiteral("VACUUM INTO ?"), {part.path()}); !vacuumed)
        return fail(Workspace::tr("The backup could not be written to %1: %2").arg(name, vacuumed.error().message));
    OwnerOnly::restrictFile(part.path());
    if (!nameIfTaken) {
        if (!Rename::replacing(part.path(), absolute))
            return fail(Workspace::tr("The backup could not replace %1.").arg(name));
        part.taken();
        return absolute;
    }
    for (QString target = absolute; !target.isEmpty(); target = nameIfTaken(target)) {
        const Rename::Outcome placed = Rename::keeping(part.path(), target);
        if (placed == Rename::Outcome::Done) {
            part.taken();
            return target;
        }
        if (placed == Rename::Outcome::Failed)
            break;
    }
    return fail(Workspace::tr("The backup could not be written to %1.").arg(name));
}

// SQLite would open a read-only file read-only without a word and fail at
// the first edit; a folder CampDesk cannot write to fails later still (the
// -wal and -shm files live beside the workspace). Say so before opening.
Result<void> checkWritable(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isWritable())
        return fail(Workspace::tr("%1 is read-only. CampDesk needs to write to the workspace it opens: allow "
                                  "writing to it, or copy it to a folder of yours and open the copy.")
                        .arg(name));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isWritable())
        return fail(Workspace::tr("%1 cannot be opened: its folder %2 is read-only, and CampDesk keeps its "
                                  "journal beside the workspace. Copy the workspace to a folder of yours.")
                        .arg(name, QDir::toNativeSeparators(folder)));
    return {};
}

Result<void> configure(const QSqlDatabase &db, bool fresh)
{
    // Schema code is ours only; anything a crafted file smuggles into its
    // schema (triggers, views calling functions) must not run with our rights.
    QStringList pragmas {
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // 32 MB of pages (SQLite's default is 2 MB): the review of a big camp
        // reads about 10 MB of aggregates each time it is drawn, and should
        // find them in memory the second time, not ask the system again.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    if (fresh)
        pragmas << QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId);
    for (const QString &pragma : pragmas) {
        if (auto done = Sql::exec(db, pragma); !done)
            return std::unexpected(done.error());
    }
    return {};
}

// The migration steps that rebuild data in capture's formats: storage,
// below the features, cannot name them itself.
Schema::DataUpgrades dataUpgrades()
{
    return {
        .packMemberDays = [](const QSqlDatabase &db) { return SqlParticipationRepository(db).packOldDayStats(); },
        .rebuildCamp = [](const QSqlDatabase &db, qint64 campId) -> Result<void> {
            SqlParticipationRepository participation(db);
            if (auto rebuilt = participation.refreshStats(campId); !rebuilt)
                return rebuilt;
            return participation.writeMessageMinutes(campId);
        },
    };
}

} // namespace

Workspace::Workspace(QString path, QString connectionName, std::unique_ptr<QLockFile> lock, bool server)
    : m_path(std::move(path))
    , m_server(server)
    , m_connectionName(std::move(connectionName))
    , m_lock(std::move(lock))
    , m_camps(std::make_unique<SqlCampRepository>(database()))
    , m_people(std::make_unique<SqlPersonRepository>(database()))
    , m_memberships(std::make_unique<SqlMembershipRepository>(database()))
    , m_activities(std::make_unique<SqlActivityRepository>(database()))
    , m_planTemplates(std::make_unique<SqlPlanTemplateRepository>(database()))
    , m_speeches(std::make_unique<SqlSpeechRepository>(database()))
    , m_campVariables(std::make_unique<SqlCampVariableRepository>(database()))
    , m_subgroups(std::make_unique<SqlSubgroupRepository>(database()))
    , m_violations(std::make_unique<SqlViolationRepository>(database()))
    , m_chatImports(std::make_unique<SqlChatImportRepository>(database()))
    , m_participation(std::make_unique<SqlParticipationRepository>(database()))
    , m_activityReviews(std::make_unique<SqlActivityReviewRepository>(database()))
    , m_activityStats(std::make_unique<SqlActivityStatsRepository>(database()))
    , m_reviewInputs(std::make_unique<SqlReviewInputRepository>(database()))
    , m_settings(std::make_unique<SqlWorkspaceSettingsRepository>(database()))
    , m_registeredAs(server ? QString() : OpenFiles::instance().add(m_path))
{
}

Workspace::~Workspace()
{
    m_camps.reset();
    m_people.reset();
    m_memberships.reset();
    m_activities.reset();
    m_planTemplates.reset();
    m_speeches.reset();
    m_campVariables.reset();
    m_subgroups.reset();
    m_violations.reset();
    m_chatImports.reset();
    m_participation.reset();
    m_activityReviews.reset();
    m_activityStats.reset();
    m_reviewInputs.reset();
    m_settings.reset();
    BusyRetry::clearHandler(m_connectionName);
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_registeredAs.isEmpty())
        OpenFiles::instance().remove(m_registeredAs);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    return open(path, OpenOptions {});
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const OpenOptions &options)
{
    if (ServerAddress::looksLikeServer(path))
        return openServer(path, options);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(absolute);
    const bool fresh = !QFileInfo::exists(absolute);
    int version = 0;
    if (fresh) {
        if (!options.create)
            return fail(tr("%1 does not exist.").arg(name));
        if (!OwnerOnly::makeFolder(QFileInfo(absolute).absolutePath()))
            return fail(tr("The folder for %1 cannot be created.").arg(name));
    } else if (auto inspected = inspect(absolute, options.checkIntegrity); !inspected) {
        return std::unexpected(inspected.error());
    } else if (auto writable = checkWritable(absolute); !writable) {
        return std::unexpected(writable.error());
    } else {
        version = *inspected;
    }

    std::unique_ptr<QLockFile> lock;
    if (options.exclusive) {
        auto locked = Workspace::lock(absolute);
        if (!locked)
            return std::unexpected(locked.error());
        lock = std::move(*locked);
    }

    // Months of camps are in this file: keep it as it was before the schema
    // changes, or do not change it at all. Each upgrade writes its own copy:
    // one kept from an earlier upgrade at this path may be another file's
    // (a colleague's copied over it). An open that fails after all leaves
    // no backup behind (the file is unchanged).
    const bool upgrading = !fresh && version < Schema::latestVersion();
    QString backupWritten;
    if (upgrading && options.backupBeforeUpgrade) {
        auto kept = BackupFolder(absolute, options.backupRoot).write(BackupReason::BeforeUpgrade, version);
        if (!kept)
            return fail(tr("%1 was not upgraded to this version of CampDesk because no backup of it could be "
                           "written first: %2")
                            .arg(name, kept.error().message));
        backupWritten = kept->path;
    }
    const auto failed = [&](const QString &message) {
        if (!backupWritten.isEmpty())
            QFile::remove(backupWritten);
        return fail(message);
    };
    if (fresh) {
        // SQLite gives the -wal and -shm files the workspace file's rights:
        // made here, before it, the file is its owner's alone.
        QFile created(absolute);
        if (!created.open(QIODevice::WriteOnly) || !OwnerOnly::restrictFile(absolute))
            return fail(tr("%1 cannot be created: %2").arg(name, created.errorString()));
    }

    ScopedConnection connection(absolute, ScopedConnection::Mode::ReadWrite);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return failed(tr("%1 cannot be opened: %2").arg(name, db.lastError().text()));
    if (auto configured = configure(db, fresh); !configured)
        return failed(tr("%1 cannot be opened: %2").arg(name, configured.error().message));
    // The file was inspected without a lock; this connection holds one now.
    // A file put in its place between the two (a restore) is not migrated
    // from a version it does not have.
    const int versionNow = fresh ? version : int(Sql::scalar(db, QStringLiteral("PRAGMA user_version")).value_or(-1));
    if (versionNow != version)
        return failed(
            tr("%1 was replaced while it was being opened (a restore from a backup?). Open it again.").arg(name));
    if (auto migrated = Schema::migrate(db, version, dataUpgrades()); !migrated)
        return failed(tr("%1 cannot be opened: %2").arg(name, migrated.error().message));

    std::unique_ptr<Workspace> workspace(new Workspace(absolute, connection.release(), std::move(lock)));
    if (upgrading)
        workspace->m_upgrade = Upgrade {version, Schema::latestVersion(), backupWritten};
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const QString &text, const OpenOptions &options)
{
    auto address = ServerAddress::parse(text);
    if (!address)
        return std::unexpected(address.error());
    const QString name = nextConnectionName();
    auto db = PostgresConnection::open(*address, name, options.password);
    if (!db)
        return std::unexpected(db.error());
    const auto failed = [&name](const QString &message) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        return fail(message);
    };
    if (!options.create || options.onlyEmpty) {
        auto holds = PostgresSchema::holdsWorkspace(*db);
        if (!holds)
            return failed(holds.error().message);
        if (!*holds && !options.create)
            return failed(tr("%1 is not a CampDesk workspace yet.").arg(address->displayText()));
        if (*holds && options.onlyEmpty) {
            if (auto empty = WorkspaceTransfer::checkEmpty(*db, address->displayText()); !empty)
                return failed(empty.error().message);
        }
    }
    auto found = PostgresSchema::prepare(*db, address->displayText());
    if (!found)
        return failed(found.error().message);
    std::unique_ptr<Workspace> workspace(new Workspace(address->text(), name, nullptr, true));
    if (*found > 0 && *found < PostgresSchema::latestVersion())
        workspace->m_upgrade = Upgrade {*found, PostgresSchema::latestVersion(), {}};
    return workspace;
}

Result<void> Workspace::verify(const QString &path, SqliteInterrupter *interrupter)
{
    auto inspected = inspect(QFileInfo(path).absoluteFilePath(), true, interrupter);
    if (!inspected)
        return std::unexpected(inspected.error());
    return {};
}

bool Workspace::isOpenHere(const QString &path)
{
    return OpenFiles::instance().contains(path);
}

bool Workspace::isWorkspaceFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (OpenFiles::instance().contains(absolute))
        return true;
    if (!QFileInfo(absolute).isFile())
        return false;
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 72 || !header.startsWith(magic))
        return false;
    quint32 applicationId = 0;
    for (int i = 68; i < 72; ++i)
        applicationId = (applicationId << 8) | quint8(header.at(i));
    return qint64(applicationId) == Schema::ApplicationId;
}

QString Workspace::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspace.campdesk"));
}

QString Workspace::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.campdesk"));
}

void Workspace::failWritesInsteadOfDying()
{
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Workspace::setBusyHandler(const std::function<bool(const QString &message)> &handler)
{
    if (handler)
        BusyRetry::setHandler(m_connectionName, handler);
    else
        BusyRetry::clearHandler(m_connectionName);
}

void Workspace::setBusyTimeout(int milliseconds)
{
    if (sqlite3 *handle = Statement::handleOf(database()))
        sqlite3_busy_timeout(handle, milliseconds);
}

Result<void> Workspace::setWritable(bool writable)
{
    QString statement = writable ? QStringLiteral("PRAGMA query_only = 0") : QStringLiteral("PRAGMA query_only = 1");
    if (m_server)
        statement = writable ? QStringLiteral("SET default_transaction_read_only = off")
                             : QStringLiteral("SET default_transaction_read_only = on");
    auto set = Sql::exec(database(), statement);
    if (!set)
        return std::unexpected(set.error());
    return {};
}

bool Workspace::isWritable() const
{
    if (m_server)
        return Sql::scalar(database(),
                           QStringLiteral("SELECT CASE current_setting('default_transaction_read_only')"
                                          " WHEN 'off' THEN 0 ELSE 1 END"))
                   .value_or(1)
            == 0;
    return Sql::scalar(database(), QStringLiteral("PRAGMA query_only")).value_or(1) == 0;
}

bool Workspace::isConnected() const
{
    return !m_server || Sql::scalar(database(), QStringLiteral("SELECT 1")).has_value();
}

Result<void> Workspace::reconnect()
{
    if (!m_server)
        return {};
    QSqlDatabase db = database();
    db.close();
    const QString name = ServerAddress::displayTextOf(m_path);
    if (!db.open())
        return fail(tr("Could not connect to %1 again: %2").arg(name, db.lastError().driverText()));
    if (!isConnected())
        return fail(tr("Could not connect to %1 again.").arg(name));
    return {};
}

Result<std::unique_ptr<QLockFile>> Workspace::lock(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto lock = std::make_unique<QLockFile>(absolute + QStringLiteral(".lock"));
    if (!lock->tryLock(100)) {
        if (lock->error() != QLockFile::LockFailedError)
            return fail(
                tr("The lock file of %1 cannot be written in its folder.").arg(QDir::toNativeSeparators(absolute)));
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        return fail(tr("%1 is already open in another CampDesk window (process %2 on %3). Close it there first.")
                        .arg(QDir::toNativeSeparators(absolute))
                        .arg(pid)
                        .arg(host.isEmpty() ? tr("this computer") : host));
    }
    OwnerOnly::restrictFile(absolute + QStringLiteral(".lock"));
    return lock;
}

Result<void> Workspace::claimUnused(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(absolute);
    if (isOpenHere(absolute))
        return fail(tr("%1 is open in this CampDesk; close it first.").arg(name));
    // An empty file or one that is no database is no one's workspace, and
    // a claim would make it one.
    if (!hasSqliteHeader(absolute))
        return {};
    ScopedConnection connection(absolute, ScopedConnection::Mode::ReadWrite);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return fail(tr("%1 cannot be checked: %2").arg(name, db.lastError().text()));
    // Every connection to a file in WAL mode holds a shared lock on it while
    // it is open, idle or not: the exclusive lock is had only when none is.
    QSqlQuery query(db);
    (void)query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    (void)query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    if (query.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
        (void)query.exec(QStringLiteral("COMMIT"));
        return {};
    }
    const QSqlError error = query.lastError();
    if (BusyRetry::isBusy(db, error))
        return fail(tr("%1 is open in another program (a campdesk-cli command, or CampDesk on another "
                       "account). Let it finish, then try again.")
                        .arg(name));
    // SQLITE_CORRUPT, SQLITE_NOTADB: a damaged file, which nothing uses as a
    // workspace (and which is what a restore is for). Anything else may
    // hide a program that has it: say what SQLite said.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 11 || code == 26)
        return {};
    return fail(tr("%1 cannot be checked: %2").arg(name, error.text()));
}

QString Workspace::upgradeNotice(RestoreBy restoreBy) const
{
    if (!m_upgrade)
        return {};
    const QString name = m_server ? ServerAddress::displayTextOf(m_path) : QDir::toNativeSeparators(m_path);
    // The operator must know that an older CampDesk (another laptop's, or
    // this one's before the update) cannot open it any more. One arg() for
    // all three, so a path that holds "%2" stays as it is.
    const QString from = QString::number(m_upgrade->from);
    const QString to = QString::number(m_upgrade->to);
    if (m_server)
        return tr("%1 was brought up to date for this CampDesk (workspace version %2 to %3): laptops with an "
                  "earlier CampDesk cannot open it until they are updated.")
            .arg(name, from, to);
    QString upgraded = tr("%1 was brought up to date for this CampDesk (workspace version %2 to %3): an "
                          "earlier CampDesk cannot open it any more.")
                           .arg(name, from, to);
    if (m_upgrade->backup.isEmpty())
        return upgraded;
    const QString backup = QDir::toNativeSeparators(m_upgrade->backup);
    if (restoreBy == RestoreBy::Menu)
        return tr("%1 The file as it was is kept in its backups (Help → Restore from Backup…): %2")
            .arg(upgraded, backup);
    const QString command = QStringLiteral("campdesk-cli workspace restore %1 --workspace %2")
                                .arg(shellQuoted(backup), shellQuoted(QDir::toNativeSeparators(m_path)));
    return tr("%1 The file as it was is kept in its backups; this command puts it back: %2").arg(upgraded, command);
}

int Workspace::schemaVersion() const
{
    if (m_server)
        return int(Sql::scalar(database(),
                               QStringLiteral("SELECT value::bigint FROM campdesk_meta WHERE key = 'schema_version'"))
                       .value_or(0));
    return int(Sql::scalar(database(), QStringLiteral("PRAGMA user_version")).value_or(0));
}

QString Workspace::sqliteVersion() const
{
    if (m_server)
        return QString::fromLatin1(sqlite3_libversion()); // the library this CampDesk runs on
    auto query = Sql::exec(database(), QStringLiteral("SELECT sqlite_version()"));
    return query && query->next() ? query->value(0).toString() : QString();
}

Result<QString> Workspace::setting(const QString &key) const
{
    return m_settings->value(key);
}

Result<void> Workspace::setSetting(const QString &key, const QString &value)
{
    return m_settings->setValue(key, value);
}

Result<QString> Workspace::workspaceId()
{
    return m_settings->valueOr(QStringLiteral("workspace_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Result<void> Workspace::backupTo(const QString &target) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (m_server) {
        auto pulled = WorkspaceTransfer::pull(*this, absolute);
        if (!pulled)
            return std::unexpected(pulled.error());
        return {};
    }
    if (auto allowed = checkCopyTarget(m_path, absolute); !allowed)
        return allowed;
    if (auto copied = vacuumInto(database(), absolute); !copied)
        return std::unexpected(copied.error());
    return {};
}

Result<void> Workspace::checkCopyTarget(const QString &source, const QString &target)
{
    // A copy may replace an older copy (another workspace file), never the
    // workspace itself, its journal or lock, or a workspace open here.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                  QStringLiteral(".lock")}) {
        if (QFileInfo(target).canonicalFilePath() == QFileInfo(source + suffix).canonicalFilePath()
            && QFileInfo::exists(target))
            return fail(
                tr("A backup cannot replace the workspace it copies (%1).").arg(QDir::toNativeSeparators(target)));
        if (target == source + suffix)
            return fail(
                tr("A backup cannot replace the workspace it copies (%1).").arg(QDir::toNativeSeparators(target)));
    }
    if (OpenFiles::instance().contains(target))
        return fail(
            tr("%1 is a workspace that is open; a backup cannot replace it.").arg(QDir::toNativeSeparators(target)));
    return {};
}

Result<QString> Workspace::copyOf(const QString &path, const QString &target, SqliteInterrupter *interrupter,
                                  const NameIfTaken &nameIfTaken)
{
    const QString source = QFileInfo(path).absoluteFilePath();
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (auto allowed = checkCopyTarget(source, absolute); !allowed)
        return std::unexpected(allowed.error());
    ScopedConnection connection(source,
                                OpenFiles::instance().contains(source) ? ScopedConnection::Mode::InspectOpen
                                                                       : ScopedConnection::Mode::Inspect);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return fail(tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(source), db.lastError().text()));
    if (!interrupter)
        return vacuumInto(db, absolute, nameIfTaken);
    interrupter->attach(db);
    auto copied = interrupter->isInterrupted() ? Result<QString>(fail(tr("The backup was stopped.")))
                                               : vacuumInto(db, absolute, nameIfTaken);
    interrupter->detach();
    return copied;
}

} // namespace CampDesk
