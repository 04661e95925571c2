#include "ui/Launcher.h"

#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/io/OutputFile.h"
#include "demo/DemoWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/ScreenshotStage.h"
#include "ui/WorkspaceDocument.h"

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
            QStringLiteral("restore-backup"), QStringLiteral("roster-import"),
            QStringLiteral("member"),         QStringLiteral("connect"),
            QStringLiteral("history"),        QStringLiteral("team"),
            QStringLiteral("user-guide")};
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
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             tr("Workspace file, or team workspace address, to open."), tr("file"));
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
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 tr("Workspace file or address to open (same as --workspace)."), tr("[workspace]"));
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
        auto staged = ScreenshotStage::stage(window, options.view, options.size);
        if (!staged) {
            printError(staged.error().message);
            return 1;
        }
        QWidget *shown = *staged;
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
