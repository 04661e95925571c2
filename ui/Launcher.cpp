#include "Launcher.h"

#include "BackupFolder.h"
#include "DemoWorkspace.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Translations.h"
#include "Workspace.h"
#include "WorkspaceDocument.h"
#include "capture/ChatImportDialog.h"
#include "capture/JielongDialog.h"
#include "capture/ParticipationView.h"
#include "dialogs/NewPlannedCampDialog.h"
#include "dialogs/RestoreBackupDialog.h"
#include "domain/MemberRole.h"
#include "io/OutputFile.h"
#include "review/ActivityReviewDialog.h"
#include "review/ReviewView.h"
#include "roster/RosterImportDialog.h"
#include "roster/RosterView.h"
#include "speech/QuickCopyPalette.h"
#include "speech/SpeechEditorDialog.h"
#include "speech/SpeechView.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QScopeGuard>
#include <QScreen>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace CampDesk {

namespace {

void printError(const QString &message)
{
    QTextStream(stderr) << "campdesk: " << message << Qt::endl;
}

} // namespace

QStringList Launcher::views()
{
    return {QStringLiteral("overview"),       QStringLiteral("calendar-month"),
            QStringLiteral("calendar-week"),  QStringLiteral("agenda"),
            QStringLiteral("speech"),         QStringLiteral("palette"),
            QStringLiteral("speech-editor"),  QStringLiteral("new-camp-from-template"),
            QStringLiteral("roster"),         QStringLiteral("subgroups"),
            QStringLiteral("checkins"),       QStringLiteral("identities"),
            QStringLiteral("jielong"),        QStringLiteral("chat-import"),
            QStringLiteral("review"),         QStringLiteral("activity-review"),
            QStringLiteral("restore-backup"), QStringLiteral("roster-import")};
}

bool Launcher::wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

int Launcher::reportNoDisplay()
{
    Translations::install(Translations::preferredLanguage());
    printError(tr("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open "
                  "here.\nRun CampDesk from a desktop session, or render the window to an image instead:\n"
                  "  campdesk --demo --screenshot campdesk.png"));
    return 3;
}

int Launcher::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plan, run and review training camps in chat groups."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("Workspace file to open."), tr("file"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Open a demo workspace with a generated camp around today."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              tr("Render the main window to a PNG file and exit."), tr("file"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), tr("Interface language: en or zh_CN."),
                                            tr("language"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), tr("Window size for --screenshot, e.g. 1280x800."),
                                        tr("WxH"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"), tr("View to show for --screenshot: %1.").arg(views().join(QStringLiteral(", "))),
        tr("name"));
    parser.addOptions({workspaceOption, demoOption, screenshotOption, languageOption, sizeOption, viewOption});
    parser.addPositionalArgument(QStringLiteral("workspace"), tr("Workspace file to open (same as --workspace)."),
                                 tr("[workspace]"));
    parser.process(arguments);

    LaunchOptions options;
    options.workspace = parser.value(workspaceOption);
    if (options.workspace.isEmpty() && !parser.positionalArguments().isEmpty())
        options.workspace = parser.positionalArguments().first();
    options.demo = parser.isSet(demoOption);
    options.screenshot = parser.value(screenshotOption);
    options.language = parser.value(languageOption);
    if (!options.language.isEmpty() && options.language != QLatin1String("en")
        && options.language != QLatin1String("zh_CN")) {
        printError(tr("--lang: “%1” is not a language CampDesk ships; use en or zh_CN.").arg(options.language));
        return 2;
    }
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        const int width = parts.value(0).toInt();
        const int height = parts.value(1).toInt();
        if (parts.size() != 2 || width < 320 || height < 240 || width > 8000 || height > 8000) {
            printError(tr("--size: “%1” is not a size like 1280x800.").arg(parser.value(sizeOption)));
            return 2;
        }
        options.size = QSize(width, height);
    }
    if (parser.isSet(viewOption)) {
        options.view = parser.value(viewOption);
        if (!views().contains(options.view)) {
            printError(tr("--view: “%1” is not a view; choose one of %2.")
                           .arg(options.view, views().join(QStringLiteral(", "))));
            return 2;
        }
    }

    const QString language = options.language.isEmpty() ? Translations::preferredLanguage() : options.language;
    Translations::install(language);

    QString path = options.workspace.isEmpty() ? Workspace::defaultPath() : options.workspace;
    if (options.demo) {
        auto demo = DemoWorkspace::rebuild(language);
        if (!demo) {
            printError(demo.error().message);
            return 1;
        }
        path = *demo;
    }

    // A screenshot only reads: it need not keep other windows off the file.
    const bool screenshot = !options.screenshot.isEmpty();
    // Nobody is there to click a screenshot's message boxes: each is printed
    // and answered at once, and the run then ends in failure.
    int messages = 0;
    if (screenshot) {
        MessageBox::setUnattended([&messages](const QString &text) {
            printError(text);
            ++messages;
        });
    }
    const auto attended = qScopeGuard([] { MessageBox::setUnattended({}); });
    MainWindow window;
    if (auto opened = window.openWorkspace(path, !screenshot); !opened) {
        if (screenshot) {
            printError(opened.error().message);
            return 1;
        }
        window.show();
        window.showError(opened.error().message);
        return 1;
    }

    if (screenshot) {
        // Some views are windows of their own, opened over a main-window view.
        const QHash<QString, QString> underneath {
            {QStringLiteral("palette"), QStringLiteral("speech")},
            {QStringLiteral("speech-editor"), QStringLiteral("speech")},
            {QStringLiteral("new-camp-from-template"), QStringLiteral("overview")},
            {QStringLiteral("jielong"), QStringLiteral("checkins")},
            {QStringLiteral("chat-import"), QStringLiteral("checkins")},
            {QStringLiteral("activity-review"), QStringLiteral("review")},
            {QStringLiteral("restore-backup"), QStringLiteral("overview")},
            {QStringLiteral("roster-import"), QStringLiteral("roster")}};
        if (!window.showView(underneath.value(options.view, options.view))) {
            printError(tr("--view %1 needs a camp; the workspace has none.").arg(options.view));
            return 1;
        }
        window.resize(options.size);
        window.show();
        QApplication::processEvents();
        QWidget *shown = &window;
        if (options.view == QLatin1String("palette")) {
            window.speechView()->showPalette();
            shown = window.speechView()->palette();
        } else if (options.view == QLatin1String("speech-editor")) {
            // The daily announcement: the line with the most to check.
            auto lines = window.document()->speeches(window.currentCampId());
            if (!lines) {
                printError(lines.error().message);
                return 1;
            }
            const auto announcement = std::find_if(lines->cbegin(), lines->cend(), [](const SpeechTemplate &line) {
                return line.category == SpeechCategory::DailyAnnouncement;
            });
            if (announcement != lines->cend())
                window.speechView()->editSpeech(announcement->id);
            shown = window.findChild<SpeechEditorDialog *>();
        } else if (options.view == QLatin1String("jielong") || options.view == QLatin1String("chat-import")) {
            if (options.view == QLatin1String("jielong")) {
                window.participationView()->pasteJielong();
                // A list as members post it: group nicknames, a plain name,
                // and one name nobody has yet.
                QString list = QStringLiteral("#接龙 ✅\n");
                const QList<RosterEntry> roster = window.document()->roster(window.currentCampId());
                int number = 0;
                for (const RosterEntry &entry : roster) {
                    if (MemberRoles::isStaff(entry.membership.role) || number >= 7)
                        continue;
                    ++number;
                    list += QStringLiteral("%1. %2 ✅\n")
                                .arg(number)
                                .arg(number == 3 || entry.membership.groupNickname.isEmpty()
                                         ? entry.person.displayName
                                         : entry.membership.groupNickname);
                }
                list += QStringLiteral("%1. 🌸Lucky ✅\n").arg(number + 1);
                if (auto *dialog = window.findChild<JielongDialog *>())
                    dialog->setText(list);
            } else {
                window.participationView()->importChat();
            }
            shown = options.view == QLatin1String("jielong")
                ? static_cast<QWidget *>(window.findChild<JielongDialog *>())
                : window.findChild<ChatImportDialog *>();
        } else if (options.view == QLatin1String("review")) {
            // The dashboard with the day that fell furthest below the target
            // drilled into, as an operator would look at it.
            ReviewView *review = window.reviewView();
            const ReviewSeries &series = review->series();
            const DayFigure *lowest = nullptr;
            for (const DayFigure &day : series.days) {
                if (day.phase == CampPhase::Course && day.activeRate
                    && (!lowest || *day.activeRate < *lowest->activeRate))
                    lowest = &day;
            }
            if (lowest)
                review->showDay(lowest->day);
        } else if (options.view == QLatin1String("activity-review")) {
            // The latest sharing session that has taken place.
            ReviewView *review = window.reviewView();
            qint64 activityId = 0;
            for (const ActivityFigure &activity : review->series().activities) {
                if (activity.happened && activity.type == ActivityType::SharingSession)
                    activityId = activity.activityId;
            }
            if (activityId != 0)
                shown = ActivityReviewDialog::openFor(window.document(), window.currentCampId(), activityId, &window);
        } else if (options.view == QLatin1String("restore-backup")) {
            // The day's backup, as the first open of the day writes it.
            const BackupFolder folder(window.document()->fileName());
            if (!folder.hasDailyOn(QDate::currentDate()))
                (void)folder.write(BackupReason::Daily);
            window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"))->trigger();
            shown = window.findChild<RestoreBackupDialog *>();
        } else if (options.view == QLatin1String("roster-import")) {
            // The camp's own export read back, with a name a spreadsheet
            // would take for a formula, a known name and a new one.
            const QList<RosterEntry> roster = window.document()->roster(window.currentCampId());
            QString csv = QStringLiteral("Name,Group nickname,City\n'=1+1 Lucky,,Hangzhou\n");
            for (qsizetype i = 0; i < std::min<qsizetype>(roster.size(), 6); ++i)
                csv += roster.at(i).person.displayName + QStringLiteral(",,\n");
            csv += QStringLiteral("New Member,,Beijing\n");
            window.rosterView()->importText(QStringLiteral("members.csv"), csv, QStringLiteral("UTF-8"));
            shown = window.findChild<RosterImportDialog *>();
        } else if (options.view == QLatin1String("new-camp-from-template")) {
            window.findChild<QAction *>(QStringLiteral("actionNewPlannedCamp"))->trigger();
            shown = window.findChild<NewPlannedCampDialog *>();
        }
        if (!shown)
            shown = &window;
        QApplication::processEvents();
        // The window as it opens (what the cold-start benchmark times): offscreen,
        // its backing store holds what the first paint drew and flushed, so copy
        // that rather than paint it all again. Other views fill in after their
        // first paint (on timers, on other threads): paint those afresh.
        QPixmap pixmap;
        if (options.view.isEmpty() && QGuiApplication::platformName() == QLatin1String("offscreen"))
            pixmap = window.screen()->grabWindow(window.winId());
        if (pixmap.isNull())
            pixmap = shown->grab();
        // PNG unless the name asks for another format: the cold-start
        // benchmark writes .ppm so that it times the start, not an encoder.
        const bool ppm = options.screenshot.endsWith(QLatin1String(".ppm"), Qt::CaseInsensitive);
        OutputFile file(options.screenshot, path);
        auto written = file.open();
        if (written && !pixmap.save(&file.device(), ppm ? "PPM" : "PNG"))
            written = fail(
                tr("The screenshot could not be written to %1.").arg(QDir::toNativeSeparators(options.screenshot)));
        if (written)
            written = file.commit();
        if (!written) {
            printError(written.error().message);
            return 1;
        }
        QTextStream(stdout) << tr("Screenshot written to %1").arg(QDir::toNativeSeparators(options.screenshot))
                            << Qt::endl;
        if (messages > 0) {
            printError(
                tr("The window showed %n message(s) while the screenshot was taken (above).", nullptr, messages));
            return 1;
        }
        return 0;
    }

    window.show();
    return QApplication::exec();
}

} // namespace CampDesk
