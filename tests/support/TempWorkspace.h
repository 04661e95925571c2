#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace CampDesk::Testing {

// A throw-away folder for workspace files, removed with the test.
class TempDir final
{
public:
    TempDir();
    QString path(const QString &fileName) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

} // namespace CampDesk::Testing
