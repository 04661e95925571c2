#include "core/io/Rename.h"

#include "tests/support/TempWorkspace.h"

#include <QFile>
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

    EXPECT_EQ(Rename::keeping(mine, taken), Rename::Outcome::Taken);
    EXPECT_EQ(readAll(taken), QByteArrayLiteral("theirs"));
    EXPECT_EQ(readAll(mine), QByteArrayLiteral("mine")) << "the file that lost the name is still there";

    // A link at the name, even one to nothing, holds the name too.
    const QString linked = dir.path(QStringLiteral("linked.campdesk"));
    ASSERT_TRUE(QFile::link(dir.path(QStringLiteral("nowhere")), linked));
    EXPECT_EQ(Rename::keeping(mine, linked), Rename::Outcome::Taken);
    EXPECT_TRUE(QFileInfo(linked).isSymLink());

    EXPECT_EQ(Rename::keeping(mine, free), Rename::Outcome::Done);
    EXPECT_FALSE(QFileInfo::exists(mine));
    EXPECT_EQ(readAll(free), QByteArrayLiteral("mine"));

    EXPECT_EQ(Rename::keeping(dir.path(QStringLiteral("gone.part")), dir.path(QStringLiteral("other.campdesk"))),
              Rename::Outcome::Failed);
    EXPECT_FALSE(QFileInfo::exists(dir.path(QStringLiteral("other.campdesk")))) << "no name is left reserved";
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
