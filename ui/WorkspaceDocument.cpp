#include "ui/WorkspaceDocument.h"

#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/plan/ActivityCheckIns.h"
#include "core/plan/PlanTemplateLibrary.h"
#include "core/plan/PlanTemplateRepository.h"
#include "core/roster/AddedMembers.h"
#include "core/speech/SpeechLibrary.h"
#include "core/speech/SpeechRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"
#include "core/team/ChangeFeed.h"
#include "core/team/HistoryLog.h"
#include "core/team/StaleEdit.h"
#include "core/team/Team.h"
#include "ui/review/ReviewReportWriter.h"

#include <QSet>
#include <QTimer>
#include <QUndoStack>

namespace CampDesk {

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_undoStack(new QUndoStack(this))
{
    if (!m_workspace->isServer())
        return;
    m_feed = std::make_unique<ChangeFeed>(*m_workspace);
    connect(m_feed.get(), &ChangeFeed::changedElsewhere, this, &WorkspaceDocument::followElsewhere);
    followOtherOperators();
    readRole();
}

void WorkspaceDocument::readRole()
{
    const Team team(*m_workspace);
    auto login = team.myLogin();
    auto role = team.myRole();
    // Unread, the window offers what it offered: the server still decides.
    if (!login || !role) {
        reportError((login ? role.error() : login.error()).message);
        return;
    }
    m_login = *login;
    m_role = *role;
}

void WorkspaceDocument::followOtherOperators()
{
    // Without the feed the views still show what this window changes, and
    // what others change when they read again: the window says so.
    if (auto listening = m_feed->listen(); !listening) {
        QTimer::singleShot(0, this, [this, message = listening.error().message] {
            reportError(
                tr("%1 Views show other operators' changes only when they read the workspace again.").arg(message));
        });
    }
}

void WorkspaceDocument::followElsewhere(qint64 campId, const QString &table)
{
    using Signal = void (WorkspaceDocument::*)(qint64);
    static const QHash<QString, Signal> signalOf {
        {QStringLiteral("activities"), &WorkspaceDocument::activitiesChanged},
        {QStringLiteral("memberships"), &WorkspaceDocument::membersChanged},
        {QStringLiteral("subgroups"), &WorkspaceDocument::membersChanged},
        {QStringLiteral("violations"), &WorkspaceDocument::membersChanged},
        {QStringLiteral("people"), &WorkspaceDocument::membersChanged},
        {QStringLiteral("person_chat_ids"), &WorkspaceDocument::membersChanged},
        {QStringLiteral("camp_variables"), &WorkspaceDocument::campVariablesChanged},
        {QStringLiteral("check_ins"), &WorkspaceDocument::participationChanged},
        {QStringLiteral("chat_imports"), &WorkspaceDocument::participationChanged},
        {QStringLiteral("chat_identities"), &WorkspaceDocument::participationChanged},
        {QStringLiteral("name_aliases"), &WorkspaceDocument::participationChanged},
        {QStringLiteral("activity_reviews"), &WorkspaceDocument::reviewsChanged}};
    if (table == QLatin1String("campdesk_operators")) {
        readRole();
        Q_EMIT teamChanged();
        return;
    }
    if (table == QLatin1String("camps")) {
        // Added, changed or deleted elsewhere: what the camp is now says which.
        if (m_workspace->camps().find(campId))
            Q_EMIT campChanged(campId);
        else
            Q_EMIT campRemoved(campId);
        return;
    }
    if (table == QLatin1String("speech_templates") || table == QLatin1String("speech_uses")) {
        Q_EMIT speechesChanged();
        return;
    }
    const auto found = signalOf.constFind(table);
    if (found == signalOf.cend())
        return;
    if (campId != 0) {
        (this->*found.value())(campId);
        return;
    }
    // A person belongs to no camp: every camp's views that show people follow.
    for (const Camp &camp : m_workspace->camps().list().value_or(QList<Camp>()))
        (this->*found.value())(camp.id);
}

WorkspaceDocument::~WorkspaceDocument() = default;

bool WorkspaceDocument::isServer() const
{
    return m_workspace->isServer();
}

bool WorkspaceDocument::isConnected() const
{
    return m_workspace->isConnected();
}

bool WorkspaceDocument::mayPass(const Error &error) const
{
    if (error.stale || error.missing || error.refused)
        return false;
    return error.busy || error.disk || (isServer() && !isConnected());
}

Result<void> WorkspaceDocument::reconnect()
{
    auto back = m_workspace->reconnect();
    if (back && m_feed) {
        followOtherOperators(); // a closed connection forgets what it listened to
        readRole();
    }
    return back;
}

Result<QString> WorkspaceDocument::myStaffName(qint64 campId) const
{
    return Team(*m_workspace).myStaffName(campId);
}

Result<QList<Operator>> WorkspaceDocument::team() const
{
    return Team(*m_workspace).operators();
}

Result<QList<std::pair<qint64, QString>>> WorkspaceDocument::staffPeople() const
{
    return Team(*m_workspace).staffPeople();
}

Result<bool> WorkspaceDocument::addOperator(const Operator &op, const QString &password)
{
    auto added = Team(*m_workspace).add(op, password);
    if (added)
        Q_EMIT teamChanged();
    return added;
}

Result<void> WorkspaceDocument::changeOperator(const Operator &op)
{
    auto changed = Team(*m_workspace).change(op);
    if (changed) {
        readRole();
        Q_EMIT teamChanged();
    }
    return changed;
}

Result<void> WorkspaceDocument::removeOperator(const QString &login)
{
    auto removed = Team(*m_workspace).remove(login);
    if (removed) {
        readRole();
        Q_EMIT teamChanged();
    }
    return removed;
}

QString WorkspaceDocument::fileName() const
{
    return m_workspace->path();
}

bool WorkspaceDocument::isWritable() const
{
    return m_workspace->isWritable();
}

Result<void> WorkspaceDocument::seedSpeechLibrary(Workspace &workspace)
{
    auto seeded = SpeechLibrary::seedIfNeeded(workspace, Translations::currentLanguage());
    if (!seeded)
        return std::unexpected(seeded.error());
    return {};
}

Result<void> WorkspaceDocument::makeWritable()
{
    if (auto writable = m_workspace->setWritable(true); !writable)
        return writable;
    if (auto seeded = seedSpeechLibrary(*m_workspace); !seeded)
        return seeded;
    Q_EMIT speechesChanged();
    return {};
}

QString WorkspaceDocument::sqliteVersion() const
{
    return m_workspace->sqliteVersion();
}

Result<void> WorkspaceDocument::backupTo(const QString &target) const
{
    return m_workspace->backupTo(target);
}

Result<QString> WorkspaceDocument::workspaceId()
{
    return m_workspace->workspaceId();
}

Result<QList<Camp>> WorkspaceDocument::camps() const
{
    return m_workspace->camps().list();
}

std::optional<Camp> WorkspaceDocument::camp(qint64 id) const
{
    return foundOrReport(m_workspace->camps().find(id));
}

Result<Camp> WorkspaceDocument::readCamp(qint64 id) const
{
    return m_workspace->camps().find(id);
}

Result<qint64> WorkspaceDocument::insertCamp(const Camp &camp)
{
    auto id = m_workspace->camps().insert(camp);
    if (id)
        Q_EMIT campAdded(*id);
    return id;
}

Result<Camp> WorkspaceDocument::writeCamp(const Camp &camp, const Camp &seen)
{
    auto written = StaleEdit::writeOver<Camp>(
        *m_workspace, StaleEdit::Table::Camps, camp, seen, [this](qint64 id) { return m_workspace->camps().find(id); },
        [this](const Camp &row) { return m_workspace->camps().update(row); });
    // Written, or refused as stale: either way the views show what it is now.
    if (written || written.error().stale)
        Q_EMIT campChanged(camp.id);
    return written;
}

Result<CampSnapshot> WorkspaceDocument::removeCamp(qint64 id)
{
    Transaction transaction(m_workspace->database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    auto snapshot = m_workspace->camps().snapshot(id);
    if (!snapshot)
        return snapshot;
    if (auto removed = m_workspace->camps().remove(id); !removed)
        return std::unexpected(removed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    Q_EMIT campRemoved(id);
    return snapshot;
}

Result<CampSnapshot> WorkspaceDocument::campSnapshot(qint64 id) const
{
    return m_workspace->camps().snapshot(id);
}

Result<CampSnapshot> WorkspaceDocument::removeCreatedCamp(const CampSnapshot &asCreated)
{
    Transaction transaction(m_workspace->database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    // On a server, nobody adds to the camp between the look and the delete.
    if (!Sql::isSqlite(m_workspace->database())) {
        if (auto held = Sql::exec(m_workspace->database(),
                                  QStringLiteral("SELECT id FROM camps WHERE id = ? FOR UPDATE"), {asCreated.campId});
            !held)
            return std::unexpected(held.error());
    }
    auto now = m_workspace->camps().snapshot(asCreated.campId);
    if (!now)
        return now;
    if (!asCreated.holdsTheSameAs(*now)) {
        return failStale(tr("The camp was not taken away: it has changed since it was created here (someone added to "
                            "it or edited it, perhaps another operator), and their work would go with it. To remove "
                            "it all the same, delete the camp."));
    }
    if (auto removed = m_workspace->camps().remove(asCreated.campId); !removed)
        return std::unexpected(removed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    Q_EMIT campRemoved(asCreated.campId);
    return now;
}

Result<void> WorkspaceDocument::restoreCamp(const CampSnapshot &snapshot)
{
    auto restored = m_workspace->camps().restore(snapshot);
    if (restored) {
        Q_EMIT campAdded(snapshot.campId);
        Q_EMIT membersChanged(snapshot.campId);
        Q_EMIT activitiesChanged(snapshot.campId);
    }
    return restored;
}

Result<QList<Activity>> WorkspaceDocument::activities(qint64 campId) const
{
    return m_workspace->activities().listForCamp(campId);
}

std::optional<Activity> WorkspaceDocument::activity(qint64 id) const
{
    return foundOrReport(m_workspace->activities().find(id));
}

Result<QList<std::pair<qint64, QString>>> WorkspaceDocument::staff(qint64 campId) const
{
    return m_workspace->memberships().staffForCamp(campId);
}

Result<QHash<qint64, QString>> WorkspaceDocument::memberNames(qint64 campId) const
{
    return m_workspace->memberships().namesForCamp(campId);
}

Result<QList<Activity>> WorkspaceDocument::insertActivities(const QList<Activity> &activities,
                                                            const ActivityDependants &dependants)
{
    auto stored = storeActivities(activities, dependants);
    if (!stored)
        return stored;
    QSet<qint64> camps;
    for (const Activity &activity : activities)
        camps.insert(activity.campId);
    for (qint64 campId : camps) {
        Q_EMIT activitiesChanged(campId);
        if (!dependants.checkIns.isEmpty())
            Q_EMIT participationChanged(campId);
    }
    return stored;
}

Result<QList<Activity>> WorkspaceDocument::storeActivities(const QList<Activity> &activities,
                                                           const ActivityDependants &dependants)
{
    return StaleEdit::insertStored<Activity>(
        m_workspace->database(),
        [&]() -> Result<QList<qint64>> {
            auto ids = m_workspace->activities().insertAll(activities);
            if (!ids)
                return ids;
            if (auto restored = ActivityRemoval::restore(*m_workspace, activities, dependants); !restored)
                return std::unexpected(restored.error());
            return ids;
        },
        [this](qint64 id) { return m_workspace->activities().find(id); });
}

Result<void> WorkspaceDocument::removeAddedActivities(const QList<Activity> &activities)
{
    auto removed = StaleEdit::write(
        *m_workspace,
        StaleEdit::seenAll<Activity>(StaleEdit::Table::Activities, activities,
                                     [this](qint64 id) { return m_workspace->activities().find(id); }),
        [&] { return ActivityRemoval::removeAdded(*m_workspace, activities); });
    if (removed || removed.error().stale) {
        QSet<qint64> camps;
        for (const Activity &activity : activities)
            camps.insert(activity.campId);
        for (qint64 campId : std::as_const(camps))
            Q_EMIT activitiesChanged(campId);
    }
    return removed;
}

Result<WorkspaceDocument::PlanRows> WorkspaceDocument::addPlan(const Camp &camp, const Camp &seen, bool reshapes,
                                                               const QList<Activity> &activities)
{
    PlanRows plan;
    auto written = writePlan(camp, seen, reshapes, {}, [&]() -> Result<void> {
        auto stored = storeActivities(activities, {});
        if (!stored)
            return std::unexpected(stored.error());
        plan.activities = *stored;
        return {};
    });
    planWritten(camp.id, written);
    if (!written)
        return std::unexpected(written.error());
    plan.camp = *written;
    return plan;
}

Result<Camp> WorkspaceDocument::removePlan(const Camp &camp, const Camp &seen, bool reshapes,
                                           const QList<Activity> &activities)
{
    const QList<StaleEdit::Seen> seenActivities = StaleEdit::seenAll<Activity>(
        StaleEdit::Table::Activities, activities, [this](qint64 id) { return m_workspace->activities().find(id); });
    auto written = writePlan(camp, seen, reshapes, seenActivities,
                             [&] { return ActivityRemoval::removeAdded(*m_workspace, activities); });
    planWritten(camp.id, written);
    return written;
}

Result<Camp> WorkspaceDocument::writePlan(const Camp &camp, const Camp &seen, bool reshapes,
                                          QList<StaleEdit::Seen> rows,
                                          const std::function<Result<void>()> &writeActivities)
{
    // The plan's activities were made for the camp's days as seen: those
    // are checked, and the whole camp when the plan writes it. A plan that
    // keeps the camp's days writes nothing of it, and another operator's
    // change of its name is no reason to refuse the activities.
    const auto sameDays = [](const Camp &now, const Camp &then) {
        return now.preparationStart == then.preparationStart && now.courseStart == then.courseStart
            && now.courseEnd == then.courseEnd && now.wrapUpEnd == then.wrapUpEnd && now.timeZone == then.timeZone;
    };
    const std::function<Result<Camp>(qint64)> find = [this](qint64 id) { return m_workspace->camps().find(id); };
    rows.prepend(reshapes ? StaleEdit::seen<Camp>(StaleEdit::Table::Camps, seen, find)
                          : StaleEdit::seen<Camp>(StaleEdit::Table::Camps, seen, find, sameDays));
    Camp stored;
    auto written = StaleEdit::write(*m_workspace, rows, [&]() -> Result<void> {
        if (auto activitiesWritten = writeActivities(); !activitiesWritten)
            return activitiesWritten;
        if (reshapes) {
            if (auto updated = m_workspace->camps().update(camp); !updated)
                return updated;
        }
        auto now = m_workspace->camps().find(camp.id);
        if (!now)
            return std::unexpected(now.error());
        stored = *now;
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    return stored;
}

void WorkspaceDocument::planWritten(qint64 campId, const Result<Camp> &written)
{
    // Written, or refused as stale: either way the views show what it is now.
    if (!written && !written.error().stale)
        return;
    Q_EMIT campChanged(campId);
    Q_EMIT activitiesChanged(campId);
}

Result<Activity> WorkspaceDocument::writeActivity(const Activity &activity, const Activity &seen)
{
    auto written = StaleEdit::writeOver<Activity>(
        *m_workspace, StaleEdit::Table::Activities, activity, seen,
        [this](qint64 id) { return m_workspace->activities().find(id); },
        [this, &seen](const Activity &row) -> Result<void> {
            // `seen` is as stored: the write goes ahead only while it is.
            if (auto kept = ActivityCheckIns::checkChange(*m_workspace, seen, row); !kept)
                return kept;
            return m_workspace->activities().update(row);
        });
    if (written || written.error().stale)
        Q_EMIT activitiesChanged(activity.campId);
    return written;
}

Result<ActivityDependants> WorkspaceDocument::removeActivities(const QList<Activity> &activities)
{
    QSet<qint64> camps;
    for (const Activity &activity : activities)
        camps.insert(activity.campId);
    ActivityDependants dependants;
    auto removed = StaleEdit::write(
        *m_workspace,
        StaleEdit::seenAll<Activity>(StaleEdit::Table::Activities, activities,
                                     [this](qint64 id) { return m_workspace->activities().find(id); }),
        [&]() -> Result<void> {
            auto taken = ActivityRemoval::remove(*m_workspace, activities);
            if (!taken)
                return std::unexpected(taken.error());
            dependants = *taken;
            return {};
        });
    if (removed || removed.error().stale) {
        for (qint64 campId : camps) {
            Q_EMIT activitiesChanged(campId);
            if (removed && !dependants.checkIns.isEmpty())
                Q_EMIT participationChanged(campId);
        }
    }
    if (!removed)
        return std::unexpected(removed.error());
    return dependants;
}

Result<QList<PlanTemplate>> WorkspaceDocument::planTemplates() const
{
    return PlanTemplateLibrary::all(*m_workspace);
}

Result<std::optional<PlanTemplate>> WorkspaceDocument::savedPlanTemplate(const QString &name) const
{
    return m_workspace->planTemplates().find(name);
}

Result<std::optional<PlanTemplate>> WorkspaceDocument::writePlanTemplate(const QString &name,
                                                                         const std::optional<PlanTemplate> &plan,
                                                                         const std::optional<PlanTemplate> &seen)
{
    const auto same = [](const std::optional<PlanTemplate> &a, const std::optional<PlanTemplate> &b) {
        return a.has_value() == b.has_value() && (!a || a->toJson() == b->toJson());
    };
    std::optional<PlanTemplate> stored;
    auto written = StaleEdit::write(
        *m_workspace, {},
        [&]() -> Result<std::optional<StaleEdit::Row>> {
            auto now = m_workspace->planTemplates().find(name);
            if (!now)
                return std::unexpected(now.error());
            if (same(*now, seen))
                return std::nullopt;
            return StaleEdit::Row {StaleEdit::Table::PlanTemplates, 0};
        },
        [&]() -> Result<void> {
            if (plan) {
                if (auto saved = m_workspace->planTemplates().save(*plan); !saved)
                    return std::unexpected(saved.error());
            } else if (auto removed = m_workspace->planTemplates().remove(name); !removed) {
                return removed;
            }
            auto now = m_workspace->planTemplates().find(name);
            if (!now)
                return std::unexpected(now.error());
            stored = *now;
            return {};
        });
    if (!written)
        return std::unexpected(written.error());
    return stored;
}

Result<QList<SpeechTemplate>> WorkspaceDocument::speeches(qint64 campId) const
{
    return m_workspace->speeches().list(campId);
}

Result<QList<SpeechTemplate>> WorkspaceDocument::allSpeeches() const
{
    return m_workspace->speeches().listAll();
}

Result<SpeechTemplate> WorkspaceDocument::speech(qint64 id) const
{
    return m_workspace->speeches().find(id);
}

Result<std::optional<SpeechTemplate>> WorkspaceDocument::takeSpeechFromRotation(SpeechCategory category, qint64 campId,
                                                                                QDate day,
                                                                                const SpeechRepository::Chooser &choose,
                                                                                int courseDay, qint64 activityId)
{
    auto taken = m_workspace->speeches().takeFromRotation(category, campId, day, choose,
                                                          {courseDay, activityId, QDateTime::currentDateTime()});
    if (taken && taken->has_value())
        Q_EMIT speechesChanged();
    return taken;
}

Result<RenderContext> WorkspaceDocument::renderContext(qint64 campId, const QDateTime &when) const
{
    return SpeechLibrary::context(*m_workspace, campId, when);
}

Result<QList<SpeechTemplate>> WorkspaceDocument::insertSpeeches(const QList<SpeechTemplate> &speeches,
                                                                const SpeechDependants &dependants)
{
    auto stored = StaleEdit::insertStored<SpeechTemplate>(
        m_workspace->database(),
        [&]() -> Result<QList<qint64>> {
            auto ids = m_workspace->speeches().insertAll(speeches);
            if (!ids)
                return ids;
            if (auto restored = m_workspace->speeches().restore(dependants); !restored)
                return std::unexpected(restored.error());
            return ids;
        },
        [this](qint64 id) { return m_workspace->speeches().find(id); });
    if (stored) {
        Q_EMIT speechesChanged();
        announceActivitiesOf(dependants);
    }
    return stored;
}

Result<SpeechTemplate> WorkspaceDocument::writeSpeech(const SpeechTemplate &speech, const SpeechTemplate &seen)
{
    // A copy counts a use and is no edit: only the line's own fields must be
    // as seen.
    auto written = StaleEdit::writeOver<SpeechTemplate>(
        *m_workspace, StaleEdit::Table::Speeches, speech, seen,
        [this](qint64 id) { return m_workspace->speeches().find(id); },
        [this](const SpeechTemplate &row) { return m_workspace->speeches().update(row); },
        [](const SpeechTemplate &a, const SpeechTemplate &b) { return a.sameLine(b); });
    if (written || written.error().stale)
        Q_EMIT speechesChanged();
    return written;
}

Result<QList<CampVariable>> WorkspaceDocument::campVariables(qint64 campId) const
{
    return m_workspace->campVariables().list(campId);
}

Result<void> WorkspaceDocument::writeCampVariables(qint64 campId,
                                                   const std::function<bool(const QList<CampVariable> &)> &unchanged,
                                                   const std::function<Result<void>()> &write)
{
    const StaleEdit::Seen set {{StaleEdit::Table::CampVariables, campId}, [&]() -> Result<bool> {
                                   auto now = m_workspace->campVariables().list(campId);
                                   if (!now)
                                       return std::unexpected(now.error());
                                   return unchanged(*now);
                               }};
    auto written = StaleEdit::write(*m_workspace, {set}, write);
    if (written || written.error().stale)
        Q_EMIT campVariablesChanged(campId);
    return written;
}

Result<void> WorkspaceDocument::writeCampVariable(qint64 campId, const CampVariable &variable, const CampVariable &seen)
{
    return writeCampVariables(
        campId,
        [&seen](const QList<CampVariable> &now) {
            // Not set is an empty value, as set() takes it.
            QString value;
            for (const CampVariable &stored : now) {
                if (stored.name == seen.name && stored.courseDay == seen.courseDay)
                    value = stored.value;
            }
            return value == seen.value;
        },
        [&] { return m_workspace->campVariables().set(campId, variable); });
}

Result<void> WorkspaceDocument::replaceCampVariables(qint64 campId, const QList<CampVariable> &variables,
                                                     const QList<CampVariable> &seen)
{
    // As set() stores them: an empty value is no variable.
    const auto inOrder = [](QList<CampVariable> set) {
        set.removeIf([](const CampVariable &variable) { return variable.value.isEmpty(); });
        std::sort(set.begin(), set.end(), [](const CampVariable &a, const CampVariable &b) {
            return std::tie(a.name, a.courseDay) < std::tie(b.name, b.courseDay);
        });
        return set;
    };
    return writeCampVariables(
        campId, [&](const QList<CampVariable> &now) { return inOrder(now) == inOrder(seen); },
        [&] { return m_workspace->campVariables().replace(campId, variables); });
}

Result<SpeechDependants> WorkspaceDocument::removeSpeeches(const QList<SpeechTemplate> &speeches, Removal removal)
{
    SpeechDependants dependants;
    auto removed = StaleEdit::write(*m_workspace,
                                    StaleEdit::seenAll<SpeechTemplate>(
                                        StaleEdit::Table::Speeches, speeches,
                                        [this](qint64 id) { return m_workspace->speeches().find(id); },
                                        [](const SpeechTemplate &a, const SpeechTemplate &b) { return a.sameLine(b); }),
                                    [&]() -> Result<void> {
                                        QList<qint64> ids;
                                        for (const SpeechTemplate &speech : speeches)
                                            ids.append(speech.id);
                                        auto taken = m_workspace->speeches().dependantsOf(ids);
                                        if (!taken)
                                            return std::unexpected(taken.error());
                                        dependants = *taken;
                                        if (removal == Removal::AddedOnly) {
                                            if (auto untouched = SpeechLibrary::checkUntouched(dependants); !untouched)
                                                return untouched;
                                        }
                                        for (qint64 id : std::as_const(ids)) {
                                            if (auto gone = m_workspace->speeches().remove(id); !gone)
                                                return gone;
                                        }
                                        return {};
                                    });
    if (removed || removed.error().stale)
        Q_EMIT speechesChanged();
    if (!removed)
        return std::unexpected(removed.error());
    announceActivitiesOf(dependants);
    return dependants;
}

void WorkspaceDocument::announceActivitiesOf(const SpeechDependants &dependants)
{
    // The activities that post the lines now post nothing, or again.
    QSet<qint64> camps;
    for (const SpeechDependants::Posting &posting : dependants.activities)
        camps.insert(posting.campId);
    for (qint64 campId : std::as_const(camps))
        Q_EMIT activitiesChanged(campId);
}

Result<void> WorkspaceDocument::recordSpeechUse(qint64 templateId, qint64 campId, int courseDay, qint64 activityId)
{
    auto recorded
        = m_workspace->speeches().recordUse(templateId, campId, courseDay, activityId, QDateTime::currentDateTime());
    if (recorded)
        Q_EMIT speechesChanged();
    return recorded;
}

Result<QList<RosterEntry>> WorkspaceDocument::roster(qint64 campId) const
{
    return Roster::load(*m_workspace, campId);
}

Result<QList<RosterEntry>> WorkspaceDocument::writeRoster(qint64 campId, const QList<RosterEntry> &entries,
                                                          const QList<RosterEntry> &seen)
{
    auto written = Roster::write(*m_workspace, entries, seen);
    if (written || written.error().stale)
        Q_EMIT membersChanged(campId);
    return written;
}

Result<RosterEntry> WorkspaceDocument::addMember(qint64 campId, RosterEntry entry)
{
    Transaction transaction(m_workspace->database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    entry.person.id = 0;
    auto personId = m_workspace->people().insert(entry.person);
    if (!personId)
        return std::unexpected(personId.error());
    entry.person.id = *personId;
    entry.membership.id = 0;
    entry.membership.campId = campId;
    entry.membership.personId = *personId;
    auto membershipId = m_workspace->memberships().add(entry.membership);
    if (!membershipId)
        return std::unexpected(membershipId.error());
    // As stored: what the undo finds unchanged, or refuses to remove.
    auto person = m_workspace->people().find(*personId);
    if (!person)
        return std::unexpected(person.error());
    auto stored = m_workspace->memberships().find(*membershipId);
    if (!stored)
        return std::unexpected(stored.error());
    entry.person = *person;
    entry.membership = stored->membership;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    Q_EMIT membersChanged(campId);
    return entry;
}

Result<void> WorkspaceDocument::removeAddedMember(qint64 campId, const RosterEntry &entry)
{
    // A member another operator edited since is kept with their edit.
    const QList<StaleEdit::Seen> rows {
        StaleEdit::seen<Person>(StaleEdit::Table::People, entry.person,
                                [this](qint64 id) { return m_workspace->people().find(id); }),
        StaleEdit::seenMembership(*m_workspace, entry.membership)};
    // The camp's participation first (StaleEdit::writeParticipation), as
    // check-in writers take it: AddedMembers counts their rows under it.
    auto removed = StaleEdit::writeParticipation(*m_workspace, campId, rows, [&]() -> Result<void> {
        if (auto untouched = AddedMembers::checkUntouched(
                *m_workspace, {{campId, entry.person.id, entry.membership.id, /*personCreated*/ true}});
            !untouched)
            return untouched;
        if (auto left = m_workspace->memberships().remove(entry.membership.id); !left)
            return left;
        return m_workspace->people().remove(entry.person.id);
    });
    if (removed || removed.error().stale)
        Q_EMIT membersChanged(campId);
    return removed;
}

Result<QList<HistoryEntry>> WorkspaceDocument::history(const HistoryFilter &filter) const
{
    return HistoryLog(*m_workspace).entries(filter);
}

Result<qint64> WorkspaceDocument::historyCount(const HistoryFilter &filter) const
{
    return HistoryLog(*m_workspace).count(filter);
}

Result<HistoryKinds> WorkspaceDocument::historyKinds(qint64 campId) const
{
    return HistoryLog(*m_workspace).kinds(campId);
}

Result<QList<Violation>> WorkspaceDocument::campViolations(qint64 campId) const
{
    return m_workspace->violations().forCamp(campId);
}

Result<QList<Violation>> WorkspaceDocument::personViolations(qint64 personId) const
{
    return m_workspace->violations().forPerson(personId);
}

Result<std::pair<qint64, QList<RosterEntry>>> WorkspaceDocument::logViolation(const Violation &violation,
                                                                              const QList<RosterEntry> &removed,
                                                                              const QList<RosterEntry> &seen)
{
    std::pair<qint64, QList<RosterEntry>> logged;
    auto written = inTransaction(m_workspace->database(), [&]() -> Result<void> {
        auto id = m_workspace->violations().insert(violation);
        if (!id)
            return std::unexpected(id.error());
        logged.first = *id;
        if (!removed.isEmpty()) {
            auto members = Roster::write(*m_workspace, removed, seen);
            if (!members)
                return std::unexpected(members.error());
            logged.second = *members;
        }
        return {};
    });
    if (written || written.error().stale)
        Q_EMIT membersChanged(violation.campId);
    if (!written)
        return std::unexpected(written.error());
    return logged;
}

Result<QList<RosterEntry>> WorkspaceDocument::unlogViolation(const Violation &violation,
                                                             const QList<RosterEntry> &shown,
                                                             const QList<RosterEntry> &seen)
{
    QList<RosterEntry> stored;
    auto written = inTransaction(m_workspace->database(), [&]() -> Result<void> {
        if (!shown.isEmpty()) {
            auto members = Roster::write(*m_workspace, shown, seen);
            if (!members)
                return std::unexpected(members.error());
            stored = *members;
        }
        if (auto removed = m_workspace->violations().remove(violation.id); !removed)
            return removed;
        return {};
    });
    if (written || written.error().stale)
        Q_EMIT membersChanged(violation.campId);
    if (!written)
        return std::unexpected(written.error());
    return stored;
}

Result<QList<CheckIn>> WorkspaceDocument::checkIns(qint64 campId) const
{
    return m_workspace->participation().checkIns(campId);
}

Result<QList<CheckIn>> WorkspaceDocument::changeCheckIns(qint64 campId, const QList<CheckIn> &add,
                                                         const QList<CheckIn> &remove)
{
    auto changed = m_workspace->participation().changeCheckIns(campId, add, remove);
    // Changed, or refused as stale: either way the grid shows what it is now.
    if (changed || changed.error().stale)
        Q_EMIT participationChanged(campId);
    return changed;
}

Result<QList<CheckIn>> WorkspaceDocument::recordJielong(qint64 campId, const QList<CheckIn> &add,
                                                        const QList<std::pair<QString, qint64>> &aliases)
{
    auto recorded = JielongMatcher::save(*m_workspace, campId, add, aliases);
    if (recorded)
        Q_EMIT participationChanged(campId);
    return recorded;
}

Result<QList<JielongMatcher::TaughtName>>
WorkspaceDocument::jielongTeaching(qint64 campId, const QList<std::pair<QString, qint64>> &aliases) const
{
    return JielongMatcher::teaching(*m_workspace, campId, aliases);
}

Result<void> WorkspaceDocument::unrecordJielong(qint64 campId, const QList<CheckIn> &added,
                                                const QList<JielongMatcher::TaughtName> &taught)
{
    auto undone = JielongMatcher::unsave(*m_workspace, campId, added, taught);
    if (undone)
        Q_EMIT participationChanged(campId);
    return undone;
}

Result<QList<JielongMatch>> WorkspaceDocument::matchJielong(qint64 campId, const QString &text) const
{
    return JielongMatcher::match(*m_workspace, campId, text);
}

Result<QList<WatchHit>> WorkspaceDocument::watchHits(qint64 campId, const QStringList &words) const
{
    return m_workspace->participation().watchHits(campId, words);
}

Result<ChatIdentity> WorkspaceDocument::chatIdentity(qint64 identityId) const
{
    return m_workspace->participation().identity(identityId);
}

Result<QList<ChatIdentity>> WorkspaceDocument::chatIdentities(qint64 campId) const
{
    return m_workspace->participation().identities(campId);
}

Result<void> WorkspaceDocument::writeChatIdentity(const ChatIdentity &seen,
                                                  const std::function<bool(const ChatIdentity &)> &unchanged,
                                                  const std::function<Result<void>()> &write)
{
    // A new import renames an identity and counts its messages: no edit.
    // Only the field the edit changes must be as seen.
    const auto row = StaleEdit::seen<ChatIdentity>(
        StaleEdit::Table::ChatIdentities, seen, [this](qint64 id) { return m_workspace->participation().identity(id); },
        [&unchanged](const ChatIdentity &now, const ChatIdentity &) { return unchanged(now); });
    auto written = StaleEdit::writeParticipation(*m_workspace, seen.campId, QList<StaleEdit::Seen> {row}, write);
    if (written || written.error().stale)
        Q_EMIT participationChanged(seen.campId);
    return written;
}

Result<void> WorkspaceDocument::mapChatIdentity(const ChatIdentity &seen, qint64 personId)
{
    return writeChatIdentity(
        seen, [&seen](const ChatIdentity &now) { return now.personId == seen.personId; },
        [&] { return m_workspace->participation().mapIdentity(seen.id, personId); });
}

Result<IdentitySplit> WorkspaceDocument::splitChatIdentity(const ChatIdentity &identity)
{
    auto split = IdentitySplitter::split(*m_workspace, identity);
    if (split) {
        Q_EMIT membersChanged(identity.campId);
        Q_EMIT participationChanged(identity.campId);
    }
    return split;
}

Result<void> WorkspaceDocument::undoSplitChatIdentity(const IdentitySplit &split)
{
    auto undone = IdentitySplitter::undo(*m_workspace, split);
    if (undone) {
        Q_EMIT membersChanged(split.identity.campId);
        Q_EMIT participationChanged(split.identity.campId);
    }
    return undone;
}

Result<void> WorkspaceDocument::setChatIdentityStaff(const ChatIdentity &seen, bool staff)
{
    return writeChatIdentity(
        seen, [&seen](const ChatIdentity &now) { return now.staff == seen.staff; },
        [&] { return m_workspace->participation().setStaff(seen.id, staff); });
}

Result<ReviewInput> WorkspaceDocument::reviewInput(qint64 campId) const
{
    return ReviewInputLoader::load(*m_workspace, campId);
}

Result<void> WorkspaceDocument::writeReviewReport(qint64 campId, const ReviewFilter &filter,
                                                  const ReviewOptions &options, const QString &path) const
{
    return ReviewReportWriter::write(*m_workspace, campId, filter, options, path);
}

Result<QList<ActivityReview>> WorkspaceDocument::reviews(qint64 campId) const
{
    return m_workspace->activityReviews().list(campId);
}

Result<ActivityReview> WorkspaceDocument::review(qint64 id) const
{
    return m_workspace->activityReviews().find(id);
}

Result<ActivityReview> WorkspaceDocument::reviewDraft(qint64 campId, qint64 activityId) const
{
    return ActivityReviewRepository::draft(*m_workspace, campId, activityId);
}

Result<ActivityReview> WorkspaceDocument::insertReview(const ActivityReview &review)
{
    auto stored = StaleEdit::insertStored<ActivityReview>(
        m_workspace->database(),
        [&]() -> Result<QList<qint64>> {
            auto id = m_workspace->activityReviews().insert(review);
            if (!id)
                return std::unexpected(id.error());
            return QList<qint64> {*id};
        },
        [this](qint64 id) { return m_workspace->activityReviews().find(id); });
    if (!stored)
        return std::unexpected(stored.error());
    Q_EMIT reviewsChanged(review.campId);
    return stored->first();
}

Result<ActivityReview> WorkspaceDocument::writeReviewNotes(const ActivityReview &review, const ActivityReview &seen)
{
    auto written = StaleEdit::writeOver<ActivityReview>(
        *m_workspace, StaleEdit::Table::Reviews, review, seen,
        [this](qint64 id) { return m_workspace->activityReviews().find(id); },
        [this](const ActivityReview &row) { return m_workspace->activityReviews().updateNotes(row); });
    if (written || written.error().stale)
        Q_EMIT reviewsChanged(review.campId);
    return written;
}

Result<void> WorkspaceDocument::removeReview(const ActivityReview &review)
{
    auto removed = StaleEdit::write(
        *m_workspace,
        StaleEdit::seenAll<ActivityReview>(StaleEdit::Table::Reviews, {review},
                                           [this](qint64 id) { return m_workspace->activityReviews().find(id); }),
        [&] { return m_workspace->activityReviews().remove(review.id); });
    if (removed || removed.error().stale)
        Q_EMIT reviewsChanged(review.campId);
    return removed;
}

void WorkspaceDocument::announceChatImport(qint64 campId)
{
    Q_EMIT membersChanged(campId);
    Q_EMIT participationChanged(campId);
}

Result<ChatImportSummary> WorkspaceDocument::runChatImport(qint64 campId, const QString &path,
                                                           const ChatImportOptions &options)
{
    auto summary = ChatImporter(*m_workspace).run(campId, path, options);
    if (summary)
        announceChatImport(campId);
    return summary;
}

Result<void> WorkspaceDocument::revertChatImport(qint64 campId, const ChatImportSummary &summary)
{
    auto reverted = ChatImporter::revert(*m_workspace, campId, summary);
    // Taken back, or refused as stale: either way the views show what it is now.
    if (reverted || reverted.error().stale)
        announceChatImport(campId);
    return reverted;
}

Result<QList<Subgroup>> WorkspaceDocument::subgroups(qint64 campId) const
{
    return m_workspace->subgroups().list(campId);
}

Result<QHash<MemberRole, int>> WorkspaceDocument::memberCountsByRole(qint64 campId) const
{
    return m_workspace->memberships().countByRole(campId);
}

Result<RosterImportPlan> WorkspaceDocument::planRosterImport(qint64 campId, const QList<TextRow> &rows,
                                                             const QList<RosterField> &fields) const
{
    return RosterImport::plan(*m_workspace, campId, rows, fields);
}

Result<QList<Subgroup>> WorkspaceDocument::storeSubgroups(const QList<Subgroup> &subgroups)
{
    return StaleEdit::insertStored<Subgroup>(
        m_workspace->database(),
        [&] {
            return insertEach(m_workspace->database(), subgroups,
                              [this](const Subgroup &subgroup) { return m_workspace->subgroups().insert(subgroup); });
        },
        [this](qint64 id) { return m_workspace->subgroups().find(id); });
}

Result<QList<Subgroup>> WorkspaceDocument::insertSubgroups(const QList<Subgroup> &subgroups)
{
    auto stored = storeSubgroups(subgroups);
    if (!stored)
        return stored;
    QSet<qint64> camps;
    for (const Subgroup &subgroup : subgroups)
        camps.insert(subgroup.campId);
    for (qint64 campId : camps)
        Q_EMIT membersChanged(campId);
    return stored;
}

Result<Subgroup> WorkspaceDocument::writeSubgroup(const Subgroup &subgroup, const Subgroup &seen)
{
    auto written = StaleEdit::writeOver<Subgroup>(
        *m_workspace, StaleEdit::Table::Subgroups, subgroup, seen,
        [this](qint64 id) { return m_workspace->subgroups().find(id); },
        [this](const Subgroup &row) { return m_workspace->subgroups().update(row); });
    if (written || written.error().stale)
        Q_EMIT membersChanged(subgroup.campId);
    return written;
}

Result<void> WorkspaceDocument::removeSubgroups(const QList<Subgroup> &subgroups)
{
    QSet<qint64> camps;
    for (const Subgroup &subgroup : subgroups)
        camps.insert(subgroup.campId);
    auto removed = StaleEdit::write(
        *m_workspace,
        StaleEdit::seenAll<Subgroup>(StaleEdit::Table::Subgroups, subgroups,
                                     [this](qint64 id) { return m_workspace->subgroups().find(id); }),
        [&]() -> Result<void> {
            for (const Subgroup &subgroup : subgroups) {
                if (auto gone = m_workspace->subgroups().remove(subgroup.id); !gone)
                    return gone;
            }
            return {};
        });
    if (removed || removed.error().stale) {
        for (qint64 campId : camps)
            Q_EMIT membersChanged(campId);
    }
    return removed;
}

Result<WorkspaceDocument::SplitRows> WorkspaceDocument::applySplit(qint64 campId, const QList<Subgroup> &subgroups,
                                                                   const QList<RosterEntry> &seen,
                                                                   const Placement &place)
{
    // The repositories' writes, not the document's: their change signals
    // would have views read rows a failure then takes back.
    SplitRows split;
    auto written = inTransaction(m_workspace->database(), [&]() -> Result<void> {
        auto made = storeSubgroups(subgroups);
        if (!made)
            return std::unexpected(made.error());
        split.subgroups = *made;
        auto members = Roster::write(*m_workspace, place(split.subgroups), seen);
        if (!members)
            return std::unexpected(members.error());
        split.members = *members;
        return {};
    });
    if (written || written.error().stale)
        Q_EMIT membersChanged(campId);
    if (!written)
        return std::unexpected(written.error());
    return split;
}

Result<QList<RosterEntry>> WorkspaceDocument::takeSplitBack(qint64 campId, const QList<Subgroup> &made,
                                                            const QList<RosterEntry> &members,
                                                            const QList<RosterEntry> &seen)
{
    QList<RosterEntry> stored;
    auto written = inTransaction(m_workspace->database(), [&]() -> Result<void> {
        auto back = Roster::write(*m_workspace, members, seen);
        if (!back)
            return std::unexpected(back.error());
        stored = *back;
        // The split's members are out of them by now: anyone still in one
        // was put there by someone else, and keeps it.
        QList<StaleEdit::Seen> emptied;
        for (const Subgroup &subgroup : made)
            emptied.append(Roster::seenSubgroupOnlyWith(*m_workspace, subgroup, {}));
        auto removed = StaleEdit::write(*m_workspace, emptied, [&]() -> Result<void> {
            for (const Subgroup &subgroup : made) {
                if (auto gone = m_workspace->subgroups().remove(subgroup.id); !gone)
                    return gone;
            }
            return {};
        });
        if (!removed)
            return removed;
        return {};
    });
    if (written || written.error().stale)
        Q_EMIT membersChanged(campId);
    if (!written)
        return std::unexpected(written.error());
    return stored;
}

Result<RosterImportSummary> WorkspaceDocument::applyRosterImport(qint64 campId, const RosterImportPlan &plan,
                                                                 bool acceptMerges)
{
    auto summary = RosterImport::apply(*m_workspace, campId, plan, acceptMerges);
    if (summary)
        Q_EMIT membersChanged(campId);
    return summary;
}

Result<void> WorkspaceDocument::revertRosterImport(qint64 campId, const RosterImportSummary &summary)
{
    auto reverted = RosterImport::revert(*m_workspace, summary);
    if (reverted || reverted.error().stale)
        Q_EMIT membersChanged(campId);
    return reverted;
}

Result<qint64> WorkspaceDocument::createCamp(const std::function<Result<qint64>(Workspace &)> &create)
{
    auto id = create(*m_workspace);
    if (id) {
        Q_EMIT campAdded(*id);
        Q_EMIT activitiesChanged(*id);
    }
    return id;
}

void WorkspaceDocument::announce(const QString &message)
{
    Q_EMIT announced(message);
}

void WorkspaceDocument::reportError(const QString &message) const
{
    // Reporting changes nothing in the workspace, so reads may report too;
    // signals cannot be const, hence the cast.
    Q_EMIT const_cast<WorkspaceDocument *>(this)->errorOccurred(message);
}

} // namespace CampDesk
