#include "tests/support/TempWorkspace.h"

#include "core/Workspace.h"
#include "core/domain/Camp.h"
#include "core/domain/CampRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace CampDesk::Testing {

TempDir::TempDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/campdesk-test-XXXXXX"))
{
}

QString TempDir::path(const QString &fileName) const
{
    return m_dir.filePath(fileName);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

void writeWorkspaceOfCamps(const QString &path)
{
    auto workspace = Workspace::open(path);
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
    for (int i = 0; i < 40; ++i) {
        Camp camp = Camp::withDefaults(QStringLiteral("Camp %1").arg(i), QDate(2026, 1, 1).addDays(i * 30),
                                       QDate(2026, 1, 21).addDays(i * 30));
        camp.groupRules = QString(400, QLatin1Char('r'));
        ASSERT_TRUE((*workspace)->camps().insert(camp).has_value());
    }
}

void tamper(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

bool copyTestData(const QString &fileName, const QString &target)
{
    return QFile::copy(QStringLiteral(CAMPDESK_TEST_DATA "/") + fileName, target)
        && QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
}

int schemaVersionOf(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version-probe"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version-probe"));
    return version;
}

} // namespace CampDesk::Testing
