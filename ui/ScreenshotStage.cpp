#include "ui/ScreenshotStage.h"

#include "core/BackupFolder.h"
#include "core/domain/MemberRole.h"
#include "ui/MainWindow.h"
#include "ui/WorkspaceDocument.h"
#include "ui/capture/ChatImportDialog.h"
#include "ui/capture/JielongDialog.h"
#include "ui/capture/ParticipationView.h"
#include "ui/dialogs/ConnectDialog.h"
#include "ui/dialogs/NewPlannedCampDialog.h"
#include "ui/dialogs/RestoreBackupDialog.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/review/ActivityReviewDialog.h"
#include "ui/review/ReviewView.h"
#include "ui/roster/MemberDialog.h"
#include "ui/roster/RosterFilterModel.h"
#include "ui/roster/RosterImportDialog.h"
#include "ui/roster/RosterModel.h"
#include "ui/roster/RosterView.h"
#include "ui/speech/QuickCopyPalette.h"
#include "ui/speech/SpeechEditorDialog.h"
#include "ui/speech/SpeechView.h"
#include "ui/team/HistoryDialog.h"
#include "ui/team/TeamDialog.h"

#include <QAction>
#include <QApplication>
#include <QHash>

namespace CampDesk {

Result<QWidget *> ScreenshotStage::stage(MainWindow &window, const QString &view, QSize size)
{
    // Some views are windows of their own, opened over a main-window view.
    const QHash<QString, QString> underneath {{QStringLiteral("palette"), QStringLiteral("speech")},
                                              {QStringLiteral("speech-editor"), QStringLiteral("speech")},
                                              {QStringLiteral("new-camp-from-template"), QStringLiteral("overview")},
                                              {QStringLiteral("jielong"), QStringLiteral("checkins")},
                                              {QStringLiteral("chat-import"), QStringLiteral("checkins")},
                                              {QStringLiteral("activity-review"), QStringLiteral("review")},
                                              {QStringLiteral("restore-backup"), QStringLiteral("overview")},
                                              {QStringLiteral("roster-import"), QStringLiteral("roster")},
                                              {QStringLiteral("member"), QStringLiteral("roster")},
                                              {QStringLiteral("connect"), QStringLiteral("overview")},
                                              {QStringLiteral("history"), QStringLiteral("overview")},
                                              {QStringLiteral("team"), QStringLiteral("overview")},
                                              {QStringLiteral("user-guide"), QStringLiteral("overview")}};
    if (!window.showView(underneath.value(view, view)))
        return fail(tr("--view %1 needs a camp; the workspace has none.").arg(view));
    window.resize(size);
    window.show();
    QApplication::processEvents();
    QWidget *shown = nullptr;
    if (view == QLatin1String("palette")) {
        window.speechView()->showPalette();
        shown = window.speechView()->palette();
    } else if (view == QLatin1String("speech-editor")) {
        auto editor = speechEditor(window);
        if (!editor)
            return editor;
        shown = *editor;
    } else if (view == QLatin1String("jielong")) {
        shown = jielong(window);
    } else if (view == QLatin1String("chat-import")) {
        window.participationView()->importChat();
        shown = window.findChild<ChatImportDialog *>();
    } else if (view == QLatin1String("review")) {
        review(window);
    } else if (view == QLatin1String("activity-review")) {
        shown = activityReview(window);
    } else if (view == QLatin1String("restore-backup")) {
        shown = restoreBackup(window);
    } else if (view == QLatin1String("roster-import")) {
        shown = rosterImport(window);
    } else if (view == QLatin1String("member")) {
        shown = member(window);
    } else if (view == QLatin1String("connect")) {
        window.findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
        shown = window.findChild<ConnectDialog *>();
    } else if (view == QLatin1String("history")) {
        // A team workspace's only: on a file the action is off, and the
        // window is shown as it is.
        window.findChild<QAction *>(QStringLiteral("actionCampHistory"))->trigger();
        shown = window.findChild<HistoryDialog *>();
    } else if (view == QLatin1String("team")) {
        // An owner's on a team workspace; elsewhere the window as it is.
        if (QAction *team = window.findChild<QAction *>(QStringLiteral("actionTeam")); team->isEnabled()) {
            team->trigger();
            shown = window.findChild<TeamDialog *>();
        }
    } else if (view == QLatin1String("user-guide")) {
        window.findChild<QAction *>(QStringLiteral("actionUserGuide"))->trigger();
        shown = window.findChild<UserGuideDialog *>();
    } else if (view == QLatin1String("new-camp-from-template")) {
        window.findChild<QAction *>(QStringLiteral("actionNewPlannedCamp"))->trigger();
        shown = window.findChild<NewPlannedCampDialog *>();
    }
    return shown ? shown : &window;
}

// The member dialog of one who left, when the camp has one: every field
// filled, the day they left among them.
QWidget *ScreenshotStage::member(MainWindow &window)
{
    RosterView *roster = window.rosterView();
    QModelIndex chosen = roster->filter()->index(0, 0);
    for (int row = 0; row < roster->filter()->rowCount(); ++row) {
        const QModelIndex index = roster->filter()->index(row, 0);
        const RosterEntry *entry = roster->model()->entryAt(roster->filter()->mapToSource(index).row());
        if (entry && entry->membership.status != MembershipStatus::Active) {
            chosen = index;
            break;
        }
    }
    roster->editMember(chosen);
    return window.findChild<MemberDialog *>();
}

// The daily announcement: the line with the most to check.
Result<QWidget *> ScreenshotStage::speechEditor(MainWindow &window)
{
    auto lines = window.document()->speeches(window.currentCampId());
    if (!lines)
        return std::unexpected(lines.error());
    const auto announcement = std::find_if(lines->cbegin(), lines->cend(), [](const SpeechTemplate &line) {
        return line.category == SpeechCategory::DailyAnnouncement;
    });
    if (announcement != lines->cend())
        window.speechView()->editSpeech(announcement->id);
    return window.findChild<SpeechEditorDialog *>();
}

// A list as members post it: group nicknames, a plain name, and one name
// nobody has yet.
QWidget *ScreenshotStage::jielong(MainWindow &window)
{
    window.participationView()->pasteJielong();
    QString list = QStringLiteral("#接龙 ✅\n");
    const QList<RosterEntry> roster
        = window.document()->valueOrReport(window.document()->roster(window.currentCampId()));
    int number = 0;
    for (const RosterEntry &entry : roster) {
        if (MemberRoles::isStaff(entry.membership.role) || number >= 7)
            continue;
        ++number;
        list += QStringLiteral("%1. %2 ✅\n")
                    .arg(number)
                    .arg(number == 3 || entry.membership.groupNickname.isEmpty() ? entry.person.displayName
                                                                                 : entry.membership.groupNickname);
    }
    list += QStringLiteral("%1. 🌸Lucky ✅\n").arg(number + 1);
    auto *dialog = window.findChild<JielongDialog *>();
    if (dialog)
        dialog->setText(list);
    return dialog;
}

// The dashboard with the day that fell furthest below the target drilled
// into, as an operator would look at it.
void ScreenshotStage::review(MainWindow &window)
{
    ReviewView *review = window.reviewView();
    const ReviewSeries &series = review->series();
    const DayFigure *lowest = nullptr;
    for (const DayFigure &day : series.days) {
        if (day.phase == CampPhase::Course && day.activeRate && (!lowest || *day.activeRate < *lowest->activeRate))
            lowest = &day;
    }
    if (lowest)
        review->showDay(lowest->day);
}

// The latest sharing session that has taken place.
QWidget *ScreenshotStage::activityReview(MainWindow &window)
{
    qint64 activityId = 0;
    for (const ActivityFigure &activity : window.reviewView()->series().activities) {
        if (activity.happened && activity.type == ActivityType::SharingSession)
            activityId = activity.activityId;
    }
    if (activityId == 0)
        return nullptr;
    return ActivityReviewDialog::openFor(window.document(), window.currentCampId(), activityId, &window);
}

// The day's backup, as the first open of the day writes it.
QWidget *ScreenshotStage::restoreBackup(MainWindow &window)
{
    const BackupFolder folder(window.document()->fileName());
    if (!folder.hasDailyOn(QDate::currentDate()))
        (void)folder.write(BackupReason::Daily);
    window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"))->trigger();
    return window.findChild<RestoreBackupDialog *>();
}

// The camp's own export read back, with a name a spreadsheet would take for
// a formula, a known name and a new one.
QWidget *ScreenshotStage::rosterImport(MainWindow &window)
{
    const QList<RosterEntry> roster
        = window.document()->valueOrReport(window.document()->roster(window.currentCampId()));
    QString csv = QStringLiteral("Name,Group nickname,City\n'=1+1 Lucky,,Hangzhou\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(roster.size(), 6); ++i)
        csv += roster.at(i).person.displayName + QStringLiteral(",,\n");
    csv += QStringLiteral("New Member,,Beijing\n");
    // As a file is read: its bytes kept, so the encoding can be chosen.
    window.rosterView()->importText(QStringLiteral("members.csv"), csv, QStringLiteral("UTF-8"), csv.toUtf8());
    return window.findChild<RosterImportDialog *>();
}

} // namespace CampDesk
