#include "core/Workspace.h"
#include "demo/DemoWorkspace.h"
#include "tests/support/TempWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/widgets/PlainToolTip.h"

#include <QApplication>
#include <QLabel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

// What an imported chat or roster could carry into names and texts.
const QString Hostile = QStringLiteral("<b>Mallory</b><img src=\"file:///etc/passwd\">");

} // namespace

TEST(PlainTextTest, ToolTipsShowMarkupAsTyped)
{
    const QString tip = plainToolTip(Hostile + QStringLiteral("\nline two"));
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;b&gt;Mallory&lt;/b&gt;&lt;img"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("<b>")));
    EXPECT_TRUE(plainToolTip(QString()).isEmpty()) << "no tool tip stays no tool tip";
}

// The demo workspace with every imported kind of text made hostile, shown
// tab by tab: every label that shows such text is plain text, never rich.
TEST(PlainTextTest, ImportedTextNeverRendersAsRichTextInLabels)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("hostile.campdesk"));
    const QDate today(2027, 3, 10);
    qint64 running = 0;
    {
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace.has_value());
        auto populated = DemoWorkspace::populate(**workspace, today, DemoWorkspace::Language::English);
        ASSERT_TRUE(populated.has_value());
        running = *populated;
        QSqlQuery update((*workspace)->database());
        for (const char *sql :
             {"UPDATE people SET display_name = ? || display_name",
              "UPDATE camps SET name = ? || name, theme = ? || theme",
              "UPDATE memberships SET group_nickname = ? || group_nickname, intro_sentence = ?",
              "UPDATE activities SET title = ? || title, notes = ?", "UPDATE chat_messages SET body = ? || body",
              "UPDATE chat_identities SET display_name = ? || display_name"}) {
            ASSERT_TRUE(update.prepare(QLatin1String(sql))) << sql;
            for (int i = 0; i < QString::fromLatin1(sql).count(u'?'); ++i)
                update.addBindValue(Hostile);
            ASSERT_TRUE(update.exec()) << sql;
        }
    }
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(path).has_value());
    window.setToday(today);
    window.selectCamp(running);
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    int hostileLabels = 0;
    for (const char *view : {"overview", "calendar-month", "agenda", "roster", "subgroups", "checkins", "identities",
                             "speech", "review"}) {
        ASSERT_TRUE(window.showView(QLatin1String(view))) << view;
        QApplication::processEvents();
        for (const QLabel *label : window.findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->text().contains(QStringLiteral("Mallory")))
                continue;
            ++hostileLabels;
            EXPECT_EQ(label->textFormat(), Qt::PlainText)
                << view << ": " << label->objectName().toStdString() << " shows “" << label->text().toStdString()
                << "” as rich text";
        }
    }
    EXPECT_GT(hostileLabels, 0) << "the camp title at least shows the hostile text";
}
