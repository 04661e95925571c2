#include "ui/camps/CampListModel.h"

#include "core/Workspace.h"
#include "tests/support/TempWorkspace.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/CampCommands.h"

#include <QAbstractItemModelTester>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {
QStringList names(const CampListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data().toString();
    return result;
}
} // namespace

TEST(CampListModelTest, FollowsAddEditMoveAndDeleteUnderTheTester)
{
    TempDir dir;
    auto workspace = Workspace::open(dir.path(QStringLiteral("model.campdesk")));
    ASSERT_TRUE(workspace.has_value());
    WorkspaceDocument document(std::move(*workspace));
    CampListModel model(&document);
    model.setToday(QDate(2027, 1, 1));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QUndoStack *stack = document.undoStack();
    for (int month : {2, 6, 4})
        stack->push(new AddCampCommand(
            &document,
            Camp::withDefaults(QStringLiteral("M%1").arg(month), QDate(2027, month, 1), QDate(2027, month, 9))));
    EXPECT_EQ(names(model), (QStringList {QStringLiteral("M6"), QStringLiteral("M4"), QStringLiteral("M2")}));

    // Moving M2's course to August moves it to the top.
    const QModelIndex m2 = model.index(2);
    const qint64 id = m2.data(CampListModel::CampIdRole).toLongLong();
    const Camp before = *document.camp(id);
    Camp after = before;
    after.courseStart = QDate(2027, 8, 1);
    after.courseEnd = QDate(2027, 8, 9);
    after.preparationStart = QDate(2027, 7, 29);
    after.wrapUpEnd = QDate(2027, 8, 11);
    stack->push(new EditCampCommand(&document, before, after, QStringLiteral("dates")));
    EXPECT_EQ(names(model), (QStringList {QStringLiteral("M2"), QStringLiteral("M6"), QStringLiteral("M4")}));
    stack->undo();
    EXPECT_EQ(names(model), (QStringList {QStringLiteral("M6"), QStringLiteral("M4"), QStringLiteral("M2")}));

    EXPECT_EQ(CampStatus(model.index(0).data(CampListModel::StatusRole).toInt()), CampStatus::Planning);
    EXPECT_FALSE(model.index(0).data(CampListModel::DateRangeRole).toString().isEmpty());

    stack->push(
        new DeleteCampCommand(&document, *document.camp(model.index(1).data(CampListModel::CampIdRole).toLongLong())));
    EXPECT_EQ(names(model), (QStringList {QStringLiteral("M6"), QStringLiteral("M2")}));
    stack->undo();
    EXPECT_EQ(names(model), (QStringList {QStringLiteral("M6"), QStringLiteral("M4"), QStringLiteral("M2")}));
    EXPECT_EQ(model.indexOfCamp(id).row(), 2);
    EXPECT_FALSE(model.indexOfCamp(987654).isValid());
}

// Each camp's status is on its own today: a camp far east has begun while
// the same dates far west have not, whatever this computer's zone, and the
// list waits for the earliest of their midnights to look again.
TEST(CampListModelTest, EachCampsStatusIsOnItsOwnToday)
{
    TempDir dir;
    auto workspace = Workspace::open(dir.path(QStringLiteral("zones.campdesk")));
    ASSERT_TRUE(workspace.has_value());
    WorkspaceDocument document(std::move(*workspace));
    CampListModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *nextDay = model.findChild<QTimer *>();
    ASSERT_NE(nextDay, nullptr);
    EXPECT_FALSE(nextDay->isActive()) << "no camp, no midnight to wait for";

    Camp probe;
    probe.timeZone = QStringLiteral("Pacific/Kiritimati"); // UTC+14
    Camp east = Camp::withDefaults(QStringLiteral("东营"), probe.today(), probe.today().addDays(20));
    east.timeZone = probe.timeZone;
    Camp west = east;
    west.name = QStringLiteral("西营");
    west.timeZone = QStringLiteral("Etc/GMT+12"); // UTC-12, a day or two behind
    document.undoStack()->push(new AddCampCommand(&document, east));
    document.undoStack()->push(new AddCampCommand(&document, west));
    ASSERT_EQ(model.rowCount(), 2);
    QHash<QString, CampStatus> statusByName;
    for (int row = 0; row < model.rowCount(); ++row)
        statusByName.insert(model.index(row).data().toString(),
                            CampStatus(model.index(row).data(CampListModel::StatusRole).toInt()));
    EXPECT_EQ(statusByName.value(east.name), CampStatus::Running);
    EXPECT_EQ(statusByName.value(west.name), CampStatus::Preparing);
    ASSERT_TRUE(nextDay->isActive());
    // The earlier of the two camps' midnights (two hours apart), never the later.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto toMidnight = [&now](const Camp &camp) {
        return now.msecsTo(QDateTime(camp.today().addDays(1), QTime(0, 0, 1), camp.zone()));
    };
    const qint64 earliest = std::min(toMidnight(east), toMidnight(west));
    EXPECT_LT(earliest, std::max(toMidnight(east), toMidnight(west)));
    EXPECT_LE(nextDay->remainingTime(), earliest + 1000);
    EXPECT_GE(nextDay->remainingTime(), earliest - 2000);

    model.setToday(east.courseStart);
    EXPECT_EQ(CampStatus(model.index(0).data(CampListModel::StatusRole).toInt()), CampStatus::Running);
    EXPECT_EQ(CampStatus(model.index(1).data(CampListModel::StatusRole).toInt()), CampStatus::Running);
    EXPECT_FALSE(nextDay->isActive()) << "a pinned date never moves on";
}
