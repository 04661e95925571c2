#pragma once

#include "core/Error.h"
#include "core/capture/ChatImporter.h"
#include "core/capture/IdentitySplitter.h"
#include "core/capture/JielongMatcher.h"
#include "core/capture/Participation.h"
#include "core/domain/Activity.h"
#include "core/domain/Camp.h"
#include "core/domain/CampSnapshot.h"
#include "core/domain/MemberRole.h"
#include "core/plan/ActivityRemoval.h"
#include "core/plan/PlanTemplate.h"
#include "core/review/ActivityReviewRepository.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewSeries.h"
#include "core/roster/Roster.h"
#include "core/roster/RosterImport.h"
#include "core/roster/SubgroupRepository.h"
#include "core/roster/ViolationRepository.h"
#include "core/speech/CampVariableRepository.h"
#include "core/speech/PlaceholderRenderer.h"
#include "core/speech/SpeechRepository.h"
#include "core/speech/SpeechTemplate.h"
#include "core/team/HistoryEntry.h"
#include "core/team/RoleRights.h"
#include "core/team/StaleEdit.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace CampDesk {

class ChangeFeed;
class Workspace;

// The open workspace as the UI sees it (Tiled's Document): widgets read from
// it and change it only by pushing commands on its undo stack; models follow
// its change signals. It is the only door from ui/ into the data: the
// Workspace itself stays private (tests reach it through
// WorkspaceDocumentTestAccess).
class WorkspaceDocument final : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceDocument(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~WorkspaceDocument() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    // The workspace file; also what an export must never overwrite.
    QString fileName() const;
    // Whether it is a team workspace on a server (fileName() is then its address).
    bool isServer() const;
    // A team workspace's connection (Workspace::isConnected, reconnect):
    // the window watches it and says when it is lost.
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] Result<void> reconnect();
    // Whether the same write may succeed when tried again: the workspace was
    // busy, the disk full, or a team workspace's connection is lost.
    // Anything else (a row gone, a name taken) fails again.
    [[nodiscard]] bool mayPass(const Error &error) const;

    // On a team workspace, the server login it is open with and that
    // login's role; a file's one operator is its owner. The server enforces
    // the role; the window greys out what it would refuse, saying why.
    QString login() const { return m_login; }
    OperatorRole role() const { return m_role; }
    bool may(TeamAction action) const { return RoleRights::allows(m_role, action); }
    QString refusal(TeamAction action) const { return RoleRights::refusal(m_role, action); }
    // The roster name this operator is linked to in the camp (their {staff}).
    [[nodiscard]] Result<QString> myStaffName(qint64 campId) const;
    // The team, changed by its owners. No undo step: a login's rights are
    // the server's, not the workspace's data, and take hold at once.
    [[nodiscard]] Result<QList<Operator>> team() const;
    // Whom an operator can be linked to: staff of some camp (Team::staffPeople).
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> staffPeople() const;
    [[nodiscard]] Result<bool> addOperator(const Operator &op, const QString &password);
    [[nodiscard]] Result<void> changeOperator(const Operator &op);
    [[nodiscard]] Result<void> removeOperator(const QString &login);

    // The file itself rather than its data: no undo step, no change signal.
    [[nodiscard]] bool isWritable() const;
    // A workspace starts with the built-in speech lines in the interface
    // language: added when it opens, before there is a document, or by
    // makeWritable() when it opened read-only until checked.
    [[nodiscard]] static Result<void> seedSpeechLibrary(Workspace &workspace);
    // Called once the background check has read every page: writes are let
    // through, and the built-in speech lines are added then (they waited for
    // the check like every other write).
    [[nodiscard]] Result<void> makeWritable();
    [[nodiscard]] QString sqliteVersion() const;
    // A consistent copy of the workspace at `target` (Workspace::backupTo).
    [[nodiscard]] Result<void> backupTo(const QString &target) const;
    // Tells this workspace's exported calendar entries apart from any
    // other's; made (and kept in the file) on first use.
    [[nodiscard]] Result<QString> workspaceId();

    [[nodiscard]] Result<QList<Camp>> camps() const;
    // The camp, or nothing when it does not exist (deleted since a view
    // took its id); a failure to read it is reported, not taken for absence.
    [[nodiscard]] std::optional<Camp> camp(qint64 id) const;
    // The same, a failure (or its absence) returned rather than reported:
    // for what must not go on without it (an export).
    [[nodiscard]] Result<Camp> readCamp(qint64 id) const;

    // Storage operations for the undo commands; widgets push commands instead.
    [[nodiscard]] Result<qint64> insertCamp(const Camp &camp);
    // Writes `camp` over `seen`, the camp as the edit found it: refused,
    // naming who changed it, when it is no longer that (StaleEdit).
    [[nodiscard]] Result<Camp> writeCamp(const Camp &camp, const Camp &seen);
    [[nodiscard]] Result<CampSnapshot> removeCamp(qint64 id);
    [[nodiscard]] Result<void> restoreCamp(const CampSnapshot &snapshot);
    // Every row of a camp, as removeCamp would take it.
    [[nodiscard]] Result<CampSnapshot> campSnapshot(qint64 id) const;
    // Removes a camp this window created (the undo of its creation) only
    // while it holds what its creation made (`asCreated`): refused as stale
    // once anyone added to it or changed it, whose work would go with it.
    [[nodiscard]] Result<CampSnapshot> removeCreatedCamp(const CampSnapshot &asCreated);

    [[nodiscard]] Result<QList<Activity>> activities(qint64 campId) const;
    // As camp(): nothing when it does not exist, a read failure reported.
    [[nodiscard]] std::optional<Activity> activity(qint64 id) const;
    // Staff members of a camp who can own activities: membership id -> name.
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> staff(qint64 campId) const;
    [[nodiscard]] Result<QHash<qint64, QString>> memberNames(qint64 campId) const;
    // Inserts in one transaction; keeps non-zero ids, and puts back what a
    // removal took with them (`dependants`). Returns them as stored.
    [[nodiscard]] Result<QList<Activity>> insertActivities(const QList<Activity> &activities,
                                                           const ActivityDependants &dependants = {});
    // As writeCamp: written only over the activity as the edit found it.
    [[nodiscard]] Result<Activity> writeActivity(const Activity &activity, const Activity &seen);
    // Deletes `activities` while they are still as seen (StaleEdit), with
    // their check-ins; returns what went with them, for an undo.
    [[nodiscard]] Result<ActivityDependants> removeActivities(const QList<Activity> &activities);
    // The undo of adding `activities`: as removeActivities, and refused as
    // stale while a check-in, review or copied line names them
    // (ActivityRemoval::removeAdded).
    [[nodiscard]] Result<void> removeAddedActivities(const QList<Activity> &activities);
    // A plan added to an existing camp: the camp (written over `seen`, when
    // it changes) and the plan's activities, as stored.
    struct PlanRows final {
        Camp camp;
        QList<Activity> activities;
    };
    // Inserts `activities` and, when the plan `reshapes` the camp, writes
    // `camp` over `seen`, in one transaction: the camp takes the plan's
    // periods only with the activities made for them, and they go in only
    // while the camp's days are the ones they were made for.
    [[nodiscard]] Result<PlanRows> addPlan(const Camp &camp, const Camp &seen, bool reshapes,
                                           const QList<Activity> &activities);
    // Its undo, in one transaction too: deletes `activities` (as
    // removeAddedActivities) and, when the plan reshaped the camp, writes
    // `camp` over `seen`; neither when either was changed since. The camp
    // as stored.
    [[nodiscard]] Result<Camp> removePlan(const Camp &camp, const Camp &seen, bool reshapes,
                                          const QList<Activity> &activities);
    // Plan templates: the built-in ones, then those saved in the workspace.
    [[nodiscard]] Result<QList<PlanTemplate>> planTemplates() const;
    // The template saved under `name`, if any: what saving a plan under
    // that name replaces.
    [[nodiscard]] Result<std::optional<PlanTemplate>> savedPlanTemplate(const QString &name) const;
    // Saves `plan` as the template `name` (no plan: removes it) while that
    // template is still `seen` (none: not there yet), and gives it as
    // stored now.
    [[nodiscard]] Result<std::optional<PlanTemplate>> writePlanTemplate(const QString &name,
                                                                        const std::optional<PlanTemplate> &plan,
                                                                        const std::optional<PlanTemplate> &seen);

    // The speech library: a camp's lines (shared ones and its own), every
    // line, one line, and the crew's next line of a category.
    [[nodiscard]] Result<QList<SpeechTemplate>> speeches(qint64 campId) const;
    [[nodiscard]] Result<QList<SpeechTemplate>> allSpeeches() const;
    [[nodiscard]] Result<SpeechTemplate> speech(qint64 id) const;
    // The crew's next line, chosen and its use recorded at once
    // (SpeechRepository::takeFromRotation).
    [[nodiscard]] Result<std::optional<SpeechTemplate>> takeSpeechFromRotation(SpeechCategory category, qint64 campId,
                                                                               QDate day,
                                                                               const SpeechRepository::Chooser &choose,
                                                                               int courseDay, qint64 activityId);
    // What a line's placeholders are filled from in a camp at a moment.
    [[nodiscard]] Result<RenderContext> renderContext(qint64 campId, const QDateTime &when) const;
    // Inserts lines (keeping non-zero ids) and puts back what a removal took
    // with them (`dependants`).
    [[nodiscard]] Result<QList<SpeechTemplate>> insertSpeeches(const QList<SpeechTemplate> &speeches,
                                                               const SpeechDependants &dependants = {});
    [[nodiscard]] Result<SpeechTemplate> writeSpeech(const SpeechTemplate &speech, const SpeechTemplate &seen);
    // A camp's value for a placeholder ({checkin_link}), for every day
    // (courseDay 0) or one course day; an empty value removes it.
    [[nodiscard]] Result<QList<CampVariable>> campVariables(qint64 campId) const;
    // Sets `variable` while its value is still `seen`'s (StaleEdit).
    [[nodiscard]] Result<void> writeCampVariable(qint64 campId, const CampVariable &variable, const CampVariable &seen);
    // Makes `variables` the camp's whole set, in one transaction, while the
    // set is still `seen`.
    [[nodiscard]] Result<void> replaceCampVariables(qint64 campId, const QList<CampVariable> &variables,
                                                    const QList<CampVariable> &seen);
    // How lines go: deleted with their copies and the activities' links to
    // them (a delete, undone whole), or only while nothing names them (the
    // undo of adding them: SpeechLibrary::checkUntouched).
    enum class Removal { WithDependants, AddedOnly };
    // Deletes `speeches` while their lines are still as seen (StaleEdit).
    [[nodiscard]] Result<SpeechDependants> removeSpeeches(const QList<SpeechTemplate> &speeches,
                                                          Removal removal = Removal::WithDependants);
    // Copies don't go on the undo stack: the use log records what happened.
    [[nodiscard]] Result<void> recordSpeechUse(qint64 templateId, qint64 campId, int courseDay, qint64 activityId);

    [[nodiscard]] Result<QList<RosterEntry>> roster(qint64 campId) const;
    // Writes members' memberships and people in one transaction.
    [[nodiscard]] Result<QList<RosterEntry>> writeRoster(qint64 campId, const QList<RosterEntry> &entries,
                                                         const QList<RosterEntry> &seen);
    [[nodiscard]] Result<QList<Subgroup>> subgroups(qint64 campId) const;
    [[nodiscard]] Result<QHash<MemberRole, int>> memberCountsByRole(qint64 campId) const;
    // What an import of `rows` would do, without writing (RosterImport::plan).
    [[nodiscard]] Result<RosterImportPlan> planRosterImport(qint64 campId, const QList<TextRow> &rows,
                                                            const QList<RosterField> &fields) const;
    // The violations logged in a camp, and a person's ledger across camps.
    [[nodiscard]] Result<QList<Violation>> campViolations(qint64 campId) const;
    [[nodiscard]] Result<QList<Violation>> personViolations(qint64 personId) const;
    // Adds a new person to a camp (one transaction); fills in the ids.
    [[nodiscard]] Result<RosterEntry> addMember(qint64 campId, RosterEntry entry);
    // Takes back addMember(): the membership and the person.
    [[nodiscard]] Result<void> removeAddedMember(qint64 campId, const RosterEntry &entry);
    // Logs `violation` and writes `removed` over `seen` (the member marked
    // removed, if it removes them; empty lists: none), in one transaction.
    // The violation's id and the member as stored.
    [[nodiscard]] Result<std::pair<qint64, QList<RosterEntry>>>
    logViolation(const Violation &violation, const QList<RosterEntry> &removed, const QList<RosterEntry> &seen);
    // Its undo: the member back as `shown` (over `seen`) and the violation
    // taken out, in one transaction. The member as stored.
    [[nodiscard]] Result<QList<RosterEntry>> unlogViolation(const Violation &violation, const QList<RosterEntry> &shown,
                                                            const QList<RosterEntry> &seen);
    [[nodiscard]] Result<QList<Subgroup>> insertSubgroups(const QList<Subgroup> &subgroups);
    [[nodiscard]] Result<Subgroup> writeSubgroup(const Subgroup &subgroup, const Subgroup &seen);
    // Deletes `subgroups` while they are still as seen (StaleEdit).
    [[nodiscard]] Result<void> removeSubgroups(const QList<Subgroup> &subgroups);
    // An auto-split, in one transaction: `subgroups` made (keeping ids they
    // have), then the members `place` puts in them (and in those there were)
    // written over `seen`. Either both or neither: members never wait in
    // "unassigned" beside empty new groups. Returns both as stored.
    struct SplitRows final {
        QList<Subgroup> subgroups;
        QList<RosterEntry> members;
    };
    using Placement = std::function<QList<RosterEntry>(const QList<Subgroup> &made)>;
    [[nodiscard]] Result<SplitRows> applySplit(qint64 campId, const QList<Subgroup> &subgroups,
                                               const QList<RosterEntry> &seen, const Placement &place);
    // Its undo, in one transaction too: the members back as `members`, over
    // `seen`, and the subgroups it made deleted while as made. The members as
    // stored.
    [[nodiscard]] Result<QList<RosterEntry>> takeSplitBack(qint64 campId, const QList<Subgroup> &made,
                                                           const QList<RosterEntry> &members,
                                                           const QList<RosterEntry> &seen);
    [[nodiscard]] Result<RosterImportSummary> applyRosterImport(qint64 campId, const RosterImportPlan &plan,
                                                                bool acceptMerges);
    [[nodiscard]] Result<void> revertRosterImport(qint64 campId, const RosterImportSummary &summary);

    // Participation: check-ins, chat identities and chat imports.
    [[nodiscard]] Result<QList<CheckIn>> checkIns(qint64 campId) const;
    // Returns the check-ins really added (not recorded already).
    [[nodiscard]] Result<QList<CheckIn>> changeCheckIns(qint64 campId, const QList<CheckIn> &add,
                                                        const QList<CheckIn> &remove);
    // A 接龙's check-ins and the names it taught, in one transaction; the
    // check-ins really added.
    [[nodiscard]] Result<QList<CheckIn>> recordJielong(qint64 campId, const QList<CheckIn> &add,
                                                       const QList<std::pair<QString, qint64>> &aliases);
    // The names a 接龙 would teach, with whom each names now.
    [[nodiscard]] Result<QList<JielongMatcher::TaughtName>>
    jielongTeaching(qint64 campId, const QList<std::pair<QString, qint64>> &aliases) const;
    // Takes a recorded 接龙 back: its check-ins, and the names it taught.
    [[nodiscard]] Result<void> unrecordJielong(qint64 campId, const QList<CheckIn> &added,
                                               const QList<JielongMatcher::TaughtName> &taught);
    // A pasted 接龙's entries matched to the camp's members.
    [[nodiscard]] Result<QList<JielongMatch>> matchJielong(qint64 campId, const QString &text) const;
    // Imported messages that contain one of `words`.
    [[nodiscard]] Result<QList<WatchHit>> watchHits(qint64 campId, const QStringList &words) const;
    // One identity as stored, without its message count; `missing` when gone.
    [[nodiscard]] Result<ChatIdentity> chatIdentity(qint64 identityId) const;
    [[nodiscard]] Result<QList<ChatIdentity>> chatIdentities(qint64 campId) const;
    // Maps `seen` to `personId` (0: to nobody), or marks it staff or not,
    // while it is still mapped or marked as seen (StaleEdit).
    [[nodiscard]] Result<void> mapChatIdentity(const ChatIdentity &seen, qint64 personId);
    [[nodiscard]] Result<void> setChatIdentityStaff(const ChatIdentity &seen, bool staff);
    // Makes a chat identity a member of its own (IdentitySplitter), and back.
    [[nodiscard]] Result<IdentitySplit> splitChatIdentity(const ChatIdentity &identity);
    [[nodiscard]] Result<void> undoSplitChatIdentity(const IdentitySplit &split);
    // An import done by a background job: announce what it changed.
    void announceChatImport(qint64 campId);
    [[nodiscard]] Result<ChatImportSummary> runChatImport(qint64 campId, const QString &path,
                                                          const ChatImportOptions &options);
    [[nodiscard]] Result<void> revertChatImport(qint64 campId, const ChatImportSummary &summary);

    // What a camp's review figures are computed from (the Review and
    // Participation tabs compute them with ReviewCalculator from this).
    [[nodiscard]] Result<ReviewInput> reviewInput(qint64 campId) const;
    // The camp review report as PDF (ReviewReportWriter).
    [[nodiscard]] Result<void> writeReviewReport(qint64 campId, const ReviewFilter &filter,
                                                 const ReviewOptions &options, const QString &path) const;

    // Post-activity reviews (复盘).
    [[nodiscard]] Result<QList<ActivityReview>> reviews(qint64 campId) const;
    // A team workspace's record of changes (HistoryLog), oldest first; an
    // error on a file, which keeps none.
    [[nodiscard]] Result<QList<HistoryEntry>> history(const HistoryFilter &filter) const;
    [[nodiscard]] Result<qint64> historyCount(const HistoryFilter &filter) const;
    [[nodiscard]] Result<HistoryKinds> historyKinds(qint64 campId) const;
    [[nodiscard]] Result<ActivityReview> review(qint64 id) const;
    // A new review of an activity with its figures frozen now, not saved yet.
    [[nodiscard]] Result<ActivityReview> reviewDraft(qint64 campId, qint64 activityId) const;
    [[nodiscard]] Result<ActivityReview> insertReview(const ActivityReview &review);
    [[nodiscard]] Result<ActivityReview> writeReviewNotes(const ActivityReview &review, const ActivityReview &seen);
    // Deletes `review` while it is still as seen (StaleEdit).
    [[nodiscard]] Result<void> removeReview(const ActivityReview &review);

    // Creates a camp (and whatever else `create` writes) and announces it.
    [[nodiscard]] Result<qint64> createCamp(const std::function<Result<qint64>(Workspace &)> &create);

    // Commands report failures here; the main window shows them.
    void reportError(const QString &message) const;
    // The value of a read a view can paint without: a failure is reported
    // (the window says why) and the view gets an empty value, never a
    // silent one. Views that would write back what they read refuse instead.
    template<typename T> [[nodiscard]] T valueOrReport(Result<T> read) const
    {
        if (read)
            return std::move(*read);
        reportError(read.error().message);
        return T {};
    }
    // A short confirmation that something was written or recorded (an
    // export, a 接龙, a 复盘): the window shows it in its status bar.
    void announce(const QString &message);

Q_SIGNALS:
    void campAdded(qint64 id);
    void campChanged(qint64 id);
    void campRemoved(qint64 id);
    void membersChanged(qint64 campId);
    void activitiesChanged(qint64 campId);
    void speechesChanged();
    void campVariablesChanged(qint64 campId);
    // Check-ins, chat messages, identities or their aggregates changed.
    void participationChanged(qint64 campId);
    void reviewsChanged(qint64 campId);
    void errorOccurred(const QString &message);
    void announced(const QString &message);
    // The team or this operator's role changed, here or elsewhere.
    void teamChanged();

private:
    // activitiesChanged for the camps of the activities that post those lines.
    void announceActivitiesOf(const SpeechDependants &dependants);
    friend class WorkspaceDocumentTestAccess;

    void followOtherOperators();
    // Reads this login's role again (after a reconnect, or a team change).
    void readRole();
    // Emits the change signal a view follows for a change made elsewhere.
    void followElsewhere(qint64 campId, const QString &table);

    Workspace &workspace() { return *m_workspace; }
    // Writes an edit of a camp's variables while `unchanged` says the set is
    // still as seen.
    [[nodiscard]] Result<void> writeCampVariables(qint64 campId,
                                                  const std::function<bool(const QList<CampVariable> &)> &unchanged,
                                                  const std::function<Result<void>()> &write);
    // Inserts activities and puts back what a removal took with them, and
    // reads them back as stored (StaleEdit::insertStored), without a change
    // signal: in the caller's transaction, or one of their own.
    [[nodiscard]] Result<QList<Activity>> storeActivities(const QList<Activity> &activities,
                                                          const ActivityDependants &dependants);
    // The same for subgroups.
    [[nodiscard]] Result<QList<Subgroup>> storeSubgroups(const QList<Subgroup> &subgroups);
    // A plan's write (addPlan, removePlan): `writeActivities`, and `camp`
    // over `seen` when the plan `reshapes` it, in one transaction while
    // `rows` and the camp (its days, or all of it when written) are as
    // seen. The camp as stored after.
    [[nodiscard]] Result<Camp> writePlan(const Camp &camp, const Camp &seen, bool reshapes, QList<StaleEdit::Seen> rows,
                                         const std::function<Result<void>()> &writeActivities);
    // The change signals of a plan's write, written or refused as stale.
    void planWritten(qint64 campId, const Result<Camp> &written);
    // Writes an edit of a chat identity while `unchanged` says it is still
    // as seen.
    [[nodiscard]] Result<void> writeChatIdentity(const ChatIdentity &seen,
                                                 const std::function<bool(const ChatIdentity &)> &unchanged,
                                                 const std::function<Result<void>()> &write);
    // One row by id: nothing when it does not exist, a read failure reported.
    template<typename T> std::optional<T> foundOrReport(Result<T> found) const
    {
        if (found)
            return std::move(*found);
        if (!found.error().missing)
            reportError(found.error().message);
        return std::nullopt;
    }

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
    // A team workspace's changes by other operators (after m_workspace, so
    // gone before it).
    std::unique_ptr<ChangeFeed> m_feed;
    QString m_login;
    OperatorRole m_role = OperatorRole::Owner;
};

} // namespace CampDesk
