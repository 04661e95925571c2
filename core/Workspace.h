#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace CampDesk {

class SqliteInterrupter;

class ActivityRepository;
class ChatImportRepository;
class ParticipationRepository;
class ActivityReviewRepository;
class ActivityStatsRepository;
class ReviewInputRepository;
class CampRepository;
class PersonRepository;
class MembershipRepository;
class PlanTemplateRepository;
class SpeechRepository;
class CampVariableRepository;
class SubgroupRepository;
class ViolationRepository;
class WorkspaceSettingsRepository;

// One open workspace: a file (a SQLite database with CampDesk's schema),
// or a team workspace on a PostgreSQL server, named by its address
// (ServerAddress). Both hold the same tables and serve the same
// repositories. Opening never changes a file or database it refuses.
class Workspace final {
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static constexpr const char *FileSuffix = "campdesk";

    struct OpenOptions {
        // Create the file (and its folder) when it does not exist yet.
        bool create = true;
        // Hold a lock file so a second CampDesk window is told the workspace
        // is in use. The command-line tool does not take it: SQLite's own
        // locking already keeps its short writes safe.
        bool exclusive = false;
        // Read every page (PRAGMA quick_check) before opening. The window
        // opens without it and runs verify() in the background instead: on
        // a workspace of a million messages the check takes most of a second.
        // A file that needs migrating is always checked first.
        bool checkIntegrity = true;
        // Before a schema upgrade, a copy goes to the workspace's backup
        // folder (BackupFolder) under `backupRoot` (empty: the data folder).
        bool backupBeforeUpgrade = true;
        QString backupRoot;
        // A server's password the operator typed: used to connect, never
        // stored or shown. Empty: libpq finds one (~/.pgpass, the service file).
        QString password;
        // On a server: a database whose workspace holds rows is refused
        // before anything is made or brought up to date in it (a push copies
        // only into an empty one, and must not change one it refuses).
        bool onlyEmpty = false;
    };

    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    // `path` is a file's path or a server's address (ServerAddress::looksLikeServer);
    // on a server, only `create`, `password` and `onlyEmpty` of the options apply (an empty database
    // is made a workspace).
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(const QString &path, const OpenOptions &options);
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(const QString &path);

    // Reads every page of the workspace file on a connection of its own, so
    // it may run on another thread while the file is open; an error says
    // what is damaged. An interrupter stops it early (with an error).
    [[nodiscard]] static Result<void> verify(const QString &path, SqliteInterrupter *interrupter = nullptr);

    // Called first in main(): a write past a file-size limit (ulimit -f, a
    // quota) then fails with an error SQLite reports and rolls back, instead
    // of SIGXFSZ killing the process in the middle of it.
    static void failWritesInsteadOfDying();

    // Holds the file's lock, which a window keeps while it has the file
    // open; an error names the process that has it.
    [[nodiscard]] static Result<std::unique_ptr<QLockFile>> lock(const QString &path);
    // Refuses a file that another connection (a campdesk-cli command, any
    // program) has open, by taking SQLite's exclusive lock on it for a
    // moment; what its log held is then in the file. A missing or damaged
    // file is no one's.
    [[nodiscard]] static Result<void> claimUnused(const QString &path);

    // Whether this process has a connection on the file: it must then be
    // opened by nothing but SQLite (see OpenFiles in Workspace.cpp).
    static bool isOpenHere(const QString &path);
    // Whether the file is a CampDesk workspace (its SQLite header carries
    // CampDesk's application id).
    static bool isWorkspaceFile(const QString &path);

    // The workspace a newcomer gets without choosing one.
    static QString defaultPath();
    // Where `--demo` keeps its generated workspace.
    static QString demoPath();

    // The file's absolute path, or the server's address as given.
    QString path() const { return m_path; }
    // Whether this is a team workspace on a server rather than a file.
    bool isServer() const { return m_server; }
    QSqlDatabase database() const;
    // Who decides, when another program keeps the file locked past the busy
    // timeout, whether this connection waits again (BusyRetry); empty: nobody,
    // the busy error is returned.
    void setBusyHandler(const std::function<bool(const QString &message)> &handler);
    // How long a write waits for another program's lock (5 s when opened).
    void setBusyTimeout(int milliseconds);
    // Off: every write fails (PRAGMA query_only) — a window keeps a big
    // workspace so until its background check has read every page, so
    // nothing is written into a file that turns out damaged.
    [[nodiscard]] Result<void> setWritable(bool writable);
    bool isWritable() const;
    int schemaVersion() const;
    // What opening did to a workspace of an earlier version: it brought it
    // up from `from` to `to`, and a file's copy as it was is `backup`
    // (empty when the options asked for none). Nothing for a new one.
    struct Upgrade {
        int from = 0;
        int to = 0;
        QString backup;
    };
    std::optional<Upgrade> upgrade() const { return m_upgrade; }
    // The sentence that tells the operator of it, for the window and the
    // command line alike; empty when the workspace was opened as it was.
    // A file's notice says how its copy is put back: by the window's menu or
    // by the command line's command (typed out for this file).
    enum class RestoreBy { Menu, Command };
    QString upgradeNotice(RestoreBy restoreBy) const;
    // Whether the server still answers (a file always does): a lost
    // connection is found by asking, before an operator's change meets it.
    [[nodiscard]] bool isConnected() const;
    // Opens a team workspace's lost connection again, with the same address
    // and password; what was read before it was lost must be read again.
    [[nodiscard]] Result<void> reconnect();
    QString sqliteVersion() const;
    // A random id made on first use and kept in the file: tells this
    // workspace's exported calendar entries apart from any other's.
    [[nodiscard]] Result<QString> workspaceId();

    CampRepository &camps() { return *m_camps; }
    PersonRepository &people() { return *m_people; }
    MembershipRepository &memberships() { return *m_memberships; }
    ActivityRepository &activities() { return *m_activities; }
    PlanTemplateRepository &planTemplates() { return *m_planTemplates; }
    SpeechRepository &speeches() { return *m_speeches; }
    CampVariableRepository &campVariables() { return *m_campVariables; }
    SubgroupRepository &subgroups() { return *m_subgroups; }
    ViolationRepository &violations() { return *m_violations; }
    ChatImportRepository &chatImports() { return *m_chatImports; }
    ParticipationRepository &participation() { return *m_participation; }
    ActivityReviewRepository &activityReviews() { return *m_activityReviews; }
    ActivityStatsRepository &activityStats() { return *m_activityStats; }
    ReviewInputRepository &reviewInputs() { return *m_reviewInputs; }

    // Small workspace-wide settings (workspace_settings); "" when unset.
    [[nodiscard]] Result<QString> setting(const QString &key) const;
    [[nodiscard]] Result<void> setSetting(const QString &key, const QString &value);

    // Writes a consistent copy of the workspace to the file `target` (VACUUM
    // INTO a temporary file beside it, then renamed; from a server, its
    // tables read in one snapshot), replacing any file there.
    [[nodiscard]] Result<void> backupTo(const QString &target) const;
    // The name a copy takes when `taken` was taken before it was renamed
    // (by another process's copy); an empty name gives up.
    using NameIfTaken = std::function<QString(const QString &taken)>;
    // The same from a workspace file, on a read-only connection of its own
    // (so from any thread, while the file is open elsewhere); an interrupter
    // stops it, leaving no file behind. Given `nameIfTaken`, it replaces no
    // file: the copy takes the first free name. Returns where it went.
    [[nodiscard]] static Result<QString> copyOf(const QString &path, const QString &target,
                                                SqliteInterrupter *interrupter = nullptr,
                                                const NameIfTaken &nameIfTaken = {});

private:
    Workspace(QString path, QString connectionName, std::unique_ptr<QLockFile> lock, bool server = false);
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> openServer(const QString &address,
                                                                       const OpenOptions &options);
    [[nodiscard]] static Result<void> checkCopyTarget(const QString &source, const QString &target);

    QString m_path;
    bool m_server = false;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<CampRepository> m_camps;
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<MembershipRepository> m_memberships;
    std::unique_ptr<ActivityRepository> m_activities;
    std::unique_ptr<PlanTemplateRepository> m_planTemplates;
    std::unique_ptr<SpeechRepository> m_speeches;
    std::unique_ptr<CampVariableRepository> m_campVariables;
    std::unique_ptr<SubgroupRepository> m_subgroups;
    std::unique_ptr<ViolationRepository> m_violations;
    std::unique_ptr<ChatImportRepository> m_chatImports;
    std::unique_ptr<ParticipationRepository> m_participation;
    std::unique_ptr<ActivityReviewRepository> m_activityReviews;
    std::unique_ptr<ActivityStatsRepository> m_activityStats;
    std::unique_ptr<ReviewInputRepository> m_reviewInputs;
    std::unique_ptr<WorkspaceSettingsRepository> m_settings;
    std::optional<Upgrade> m_upgrade;
    // How the process-wide list of open files knows this one.
    QString m_registeredAs;
};

} // namespace CampDesk
