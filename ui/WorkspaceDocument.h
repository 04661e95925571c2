#pragma once

#include "Error.h"
#include "capture/ChatImporter.h"
#include "capture/IdentitySplitter.h"
#include "capture/Participation.h"
#include "domain/Activity.h"
#include "domain/Camp.h"
#include "review/ActivityReviewRepository.h"
#include "review/ReviewInput.h"
#include "roster/Roster.h"
#include "roster/RosterImport.h"
#include "roster/SubgroupRepository.h"
#include "roster/ViolationRepository.h"
#include "speech/CampVariableRepository.h"
#include "speech/SpeechTemplate.h"
#include "storage/CampSnapshot.h"

#include <QHash>
#include <QObject>

#include <functional>

#include <memory>

class QUndoStack;

namespace CampDesk {

class Workspace;

// The open workspace as the UI sees it (Tiled's Document): widgets read from
// it and change it only by pushing commands on its undo stack; models follow
// its change signals.
class WorkspaceDocument final : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDocument(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~WorkspaceDocument() override;

    Workspace &workspace() { return *m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString fileName() const;

    [[nodiscard]] QList<Camp> camps() const;
    [[nodiscard]] std::optional<Camp> camp(qint64 id) const;

    // Storage operations for the undo commands; widgets push commands instead.
    [[nodiscard]] Result<qint64> insertCamp(const Camp &camp);
    [[nodiscard]] Result<void> writeCamp(const Camp &camp);
    [[nodiscard]] Result<CampSnapshot> removeCamp(qint64 id);
    [[nodiscard]] Result<void> restoreCamp(const CampSnapshot &snapshot);

    [[nodiscard]] QList<Activity> activities(qint64 campId) const;
    [[nodiscard]] std::optional<Activity> activity(qint64 id) const;
    // Staff members of a camp who can own activities: membership id -> name.
    [[nodiscard]] QList<std::pair<qint64, QString>> staff(qint64 campId) const;
    [[nodiscard]] QHash<qint64, QString> memberNames(qint64 campId) const;
    // Inserts in one transaction; keeps non-zero ids. Returns the ids.
    [[nodiscard]] Result<QList<qint64>> insertActivities(const QList<Activity> &activities);
    [[nodiscard]] Result<void> writeActivity(const Activity &activity);
    [[nodiscard]] Result<void> removeActivities(const QList<Activity> &activities);
    [[nodiscard]] Result<QList<qint64>> insertSpeeches(const QList<SpeechTemplate> &speeches);
    [[nodiscard]] Result<void> writeSpeech(const SpeechTemplate &speech);
    // A camp's value for a placeholder ({checkin_link}), for every day
    // (courseDay 0) or one course day; an empty value removes it.
    [[nodiscard]] QList<CampVariable> campVariables(qint64 campId) const;
    [[nodiscard]] Result<void> writeCampVariable(qint64 campId, const CampVariable &variable);
    [[nodiscard]] Result<void> removeSpeeches(const QList<SpeechTemplate> &speeches);
    // Copies don't go on the undo stack: the use log records what happened.
    [[nodiscard]] Result<void> recordSpeechUse(qint64 templateId, qint64 campId, int courseDay, qint64 activityId);

    [[nodiscard]] QList<RosterEntry> roster(qint64 campId) const;
    // Writes members' memberships and people in one transaction.
    [[nodiscard]] Result<void> writeRoster(qint64 campId, const QList<RosterEntry> &entries);
    [[nodiscard]] QList<Subgroup> subgroups(qint64 campId) const;
    // Adds a new person to a camp (one transaction); fills in the ids.
    [[nodiscard]] Result<RosterEntry> addMember(qint64 campId, RosterEntry entry);
    // Takes back addMember(): the membership and the person.
    [[nodiscard]] Result<void> removeAddedMember(qint64 campId, const RosterEntry &entry);
    [[nodiscard]] Result<qint64> insertViolation(const Violation &violation);
    [[nodiscard]] Result<void> removeViolation(const Violation &violation);
    [[nodiscard]] Result<QList<qint64>> insertSubgroups(const QList<Subgroup> &subgroups);
    [[nodiscard]] Result<void> writeSubgroup(const Subgroup &subgroup);
    [[nodiscard]] Result<void> removeSubgroups(const QList<Subgroup> &subgroups);
    [[nodiscard]] Result<RosterImportSummary> applyRosterImport(qint64 campId, const RosterImportPlan &plan,
                                                                bool acceptMerges);
    [[nodiscard]] Result<void> revertRosterImport(qint64 campId, const RosterImportSummary &summary);

    // Participation: check-ins, chat identities and chat imports.
    [[nodiscard]] QList<CheckIn> checkIns(qint64 campId) const;
    // Returns how many check-ins were really added.
    [[nodiscard]] Result<int> changeCheckIns(qint64 campId, const QList<CheckIn> &add, const QList<CheckIn> &remove);
    [[nodiscard]] Result<void> rememberAliases(qint64 campId, const QList<std::pair<QString, qint64>> &aliases);
    [[nodiscard]] QList<ChatIdentity> chatIdentities(qint64 campId) const;
    [[nodiscard]] Result<void> mapChatIdentity(qint64 campId, qint64 identityId, qint64 personId);
    [[nodiscard]] Result<void> setChatIdentityStaff(qint64 campId, qint64 identityId, bool staff);
    // Makes a chat identity a member of its own (IdentitySplitter), and back.
    [[nodiscard]] Result<IdentitySplit> splitChatIdentity(const ChatIdentity &identity);
    [[nodiscard]] Result<void> undoSplitChatIdentity(const IdentitySplit &split);
    // An import done by a background job: announce what it changed.
    void announceChatImport(qint64 campId);
    // The speech library was written outside a document operation (the
    // built-in lines, added once the workspace has been checked).
    void announceSpeechLibraryChanged();
    [[nodiscard]] Result<ChatImportSummary> runChatImport(qint64 campId, const QString &path,
                                                          const ChatImportOptions &options);
    [[nodiscard]] Result<void> revertChatImport(qint64 campId, const ChatImportSummary &summary);

    // What a camp's review figures are computed from (the Review and
    // Participation tabs compute them with ReviewCalculator from this).
    [[nodiscard]] Result<ReviewInput> reviewInput(qint64 campId) const;

    // Post-activity reviews (复盘).
    [[nodiscard]] QList<ActivityReview> reviews(qint64 campId) const;
    [[nodiscard]] Result<qint64> insertReview(const ActivityReview &review);
    [[nodiscard]] Result<void> writeReviewNotes(const ActivityReview &review);
    [[nodiscard]] Result<void> removeReview(const ActivityReview &review);

    // Creates a camp (and whatever else `create` writes) and announces it.
    [[nodiscard]] Result<qint64> createCamp(const std::function<Result<qint64>(Workspace &)> &create);

    // Commands report failures here; the main window shows them.
    void reportError(const QString &message);
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

private:
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
};

} // namespace CampDesk
