#include "tests/support/Samples.h"

#include <QDir>
#include <QFileInfo>

namespace CampDesk::Testing {

bool samplesAvailable()
{
    return QFileInfo(QStringLiteral(CAMPDESK_SAMPLES)).isDir();
}

QString samplePath(const QString &relative)
{
    return QDir(QStringLiteral(CAMPDESK_SAMPLES)).filePath(relative.startsWith(u'/') ? relative.mid(1) : relative);
}

} // namespace CampDesk::Testing
