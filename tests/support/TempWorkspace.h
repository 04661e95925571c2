#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace CampDesk::Testing {

// A throw-away folder for workspace files, removed with the test.
class TempDir final {
public:
    TempDir();
    QString path(const QString &fileName) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);
// A workspace of 40 camps, each with 400 characters of group rules: pages
// enough that damage to its last ones is found only by reading every page.
void writeWorkspaceOfCamps(const QString &path);
// Runs `statement` on a workspace file through a connection of its own, as
// another program would change it, and leaves it without a -wal.
void tamper(const QString &path, const QString &statement);
// Copies `fileName` of tests/data to `target`, made its owner's alone as
// CampDesk makes its files; false when either step fails.
[[nodiscard]] bool copyTestData(const QString &fileName, const QString &target);
// A workspace file's schema version (user_version), read on a read-only
// connection of its own: opening it as a Workspace would upgrade it. -1
// when it cannot be read.
int schemaVersionOf(const QString &path);

} // namespace CampDesk::Testing
