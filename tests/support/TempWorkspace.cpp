#include "TempWorkspace.h"

#include <QDir>
#include <QFile>

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

} // namespace CampDesk::Testing
