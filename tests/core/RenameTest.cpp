#include "core/io/Rename.h"

#include "tests/support/TempWorkspace.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

TEST(RenameTest, KeepingNeverReplacesAndTellsWhenTheNameIsTaken)
{
    TempDir dir;
    const QString mine = dir.path(QStringLiteral("mine.part"));
    const QString taken = dir.path(QStringLiteral("备份.campdesk"));
    const QString free = dir.path(QStringLiteral("备份 (2).campdesk"));
    writeAll(mine, QByteArrayLiteral("mine"));
    writeAll(taken, QByteArrayLiteral("theirs"));

    EXPECT_FALSE(Rename::keeping(mine, taken));
    EXPECT_EQ(readAll(taken), QByteArrayLiteral("theirs"));
    EXPECT_EQ(readAll(mine), QByteArrayLiteral("mine")) << "the file that lost the name is still there";

    EXPECT_TRUE(Rename::keeping(mine, free));
    EXPECT_FALSE(QFileInfo::exists(mine));
    EXPECT_EQ(readAll(free), QByteArrayLiteral("mine"));
}

TEST(RenameTest, ReplacingTakesTheNameOfAnOlderFileInOneStep)
{
    TempDir dir;
    const QString newer = dir.path(QStringLiteral("copy.part"));
    const QString older = dir.path(QStringLiteral("copy.campdesk"));
    writeAll(newer, QByteArrayLiteral("newer"));
    writeAll(older, QByteArrayLiteral("older"));

    EXPECT_TRUE(Rename::replacing(newer, older));
    EXPECT_FALSE(QFileInfo::exists(newer));
    EXPECT_EQ(readAll(older), QByteArrayLiteral("newer"));

    EXPECT_FALSE(Rename::replacing(dir.path(QStringLiteral("gone.part")), older)) << "nothing to rename";
    EXPECT_EQ(readAll(older), QByteArrayLiteral("newer"));
}
